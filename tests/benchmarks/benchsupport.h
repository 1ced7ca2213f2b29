#pragma once
// Small helpers the benchmarks share.

#include "catalog.h"

#include <QFile>
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace Reelkeeper::Bench {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// VmRSS of this process in kB, or -1.
inline qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Opens a benchmark catalog as the window does (no quick check, schema upgraded); null after
// printing the reason.
inline std::unique_ptr<Catalog> openCatalog(const QString &path)
{
    Catalog::Options options;
    options.quickCheck = false;
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(path, options);
    if (!catalog) {
        QTextStream(stderr) << catalog.error() << '\n';
        return nullptr;
    }
    return std::move(catalog.value());
}

} // namespace Reelkeeper::Bench
