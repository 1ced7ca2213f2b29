#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

namespace Reelkeeper::Test {

TemporaryCatalog::TemporaryCatalog()
{
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path());
    if (opened)
        m_catalog = std::move(opened.value());
    else
        m_error = opened.error();
}

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return {};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

QString exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return query.lastError().text();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text().isEmpty() ? QStringLiteral("failed") : query.lastError().text();
    return {};
}

QByteArray makeImage(int width, int height, const char *format, QRgb color)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(color);
    // A little structure, so that encoders do not produce degenerate files.
    for (int x = 0; x < width; ++x)
        image.setPixel(x, (x * 7) % height, 0xff000000 | quint32(x * 2654435761u));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return bytes;
}

void startReelkeeper(QProcess &process, const QStringList &arguments, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REELKEEPER_EXECUTABLE), arguments);
}

qint64 bytesReadBy(qint64 pid)
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

ProcessResult runReelkeeper(const QStringList &arguments, const QString &home, const QByteArray &standardInput)
{
    QProcess process;
    startReelkeeper(process, arguments, home);
    ProcessResult result;
    if (!process.waitForStarted())
        return result;
    process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace Reelkeeper::Test
