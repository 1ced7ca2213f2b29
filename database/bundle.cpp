#include "bundle.h"

#include "boundquery.h"
#include "csvreader.h"
#include "mediastore.h"
#include "movieimport.h"
#include "scopedtransaction.h"
#include "searchindex.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>

namespace Reelkeeper::Bundle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Bundle)
};

constexpr qint64 ProgressIntervalMs = 100; // ten reports a second, like the movie list import
constexpr qint64 MaximumManifestBytes = 256 * 1024 * 1024;
constexpr qint64 SearchBatch = 2000;

QLatin1String formatName()
{
    return QLatin1String("reelkeeper-bundle");
}

QLatin1String manifestName()
{
    return QLatin1String("manifest.json");
}

QLatin1String mediaFolderName()
{
    return QLatin1String("media");
}

// Every table of the catalog that holds data of its own, in an order an import can write them in:
// each table after those whose triggers look at it when a row is inserted (person_photos before
// people, characters before movie_actors). Foreign keys are checked at the commit, so they do not
// constrain the order; remapped ids are known before any row is written.
const QStringList &importOrder()
{
    static const QStringList names = {
        QStringLiteral("users"),         QStringLiteral("files"),          QStringLiteral("user_avatars"),
        QStringLiteral("countries"),     QStringLiteral("genres"),         QStringLiteral("person_photos"),
        QStringLiteral("people"),        QStringLiteral("movies"),         QStringLiteral("movie_genres"),
        QStringLiteral("characters"),    QStringLiteral("movie_actors"),   QStringLiteral("movie_sources"),
        QStringLiteral("favorite_movies"),
    };
    return names;
}

bool isUserTable(const QString &table)
{
    return table == QLatin1String("users") || table == QLatin1String("user_avatars")
        || table == QLatin1String("favorite_movies");
}

// The column by which a bundle row is matched with a row the catalog has (countries and genres by
// name, case-insensitively through the column's collation; images by key), when ids are remapped.
QString mergeColumn(const QString &table)
{
    if (table == QLatin1String("countries") || table == QLatin1String("genres"))
        return QStringLiteral("name");
    if (table == QLatin1String("files"))
        return QStringLiteral("key");
    return {};
}

QString quoted(const QString &identifier)
{
    QString text = identifier;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString emptyText()
{
    return QStringLiteral(""); // not a null QString: a null one binds NULL
}

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

bool isSha256(const QString &text)
{
    return text.size() == 64 && isHex(text);
}

// See bundle.h for the convention.
QString encodeField(const QString &value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    if (value.contains(QChar(u'\0')))
        return QStringLiteral("\\x") + QString::fromLatin1(value.toUtf8().toHex());
    if (value.startsWith(QLatin1Char('\\')))
        return QLatin1Char('\\') + value;
    return value;
}

// False for a backslash that starts none of the escapes.
bool decodeField(const QString &field, QString &value)
{
    if (!field.startsWith(QLatin1Char('\\'))) {
        value = field.isNull() ? emptyText() : field;
        return true;
    }
    if (field == QLatin1String("\\N")) {
        value = QString();
        return true;
    }
    if (field.startsWith(QLatin1String("\\\\"))) {
        value = field.mid(1);
        return true;
    }
    if (field.startsWith(QLatin1String("\\x"))) {
        const QStringView hex = QStringView(field).mid(2);
        if (hex.size() % 2 != 0 || !isHex(hex))
            return false;
        value = QString::fromUtf8(QByteArray::fromHex(hex.toLatin1()));
        if (value.isNull())
            value = emptyText();
        return true;
    }
    return false;
}

// Whole numbers as SQLite writes them, nothing else: "+5", "05" and " 5" are not ids.
std::optional<qint64> parseInteger(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || QString::number(value) != text)
        return std::nullopt;
    return value;
}

QString elided(const QString &text)
{
    constexpr qsizetype Shown = 60;
    return text.size() <= Shown ? text : text.left(Shown) + QChar(0x2026);
}

QString shownValue(const QString &value)
{
    return value.isNull() ? QStringLiteral("NULL") : QChar(0x201C) + elided(value) + QChar(0x201D);
}

// SQLite names a failed CHECK by its whole expression, which reads badly in a one-line message:
// the row's column that the expression mentions first stands for it instead.
QString constraintMessage(const QString &error, const QStringList &columns, const QStringList &values)
{
    const QLatin1String check("CHECK constraint failed: ");
    if (!error.startsWith(check))
        return error;
    const QString expression = error.mid(check.size());
    qsizetype best = -1;
    qsizetype bestAt = expression.size();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(columns.at(i))));
        const QRegularExpressionMatch match = word.match(expression);
        if (match.hasMatch() && match.capturedStart() < bestAt) {
            best = i;
            bestAt = match.capturedStart();
        }
    }
    if (best < 0)
        return Tr::tr("The row breaks a rule of the catalog (a CHECK constraint).");
    return Tr::tr("%1 %2 is not allowed (the catalog's CHECK constraint on %1).")
        .arg(columns.at(best), shownValue(values.value(best)));
}

// Passes reads or writes through to another device and computes the SHA-256 of the bytes.
class HashingDevice final : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *inner)
        : m_inner(inner)
        , m_hash(QCryptographicHash::Sha256)
    {
    }
    bool open(OpenMode mode) override { return QIODevice::open(mode | QIODevice::Unbuffered); }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_inner->size(); }
    QString hex() const { return QString::fromLatin1(m_hash.resultView().toByteArray().toHex()); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = m_inner->read(data, maxSize);
        if (count > 0)
            m_hash.addData(QByteArrayView(data, count));
        else if (count < 0)
            setErrorString(m_inner->errorString());
        return count;
    }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 count = m_inner->write(data, size);
        if (count > 0)
            m_hash.addData(QByteArrayView(data, count));
        else if (count < 0)
            setErrorString(m_inner->errorString());
        return count;
    }

private:
    QIODevice *m_inner;
    QCryptographicHash m_hash;
};

// What the catalog says about one table.
struct TableInfo
{
    QString name;
    QStringList columns;    // in the table's order
    QStringList primaryKey; // in key order
    QHash<QString, QString> references; // column → the table it references (by id)
    bool hasId() const { return primaryKey.size() == 1 && primaryKey.constFirst() == QLatin1String("id"); }
};

Result<TableInfo> readTableInfo(QSqlDatabase db, const QString &table)
{
    TableInfo info;
    info.name = table;
    Sqlite::Statement columns(db, QStringLiteral("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid"));
    columns.bind(1, table);
    QList<std::pair<qint64, QString>> keys;
    while (columns.step()) {
        info.columns.append(columns.columnText(0));
        if (columns.columnInt64(1) > 0)
            keys.append({columns.columnInt64(1), columns.columnText(0)});
    }
    if (columns.failed() || !columns.isValid())
        return Error{Tr::tr("Could not read the columns of %1: %2").arg(table, columns.error())};
    if (info.columns.isEmpty())
        return Error{Tr::tr("The catalog has no table %1.").arg(table)};
    std::sort(keys.begin(), keys.end());
    for (const auto &key : std::as_const(keys))
        info.primaryKey.append(key.second);
    Sqlite::Statement references(db, QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)"));
    references.bind(1, table);
    while (references.step())
        info.references.insert(references.columnText(0), references.columnText(1));
    if (references.failed() || !references.isValid())
        return Error{Tr::tr("Could not read the references of %1: %2").arg(table, references.error())};
    return info;
}

// Calls progress at most ten times a second.
class Ticker
{
public:
    explicit Ticker(const Progress &progress)
        : m_progress(progress)
    {
        m_timer.start();
    }
    // False when the user cancelled.
    bool tick(qint64 done, qint64 total)
    {
        if (!m_progress || m_timer.elapsed() < ProgressIntervalMs)
            return true;
        m_timer.restart();
        return m_progress(std::min(done, total), total);
    }
    bool finish(qint64 total) { return !m_progress || m_progress(total, total); }

private:
    const Progress &m_progress;
    QElapsedTimer m_timer;
};

// ---------------------------------------------------------------------------------------------
// Export

class Exporter
{
public:
    Exporter(QSqlDatabase db, const QString &mediaFolder, bool includeUsers, const Progress &progress)
        : m_db(db)
        , m_media(mediaFolder)
        , m_includeUsers(includeUsers)
        , m_ticker(progress)
    {
    }

    Result<Report> run(const QString &target);

private:
    QString condition(const QString &table) const;
    Result<void> writeTable(const TableInfo &info, const QString &folder, QJsonObject &tables);
    Result<void> writeMedia(const QString &folder, QJsonObject &media);
    bool tick() { return m_ticker.tick(m_done, m_total); }

    QSqlDatabase m_db;
    MediaStore m_media;
    bool m_includeUsers;
    Ticker m_ticker;
    Report m_report;
    QStringList m_keys; // of the files rows written
    qint64 m_done = 0;
    qint64 m_total = 0;
};

// Without the users, an image that only avatars use is theirs too and stays out.
QString Exporter::condition(const QString &table) const
{
    if (table == QLatin1String("files") && !m_includeUsers) {
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM user_avatars WHERE file_id = files.id) "
                              "OR EXISTS (SELECT 1 FROM movies WHERE poster_file_id = files.id) "
                              "OR EXISTS (SELECT 1 FROM person_photos WHERE file_id = files.id)");
    }
    return QStringLiteral("1");
}

Result<void> Exporter::writeTable(const TableInfo &info, const QString &folder, QJsonObject &tables)
{
    QStringList columns;
    for (const QString &column : info.columns)
        columns.append(quoted(column));
    QStringList order;
    for (const QString &column : info.primaryKey)
        order.append(quoted(column));
    Sqlite::Statement select(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                                       .arg(columns.join(QStringLiteral(", ")), quoted(info.name),
                                            condition(info.name), order.join(QStringLiteral(", "))));
    if (!select.isValid())
        return Error{Tr::tr("Could not read %1: %2").arg(info.name, select.error())};

    const QString path = folder + QLatin1Char('/') + info.name + QStringLiteral(".csv");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    HashingDevice hashing(&file);
    hashing.open(QIODevice::WriteOnly);
    CsvWriter writer(&hashing);
    writer.writeRecord(info.columns);
    const qsizetype keyColumn = info.name == QLatin1String("files") ? info.columns.indexOf(QLatin1String("key")) : -1;
    QStringList fields(info.columns.size());
    qint64 rows = 0;
    while (select.step()) {
        for (qsizetype i = 0; i < fields.size(); ++i)
            fields[i] = encodeField(select.columnText(int(i)));
        writer.writeRecord(fields);
        if (keyColumn >= 0)
            m_keys.append(select.columnText(int(keyColumn)));
        ++rows;
        ++m_done;
        if (!tick())
            return Error{Tr::tr("The export was cancelled; nothing was written.")};
    }
    if (select.failed())
        return Error{Tr::tr("Could not read %1: %2").arg(info.name, select.error())};
    if (!writer.flush() || !file.commit())
        return Error{Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    tables.insert(info.name,
                  QJsonObject{{QStringLiteral("rows"), double(rows)}, {QStringLiteral("sha256"), hashing.hex()}});
    m_report.tables.append({info.name, rows, 0, {}, 0, 0});
    return {};
}

Result<void> Exporter::writeMedia(const QString &folder, QJsonObject &media)
{
    for (const QString &key : std::as_const(m_keys)) {
        const QString source = m_media.absolutePath(key);
        QFile in(source);
        QByteArray bytes;
        if (!source.isEmpty() && in.open(QIODevice::ReadOnly))
            bytes = in.read(MediaStore::MaxFileBytes + 1);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (source.isEmpty() || hash != key.mid(3, 64)) {
            return Error{Tr::tr("The image %1 is missing or damaged in the media folder %2, so the bundle would not be "
                                "whole; `reelkeeper check` lists such problems. Nothing was exported.")
                             .arg(key, QDir::toNativeSeparators(m_media.folder()))};
        }
        const QString target = folder + QLatin1Char('/') + mediaFolderName() + QLatin1Char('/') + key;
        const QString shard = QFileInfo(target).absolutePath();
        if (!QDir().mkpath(shard))
            return Error{Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(shard))};
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return Error{Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(target), out.errorString())};
        media.insert(key, hash);
        ++m_report.mediaFiles;
        ++m_done;
        if (!tick())
            return Error{Tr::tr("The export was cancelled; nothing was written.")};
    }
    return {};
}

Result<Report> Exporter::run(const QString &requested)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(requested).absoluteFilePath()));
    const QString shown = QDir::toNativeSeparators(requested);
    if (target.exists() || target.isSymLink()) {
        if (!target.isDir() || target.isSymLink())
            return Error{Tr::tr("%1 exists and is not a folder; nothing was exported.").arg(shown)};
        if (!QDir(target.absoluteFilePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Error{Tr::tr("%1 is not empty; choose a new or empty folder for the bundle. Nothing was exported.")
                             .arg(shown)};
    }
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error{Tr::tr("The folder %1 does not exist; nothing was exported.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
    // Written beside the target and renamed at the end: an interrupted export leaves no half bundle.
    QTemporaryDir temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                            + QStringLiteral(".partial-XXXXXX"));
    if (!temporary.isValid())
        return Error{Tr::tr("Could not create a folder beside %1: %2").arg(shown, temporary.errorString())};

    // One read transaction: every table from the same moment, whatever another connection writes.
    const Sqlite::ReadTransaction snapshot(m_db);
    if (!snapshot.error().isEmpty())
        return Error{Tr::tr("Could not read the catalog: %1").arg(snapshot.error())};

    QList<TableInfo> infos;
    for (const QString &table : tableNames(m_includeUsers)) {
        Result<TableInfo> info = readTableInfo(m_db, table);
        if (!info)
            return Error{info.error()};
        Sqlite::Statement count(m_db,
                                QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(quoted(table), condition(table)));
        if (!count.step())
            return Error{Tr::tr("Could not read %1: %2").arg(table, count.error())};
        m_total += count.columnInt64(0) * (table == QLatin1String("files") ? 2 : 1); // rows, and images
        infos.append(info.value());
    }

    const QString folder = temporary.path();
    QJsonObject tables;
    for (const TableInfo &info : std::as_const(infos)) {
        if (Result<void> written = writeTable(info, folder, tables); !written)
            return Error{written.error()};
    }
    QJsonObject media;
    if (Result<void> written = writeMedia(folder, media); !written)
        return Error{written.error()};

    const QJsonObject manifest{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("schema"), Sqlite::pragma(m_db, QStringLiteral("user_version")).toInt()},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("media"), media},
    };
    const QString manifestPath = folder + QLatin1Char('/') + manifestName();
    QSaveFile file(manifestPath);
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error{Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(manifestPath), file.errorString())};

    if (target.exists() && !QDir().rmdir(target.absoluteFilePath()))
        return Error{Tr::tr("%1 could not be replaced by the bundle; nothing was exported.").arg(shown)};
    if (!QDir().rename(folder, target.absoluteFilePath()))
        return Error{Tr::tr("The bundle could not be moved to %1; nothing was exported.").arg(shown)};
    temporary.setAutoRemove(false);
    (void)m_ticker.finish(m_total); // too late to cancel: the bundle is complete
    m_report.folder = requested;
    m_report.committed = true;
    return m_report;
}

// ---------------------------------------------------------------------------------------------
// Import

// One table of the bundle being imported.
struct TableState
{
    TableInfo info;
    QString path;     // the CSV file
    qint64 rows = 0;  // as the manifest states
    QString sha256;   // as the manifest states
    qint64 bytes = 0;
    QList<qint64> ids;   // the bundle's ids, increasing (tables with an id column)
    QList<qint64> lines; // the line of each
    qint64 base = 0;     // remapped ids are base + 1 + index: above every id the table ever had
    QHash<qint64, qint64> mergedIds; // tables that merge, when remapping: bundle id → catalog id
    qint64 added = 0;
    qint64 merged = 0;
};

class Importer
{
public:
    Importer(QSqlDatabase db, const QString &mediaFolder, const QString &folder, bool dryRun, const Progress &progress)
        : m_db(db)
        , m_media(mediaFolder)
        , m_folder(QDir::cleanPath(folder))
        , m_dryRun(dryRun)
        , m_ticker(progress)
        , m_search(db)
    {
    }

    Result<Report> run();

private:
    Error fileError(const QString &relative, qint64 line, const QString &message) const;
    Result<QString> insidePath(const QString &relative) const;
    Result<void> readManifest();
    Result<void> checkHeader(const TableState &table, const QStringList &header) const;
    Result<void> scanTable(TableState &table);
    Result<void> verifyMedia();
    Result<void> decideIds();
    Result<void> writeTable(TableState &table);
    Result<void> checkPrimaryPhotos();
    Result<void> rebuildSearch();
    Result<QByteArray> readMedia(const QString &relative) const;
    Result<void> copyMedia();
    void removeCopiedMedia();
    Result<void> addedRange(const TableState &state, TableCount &count) const;
    TableState *table(const QString &name);
    std::optional<qint64> newId(const TableState &table, qint64 bundleId) const;
    qint64 newIdAt(const TableState &table, qsizetype index) const;
    bool tick() { return m_ticker.tick(m_done, m_total); }
    Error cancelled() const { return Error{Tr::tr("The import was cancelled; nothing was imported.")}; }

    QSqlDatabase m_db;
    MediaStore m_media;
    QString m_folder;    // as given, cleaned: for messages
    QString m_root;      // canonical: for the checks that paths stay inside
    bool m_dryRun;
    Ticker m_ticker;
    Report m_report;
    QList<TableState> m_tables;  // those the bundle has, in import order
    QHash<QString, QString> m_mediaHashes; // key → SHA-256, from the manifest
    QSet<QString> m_usedKeys;    // keys the files rows name
    QStringList m_copied;        // images this import put into the media folder
    SearchIndexPause m_search; // the search triggers, paused until rebuildSearch()
    bool m_keepIds = true;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

Error Importer::fileError(const QString &relative, qint64 line, const QString &message) const
{
    const QString file = QDir::toNativeSeparators(m_folder + QLatin1Char('/') + relative);
    // One arg() call, so that a "%2" in a file name stays as it is.
    return Error{line > 0 ? QStringLiteral("%1:%2: %3").arg(file, QString::number(line), message)
                          : QStringLiteral("%1: %2").arg(file, message)};
}

// The file at relative, as long as it is a file inside the bundle's folder (a symbolic link that
// leads out of it is refused, wherever it is on the way).
Result<QString> Importer::insidePath(const QString &relative) const
{
    const QFileInfo info(m_root + QLatin1Char('/') + relative);
    if (!info.exists() && info.isSymLink())
        return fileError(relative, 0, Tr::tr("The file is a symbolic link that leads nowhere. The bundle was refused."));
    if (!info.exists())
        return fileError(relative, 0, Tr::tr("The file is listed in the manifest but missing. The bundle was refused."));
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_root + QLatin1Char('/')))
        return fileError(relative, 0, Tr::tr("A symbolic link leads outside the bundle's folder. The bundle was refused."));
    if (!info.isFile())
        return fileError(relative, 0, Tr::tr("This is not a file. The bundle was refused."));
    return canonical;
}

Result<void> Importer::readManifest()
{
    const QFileInfo manifestFile(m_root + QLatin1Char('/') + manifestName());
    if (!manifestFile.exists() && !manifestFile.isSymLink())
        return Error{Tr::tr("%1 has no manifest.json, so it is not a Reelkeeper bundle. Nothing was imported.")
                         .arg(QDir::toNativeSeparators(m_folder))};
    Result<QString> path = insidePath(manifestName());
    if (!path)
        return Error{path.error()};
    const auto bad = [this](const QString &message) { return fileError(manifestName(), 0, message); };
    QFile file(path.value());
    if (!file.open(QIODevice::ReadOnly))
        return bad(Tr::tr("The file cannot be read: %1").arg(file.errorString()));
    if (file.size() > MaximumManifestBytes)
        return bad(Tr::tr("The file is too large to be a manifest."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(Tr::tr("The file is not valid JSON: %1 (at byte %2).")
                       .arg(parseError.errorString(), QString::number(parseError.offset)));
    const QJsonObject manifest = document.object();
    if (!document.isObject() || manifest.value(QLatin1String("format")).toString() != formatName())
        return bad(Tr::tr("This is not the manifest of a Reelkeeper bundle (it has no \"format\": \"%1\").")
                       .arg(formatName()));

    const auto wholeNumber = [](const QJsonValue &value) -> std::optional<qint64> {
        if (!value.isDouble())
            return std::nullopt;
        const double number = value.toDouble();
        if (number < 0 || number > 9007199254740992.0 || number != double(qint64(number)))
            return std::nullopt;
        return qint64(number);
    };
    const std::optional<qint64> version = wholeNumber(manifest.value(QLatin1String("version")));
    if (!version || *version < 1)
        return bad(Tr::tr("The manifest has no valid format version."));
    if (*version > FormatVersion)
        return bad(Tr::tr("The bundle was written by a newer version of Reelkeeper (bundle format %1; this version "
                          "reads format %2). Nothing was imported.")
                       .arg(*version)
                       .arg(FormatVersion));
    const std::optional<qint64> schema = wholeNumber(manifest.value(QLatin1String("schema")));
    const int catalogSchema = Sqlite::pragma(m_db, QStringLiteral("user_version")).toInt();
    if (!schema || *schema < 1)
        return bad(Tr::tr("The manifest has no valid catalog schema version."));
    if (*schema > catalogSchema)
        return bad(Tr::tr("The bundle was written by a newer version of Reelkeeper (catalog schema %1; this catalog "
                          "has schema %2). Nothing was imported.")
                       .arg(*schema)
                       .arg(catalogSchema));

    const QJsonValue tables = manifest.value(QLatin1String("tables"));
    if (!tables.isObject())
        return bad(Tr::tr("The manifest lists no tables."));
    const QJsonObject tableObject = tables.toObject();
    for (auto it = tableObject.begin(); it != tableObject.end(); ++it) {
        if (!importOrder().contains(it.key()))
            return bad(Tr::tr("The manifest names a table that a catalog does not have: %1. The bundle was refused.")
                           .arg(shownValue(it.key())));
        const QJsonObject entry = it.value().toObject();
        const std::optional<qint64> rows = wholeNumber(entry.value(QLatin1String("rows")));
        const QString sha256 = entry.value(QLatin1String("sha256")).toString();
        if (!rows || !isSha256(sha256))
            return bad(Tr::tr("The entry of %1 needs \"rows\" (a count) and \"sha256\" (64 hex digits).").arg(it.key()));
    }
    for (const QString &name : importOrder()) {
        if (!tableObject.contains(name))
            continue;
        const QJsonObject entry = tableObject.value(name).toObject();
        TableState state;
        state.rows = *wholeNumber(entry.value(QLatin1String("rows")));
        state.sha256 = entry.value(QLatin1String("sha256")).toString();
        Result<TableInfo> info = readTableInfo(m_db, name);
        if (!info)
            return Error{info.error()};
        state.info = info.value();
        m_tables.append(state);
    }

    const QJsonValue media = manifest.value(QLatin1String("media"));
    if (!media.isObject() && !media.isUndefined())
        return bad(Tr::tr("The manifest's \"media\" is not a list of images."));
    const QJsonObject mediaObject = media.toObject();
    for (auto it = mediaObject.begin(); it != mediaObject.end(); ++it) {
        if (!MediaStore::isValidKey(it.key()))
            return bad(Tr::tr("The manifest names the image %1, which is not a media file name (two hex digits, \"/\", the "
                              "SHA-256 of the image and its extension). The bundle was refused.")
                           .arg(shownValue(it.key())));
        if (it.value().toString() != it.key().mid(3, 64))
            return bad(Tr::tr("The checksum of the image %1 does not match its name.").arg(it.key()));
        m_mediaHashes.insert(it.key(), it.value().toString());
    }
    return {};
}

Result<void> Importer::checkHeader(const TableState &table, const QStringList &header) const
{
    const QString file = table.info.name + QStringLiteral(".csv");
    QSet<QString> seen;
    for (const QString &name : header) {
        if (!table.info.columns.contains(name))
            return fileError(file, 1, Tr::tr("The header names a column %1 that the table %2 does not have.")
                                          .arg(shownValue(name), table.info.name));
        if (seen.contains(name))
            return fileError(file, 1, Tr::tr("The header names the column %1 twice.").arg(name));
        seen.insert(name);
    }
    for (const QString &key : table.info.primaryKey) {
        if (!seen.contains(key))
            return fileError(file, 1, Tr::tr("The header has no %1 column.").arg(key));
    }
    return {};
}

// The first pass, before anything is written: the file is whole (checksum, row count), its header
// fits the table, every row has its fields, and ids increase (which also makes each one unique).
Result<void> Importer::scanTable(TableState &table)
{
    const QString relative = table.info.name + QStringLiteral(".csv");
    Result<QString> path = insidePath(relative);
    if (!path)
        return Error{path.error()};
    table.path = path.value();
    QFile file(table.path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(relative, 0, Tr::tr("The file cannot be read: %1").arg(file.errorString()));
    table.bytes = file.size();
    HashingDevice hashing(&file);
    hashing.open(QIODevice::ReadOnly);
    CsvReader reader(&hashing);
    reader.setFormat(CsvFormat{});

    // A file that does not match its checksum was changed or damaged: that is what to report,
    // rather than whatever the change broke, so the rest is read before a problem is reported.
    const auto failWith = [&](const Error &error) -> Result<void> {
        while (!hashing.read(1024 * 1024).isEmpty()) {
        }
        if (hashing.hex() != table.sha256)
            return fileError(relative, 0, Tr::tr("Its checksum does not match the manifest: the file was changed or "
                                                 "damaged. The bundle was refused."));
        return error;
    };

    QStringList header;
    if (!reader.next(header))
        return failWith(fileError(relative, 0,
                                  reader.error().isEmpty() ? Tr::tr("The file has no header row.") : reader.error()));
    if (Result<void> checked = checkHeader(table, header); !checked)
        return failWith(Error{checked.error()});
    const qsizetype idColumn = table.info.hasId() ? header.indexOf(QLatin1String("id")) : -1;
    QStringList fields;
    qint64 rows = 0;
    const qint64 doneBefore = m_done;
    while (reader.next(fields)) {
        if (fields.size() != header.size())
            return failWith(fileError(relative, reader.line(), Tr::tr("The row has %1 fields; the header has %2.")
                                                                   .arg(fields.size())
                                                                   .arg(header.size())));
        if (idColumn >= 0) {
            QString value;
            std::optional<qint64> id;
            if (decodeField(fields.at(idColumn), value) && !value.isNull())
                id = parseInteger(value);
            if (!id)
                return failWith(fileError(relative, reader.line(),
                                          Tr::tr("The id %1 is not a whole number.").arg(shownValue(fields.at(idColumn)))));
            if (!table.ids.isEmpty() && *id <= table.ids.constLast())
                return failWith(fileError(relative, reader.line(),
                                          Tr::tr("The id %1 follows the id %2: ids must increase from row to row, each "
                                                 "id once.")
                                              .arg(*id)
                                              .arg(table.ids.constLast())));
            table.ids.append(*id);
            table.lines.append(reader.line());
        }
        ++rows;
        m_done = doneBefore + reader.bytesRead();
        if (!tick())
            return cancelled();
    }
    if (!reader.error().isEmpty())
        return failWith(fileError(relative, 0, reader.error()));
    if (hashing.hex() != table.sha256)
        return failWith(Error{});
    if (rows != table.rows)
        return fileError(relative, 0, Tr::tr("The file has %1 rows; the manifest says %2. The bundle was refused.")
                                          .arg(rows)
                                          .arg(table.rows));
    m_done = doneBefore + table.bytes;
    return {};
}

// An image file of the bundle (relative to its folder), refused when it leaves the folder or is
// larger than any image a catalog takes.
Result<QByteArray> Importer::readMedia(const QString &relative) const
{
    Result<QString> path = insidePath(relative);
    if (!path)
        return Error{path.error()};
    QFile file(path.value());
    if (!file.open(QIODevice::ReadOnly))
        return fileError(relative, 0, Tr::tr("The file cannot be read: %1").arg(file.errorString()));
    if (file.size() > MediaStore::MaxFileBytes)
        return fileError(relative, 0, Tr::tr("The file is too large for an image of a catalog. The bundle was refused."));
    return file.readAll();
}

// Every image the manifest lists is there, inside the bundle, with its checksum. (Whether it is an
// image the catalog accepts is checked as it is copied, or here for a dry run, which copies none.)
Result<void> Importer::verifyMedia()
{
    QStringList keys = m_mediaHashes.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QString relative = mediaFolderName() + QLatin1Char('/') + key;
        Result<QByteArray> read = readMedia(relative);
        if (!read)
            return Error{read.error()};
        const QByteArray &bytes = read.value();
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (hash != m_mediaHashes.value(key))
            return fileError(relative, 0, Tr::tr("Its checksum does not match the manifest: the file was changed or "
                                                 "damaged. The bundle was refused."));
        if (m_dryRun) {
            Result<StoredImage> image = MediaStore::inspect(bytes);
            if (!image)
                return fileError(relative, 0, image.error());
            if (image->key != key)
                return fileError(relative, 0, Tr::tr("The image is not of the type its name says."));
        }
        m_done += bytes.size();
        if (!tick())
            return cancelled();
    }
    return {};
}

TableState *Importer::table(const QString &name)
{
    for (TableState &state : m_tables) {
        if (state.info.name == name)
            return &state;
    }
    return nullptr;
}

qint64 Importer::newIdAt(const TableState &table, qsizetype index) const
{
    return m_keepIds ? table.ids.at(index) : table.base + 1 + index;
}

std::optional<qint64> Importer::newId(const TableState &table, qint64 bundleId) const
{
    if (!m_keepIds && !mergeColumn(table.info.name).isEmpty()) {
        const auto it = table.mergedIds.constFind(bundleId);
        return it == table.mergedIds.constEnd() ? std::nullopt : std::optional<qint64>(*it);
    }
    const auto it = std::lower_bound(table.ids.cbegin(), table.ids.cend(), bundleId);
    if (it == table.ids.cend() || *it != bundleId)
        return std::nullopt;
    return newIdAt(table, it - table.ids.cbegin());
}

// Ids are kept when every table the bundle fills is empty, and has never given out the ids it
// brings (AUTOINCREMENT: an id is never given out twice); otherwise every table is remapped.
Result<void> Importer::decideIds()
{
    m_keepIds = true;
    for (TableState &state : m_tables) {
        const QString table = quoted(state.info.name);
        const QString sql = state.info.hasId()
            ? QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1), (SELECT ifnull(max(id), 0) FROM %1), "
                             "(SELECT ifnull(max(seq), 0) FROM sqlite_sequence WHERE name = ?1)")
            : QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1), 0, 0");
        Sqlite::Statement read(m_db, sql.arg(table));
        if (state.info.hasId())
            read.bind(1, state.info.name);
        if (!read.step())
            return Error{Tr::tr("Could not read the catalog: %1").arg(read.error())};
        const bool hasRows = read.columnInt64(0) != 0;
        const qint64 sequence = read.columnInt64(2);
        state.base = std::max(read.columnInt64(1), sequence);
        if (state.rows > 0 && (hasRows || (!state.ids.isEmpty() && state.ids.constFirst() <= sequence)))
            m_keepIds = false;
    }
    return {};
}

// The second pass: every row inserted, with its ids and references rewritten when remapping.
Result<void> Importer::writeTable(TableState &table)
{
    const QString relative = table.info.name + QStringLiteral(".csv");
    QFile file(table.path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(relative, 0, Tr::tr("The file cannot be read: %1").arg(file.errorString()));
    HashingDevice hashing(&file);
    hashing.open(QIODevice::ReadOnly);
    CsvReader reader(&hashing);
    reader.setFormat(CsvFormat{});
    QStringList header;
    if (!reader.next(header))
        return fileError(relative, 0, reader.error().isEmpty() ? Tr::tr("The file has no header row.") : reader.error());
    if (Result<void> checked = checkHeader(table, header); !checked)
        return checked;

    // What each column of the file is: the row's id, a reference to another table, or a value.
    QList<const TableState *> referenced(header.size(), nullptr);
    QStringList referencedNames(header.size());
    QStringList placeholders;
    QStringList columns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        columns.append(quoted(header.at(i)));
        placeholders.append(QLatin1Char('?') + QString::number(i + 1));
        referencedNames[i] = table.info.references.value(header.at(i));
        if (!referencedNames.at(i).isEmpty())
            referenced[i] = this->table(referencedNames.at(i));
    }
    const qsizetype idColumn = table.info.hasId() ? header.indexOf(QLatin1String("id")) : -1;
    Sqlite::Statement insert(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(quoted(table.info.name), columns.join(QStringLiteral(", ")),
                                            placeholders.join(QStringLiteral(", "))));
    if (!insert.isValid())
        return fileError(relative, 0, Tr::tr("Could not prepare the import: %1").arg(insert.error()));

    const QString merge = m_keepIds ? QString() : mergeColumn(table.info.name);
    const qsizetype mergeIndex = merge.isEmpty() ? -1 : header.indexOf(merge);
    std::unique_ptr<Sqlite::Statement> find;
    if (!merge.isEmpty()) {
        // Only rows the catalog had before: two rows of the bundle with one name are refused.
        find = std::make_unique<Sqlite::Statement>(
            m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?1 AND id <= ?2 ORDER BY id LIMIT 1")
                      .arg(quoted(table.info.name), quoted(merge)));
        if (!find->isValid())
            return fileError(relative, 0, Tr::tr("Could not prepare the import: %1").arg(find->error()));
    }
    const bool isFiles = table.info.name == QLatin1String("files");
    const qsizetype keyColumn = isFiles ? header.indexOf(QLatin1String("key")) : -1;
    const bool isPhotos = table.info.name == QLatin1String("person_photos");
    const qsizetype personColumn = isPhotos ? header.indexOf(QLatin1String("person_id")) : -1;
    const qsizetype primaryColumn = isPhotos ? header.indexOf(QLatin1String("is_primary")) : -1;
    QHash<QString, qint64> primaryPhotoLines; // person (as the bundle has it) → line of its primary photo

    QStringList fields;
    QStringList values(header.size());
    qsizetype ordinal = -1;
    qint64 nextMergedId = table.base;
    const qint64 doneBefore = m_done;
    while (reader.next(fields)) {
        const qint64 line = reader.line();
        if (fields.size() != header.size())
            return fileError(relative, line,
                             Tr::tr("The row has %1 fields; the header has %2.").arg(fields.size()).arg(header.size()));
        ++ordinal;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (!decodeField(fields.at(i), values[i]))
                return fileError(relative, line,
                                 Tr::tr("%1: %2 starts with a backslash but is none of \\N, \\\\… and \\x….")
                                     .arg(header.at(i), shownValue(elided(fields.at(i)))));
        }
        if (keyColumn >= 0) {
            const QString &key = values.at(keyColumn);
            if (!m_mediaHashes.contains(key))
                return fileError(relative, line,
                                 Tr::tr("The image %1 is not in the bundle (the manifest does not list it).")
                                     .arg(shownValue(key)));
            m_usedKeys.insert(key);
        }
        qint64 rowId = 0;
        if (idColumn >= 0) {
            const qint64 bundleId = parseInteger(values.at(idColumn)).value_or(0);
            if (mergeIndex >= 0) {
                if (!values.at(mergeIndex).isNull()) {
                    find->bind(1, values.at(mergeIndex));
                    find->bind(2, table.base);
                    if (find->step()) {
                        table.mergedIds.insert(bundleId, find->columnInt64(0));
                        ++table.merged;
                        continue;
                    }
                    if (find->failed())
                        return fileError(relative, line, find->error());
                }
                rowId = ++nextMergedId;
                table.mergedIds.insert(bundleId, rowId);
            } else {
                rowId = m_keepIds ? bundleId : table.base + 1 + ordinal;
            }
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString &value = values.at(i);
            if (i == idColumn) {
                insert.bind(int(i + 1), rowId);
            } else if (referencedNames.at(i).isEmpty() || value.isNull()) {
                insert.bind(int(i + 1), value);
            } else {
                const std::optional<qint64> bundleId = parseInteger(value);
                if (!bundleId)
                    return fileError(relative, line,
                                     Tr::tr("%1 %2 is not a whole number.").arg(header.at(i), shownValue(value)));
                const std::optional<qint64> id = referenced.at(i) ? newId(*referenced.at(i), *bundleId) : std::nullopt;
                if (!id)
                    return fileError(relative, line, Tr::tr("%1 %2 names no row of %3.csv.")
                                                         .arg(header.at(i), value, referencedNames.at(i)));
                insert.bind(int(i + 1), *id);
            }
        }
        if (personColumn >= 0 && primaryColumn >= 0 && values.at(primaryColumn) == QLatin1String("1")) {
            // The schema's triggers would quietly take the flag from the other photo.
            const QString person = values.at(personColumn);
            if (primaryPhotoLines.contains(person))
                return fileError(relative, line, Tr::tr("The person %1 has another primary photo, on line %2.")
                                                     .arg(person, QString::number(primaryPhotoLines.value(person))));
            primaryPhotoLines.insert(person, line);
        }
        insert.step();
        if (insert.failed())
            return fileError(relative, line, constraintMessage(insert.error(), header, values));
        ++table.added;
        m_done = doneBefore + reader.bytesRead();
        if (!tick())
            return cancelled();
    }
    if (!reader.error().isEmpty())
        return fileError(relative, 0, reader.error());
    if (hashing.hex() != table.sha256)
        return fileError(relative, 0, Tr::tr("The file changed while it was being imported. Nothing was imported."));
    m_done = doneBefore + table.bytes;
    return {};
}

// people.primary_photo_id and the photo flagged is_primary must agree, as the catalog keeps them.
Result<void> Importer::checkPrimaryPhotos()
{
    const TableState *people = table(QStringLiteral("people"));
    if (!people || people->added == 0)
        return {};
    Sqlite::Statement disagree(m_db, QStringLiteral(
        "SELECT id FROM people WHERE id > ?1 AND primary_photo_id IS NOT "
        "(SELECT id FROM person_photos WHERE person_id = people.id AND is_primary = 1) ORDER BY id LIMIT 1"));
    disagree.bind(1, m_keepIds ? std::numeric_limits<qint64>::min() : people->base);
    if (disagree.step()) {
        const qint64 id = disagree.columnInt64(0);
        const qsizetype index = m_keepIds
            ? qsizetype(std::lower_bound(people->ids.cbegin(), people->ids.cend(), id) - people->ids.cbegin())
            : qsizetype(id - people->base - 1);
        return fileError(QStringLiteral("people.csv"), people->lines.value(index),
                         Tr::tr("The person's primary_photo_id does not name the photo that person_photos.csv flags "
                                "with is_primary."));
    }
    if (disagree.failed() || !disagree.isValid())
        return Error{Tr::tr("Could not check the people's photos: %1").arg(disagree.error())};
    return {};
}

// The search documents of the movies and people the import added, a batch at a time, then the
// triggers again: the index ends as the triggers would have left it.
Result<void> Importer::rebuildSearch()
{
    for (const char *name : {"movies", "people"}) {
        const TableState *state = table(QLatin1String(name));
        if (!state || state->added == 0)
            continue;
        // Every id between the first and last of a batch is the import's: the table was empty, or
        // the new ids are above all it had.
        for (qsizetype first = 0; first < state->ids.size(); first += SearchBatch) {
            const qsizetype last = std::min(state->ids.size(), first + SearchBatch) - 1;
            Result<void> indexed = qstrcmp(name, "movies") == 0
                                       ? m_search.indexMovies(newIdAt(*state, first), newIdAt(*state, last))
                                       : m_search.indexPeople(newIdAt(*state, first), newIdAt(*state, last));
            if (!indexed)
                return indexed;
            if (!tick())
                return cancelled();
        }
    }
    return m_search.resume();
}

// The images the files rows name, into the catalog's media folder (MediaStore checks each again).
Result<void> Importer::copyMedia()
{
    QStringList keys(m_usedKeys.cbegin(), m_usedKeys.cend());
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QString relative = mediaFolderName() + QLatin1Char('/') + key;
        Result<QByteArray> read = readMedia(relative);
        if (!read)
            return Error{read.error()};
        const QByteArray &bytes = read.value();
        Result<StoredImage> stored = m_media.store(bytes);
        if (!stored)
            return fileError(relative, 0, stored.error() + QLatin1Char(' ') + Tr::tr("The bundle was refused."));
        if (!stored->alreadyStored)
            m_copied.append(stored->key);
        if (stored->key != key) // changed since it was verified, or not the type its name says
            return fileError(relative, 0, Tr::tr("The image is not what its name says. The bundle was refused."));
        if (!stored->alreadyStored)
            ++m_report.mediaFiles;
        m_done += bytes.size();
        if (!tick())
            return cancelled();
    }
    return {};
}

// Where the rows this import added lie (see TableCount), for undo.
Result<void> Importer::addedRange(const TableState &state, TableCount &count) const
{
    if (state.added == 0)
        return {};
    if (state.info.hasId()) {
        Sqlite::Statement last(m_db, QStringLiteral("SELECT max(id) FROM %1").arg(quoted(state.info.name)));
        if (!last.step())
            return Error{Tr::tr("Could not read the catalog: %1").arg(last.error())};
        count.keyColumn = QStringLiteral("id");
        count.idsAbove = state.base;
        count.lastId = last.columnInt64(0);
        return {};
    }
    if (state.info.references.value(QStringLiteral("movie_id")) == QLatin1String("movies")) {
        // movie_genres: the rows of the movies the import added (movies are never merged).
        for (const TableCount &movies : std::as_const(m_report.tables)) {
            if (movies.table == QLatin1String("movies") && !movies.keyColumn.isEmpty()) {
                count.keyColumn = QStringLiteral("movie_id");
                count.idsAbove = movies.idsAbove;
                count.lastId = movies.lastId;
                return {};
            }
        }
    }
    return Error{Tr::tr("Could not tell which rows of %1 the import added.").arg(state.info.name)};
}

// After a rollback: the images this import added that no row names (another connection may have
// stored the same image meanwhile) go again.
void Importer::removeCopiedMedia()
{
    Sqlite::Statement listed(m_db, QStringLiteral("SELECT 1 FROM files WHERE key = ?1"));
    for (const QString &key : std::as_const(m_copied)) {
        listed.bind(1, key);
        const bool used = listed.step() || listed.failed() || !listed.isValid(); // in doubt, keep it
        const QString path = m_media.absolutePath(key);
        if (!used && !path.isEmpty())
            QFile::remove(path);
    }
    m_copied.clear();
}

Result<Report> Importer::run()
{
    m_report.folder = m_folder;
    m_report.dryRun = m_dryRun;
    const QFileInfo folder(m_folder);
    if (!folder.isDir())
        return Error{Tr::tr("%1 is not a folder; a bundle is a folder with a manifest.json. Nothing was imported.")
                         .arg(QDir::toNativeSeparators(m_folder))};
    m_root = folder.canonicalFilePath();

    if (Result<void> read = readManifest(); !read)
        return Error{read.error()};
    qint64 mediaBytes = 0;
    for (auto it = m_mediaHashes.cbegin(); it != m_mediaHashes.cend(); ++it)
        mediaBytes += QFileInfo(m_root + QLatin1Char('/') + mediaFolderName() + QLatin1Char('/') + it.key()).size();
    qint64 tableBytes = 0;
    for (const TableState &state : std::as_const(m_tables))
        tableBytes += QFileInfo(m_root + QLatin1Char('/') + state.info.name + QStringLiteral(".csv")).size();
    m_total = 2 * tableBytes + (m_dryRun ? 1 : 2) * mediaBytes;

    // Nothing is written until the whole bundle has been read once.
    for (TableState &state : m_tables) {
        if (Result<void> scanned = scanTable(state); !scanned)
            return Error{scanned.error()};
    }
    if (Result<void> verified = verifyMedia(); !verified)
        return Error{verified.error()};

    // A big bundle writes far more pages than SQLite's default cache holds (see MovieImport).
    const QVariant cacheSize = Sqlite::pragma(m_db, QStringLiteral("cache_size"));
    const QVariant tempStore = Sqlite::pragma(m_db, QStringLiteral("temp_store"));
    (void)Sqlite::execute(m_db, QStringLiteral("PRAGMA cache_size = -262144"));
    (void)Sqlite::execute(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    const auto restorePragmas = qScopeGuard([&] {
        (void)Sqlite::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
        (void)Sqlite::execute(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(tempStore.toLongLong()));
    });
    if (Result<void> begun = Sqlite::execute(m_db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return Error{Tr::tr("Could not start the import: %1").arg(begun.error())};
    // Foreign keys are checked at the commit (the import checks every reference itself first).
    (void)Sqlite::execute(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    bool open = true;
    const auto rollback = [&] {
        if (open)
            (void)Sqlite::execute(m_db, QStringLiteral("ROLLBACK"));
        open = false;
        removeCopiedMedia();
    };
    const auto failWith = [&](const QString &error) -> Result<Report> {
        rollback();
        return Error{error};
    };

    if (Result<void> decided = decideIds(); !decided)
        return failWith(decided.error());
    m_report.idsKept = m_keepIds;
    if (Result<void> dropped = m_search.pause(); !dropped)
        return failWith(dropped.error());
    for (TableState &state : m_tables) {
        if (Result<void> written = writeTable(state); !written)
            return failWith(written.error());
    }
    if (Result<void> checked = checkPrimaryPhotos(); !checked)
        return failWith(checked.error());
    if (Result<void> indexed = rebuildSearch(); !indexed)
        return failWith(indexed.error());
    if (!m_dryRun) {
        if (Result<void> copied = copyMedia(); !copied)
            return failWith(copied.error());
    }
    for (const TableState &state : std::as_const(m_tables)) {
        TableCount count{state.info.name, state.added, state.merged, {}, 0, 0};
        if (Result<void> ranged = addedRange(state, count); !ranged)
            return failWith(ranged.error());
        m_report.tables.append(count);
    }
    if (!m_ticker.finish(m_total))
        return failWith(cancelled().message);
    if (m_dryRun) {
        rollback();
        return m_report;
    }
    if (Result<void> committed = Sqlite::execute(m_db, QStringLiteral("COMMIT")); !committed) {
        return failWith(Tr::tr("%1: could not save the import: %2. Nothing was imported.")
                            .arg(QDir::toNativeSeparators(m_folder), committed.error()));
    }
    open = false;
    m_copied.clear();
    m_report.committed = true;
    return m_report;
}

} // namespace

QStringList tableNames(bool includeUsers)
{
    QStringList names;
    for (const QString &name : importOrder()) {
        if (includeUsers || !isUserTable(name))
            names.append(name);
    }
    return names;
}

bool looksLikeBundle(const QString &folder)
{
    return QFileInfo(folder).isDir() && QFileInfo::exists(folder + QLatin1Char('/') + manifestName());
}

qint64 Report::rows(const QString &table) const
{
    for (const TableCount &count : tables) {
        if (count.table == table)
            return count.rows;
    }
    return 0;
}

qint64 Report::merged(const QString &table) const
{
    for (const TableCount &count : tables) {
        if (count.table == table)
            return count.merged;
    }
    return 0;
}

QString Report::importSummary() const
{
    ImportReport movies; // the same line as a movie list import, in the same words
    movies.dryRun = dryRun;
    movies.added = rows(QStringLiteral("movies"));
    return movies.summary();
}

QString Report::exportSummary() const
{
    const bool withUsers = std::any_of(tables.cbegin(), tables.cend(),
                                       [](const TableCount &count) { return count.table == QLatin1String("users"); });
    const QString where = QDir::toNativeSeparators(folder);
    return withUsers ? Tr::tr("exported: %1 movies, %2 people, %3 users, %4 images to %5")
                           .arg(rows(QStringLiteral("movies")))
                           .arg(rows(QStringLiteral("people")))
                           .arg(rows(QStringLiteral("users")))
                           .arg(mediaFiles)
                           .arg(where)
                     : Tr::tr("exported: %1 movies, %2 people, %3 images to %4")
                           .arg(rows(QStringLiteral("movies")))
                           .arg(rows(QStringLiteral("people")))
                           .arg(mediaFiles)
                           .arg(where);
}

Result<Report> exportBundle(QSqlDatabase db, const QString &mediaFolder, const QString &folder, bool includeUsers,
                            const Progress &progress)
{
    Exporter exporter(db, mediaFolder, includeUsers, progress);
    return exporter.run(folder);
}

Result<Report> importBundle(QSqlDatabase db, const QString &mediaFolder, const QString &folder, bool dryRun,
                            const Progress &progress)
{
    Importer importer(db, mediaFolder, folder, dryRun, progress);
    return importer.run();
}

namespace {

// The tables of the report that have added rows, in import order.
QList<TableCount> addedTables(const Report &report)
{
    QList<TableCount> added;
    for (const TableCount &count : report.tables) {
        if (!count.keyColumn.isEmpty() && count.lastId > count.idsAbove)
            added.append(count);
    }
    return added;
}

QString inRange(const TableCount &count)
{
    return QStringLiteral("%1 > ?1 AND %1 <= ?2").arg(quoted(count.keyColumn));
}

qint64 addedRows(const QList<TableCount> &tables)
{
    qint64 rows = 0;
    for (const TableCount &count : tables)
        rows += count.rows;
    return rows;
}

} // namespace

Result<QList<TableRows>> takeImported(QSqlDatabase db, const Report &report, const Progress &progress)
{
    const QList<TableCount> tables = addedTables(report);
    const qint64 total = addedRows(tables);
    qint64 done = 0;
    Ticker ticker(progress);
    const Sqlite::ReadTransaction transaction(db);
    QList<TableRows> taken;
    for (const TableCount &count : tables) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!execBound(query, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid").arg(quoted(count.table), inRange(count)),
                       {count.idsAbove, count.lastId}))
            return Error{Tr::tr("Could not read the imported rows of %1: %2").arg(count.table, query.lastError().text())};
        TableRows rows{count.table, {}, {}};
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns.append(record.fieldName(i));
        while (query.next()) {
            QVariantList values;
            values.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                values.append(query.isNull(i) ? QVariant() : query.value(i));
            rows.rows.append(values);
            (void)ticker.tick(++done, total);
        }
        if (query.lastError().isValid())
            return Error{Tr::tr("Could not read the imported rows of %1: %2").arg(count.table, query.lastError().text())};
        taken.append(rows);
    }
    return taken;
}

Result<void> undoImport(QSqlDatabase db, const Report &report, const Progress &progress)
{
    const QList<TableCount> tables = addedTables(report);
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return Error{Tr::tr("Could not start a transaction: %1").arg(db.lastError().text())};
    // The search triggers would rebuild a movie's document for every cast row deleted.
    SearchIndexPause search(db);
    if (Result<void> paused = search.pause(); !paused)
        return paused;
    Ticker ticker(progress);
    qint64 done = 0;
    const qint64 total = addedRows(tables);
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        Sqlite::Statement remove(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(it->table), inRange(*it)));
        remove.bind(1, it->idsAbove);
        remove.bind(2, it->lastId);
        remove.step();
        if (remove.failed() || !remove.isValid())
            return Error{Tr::tr("Could not remove the imported rows of %1: %2").arg(it->table, remove.error())};
        if (it->table == QLatin1String("movies") || it->table == QLatin1String("people")) {
            Sqlite::Statement unindex(db, QStringLiteral("DELETE FROM %1 WHERE rowid > ?1 AND rowid <= ?2")
                                              .arg(it->table == QLatin1String("movies") ? QStringLiteral("movie_search")
                                                                                       : QStringLiteral("person_name_search")));
            unindex.bind(1, it->idsAbove);
            unindex.bind(2, it->lastId);
            unindex.step();
            if (unindex.failed() || !unindex.isValid())
                return Error{Tr::tr("Could not update the search index: %1").arg(unindex.error())};
        }
        done += it->rows;
        (void)ticker.tick(done, total);
    }
    if (Result<void> resumed = search.resume(); !resumed)
        return resumed;
    if (!transaction.commit())
        return Error{Tr::tr("Could not save the change: %1").arg(db.lastError().text())};
    return {};
}

Result<void> redoImport(QSqlDatabase db, const Report &report, const QList<TableRows> &rows, const Progress &progress)
{
    const QList<TableCount> tables = addedTables(report);
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return Error{Tr::tr("Could not start a transaction: %1").arg(db.lastError().text())};
    // As in the import: references are checked at the commit, documents built once per row.
    (void)Sqlite::execute(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    SearchIndexPause search(db);
    if (Result<void> paused = search.pause(); !paused)
        return paused;
    Ticker ticker(progress);
    qint64 done = 0;
    const qint64 total = addedRows(tables);
    for (const TableRows &table : rows) {
        QStringList columns, placeholders;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            columns.append(quoted(table.columns.at(i)));
            placeholders.append(QLatin1Char('?') + QString::number(i + 1));
        }
        Sqlite::Statement insert(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(quoted(table.table), columns.join(QStringLiteral(", ")),
                                              placeholders.join(QStringLiteral(", "))));
        if (!insert.isValid())
            return Error{Tr::tr("Could not put back the imported rows of %1: %2").arg(table.table, insert.error())};
        for (const QVariantList &values : table.rows) {
            insert.bindAll(values);
            insert.step();
            if (insert.failed())
                return Error{Tr::tr("Could not put back the imported rows of %1: %2").arg(table.table, insert.error())};
            (void)ticker.tick(++done, total);
        }
    }
    for (const TableCount &count : tables) {
        if (count.table == QLatin1String("movies")) {
            if (Result<void> indexed = search.indexMovies(count.idsAbove + 1, count.lastId); !indexed)
                return indexed;
        } else if (count.table == QLatin1String("people")) {
            if (Result<void> indexed = search.indexPeople(count.idsAbove + 1, count.lastId); !indexed)
                return indexed;
        }
    }
    if (Result<void> resumed = search.resume(); !resumed)
        return resumed;
    if (!transaction.commit())
        return Error{Tr::tr("Could not save the change: %1").arg(db.lastError().text())};
    return {};
}

} // namespace Reelkeeper::Bundle
