#include "connection.h"

#include "sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Connection)
};

} // namespace

QString Connection::nameForCurrentThread(const QString &databasePath)
{
    const QByteArray pathHash = QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(),
                                                         QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(12);
    return QStringLiteral("reelkeeper-%1-%2")
        .arg(QString::fromLatin1(pathHash))
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Connection::openForCurrentThread(const QString &databasePath)
{
    const QString name = nameForCurrentThread(databasePath);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    if (!QFileInfo::exists(databasePath))
        return Error{Tr::tr("The catalog %1 does not exist.").arg(databasePath)};

    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{Tr::tr("Could not open the catalog %1: %2").arg(databasePath, why)};
    }
    if (Result<void> rules = Sqlite::applyConnectionRules(db); !rules) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{Tr::tr("Could not open the catalog %1: %2").arg(databasePath, rules.error())};
    }
    return db;
}

ThreadConnection::ThreadConnection(const QString &databasePath)
    : m_name(Connection::nameForCurrentThread(databasePath))
{
    const bool alreadyOpen = QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
    Result<QSqlDatabase> db = Connection::openForCurrentThread(databasePath);
    if (db) {
        m_database = db.value();
        m_owned = !alreadyOpen;
    } else {
        m_error = db.error();
    }
}

ThreadConnection::~ThreadConnection()
{
    if (!m_owned)
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Reelkeeper
