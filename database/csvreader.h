#pragma once

#include "result.h"

#include <QByteArray>
#include <QChar>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace Reelkeeper {

// How a CSV file is written, as detected from its first bytes (or set by the caller).
struct CsvFormat
{
    enum class Encoding { Utf8, Windows1252 };
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    bool bom = false; // the file starts with a UTF-8 byte order mark
};

// Reads CSV records one at a time from a device (RFC 4180: quoted fields with "" for a quote and
// with line breaks inside; LF or CRLF line ends; a UTF-8 BOM accepted). It streams: memory stays
// flat however long the file is. Bytes are decoded as UTF-8, or as Windows-1252 (a superset of the
// printable Latin-1) when the start of the file is not valid UTF-8. A file that is ASCII at the
// start is decided at its first non-ASCII field, by the 64 KB from there on.
//
// Fields are returned exactly as written: spaces kept, line breaks inside quotes kept as they are
// (CRLF stays CRLF). Like spreadsheet programs, and beyond RFC 4180, a quote inside an unquoted
// field is text, text after a closing quote is kept (`"ab"c` is `abc`), and a lone CR ends a line.
//
// Whole-file failures (error() is set and next() returns false): an empty file, a file that is not
// text (NUL bytes or other binary content), a quote left open at the end of the file, a field longer
// than MaximumFieldBytes. They name the line where the problem starts.
//
// Thread rule: one reader belongs to one thread at a time; it holds no Qt objects of its own.
class CsvReader final
{
public:
    static constexpr qsizetype MaximumFieldBytes = 16 * 1024 * 1024;
    // How much of the start is examined to detect encoding and delimiter.
    static constexpr qsizetype SniffBytes = 64 * 1024;

    // device must be open for reading and outlive the reader; it is not owned.
    explicit CsvReader(QIODevice *device);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Detects the format from the start of the input: the BOM, the encoding, and the delimiter
    // among , ; and tab (the one that splits the first record most consistently, outside quotes).
    // Fails for an empty file or one that is not text. Call once, before next(); next() calls it
    // itself when neither it nor setFormat() was called.
    Result<CsvFormat> detect();
    // Overrides what detect() chose (for example the delimiter the user picked in the wizard).
    // Windows-1252 forces it; UTF-8 while the file has been ASCII so far keeps the fallback to
    // Windows-1252 open, so that format() can be passed back with only the delimiter changed.
    // The delimiter must be ASCII and not a quote or line break (otherwise ',' is used).
    void setFormat(const CsvFormat &format);
    CsvFormat format() const;

    // Reads the next record into fields. Returns false at the end of the input, or on a
    // whole-file failure (then error() is not empty). A blank line is skipped, not a record.
    bool next(QStringList &fields);
    // The line (1-based) on which the record last returned by next() starts.
    qint64 line() const;
    // Why reading stopped early; empty at a normal end.
    QString error() const;
    // How far into the device the reader has got, for progress: the bytes through the record last
    // returned (BOM included), and all of them once next() has returned false.
    qint64 bytesRead() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes CSV records: fields quoted only when they contain the delimiter, a quote, a line break or
// leading/trailing space; records end with LF. Optionally starts with a UTF-8 BOM for spreadsheet
// programs. Always UTF-8.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, QChar delimiter = QLatin1Char(','));
    ~CsvWriter(); // flushes
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Writes the BOM; call before the first record.
    void writeBom();
    // A record of one empty field is written as "" (a blank line would be skipped by readers);
    // an empty list writes a blank line.
    void writeRecord(const QStringList &fields);
    // Writes what is buffered to the device; false once any write failed.
    bool flush();
    bool ok() const { return m_ok; }

private:
    QIODevice *m_device;
    QChar m_delimiter;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace Reelkeeper
