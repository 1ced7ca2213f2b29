#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRgb>
#include <QVariant>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Reelkeeper::Test {

// A fresh catalog in its own temporary folder, removed with the object.
class TemporaryCatalog
{
public:
    TemporaryCatalog();
    bool isValid() const { return m_catalog != nullptr; }
    const QString &error() const { return m_error; }
    Catalog &catalog() { return *m_catalog; }
    QSqlDatabase db() const { return m_catalog->database(); }
    QString folder() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }
    // Closes the catalog (connection and lock) while keeping its files.
    void close() { m_catalog.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    QString m_error;
};

// Runs SQL and returns the first column of the first row (invalid QVariant on failure).
QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
// Runs SQL with bound values; returns the error text, empty on success.
QString exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

// Encoded images made in memory, for media tests.
QByteArray makeImage(int width, int height, const char *format, QRgb color = 0xff3366cc);

// The built reelkeeper executable, run with arguments and standard input. Its application data
// and cache folders are redirected into home, so tests never touch the user's real catalog.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult runReelkeeper(const QStringList &arguments, const QString &home,
                            const QByteArray &standardInput = QByteArray());

// Starts the built reelkeeper with arguments, its data folders in home like runReelkeeper, without
// waiting for it: for tests that kill it half-way.
void startReelkeeper(QProcess &process, const QStringList &arguments, const QString &home);
// How many bytes a running process has read so far (Linux /proc/PID/io "rchar"), or -1.
qint64 bytesReadBy(qint64 pid);

// SHA-256 of a file's bytes in hex; empty when it cannot be read.
QByteArray fileHash(const QString &path);

} // namespace Reelkeeper::Test
