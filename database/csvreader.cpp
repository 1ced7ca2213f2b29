#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <cstring>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::CsvReader)
};

// Reads and writes go through buffers of this size; a field longer than that grows the read buffer.
constexpr qsizetype ChunkBytes = 64 * 1024;
// Records after the first that the delimiter guess compares with it.
constexpr int SniffRecords = 50;

using ByteTable = std::array<bool, 256>;

ByteTable stopTable(std::initializer_list<uchar> bytes)
{
    ByteTable table{};
    for (const uchar byte : bytes)
        table[byte] = true;
    return table;
}

// The bytes that end a run of ordinary text inside a quoted field.
const ByteTable QuotedStops = stopTable({'"', '\n', '\r', '\0'});

// Windows-1252 where it differs from Latin-1; its five undefined bytes keep their Latin-1 meaning.
constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isAscii(const char *data, qsizetype size)
{
    // Eight bytes at a time: most fields of most files are ASCII, and this runs on every field.
    constexpr quint64 HighBits = 0x8080808080808080u;
    quint64 any = 0;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        any |= word;
    }
    for (; i < size; ++i)
        any |= uchar(data[i]);
    return (any & HighBits) == 0;
}

// The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1. With truncatedTailOk, a sequence cut off by the end of
// the data counts as well-formed: the rest of it has not been read yet.
qsizetype invalidUtf8At(const char *data, qsizetype size, bool truncatedTailOk)
{
    const auto *b = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        const uchar c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        for (qsizetype k = 1; k < length; ++k) {
            if (i + k == size)
                return truncatedTailOk ? -1 : i;
            const uchar next = b[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

QString fromWindows1252(const char *data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(data[i]);
        out[i] = c >= 0x80 && c < 0xA0 ? Windows1252High[c - 0x80] : char16_t(c);
    }
    return text;
}

// Line breaks (LF, CRLF or a lone CR) among the first size bytes.
qint64 countLineBreaks(const char *data, qsizetype size)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n')
            count += i == 0 || data[i - 1] != '\r';
        else if (data[i] == '\r')
            ++count;
    }
    return count;
}

// Binary files have NUL bytes or many control characters; text has few besides tab and line breaks.
bool looksLikeText(const char *data, qsizetype size)
{
    qsizetype controls = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(data[i]);
        if (c == 0)
            return false;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++controls;
    }
    return controls * 20 <= size;
}

// The candidate that splits the first record most often in the same way as the records after it,
// counting only outside quotes; ',' when none of them splits the first record.
QChar guessDelimiter(const char *data, qsizetype size, bool complete)
{
    constexpr std::array<char, 3> Candidates = {',', ';', '\t'};
    using Counts = std::array<int, Candidates.size()>;
    QList<Counts> records;
    Counts counts{};
    bool inQuotes = false;
    bool atFieldStart = true;
    bool hasContent = false;
    for (qsizetype i = 0; i < size && records.size() <= SniffRecords; ++i) {
        const char c = data[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < size && data[i + 1] == '"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (hasContent)
                records.append(counts);
            counts = {};
            hasContent = false;
            atFieldStart = true;
            continue;
        }
        hasContent = true;
        if (c == '"' && atFieldStart) {
            inQuotes = true;
            atFieldStart = false;
            continue;
        }
        const auto candidate = std::find(Candidates.begin(), Candidates.end(), c);
        atFieldStart = candidate != Candidates.end();
        if (atFieldStart)
            ++counts[std::size_t(candidate - Candidates.begin())];
    }
    // The last record counts when the file ends there, and so does a first record longer than
    // the sniffed bytes.
    if (hasContent && ((complete && !inQuotes) || records.isEmpty()))
        records.append(counts);
    if (records.isEmpty())
        return QLatin1Char(',');

    std::size_t best = 0;
    qsizetype bestSame = -1;
    int bestCount = 0;
    for (std::size_t k = 0; k < Candidates.size(); ++k) {
        const int count = records.first()[k];
        if (count == 0)
            continue;
        const auto same = std::count_if(records.cbegin() + 1, records.cend(),
                                        [&](const Counts &record) { return record[k] == count; });
        if (same > bestSame || (same == bestSame && count > bestCount)) {
            best = k;
            bestSame = same;
            bestCount = count;
        }
    }
    return QLatin1Char(bestSame < 0 ? ',' : Candidates[best]);
}

// Leading and trailing space is quoted so that programs that trim unquoted fields keep it, and a
// leading U+FEFF so that at the start of a file it is not taken for the byte order mark.
bool needsQuotes(QStringView field, QChar delimiter)
{
    for (const QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return !field.isEmpty()
        && (field.front().isSpace() || field.back().isSpace() || field.front() == QChar::ByteOrderMark);
}

} // namespace

struct CsvReader::Private
{
    enum class Encoding { Undecided, Utf8, Windows1252 };
    // How a field scan ended.
    enum class Stop { Delimiter, LineBreak, ClosingQuote, EndOfInput, Failed };

    explicit Private(QIODevice *device) : device(device) { setDelimiter(','); }

    bool prepare();
    bool fill(qsizetype &keep);
    bool ensureByte(qsizetype &keep);
    void skipLineBreak();
    Stop scanPlain(qsizetype &start);
    Stop scanQuoted(qsizetype &start, qsizetype &contentEnd, bool &escaped, qint64 quoteLine);
    Stop failWith(const QString &message);
    QString nulMessage() const;
    static QString tooLongMessage(qint64 fieldLine);
    bool readField(QString &field);
    // May read ahead, which moves the field's bytes: start follows them.
    bool decode(qsizetype &start, qsizetype length, bool escaped, qint64 fieldLine, QString &out);
    bool fail(const QString &message);
    void setDelimiter(char delimiter);

    QIODevice *device;
    // The unread input is buffer[pos, end); buffer[0] is at device offset base.
    QByteArray buffer;
    qsizetype pos = 0;
    qsizetype end = 0;
    qint64 base = 0;
    bool atEnd = false;

    bool prepared = false;
    bool detected = false;
    bool formatSet = false;
    CsvFormat format;
    Encoding encoding = Encoding::Undecided;
    char delimiter = ',';
    ByteTable plainStops{};

    qint64 line = 1; // the line that buffer[pos] is on
    qint64 recordLine = 0;
    bool afterCr = false; // the last record ended with CR, so an LF right after it ends no line
    QString error;
    QByteArray unescaped;
};

bool CsvReader::Private::fail(const QString &message)
{
    if (error.isEmpty())
        error = message;
    atEnd = true;
    return false;
}

void CsvReader::Private::setDelimiter(char value)
{
    delimiter = value;
    plainStops = stopTable({uchar(value), '\n', '\r', '\0'});
}

// Reads more input after end. Bytes before keep are no longer needed: they are dropped and keep
// and pos move with the bytes they point at. False at the end of the input or on a read error.
bool CsvReader::Private::fill(qsizetype &keep)
{
    if (atEnd)
        return false;
    if (keep > 0) {
        std::memmove(buffer.data(), buffer.constData() + keep, std::size_t(end - keep));
        base += keep;
        pos -= keep;
        end -= keep;
        keep = 0;
    }
    // A small file gets a small buffer; the + 1 leaves room to see its end.
    qsizetype want = ChunkBytes;
    if (!device->isSequential())
        want = qsizetype(std::clamp<qint64>(device->size() - device->pos() + 1, 1, ChunkBytes));
    if (buffer.size() - end < want)
        buffer.resize(std::max(buffer.size() * 2, end + want));
    for (;;) {
        const qint64 count = device->read(buffer.data() + end, buffer.size() - end);
        if (count > 0) {
            end += qsizetype(count);
            return true;
        }
        if (count < 0 && !device->isSequential())
            return fail(Tr::tr("Could not read the file after line %1: %2.")
                            .arg(QString::number(line), device->errorString()));
        // A pipe or socket may only have nothing yet; waitForReadyRead() is false once it has ended.
        if (count < 0 || !device->isSequential() || !device->waitForReadyRead(-1)) {
            atEnd = true;
            return false;
        }
    }
}

bool CsvReader::Private::ensureByte(qsizetype &keep)
{
    return pos < end || fill(keep);
}

// Loads the start of the input and drops a BOM. (Reading stops at the first NUL byte anyway;
// the broader test for binary content is detect()'s.)
bool CsvReader::Private::prepare()
{
    if (prepared)
        return error.isEmpty();
    prepared = true;
    if (!device || !device->isReadable())
        return fail(Tr::tr("Could not read the file: it is not open."));
    qsizetype keep = 0;
    while (end < SniffBytes && fill(keep)) {
    }
    if (!error.isEmpty())
        return false;
    const char *data = buffer.constData();
    if (end >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        format.bom = true;
        pos = 3;
    }
    if (end >= 2 && (std::memcmp(data, "\xFF\xFE", 2) == 0 || std::memcmp(data, "\xFE\xFF", 2) == 0))
        return fail(Tr::tr("The file is in UTF-16. Save it as UTF-8 and import it again."));
    if (pos == end)
        return fail(Tr::tr("The file is empty."));
    return true;
}

// Consumes the LF, CR or CRLF at pos (an LF right after a CR that ended a record was one line
// break with it).
void CsvReader::Private::skipLineBreak()
{
    const char c = buffer.at(pos++);
    if (c == '\r' || !afterCr)
        ++line;
    afterCr = c == '\r';
}

CsvReader::Private::Stop CsvReader::Private::failWith(const QString &message)
{
    fail(message);
    return Stop::Failed;
}

QString CsvReader::Private::nulMessage() const
{
    return Tr::tr("Line %1 contains a NUL byte, so the file is not text.").arg(line);
}

QString CsvReader::Private::tooLongMessage(qint64 fieldLine)
{
    return Tr::tr("The field that starts on line %1 is longer than %2 MB.")
        .arg(fieldLine)
        .arg(MaximumFieldBytes / (1024 * 1024));
}

// Scans the unquoted text from pos to the byte that ends it, which is left at pos.
CsvReader::Private::Stop CsvReader::Private::scanPlain(qsizetype &start)
{
    const qint64 fieldLine = line;
    for (;;) {
        const auto *bytes = reinterpret_cast<const uchar *>(buffer.constData());
        qsizetype p = pos;
        while (p < end && !plainStops[bytes[p]])
            ++p;
        pos = p;
        if (pos - start > MaximumFieldBytes)
            return failWith(tooLongMessage(fieldLine));
        if (p == end) {
            // fill() moves the bytes, so p and bytes are stale after it.
            if (fill(start))
                continue;
            return error.isEmpty() ? Stop::EndOfInput : Stop::Failed;
        }
        if (bytes[p] == '\0')
            return failWith(nulMessage());
        return bytes[p] == uchar(delimiter) ? Stop::Delimiter : Stop::LineBreak;
    }
}

// Scans a quoted field from the byte after its opening quote, leaving pos after the closing quote.
CsvReader::Private::Stop CsvReader::Private::scanQuoted(qsizetype &start, qsizetype &contentEnd, bool &escaped,
                                                        qint64 quoteLine)
{
    for (;;) {
        const auto *bytes = reinterpret_cast<const uchar *>(buffer.constData());
        qsizetype p = pos;
        while (p < end && !QuotedStops[bytes[p]])
            ++p;
        pos = p;
        if (pos - start > MaximumFieldBytes)
            return failWith(tooLongMessage(quoteLine));
        if (p == end) {
            if (!fill(start)) {
                if (error.isEmpty())
                    fail(Tr::tr("The quote opened on line %1 is never closed.").arg(quoteLine));
                return Stop::Failed;
            }
            continue;
        }
        switch (bytes[p]) {
        case '\n':
            // The CR of a CRLF has counted the line already; p - 1 is kept, as start <= p - 1 or
            // it is the opening quote.
            if (p == start || bytes[p - 1] != '\r')
                ++line;
            ++pos;
            continue;
        case '\r':
            ++line;
            ++pos;
            continue;
        case '\0':
            return failWith(nulMessage());
        default:
            break;
        }
        // A quote: doubled, it stands for one; otherwise it closes the field.
        if (p + 1 == end) {
            if (fill(start))
                continue;
            if (!error.isEmpty())
                return Stop::Failed;
            contentEnd = pos++;
            return Stop::EndOfInput;
        }
        if (bytes[p + 1] == '"') {
            escaped = true;
            pos = p + 2;
            continue;
        }
        contentEnd = p;
        pos = p + 1;
        return Stop::ClosingQuote;
    }
}

bool CsvReader::Private::decode(qsizetype &start, qsizetype length, bool escaped, qint64 fieldLine, QString &out)
{
    const char *data = buffer.constData() + start;
    if (escaped) {
        // Every quote in the field is the first of a pair: keep it, skip the second.
        unescaped.resize(length);
        char *to = unescaped.data();
        const char *from = data;
        const char *const stop = data + length;
        while (const void *quote = std::memchr(from, '"', std::size_t(stop - from))) {
            const auto *next = static_cast<const char *>(quote) + 1;
            std::memcpy(to, from, std::size_t(next - from));
            to += next - from;
            from = std::min(next + 1, stop);
        }
        std::memcpy(to, from, std::size_t(stop - from));
        to += stop - from;
        length = to - unescaped.constData();
        data = unescaped.constData();
    }
    if (isAscii(data, length)) {
        out = QString::fromLatin1(data, length);
        return true;
    }
    if (encoding == Encoding::Undecided) {
        // The first non-ASCII text decides, looking as far ahead as detect() did at the start, so
        // that the decision does not depend on how the device hands out its bytes.
        while (end - start < SniffBytes && fill(start)) {
        }
        if (!error.isEmpty())
            return false;
        if (!escaped)
            data = buffer.constData() + start;
        const qsizetype size = std::min(end - start, SniffBytes);
        const bool complete = atEnd && end - start <= SniffBytes;
        encoding = invalidUtf8At(buffer.constData() + start, size, !complete) < 0 ? Encoding::Utf8
                                                                                 : Encoding::Windows1252;
        format.encoding = encoding == Encoding::Utf8 ? CsvFormat::Encoding::Utf8 : CsvFormat::Encoding::Windows1252;
    }
    if (encoding == Encoding::Windows1252) {
        out = fromWindows1252(data, length);
        return true;
    }
    const qsizetype invalid = invalidUtf8At(data, length, false);
    if (invalid >= 0) {
        return fail(Tr::tr("The file was read as UTF-8, but line %1 is not valid UTF-8. Save the file as "
                           "UTF-8 and import it again.")
                        .arg(fieldLine + countLineBreaks(data, invalid)));
    }
    if (length >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        // QString::fromUtf8() would drop it as a byte order mark, but inside the file it is text.
        QStringDecoder decoder(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        out = decoder(QByteArrayView(data, length));
    } else {
        out = QString::fromUtf8(data, length);
    }
    return true;
}

// Reads the field at pos into field and leaves pos on what ended it: the delimiter, a line
// break, or the end of the input.
bool CsvReader::Private::readField(QString &field)
{
    qsizetype start = pos;
    const qint64 fieldLine = line;
    if (!ensureByte(start) || buffer.at(pos) != '"') {
        const Stop stop = scanPlain(start);
        return stop != Stop::Failed && decode(start, pos - start, false, fieldLine, field);
    }

    start = ++pos;
    qsizetype contentEnd = start;
    bool escaped = false;
    const Stop stop = scanQuoted(start, contentEnd, escaped, fieldLine);
    if (stop == Stop::Failed || !decode(start, contentEnd - start, escaped, fieldLine, field))
        return false;
    if (stop == Stop::EndOfInput)
        return true;
    start = pos;
    if (!ensureByte(start))
        return error.isEmpty();
    const char c = buffer.at(pos);
    if (c == delimiter || c == '\n' || c == '\r')
        return true;

    // Text after the closing quote is not RFC 4180; like spreadsheet programs, keep it as it is.
    const Stop tailStop = scanPlain(start);
    QString tail;
    if (tailStop == Stop::Failed || !decode(start, pos - start, false, line, tail))
        return false;
    field += tail;
    return true;
}

CsvReader::CsvReader(QIODevice *device) : d(std::make_unique<Private>(device)) {}

CsvReader::~CsvReader() = default;

Result<CsvFormat> CsvReader::detect()
{
    if (d->detected || !d->prepare())
        return d->error.isEmpty() ? Result<CsvFormat>(d->format) : Result<CsvFormat>(Error{d->error});
    d->detected = true;
    // Exactly the first SniffBytes, however many the device handed out, so that the result does
    // not depend on how it reads.
    const char *data = d->buffer.constData() + d->pos;
    const qsizetype size = std::min(d->end, SniffBytes) - d->pos;
    const bool complete = d->atEnd && d->end <= SniffBytes;
    if (!looksLikeText(data, size)) {
        d->fail(Tr::tr("The file is not text: it contains NUL bytes or other binary data."));
        return Error{d->error};
    }
    if (!isAscii(data, size)) {
        const bool utf8 = invalidUtf8At(data, size, !complete) < 0;
        d->encoding = utf8 ? Private::Encoding::Utf8 : Private::Encoding::Windows1252;
        d->format.encoding = utf8 ? CsvFormat::Encoding::Utf8 : CsvFormat::Encoding::Windows1252;
    }
    d->format.delimiter = guessDelimiter(data, size, complete);
    d->setDelimiter(char(d->format.delimiter.unicode()));
    return d->format;
}

void CsvReader::setFormat(const CsvFormat &format)
{
    d->formatSet = true;
    const char16_t delimiter = format.delimiter.unicode();
    const bool usable = delimiter > 0 && delimiter < 0x80 && delimiter != '"' && delimiter != '\n' && delimiter != '\r';
    d->format.delimiter = usable ? format.delimiter : QLatin1Char(',');
    d->setDelimiter(char(d->format.delimiter.unicode()));
    d->format.encoding = format.encoding;
    if (format.encoding == CsvFormat::Encoding::Windows1252)
        d->encoding = Private::Encoding::Windows1252;
    else if (d->encoding == Private::Encoding::Windows1252)
        d->encoding = Private::Encoding::Utf8;
    // Otherwise UTF-8 that is still undecided stays so: ASCII so far, it may yet turn out Windows-1252.
}

CsvFormat CsvReader::format() const
{
    return d->format;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (!d->prepared) {
        if (d->formatSet ? !d->prepare() : !detect().ok())
            return false;
    }
    if (!d->error.isEmpty())
        return false;

    // Blank lines are no records.
    qsizetype start = d->pos;
    for (;;) {
        if (!d->ensureByte(start))
            return false;
        const char c = d->buffer.at(d->pos);
        if (c != '\n' && c != '\r')
            break;
        d->skipLineBreak();
        start = d->pos;
    }
    d->afterCr = false;
    d->recordLine = d->line;

    for (;;) {
        QString field;
        if (!d->readField(field)) {
            fields.clear();
            return false;
        }
        fields.append(field);
        if (d->pos == d->end)
            return true; // the end of the input
        if (d->buffer.at(d->pos) != d->delimiter) {
            d->skipLineBreak();
            return true;
        }
        ++d->pos;
    }
}

qint64 CsvReader::line() const
{
    return d->recordLine;
}

QString CsvReader::error() const
{
    return d->error;
}

qint64 CsvReader::bytesRead() const
{
    return d->base + d->pos;
}

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter) : m_device(device), m_delimiter(delimiter) {}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeBom()
{
    m_buffer.append("\xEF\xBB\xBF");
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_ok)
        return;
    // Stateless: a lone surrogate at the end of one field must not join the next.
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const auto append = [&](QStringView text) {
        const qsizetype size = m_buffer.size();
        m_buffer.resize(size + encoder.requiredSpace(text.size()));
        char *end = encoder.appendToBuffer(m_buffer.data() + size, text);
        m_buffer.resize(end - m_buffer.constData());
    };
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        if (i > 0)
            append(QStringView(&m_delimiter, 1));
        // A record of one empty field is quoted, or it would be a blank line, which readers skip.
        if (!needsQuotes(field, m_delimiter) && !(field.isEmpty() && fields.size() == 1)) {
            append(field);
            continue;
        }
        m_buffer.append('"');
        qsizetype from = 0;
        for (qsizetype at = field.indexOf(QLatin1Char('"')); at >= 0; at = field.indexOf(QLatin1Char('"'), from)) {
            append(QStringView(field).sliced(from, at + 1 - from));
            m_buffer.append('"');
            from = at + 1;
        }
        append(QStringView(field).sliced(from));
        m_buffer.append('"');
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= ChunkBytes)
        flush();
}

bool CsvWriter::flush()
{
    if (m_ok && !m_buffer.isEmpty()) {
        qsizetype written = 0;
        while (written < m_buffer.size()) {
            const qint64 count =
                m_device ? m_device->write(m_buffer.constData() + written, m_buffer.size() - written) : -1;
            if (count <= 0) {
                m_ok = false;
                break;
            }
            written += qsizetype(count);
        }
    }
    m_buffer.truncate(0); // keeps the capacity
    return m_ok;
}

} // namespace Reelkeeper
