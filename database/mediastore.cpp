// Placeholder: being implemented.
#include "mediastore.h"
namespace Reelkeeper {
MediaStore::MediaStore(QString mediaFolder) : m_folder(std::move(mediaFolder)) {}
Result<StoredImage> MediaStore::inspect(const QByteArray &) { return Error{QStringLiteral("todo")}; }
Result<StoredImage> MediaStore::store(const QByteArray &) const { return Error{QStringLiteral("todo")}; }
Result<StoredImage> MediaStore::storeFile(const QString &) const { return Error{QStringLiteral("todo")}; }
QString MediaStore::absolutePath(const QString &key) const { return isValidKey(key) ? m_folder + QLatin1Char('/') + key : QString(); }
bool MediaStore::isValidKey(const QString &) { return false; }
Result<qint64> MediaStore::addFile(QSqlDatabase, const QByteArray &, const QString &, const QString &) const { return Error{QStringLiteral("todo")}; }
Result<bool> MediaStore::releaseFile(QSqlDatabase, qint64) const { return Error{QStringLiteral("todo")}; }
Result<QStringList> MediaStore::removeUnused(QSqlDatabase) const { return Error{QStringLiteral("todo")}; }
Result<QStringList> MediaStore::unlistedFiles(QSqlDatabase) const { return QStringList(); }
} // namespace Reelkeeper
