#include "commands.h"

#include "accounts.h"
#include "bundle.h"
#include "catalog.h"
#include "catalogcheck.h"
#include "catalogpaths.h"
#include "mediastore.h"
#include "movieexport.h"
#include "movieimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Commands)
};

QString catalogPath(const Invocation &invocation)
{
    if (!invocation.databasePath.isEmpty())
        return invocation.databasePath;
    const QString path = CatalogPaths::defaultCatalog();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// Commands that only read open the catalog shared, so that they may run beside an open window;
// those that write need it to themselves, and check it first.
std::unique_ptr<Catalog> openCatalog(const Invocation &invocation, QTextStream &err, bool forWriting)
{
    Catalog::Options options;
    options.access = forWriting ? Catalog::Access::Exclusive : Catalog::Access::Shared;
    options.quickCheck = forWriting;
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(catalogPath(invocation), options);
    if (!catalog) {
        err << "reelkeeper: " << catalog.error() << Qt::endl;
        return nullptr;
    }
    return std::move(catalog.value());
}

int check(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    // Read only (its full integrity check supersedes the quick one on opening).
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, false);
    if (!catalog)
        return 1;
    const MediaStore media(catalog->mediaPath());
    const CheckReport report = checkCatalog(catalog->database(), media);
    for (const QString &error : report.errors)
        out << Tr::tr("error: %1").arg(error) << '\n';
    for (const QString &warning : report.warnings)
        out << Tr::tr("warning: %1").arg(warning) << '\n';
    out << Tr::tr("check: %1: %2 error(s), %3 warning(s)")
               .arg(QDir::toNativeSeparators(catalog->path()))
               .arg(report.errors.size())
               .arg(report.warnings.size())
        << Qt::endl;
    return report.isHealthy() ? 0 : 1;
}

int import(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString path = invocation.arguments.value(0);
    const QFileInfo info(path);
    if (!info.exists()) {
        err << "reelkeeper: " << Tr::tr("%1 does not exist; nothing was imported.").arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        return 1;
    }
    if (invocation.format == QLatin1String("bundle") || info.isDir()) {
        // The folder, or its manifest.json.
        const QString folder = info.isDir() ? path : info.absolutePath();
        const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, true);
        if (!catalog)
            return 1;
        Result<Bundle::Report> report =
            Bundle::importBundle(catalog->database(), catalog->mediaPath(), folder, invocation.dryRun);
        if (!report) {
            err << "reelkeeper: " << report.error() << Qt::endl;
            return 1;
        }
        out << report->importSummary() << Qt::endl;
        return 0;
    }
    std::optional<ImportFormats::Format> format;
    if (invocation.format != QLatin1String("auto"))
        format = ImportFormats::fromName(invocation.format);
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, true);
    if (!catalog)
        return 1;
    ImportOptions options;
    options.dryRun = invocation.dryRun;
    options.strict = invocation.strict;
    options.mediaFolder = catalog->mediaPath();
    options.onDuplicate = invocation.onDuplicate == QLatin1String("update") ? OnDuplicate::Update
                          : invocation.onDuplicate == QLatin1String("add")  ? OnDuplicate::Add
                                                                           : OnDuplicate::Skip;
    Result<ImportReport> report = MovieImport::importFile(catalog->database(), path, format, options);
    if (!report) {
        err << "reelkeeper: " << report.error() << Qt::endl;
        return 1;
    }
    for (const ImportNote &note : std::as_const(report->notes))
        err << report->format(note) << '\n';
    err.flush();
    out << report->summary() << Qt::endl;
    return 0;
}

int exportMovies(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, false);
    if (!catalog)
        return 1;
    const QString path = invocation.arguments.value(1);
    MovieExport::Options options;
    options.filter.text = invocation.search;
    options.mediaFolder = catalog->mediaPath();
    Result<qint64> written = MovieExport::exportMovies(catalog->database(), path, options);
    if (!written) {
        err << "reelkeeper: " << written.error() << Qt::endl;
        return 1;
    }
    out << Tr::tr("exported: %1 movies to %2").arg(written.value()).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return 0;
}

int exportBundle(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, false);
    if (!catalog)
        return 1;
    Result<Bundle::Report> report = Bundle::exportBundle(catalog->database(), catalog->mediaPath(),
                                                         invocation.arguments.value(1), invocation.includeUsers);
    if (!report) {
        err << "reelkeeper: " << report.error() << Qt::endl;
        return 1;
    }
    out << report->exportSummary() << Qt::endl;
    return 0;
}

// Standard input, read one password a line. On a terminal the typing is not echoed and each line
// is asked for on standard error; from a pipe or file the lines are read as they come.
class PasswordInput final
{
public:
    PasswordInput()
    {
        m_input.open(stdin, QIODevice::ReadOnly);
#ifdef Q_OS_UNIX
        m_terminal = isatty(STDIN_FILENO) == 1;
#endif
    }

    bool isTerminal() const { return m_terminal; }

    // The next line without its line ending, or nothing at the end of the input.
    std::optional<QByteArray> readLine(const QString &prompt, QTextStream &err)
    {
        if (m_terminal) {
            err << prompt << Qt::flush;
            setEcho(false);
        }
        QByteArray line = m_input.readLine(MaximumLineBytes);
        if (m_terminal) {
            setEcho(true);
            err << Qt::endl;
        }
        const bool ended = line.endsWith('\n');
        if (line.isEmpty() && !ended)
            return std::nullopt;
        QByteArray password = line.left(line.size() - (ended ? 1 : 0));
        Accounts::wipe(line);
        if (password.endsWith('\r'))
            password.chop(1);
        return password;
    }

private:
    static constexpr qint64 MaximumLineBytes = 64 * 1024;

    void setEcho(bool on)
    {
#ifdef Q_OS_UNIX
        termios settings{};
        if (tcgetattr(STDIN_FILENO, &settings) != 0)
            return;
        if (on)
            settings.c_lflag |= ECHO;
        else
            settings.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings);
#else
        Q_UNUSED(on);
#endif
    }

    QFile m_input;
    bool m_terminal = false;
};

// Wipes the password when the command is done with it.
struct PasswordLine
{
    std::optional<QByteArray> bytes;
    ~PasswordLine()
    {
        if (bytes)
            Accounts::wipe(*bytes);
    }
};

// A new password: one line, or on a terminal typed twice so that a typo does not lock the account.
bool readNewPassword(PasswordInput &input, PasswordLine &password, const QString &what, QTextStream &err)
{
    password.bytes = input.readLine(Tr::tr("New password: "), err);
    if (!password.bytes) {
        err << "reelkeeper: " << what << Qt::endl;
        return false;
    }
    if (input.isTerminal()) {
        PasswordLine again;
        again.bytes = input.readLine(Tr::tr("Repeat the new password: "), err);
        if (!again.bytes || *again.bytes != *password.bytes) {
            err << "reelkeeper: " << Tr::tr("The two passwords differ; nothing was changed.") << Qt::endl;
            return false;
        }
    }
    return true;
}

int listUsers(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, false);
    if (!catalog)
        return 1;
    Result<QList<UserRecord>> users = Accounts::list(catalog->database());
    if (!users) {
        err << "reelkeeper: " << users.error() << Qt::endl;
        return 1;
    }
    for (const UserRecord &user : std::as_const(users.value()))
        out << user.username << '\n';
    out.flush();
    return 0;
}

int addUser(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString name = invocation.arguments.value(1);
    // The password first: without it nothing is opened, let alone created.
    PasswordInput input;
    PasswordLine password;
    if (!readNewPassword(input, password,
                         Tr::tr("\"user add\" reads the password from the first line of standard input, and there "
                                "was none; nothing was changed."),
                         err))
        return 1;
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, true);
    if (!catalog)
        return 1;
    UserRecord user;
    user.username = name;
    Result<qint64> added = Accounts::add(catalog->database(), user, *password.bytes);
    if (!added) {
        err << "reelkeeper: " << added.error() << Qt::endl;
        return 1;
    }
    out << Tr::tr("added: user %1").arg(name.trimmed()) << Qt::endl;
    return 0;
}

// The account named name, or none after saying why on err.
std::optional<UserRecord> existingUser(QSqlDatabase db, const QString &name, QTextStream &err)
{
    Result<std::optional<UserRecord>> user = Accounts::findByName(db, name);
    if (!user) {
        err << "reelkeeper: " << user.error() << Qt::endl;
        return std::nullopt;
    }
    if (!user->has_value())
        err << "reelkeeper: " << Tr::tr("There is no account named “%1”; nothing was changed.").arg(name) << Qt::endl;
    return user.value();
}

int changePassword(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString name = invocation.arguments.value(1);
    PasswordInput input;
    PasswordLine current;
    current.bytes = input.readLine(Tr::tr("Current password: "), err);
    if (!current.bytes) {
        err << "reelkeeper: "
            << Tr::tr("\"user passwd\" reads the current password, then the new one, from standard input, one a "
                      "line, and there was none; nothing was changed.")
            << Qt::endl;
        return 1;
    }
    PasswordLine replacement;
    if (!readNewPassword(input, replacement,
                         Tr::tr("\"user passwd\" reads the current password, then the new one, from standard "
                                "input, one a line, and the new one was missing; nothing was changed."),
                         err))
        return 1;
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, true);
    if (!catalog)
        return 1;
    const std::optional<UserRecord> user = existingUser(catalog->database(), name, err);
    if (!user)
        return 1;
    Result<void> changed =
        Accounts::changePassword(catalog->database(), user->id, *current.bytes, *replacement.bytes);
    if (!changed) {
        err << "reelkeeper: " << Tr::tr("%1 Nothing was changed.").arg(changed.error()) << Qt::endl;
        return 1;
    }
    out << Tr::tr("changed: the password of %1").arg(user->username) << Qt::endl;
    return 0;
}

int removeUser(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString name = invocation.arguments.value(1);
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, true);
    if (!catalog)
        return 1;
    const std::optional<UserRecord> user = existingUser(catalog->database(), name, err);
    if (!user)
        return 1;
    Result<void> removed = Accounts::remove(catalog->database(), user->id, catalog->mediaPath());
    if (!removed) {
        err << "reelkeeper: " << removed.error() << Qt::endl;
        return 1;
    }
    out << Tr::tr("removed: user %1 with their favorites").arg(user->username) << Qt::endl;
    return 0;
}

int user(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString action = invocation.arguments.value(0);
    if (action == QLatin1String("list"))
        return listUsers(invocation, out, err);
    if (action == QLatin1String("add"))
        return addUser(invocation, out, err);
    if (action == QLatin1String("passwd"))
        return changePassword(invocation, out, err);
    if (action == QLatin1String("remove"))
        return removeUser(invocation, out, err);
    err << "reelkeeper: " << Tr::tr("Use \"user add|passwd|remove|list [NAME]\".") << Qt::endl;
    return 2;
}

} // namespace

int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.command == QLatin1String("check"))
        return check(invocation, out, err);
    if (invocation.command == QLatin1String("import"))
        return import(invocation, out, err);
    if (invocation.command == QLatin1String("export") && invocation.arguments.value(0) == QLatin1String("movies"))
        return exportMovies(invocation, out, err);
    if (invocation.command == QLatin1String("export") && invocation.arguments.value(0) == QLatin1String("bundle"))
        return exportBundle(invocation, out, err);
    if (invocation.command == QLatin1String("user"))
        return user(invocation, out, err);
    err << "reelkeeper: " << Tr::tr("\"%1\" is not available in this version yet; nothing was changed.").arg(invocation.command)
        << Qt::endl;
    return 1;
}

} // namespace Reelkeeper
