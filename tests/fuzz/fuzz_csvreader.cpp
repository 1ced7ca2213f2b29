// libFuzzer target: any bytes through CsvReader, whole and in small reads, and what was read through
// CsvWriter and back. Beyond the sanitizers' findings, it aborts when
// - reading the bytes whole and a few bytes per read gives different records, lines or errors,
// - a normal end has not consumed every byte,
// - what the writer wrote does not read back as the same records.
#include "csvreader.h"

#include <QBuffer>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

using namespace Reelkeeper;

namespace {

// A device that hands out at most chunk bytes per read. (Random access, so that the reader sizes
// its buffer to the input: 64 KB allocations would slow ASan down tenfold.)
class ChunkedDevice final : public QIODevice
{
public:
    ChunkedDevice(const QByteArray &bytes, qsizetype chunk) : m_bytes(bytes), m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, qint64(m_chunk), qint64(m_bytes.size() - pos())});
        std::memcpy(data, m_bytes.constData() + pos(), size_t(std::max<qint64>(count, 0)));
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray &m_bytes;
    qsizetype m_chunk;
};

struct Read
{
    QString detectError;
    CsvFormat format;
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    qint64 bytesRead = 0;
};

Read readAll(QIODevice *device, const std::optional<CsvFormat> &format)
{
    Read read;
    CsvReader reader(device);
    if (format) {
        reader.setFormat(*format);
    } else if (const Result<CsvFormat> detected = reader.detect(); !detected) {
        read.detectError = detected.error();
        if (read.detectError.isEmpty())
            read.detectError = QStringLiteral("(detect failed without a message)");
        return read;
    }
    QStringList fields;
    while (reader.next(fields)) {
        if (fields.isEmpty())
            read.error = QStringLiteral("(a record without fields)");
        read.records.append(fields);
        read.lines.append(reader.line());
    }
    read.format = reader.format();
    read.error += reader.error();
    read.bytesRead = reader.bytesRead();
    return read;
}

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csvreader: %s\n", what);
        std::abort();
    }
}

bool sameFormat(const CsvFormat &a, const CsvFormat &b)
{
    return a.encoding == b.encoding && a.delimiter == b.delimiter && a.bom == b.bom;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    QBuffer whole;
    whole.setData(input);
    whole.open(QIODevice::ReadOnly);
    const Read first = readAll(&whole, std::nullopt);

    ChunkedDevice trickle(input, qsizetype(1 + size % 7));
    const Read second = readAll(&trickle, std::nullopt);
    require(second.detectError == first.detectError, "detect() depends on how the device reads");
    require(second.records == first.records, "the records depend on how the device reads");
    require(second.lines == first.lines, "the line numbers depend on how the device reads");
    require(second.error == first.error, "the error depends on how the device reads");
    require(sameFormat(second.format, first.format), "the format depends on how the device reads");
    require(second.bytesRead == first.bytesRead, "bytesRead() depends on how the device reads");

    if (!first.detectError.isEmpty())
        return 0;
    for (qsizetype i = 1; i < first.lines.size(); ++i)
        require(first.lines.at(i) > first.lines.at(i - 1), "line numbers do not increase");
    if (!first.error.isEmpty() || first.records.isEmpty())
        return 0;
    require(first.bytesRead == qint64(size), "a normal end left bytes unread");

    QBuffer written;
    written.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&written, first.format.delimiter);
        if (first.format.bom)
            writer.writeBom();
        for (const QStringList &record : first.records)
            writer.writeRecord(record);
        require(writer.flush(), "writing to a QBuffer failed");
    }
    QBuffer back;
    back.setData(written.data());
    back.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.delimiter = first.format.delimiter;
    const Read again = readAll(&back, format);
    if (!again.error.isEmpty())
        std::fprintf(stderr, "fuzz_csvreader: %s\n", qPrintable(again.error));
    require(again.error.isEmpty(), "what the writer wrote does not read back");
    require(again.records == first.records, "what the writer wrote reads back differently");
    return 0;
}
