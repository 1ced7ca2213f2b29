// CsvReader and CsvWriter: RFC 4180 quirks, encodings, delimiters, whole-file failures, streaming,
// and the writer's round trip. Every parse test also runs through a device that hands out one byte
// per read, so that every record, quote, line break and UTF-8 sequence is split across reads.
#include "csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Reelkeeper;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

// A sequential device over bytes that returns at most chunk bytes per read, like a pipe.
class ChunkedDevice final : public QIODevice
{
public:
    ChunkedDevice(QByteArray bytes, qsizetype chunk) : m_bytes(std::move(bytes)), m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, qint64(m_chunk), qint64(m_bytes.size() - m_at)});
        std::memcpy(data, m_bytes.constData() + m_at, size_t(count));
        m_at += qsizetype(count);
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_chunk;
    qsizetype m_at = 0;
};

// A sequential device that makes up rows as they are read, so that a file of any size can be read
// without ever existing in memory.
class GeneratedDevice final : public QIODevice
{
public:
    explicit GeneratedDevice(qint64 rows) : m_rows(rows) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    qint64 generated() const { return m_generated; }
    static QByteArray row(qint64 i)
    {
        // Rows 2 lines long, with quotes, a delimiter inside quotes and non-ASCII text.
        return u"%1,\"Title %1, the \"\"sequel\"\"\",Été %1,\"first line\nsecond line\",%2\n"_s.arg(i).arg(i % 97).toUtf8();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 count = 0;
        while (count < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_next == m_rows)
                    break;
                m_pending = m_next == 0 ? "id,title,note,description,group\n"_ba : row(m_next);
                ++m_next;
            }
            const qint64 take = std::min(maxSize - count, qint64(m_pending.size()));
            std::memcpy(data + count, m_pending.constData(), size_t(take));
            m_pending.remove(0, qsizetype(take));
            count += take;
        }
        m_generated += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    qint64 m_generated = 0;
    QByteArray m_pending;
};

// A device that takes limit bytes, then fails every write.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (written.size() + size > m_limit)
            return -1;
        written.append(data, qsizetype(size));
        return size;
    }

private:
    qint64 m_limit;
};

struct ReadResult
{
    QString detectError;
    CsvFormat format;
    Records records;
    Lines lines;
    QString error;
    qint64 bytesRead = 0;
};

ReadResult readAll(QIODevice *device, const std::optional<QChar> &delimiter = std::nullopt)
{
    ReadResult result;
    CsvReader reader(device);
    const Result<CsvFormat> detected = reader.detect();
    if (!detected) {
        result.detectError = detected.error();
        return result;
    }
    if (delimiter) {
        CsvFormat format = reader.format();
        format.delimiter = *delimiter;
        reader.setFormat(format);
    }
    QStringList fields;
    while (reader.next(fields)) {
        result.records.append(fields);
        result.lines.append(reader.line());
    }
    result.format = reader.format();
    result.error = reader.error();
    result.bytesRead = reader.bytesRead();
    return result;
}

ReadResult readBytes(const QByteArray &bytes, const std::optional<QChar> &delimiter = std::nullopt)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, delimiter);
}

// The same bytes read whole and one byte per read must give the same result.
ReadResult readBothWays(const QByteArray &bytes, const std::optional<QChar> &delimiter = std::nullopt)
{
    ReadResult whole = readBytes(bytes, delimiter);
    ChunkedDevice trickle(bytes, 1);
    const ReadResult split = readAll(&trickle, delimiter);
    [&] {
        QCOMPARE(split.detectError, whole.detectError);
        QCOMPARE(split.records, whole.records);
        QCOMPARE(split.lines, whole.lines);
        QCOMPARE(split.error, whole.error);
        QCOMPARE(split.format.delimiter, whole.format.delimiter);
        QCOMPARE(split.format.encoding, whole.format.encoding);
        QCOMPARE(split.bytesRead, whole.bytesRead);
    }();
    return whole;
}

QByteArray writeRecords(const Records &records, QChar delimiter = u',', bool bom = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, delimiter);
        if (bom)
            writer.writeBom();
        for (const QStringList &record : records)
            writer.writeRecord(record);
        if (!writer.flush())
            qWarning("CsvWriter failed on a QBuffer");
    }
    return buffer.data();
}

// ASCII rows adding up to at least size bytes, for tests about what comes after the first chunk.
QByteArray asciiRows(qsizetype size)
{
    QByteArray rows = "title,year\n"_ba;
    for (int i = 0; rows.size() < size; ++i)
        rows += "Plain title " + QByteArray::number(i) + ",1999\n";
    return rows;
}

// Resident memory in KB, or -1 where it cannot be measured: away from Linux, and under
// AddressSanitizer, which keeps freed memory in quarantine.
qint64 residentKilobytes()
{
#if defined(__SANITIZE_ADDRESS__)
    return -1;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return -1;
#endif
#endif
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadRecordsAndTheirLines_data();
    void shouldReadRecordsAndTheirLines();
    void shouldDetectTheDelimiterOutsideQuotes_data();
    void shouldDetectTheDelimiterOutsideQuotes();
    void shouldReadWithTheDelimiterTheCallerSets();
    void shouldDropTheByteOrderMark();
    void shouldDecodeWindows1252_data();
    void shouldDecodeWindows1252();
    void shouldDecideTheEncodingAtTheFirstNonAsciiTextAfterTheSniff_data();
    void shouldDecideTheEncodingAtTheFirstNonAsciiTextAfterTheSniff();
    void shouldKeepDecidingLazilyWhenTheCallerChangesOnlyTheDelimiter();
    void shouldDecodeUtf8SplitAcrossChunks_data();
    void shouldDecodeUtf8SplitAcrossChunks();
    void shouldFailOnInvalidUtf8AfterTheFileWasUtf8();
    void shouldRefuseFilesThatCannotBeRead_data();
    void shouldRefuseFilesThatCannotBeRead();
    void shouldStopAtBrokenContent_data();
    void shouldStopAtBrokenContent();
    void shouldReadAFieldOfTheMaximumSize();
    void shouldEndALongFileWithoutAFinalLineBreak_data();
    void shouldEndALongFileWithoutAFinalLineBreak();
    void shouldStoreHostileTextVerbatim();
    void shouldReportProgress();
    void shouldStreamAHugeFileInFlatMemory();

    void shouldQuoteOnlyWhenNeeded_data();
    void shouldQuoteOnlyWhenNeeded();
    void shouldWriteAByteOrderMark();
    void shouldReadBackWhatItWrote_data();
    void shouldReadBackWhatItWrote();
    void shouldBufferWritesUntilFlushed();
    void shouldReportAFailedWrite();

    void benchmarkParse();
};

void TestCsvReader::shouldReadRecordsAndTheirLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("LF") << "a,b\nc,d\n"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2};
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2};
    QTest::newRow("CR") << "a,b\rc,d\r"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2};
    QTest::newRow("no final line break")
        << "a,b\nc,d"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2};
    QTest::newRow("blank lines skipped")
        << "\n\r\na,b\n\n\r\n\rc,d\n\n"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{3, 7};
    QTest::newRow("empty fields")
        << "a,b,c\n,,\nx,,\n"_ba << Records{{u"a"_s, u"b"_s, u"c"_s}, {u""_s, u""_s, u""_s}, {u"x"_s, u""_s, u""_s}}
        << Lines{1, 2, 3};
    QTest::newRow("empty field at the end of the input")
        << "a,b\nc,"_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u""_s}} << Lines{1, 2};
    QTest::newRow("spaces kept") << "a,b\n  x  , y \n"_ba << Records{{u"a"_s, u"b"_s}, {u"  x  "_s, u" y "_s}}
                                 << Lines{1, 2};
    QTest::newRow("only spaces is a record") << "a\n   \n"_ba << Records{{u"a"_s}, {u"   "_s}} << Lines{1, 2};
    QTest::newRow("quoted delimiter")
        << "a,b\n\"x,y\",z\n"_ba << Records{{u"a"_s, u"b"_s}, {u"x,y"_s, u"z"_s}} << Lines{1, 2};
    QTest::newRow("doubled quotes")
        << "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n"_ba << Records{{u"a"_s, u"b"_s}, {u"say \"hi\""_s, u"\""_s}}
        << Lines{1, 2};
    QTest::newRow("quoted empty field") << "\"\"\n\"\",\"\""_ba << Records{{u""_s}, {u""_s, u""_s}} << Lines{1, 2};
    QTest::newRow("closing quote at the end of the input")
        << "a,b\nc,\"d\""_ba << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines{1, 2};
    QTest::newRow("LF inside quotes")
        << "h1,h2\n\"a\nb\nc\",d\ne,f\n"_ba
        << Records{{u"h1"_s, u"h2"_s}, {u"a\nb\nc"_s, u"d"_s}, {u"e"_s, u"f"_s}} << Lines{1, 2, 5};
    QTest::newRow("CRLF inside quotes kept")
        << "h1,h2\r\n\"a\r\nb\",c\r\nd,\"\r\n\r\n\"\r\ne,f"_ba
        << Records{{u"h1"_s, u"h2"_s}, {u"a\r\nb"_s, u"c"_s}, {u"d"_s, u"\r\n\r\n"_s}, {u"e"_s, u"f"_s}}
        << Lines{1, 2, 4, 7};
    QTest::newRow("CR inside quotes counts as a line")
        << "h\r\"a\rb\"\rc\r"_ba << Records{{u"h"_s}, {u"a\rb"_s}, {u"c"_s}} << Lines{1, 2, 4};
    QTest::newRow("blank lines inside quotes kept")
        << "h\n\"\n\n\"\nx\n"_ba << Records{{u"h"_s}, {u"\n\n"_s}, {u"x"_s}} << Lines{1, 2, 5};
    QTest::newRow("quote inside an unquoted field is text")
        << "a,b\nab\"cd,e\n"_ba << Records{{u"a"_s, u"b"_s}, {u"ab\"cd"_s, u"e"_s}} << Lines{1, 2};
    QTest::newRow("quote after leading space is text")
        << "a,b\n \"x\",y\n"_ba << Records{{u"a"_s, u"b"_s}, {u" \"x\""_s, u"y"_s}} << Lines{1, 2};
    QTest::newRow("text after the closing quote is kept")
        << "a,b\n\"ab\"cd,e\n\"x\" y\"z\n"_ba
        << Records{{u"a"_s, u"b"_s}, {u"abcd"_s, u"e"_s}, {u"x y\"z"_s}} << Lines{1, 2, 3};
    QTest::newRow("semicolon") << "title;year\nAlien;1979\n"_ba << Records{{u"title"_s, u"year"_s}, {u"Alien"_s, u"1979"_s}}
                               << Lines{1, 2};
    QTest::newRow("tab") << "title\tyear\n\"A\tB\"\t1979\n"_ba
                         << Records{{u"title"_s, u"year"_s}, {u"A\tB"_s, u"1979"_s}} << Lines{1, 2};
    QTest::newRow("UTF-8") << "title,year\nÉté à Paris 東京 🎬,2001\n"_ba
                           << Records{{u"title"_s, u"year"_s}, {u"Été à Paris 東京 🎬"_s, u"2001"_s}} << Lines{1, 2};
    QTest::newRow("U+FEFF after the start is text")
        << "a,b\n\xEF\xBB\xBF\xEF\xBB\xBFx,\"\xEF\xBB\xBF\"\n"_ba
        << Records{{u"a"_s, u"b"_s}, {u"\uFEFF\uFEFFx"_s, u"\uFEFF"_s}} << Lines{1, 2};
}

void TestCsvReader::shouldReadRecordsAndTheirLines()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    // Given the bytes, when they are read whole and one byte at a time
    const ReadResult result = readBothWays(input);
    if (QTest::currentTestFailed())
        return;

    // Then both give the records, the lines they start on, and the whole input as read
    QVERIFY2(result.detectError.isEmpty(), qPrintable(result.detectError));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records, records);
    QCOMPARE(result.lines, lines);
    QCOMPARE(result.bytesRead, input.size());
}

void TestCsvReader::shouldDetectTheDelimiterOutsideQuotes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << "title,year\nAlien,1979\n"_ba << QChar(u',');
    QTest::newRow("semicolon header") << "title;year\n"_ba << QChar(u';');
    QTest::newRow("tab header") << "title\tyear\n"_ba << QChar(u'\t');
    QTest::newRow("comma inside quotes") << "\"a,b\";c\n"_ba << QChar(u';');
    QTest::newRow("semicolon inside quotes") << "\"a;b;c\",d\n"_ba << QChar(u',');
    QTest::newRow("quoted header line break") << "\"a,\nb,c\";d\ne;f\n"_ba << QChar(u';');
    QTest::newRow("single column") << "title\nAlien\n"_ba << QChar(u',');
    QTest::newRow("commas in semicolon rows")
        << "title;description\nAlien;In space, no one can hear you scream\nBrazil;Tom, Dick and Harry\n"_ba << QChar(u';');
    QTest::newRow("comma in a semicolon header")
        << "Title, original;Year\nAlien;1979\nHeat;1995\n"_ba << QChar(u';');
    QTest::newRow("commas in tab rows")
        << "title\tyear\tcast\nAlien\t1979\tWeaver, Sigourney\nHeat\t1995\tPacino, Al\n"_ba << QChar(u'\t');
    QTest::newRow("after a BOM and blank lines") << "\xEF\xBB\xBF\n\ntitle;year\n"_ba << QChar(u';');
    QTest::newRow("Windows-1252") << "titre;ann\xE9""e\nL'\xE9t\xE9;2001\n"_ba << QChar(u';');
}

void TestCsvReader::shouldDetectTheDelimiterOutsideQuotes()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const Result<CsvFormat> format = reader.detect();
    QVERIFY2(format.ok(), qPrintable(format.error()));
    QCOMPARE(format->delimiter, delimiter);
    QCOMPARE(reader.format().delimiter, delimiter);
}

void TestCsvReader::shouldReadWithTheDelimiterTheCallerSets()
{
    // Given a file that detect() reads as comma-separated, when the user picks ';' in the wizard
    const ReadResult result = readBothWays("a,b;c,d\n1,2;3,4\n"_ba, QChar(u';'));

    // Then the records are split at ';' only
    QCOMPARE(result.format.delimiter, QChar(u';'));
    QCOMPARE(result.records, (Records{{u"a,b"_s, u"c,d"_s}, {u"1,2"_s, u"3,4"_s}}));
}

void TestCsvReader::shouldDropTheByteOrderMark()
{
    const ReadResult result = readBothWays("\xEF\xBB\xBFtitle,year\r\nÉté,2001\r\n"_ba);

    QVERIFY(result.format.bom);
    QCOMPARE(result.format.encoding, CsvFormat::Encoding::Utf8);
    QCOMPARE(result.records, (Records{{u"title"_s, u"year"_s}, {u"Été"_s, u"2001"_s}}));
    QCOMPARE(result.lines, (Lines{1, 2}));

    const ReadResult withoutBom = readBytes("title\n"_ba);
    QVERIFY(!withoutBom.format.bom);
}

void TestCsvReader::shouldDecodeWindows1252_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");

    QTest::newRow("euro and curly quotes") << "\x80 \x92 \x93x\x94"_ba << u"€ ’ “x”"_s;
    QTest::newRow("the rest of 0x80-0x9F")
        << "\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E\x91\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9E\x9F"_ba
        << u"‚ƒ„…†‡ˆ‰Š‹ŒŽ‘•–—˜™š›œžŸ"_s;
    QTest::newRow("undefined bytes as Latin-1") << "\x81\x8D\x8F\x90\x9D"_ba << u"\u0081\u008D\u008F\u0090\u009D"_s;
    QTest::newRow("Latin-1 letters") << "Caf\xE9 cr\xE8me br\xFBl\xE9\x65 \xA9\xFF"_ba << u"Café crème brûlée ©ÿ"_s;
}

void TestCsvReader::shouldDecodeWindows1252()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);

    const ReadResult result = readBothWays("title\n" + input + "\n");

    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.format.encoding, CsvFormat::Encoding::Windows1252);
    QCOMPARE(result.records, (Records{{u"title"_s}, {text}}));
}

void TestCsvReader::shouldDecideTheEncodingAtTheFirstNonAsciiTextAfterTheSniff_data()
{
    QTest::addColumn<QByteArray>("nonAscii");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CsvFormat::Encoding>("encoding");

    QTest::newRow("Windows-1252") << "Caf\xE9 \x93noir\x94"_ba << u"Café “noir”"_s << CsvFormat::Encoding::Windows1252;
    QTest::newRow("UTF-8") << "Café “noir”"_ba << u"Café “noir”"_s << CsvFormat::Encoding::Utf8;
    // Valid UTF-8 in the first field, and the proof that it is not UTF-8 a few lines later.
    QTest::newRow("Windows-1252 that starts like UTF-8")
        << "\xC3\xA9,1\nok,2\n\xE9t\xE9"_ba << u"Ã©"_s << CsvFormat::Encoding::Windows1252;
}

void TestCsvReader::shouldDecideTheEncodingAtTheFirstNonAsciiTextAfterTheSniff()
{
    QFETCH(QByteArray, nonAscii);
    QFETCH(QString, text);
    QFETCH(CsvFormat::Encoding, encoding);

    // Given a file whose first non-ASCII byte comes after the bytes detect() looks at
    const QByteArray ascii = asciiRows(CsvReader::SniffBytes + 5000);
    const QByteArray input = ascii + nonAscii + ",2001\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const Result<CsvFormat> detected = reader.detect();
    QVERIFY(detected.ok());
    QCOMPARE(detected->encoding, CsvFormat::Encoding::Utf8); // not known yet: ASCII is both

    // When all of it is read
    const ReadResult result = readBothWays(input);

    // Then the encoding is decided there, and the text decoded by it
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.format.encoding, encoding);
    QCOMPARE(result.records.size(), ascii.count('\n') + 1 + nonAscii.count('\n'));
    QCOMPARE(result.records.at(ascii.count('\n')).first(), text);
    QCOMPARE(result.records.last().last(), u"2001"_s);
}

void TestCsvReader::shouldKeepDecidingLazilyWhenTheCallerChangesOnlyTheDelimiter()
{
    // Given an ASCII start and a Windows-1252 byte later, when the wizard sets the delimiter again
    const ReadResult result = readBothWays(asciiRows(CsvReader::SniffBytes + 10) + "Caf\xE9,1\n", QChar(u','));

    // Then the late byte still decides Windows-1252
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.format.encoding, CsvFormat::Encoding::Windows1252);
    QCOMPARE(result.records.last(), (QStringList{u"Café"_s, u"1"_s}));
}

void TestCsvReader::shouldDecodeUtf8SplitAcrossChunks_data()
{
    QTest::addColumn<QByteArray>("character");
    QTest::addColumn<qsizetype>("intoCharacter");

    // The first read of a QBuffer is 64 KB; the character starts this many bytes before its end.
    for (const auto &[name, bytes] : {std::pair{"2 bytes", "é"_ba}, {"3 bytes", "€"_ba}, {"4 bytes", "🎬"_ba}}) {
        for (qsizetype into = 1; into < bytes.size(); ++into)
            QTest::addRow("%s split after %lld", name, qlonglong(into)) << bytes << into;
    }
}

void TestCsvReader::shouldDecodeUtf8SplitAcrossChunks()
{
    QFETCH(QByteArray, character);
    QFETCH(qsizetype, intoCharacter);

    for (const bool asciiStart : {false, true}) {
        // Given UTF-8 either in the first line (decided by detect()) or not (decided while reading)
        QByteArray input = asciiStart ? "title\n"_ba : "title " + character + "\n";
        while (input.size() < 64 * 1024 - intoCharacter - 3)
            input += "x";
        input += "," + character + character + "\n";
        input += "last," + character + "\n";

        const ReadResult result = readBothWays(input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.format.encoding, CsvFormat::Encoding::Utf8);
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.records.at(1).last(), QString::fromUtf8(character + character));
        QCOMPARE(result.records.at(2).last(), QString::fromUtf8(character));
    }
}

void TestCsvReader::shouldFailOnInvalidUtf8AfterTheFileWasUtf8()
{
    // Given a file that starts as UTF-8 and has a Windows-1252 line after the first 64 KB
    QByteArray input = "title\nÉté\n"_ba + asciiRows(CsvReader::SniffBytes);
    const qint64 badLine = input.count('\n') + 2;
    input += "\"multi\nline caf\xE9\",1\nafter,2\n";

    // When it is read
    const ReadResult result = readBothWays(input);

    // Then reading stops there, naming the line of the bad byte
    QCOMPARE(result.format.encoding, CsvFormat::Encoding::Utf8);
    QCOMPARE(result.records.size(), input.count('\n') - 3);
    QVERIFY2(result.error.contains(u"line %1 is not valid UTF-8"_s.arg(badLine)), qPrintable(result.error));
}

void TestCsvReader::shouldRefuseFilesThatCannotBeRead_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    QByteArray garbage;
    quint32 seed = 12345;
    for (int i = 0; i < 4096; ++i) {
        seed = seed * 1664525u + 1013904223u;
        garbage.append(char(seed >> 24));
    }
    QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
    QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba << u"The file is empty."_s;
    QTest::newRow("NUL byte") << "title,year\nAlien\0,1979\n"_ba << u"The file is not text"_s;
    QTest::newRow("PNG image") << "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"_ba << u"The file is not text"_s;
    QTest::newRow("random bytes") << garbage << u"The file is not text"_s;
    QTest::newRow("control characters") << "a\x01\x02\x03\x04\x05,b\x06\x07\x08\x0e\x0f\n"_ba << u"The file is not text"_s;
    QTest::newRow("UTF-16") << "\xFF\xFEt\0i\0t\0l\0e\0"_ba << u"The file is in UTF-16"_s;
}

void TestCsvReader::shouldRefuseFilesThatCannotBeRead()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    const ReadResult result = readBothWays(input);

    QVERIFY2(result.detectError.startsWith(error), qPrintable(result.detectError));
    // next() gives nothing after a failed detect(), and says why
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields{u"stale"_s};
    QVERIFY(!reader.next(fields));
    QVERIFY(fields.isEmpty());
    QVERIFY(reader.error().startsWith(error));
}

void TestCsvReader::shouldStopAtBrokenContent_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("error");

    QTest::newRow("quote never closed")
        << "a,b\n\"never closed,x\ny,z\n"_ba << 1 << u"The quote opened on line 2 is never closed."_s;
    QTest::newRow("quote never closed after a multi-line field")
        << "a,b\n\"x\ny\",z\nc,\"d\n"_ba << 2 << u"The quote opened on line 4 is never closed."_s;
    QTest::newRow("NUL after the first chunk")
        << asciiRows(CsvReader::SniffBytes) + "ok,1\nbad\0,2\n"_ba << asciiRows(CsvReader::SniffBytes).count('\n') + 1
        << u"Line %1 contains a NUL byte, so the file is not text."_s.arg(asciiRows(CsvReader::SniffBytes).count('\n') + 2);

    const QByteArray huge(CsvReader::MaximumFieldBytes + 1, 'x');
    QTest::newRow("huge field") << "a,b\nc,d\ne," + huge + "\n" << 2
                                << u"The field that starts on line 3 is longer than 16 MB."_s;
    QTest::newRow("huge quoted field") << "a,b\n\"c\n" + huge + "\",d\n" << 1
                                       << u"The field that starts on line 2 is longer than 16 MB."_s;
    QTest::newRow("huge field at the end") << "a,b\n" + huge << 1
                                           << u"The field that starts on line 2 is longer than 16 MB."_s;
}

void TestCsvReader::shouldStopAtBrokenContent()
{
    QFETCH(QByteArray, input);
    QFETCH(int, goodRecords);
    QFETCH(QString, error);

    // Given a file with good records and then a broken one, when it is read
    const ReadResult result = input.size() < 1024 * 1024 ? readBothWays(input) : readBytes(input);

    // Then the good records come first, and then reading stops with the reason
    QVERIFY2(result.detectError.isEmpty(), qPrintable(result.detectError));
    QCOMPARE(result.records.size(), goodRecords);
    QCOMPARE(result.error, error);
}

void TestCsvReader::shouldReadAFieldOfTheMaximumSize()
{
    const QByteArray largest(CsvReader::MaximumFieldBytes, 'x');
    const ReadResult result = readBytes("a,b\n\"" + largest + "\"," + largest + "\n");

    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records.at(1).at(0).size(), CsvReader::MaximumFieldBytes);
    QCOMPARE(result.records.at(1).at(1).size(), CsvReader::MaximumFieldBytes);
}

void TestCsvReader::shouldEndALongFileWithoutAFinalLineBreak_data()
{
    QTest::addColumn<qsizetype>("size");

    // Sizes around the reads of 64 KB and the buffer's doubling (found by the fuzzer).
    for (const qsizetype size : {qsizetype(64 * 1024), qsizetype(128 * 1024), qsizetype(139'320), qsizetype(300'000)}) {
        for (const qsizetype delta : {-1, 0, 1})
            QTest::addRow("%lld bytes", qlonglong(size + delta)) << size + delta;
    }
}

void TestCsvReader::shouldEndALongFileWithoutAFinalLineBreak()
{
    QFETCH(qsizetype, size);

    QByteArray input = asciiRows(size);
    input.truncate(size);
    while (input.endsWith('\n') || input.endsWith(','))
        input.append('x');

    const ReadResult result = readBytes(input);

    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records.size(), input.count('\n') + 1);
    QCOMPARE(result.bytesRead, input.size());
    QCOMPARE(result.records.last().join(u','), QString::fromLatin1(input.mid(input.lastIndexOf('\n') + 1)));
}

void TestCsvReader::shouldStoreHostileTextVerbatim()
{
    const QByteArray input = "title,note\n"
                             "\"'); DROP TABLE movies;--\",100% _wild_\n"
                             "'); DROP TABLE movies;--,\"%s %n \\\\ \\\"\"\"\n"
                             "<script>alert(1)</script>,../../etc/passwd\n"_ba;

    const ReadResult result = readBothWays(input);

    QCOMPARE(result.format.delimiter, QChar(u','));
    QCOMPARE(result.records,
             (Records{{u"title"_s, u"note"_s},
                      {u"'); DROP TABLE movies;--"_s, u"100% _wild_"_s},
                      {u"'); DROP TABLE movies;--"_s, u"%s %n \\\\ \\\""_s},
                      {u"<script>alert(1)</script>"_s, u"../../etc/passwd"_s}}));
}

void TestCsvReader::shouldReportProgress()
{
    const QByteArray input = asciiRows(500 * 1024);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.detect().ok());

    QStringList fields;
    qint64 previous = 0;
    bool movedBeforeTheEnd = false;
    while (reader.next(fields)) {
        QVERIFY(reader.bytesRead() >= previous);
        QVERIFY(reader.bytesRead() <= input.size());
        movedBeforeTheEnd = movedBeforeTheEnd || (reader.bytesRead() > previous && reader.bytesRead() < input.size());
        previous = reader.bytesRead();
    }
    QVERIFY(movedBeforeTheEnd);
    QCOMPARE(reader.bytesRead(), input.size());
}

void TestCsvReader::shouldStreamAHugeFileInFlatMemory()
{
    // Given a 50 MB file that is made up while it is read
    constexpr qint64 Rows = 700'000;
    GeneratedDevice device(Rows);
    CsvReader reader(&device);
    QVERIFY(reader.detect().ok());
    const qint64 residentBefore = residentKilobytes();

    // When all of it is read
    QStringList fields;
    qint64 records = 0;
    qint64 residentPeak = residentBefore;
    QStringList probe;
    while (reader.next(fields)) {
        if (records > 0 && records % 50'000 == 0) {
            QCOMPARE(fields, (QStringList{QString::number(records), u"Title %1, the \"sequel\""_s.arg(records),
                                          u"Été %1"_s.arg(records), u"first line\nsecond line"_s,
                                          QString::number(records % 97)}));
            QCOMPARE(reader.line(), 2 * records);
            residentPeak = std::max(residentPeak, residentKilobytes());
        }
        ++records;
    }

    // Then every row came through, and memory did not grow with the file
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QVERIFY(device.generated() > 50 * 1024 * 1024);
    QCOMPARE(records, Rows);
    QCOMPARE(reader.line(), 2 * Rows - 2);
    QCOMPARE(reader.bytesRead(), device.generated());
    QCOMPARE(reader.format().encoding, CsvFormat::Encoding::Utf8);
    if (residentBefore > 0)
        QVERIFY2(residentPeak - residentBefore < 16 * 1024,
                 qPrintable(u"resident memory grew by %1 KB"_s.arg(residentPeak - residentBefore)));
}

void TestCsvReader::shouldQuoteOnlyWhenNeeded_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << QStringList{u"a"_s, u"b c"_s, u"100%"_s} << QChar(u',') << "a,b c,100%\n"_ba;
    QTest::newRow("delimiter") << QStringList{u"a,b"_s, u"c;d"_s} << QChar(u',') << "\"a,b\",c;d\n"_ba;
    QTest::newRow("semicolon delimiter") << QStringList{u"a,b"_s, u"c;d"_s} << QChar(u';') << "a,b;\"c;d\"\n"_ba;
    QTest::newRow("tab delimiter") << QStringList{u"a b"_s, u"c\td"_s} << QChar(u'\t') << "a b\t\"c\td\"\n"_ba;
    QTest::newRow("quotes") << QStringList{u"say \"hi\""_s, u"\""_s} << QChar(u',')
                            << "\"say \"\"hi\"\"\",\"\"\"\"\n"_ba;
    QTest::newRow("line breaks") << QStringList{u"a\nb"_s, u"c\r\nd"_s, u"e\r"_s} << QChar(u',')
                                 << "\"a\nb\",\"c\r\nd\",\"e\r\"\n"_ba;
    QTest::newRow("leading and trailing space") << QStringList{u" a"_s, u"b "_s, u"c d"_s, u"\te"_s} << QChar(u',')
                                                << "\" a\",\"b \",c d,\"\te\"\n"_ba;
    QTest::newRow("empty fields") << QStringList{u""_s, u""_s} << QChar(u',') << ",\n"_ba;
    QTest::newRow("one empty field") << QStringList{u""_s} << QChar(u',') << "\"\"\n"_ba;
    QTest::newRow("UTF-8") << QStringList{u"Été"_s, u"🎬"_s} << QChar(u',') << "Été,🎬\n"_ba;
    QTest::newRow("leading U+FEFF, not a BOM") << QStringList{u"\uFEFFa"_s, u"b\uFEFF"_s} << QChar(u',')
                                               << "\"\xEF\xBB\xBF\x61\",b\xEF\xBB\xBF\n"_ba;
}

void TestCsvReader::shouldQuoteOnlyWhenNeeded()
{
    QFETCH(QStringList, fields);
    QFETCH(QChar, delimiter);
    QFETCH(QByteArray, written);

    QCOMPARE(writeRecords({fields}, delimiter), written);
}

void TestCsvReader::shouldWriteAByteOrderMark()
{
    const QByteArray written = writeRecords({{u"title"_s}, {u"Été"_s}}, u',', true);

    QCOMPARE(written, "\xEF\xBB\xBFtitle\nÉté\n"_ba);
    const ReadResult result = readBytes(written);
    QVERIFY(result.format.bom);
    QCOMPARE(result.records, (Records{{u"title"_s}, {u"Été"_s}}));
}

void TestCsvReader::shouldReadBackWhatItWrote_data()
{
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("tab") << QChar(u'\t');
}

void TestCsvReader::shouldReadBackWhatItWrote()
{
    QFETCH(QChar, delimiter);

    // Given records with every awkward kind of field
    const Records records = {
        {u"\uFEFFtitle"_s, u"description"_s, u"note"_s},
        {u""_s, u""_s, u""_s},
        {u"   "_s, u" "_s, u"\t"_s},
        {u"a\nb"_s, u"\r\n"_s, u"\n\n\n"_s},
        {u"\""_s, u"\"\""_s, u"say \"hi\", then; leave\t"_s},
        {u"Été à Paris"_s, u"東京物語"_s, u"🎬 “quoted” — €"_s},
        {u"'); DROP TABLE movies;--"_s, u"100% _wild_"_s, u"\\;\\|\\\\"_s},
        {u""_s},
        {u","_s, u";"_s, u"\t"_s},
        {u"last"_s, u""_s, u""_s},
    };

    // When they are written and read back
    const QByteArray written = writeRecords(records, delimiter);
    const ReadResult result = readBothWays(written, delimiter);

    // Then they are the same
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.records, records);
    QCOMPARE(result.format.encoding, CsvFormat::Encoding::Utf8);
    // And detection finds the delimiter the writer used
    QCOMPARE(readBytes(written).format.delimiter, delimiter);
}

void TestCsvReader::shouldBufferWritesUntilFlushed()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRecord({u"a"_s, u"b"_s});
        QCOMPARE(buffer.size(), 0);
        QVERIFY(writer.flush());
        QCOMPARE(buffer.data(), "a,b\n"_ba);

        // Past 64 KB the writer writes on its own
        const QString line(1000, u'x');
        for (int i = 0; i < 100; ++i)
            writer.writeRecord({line});
        QVERIFY(buffer.size() >= 64 * 1024);
        QVERIFY(buffer.size() < 4 + 100 * 1001);
        writer.writeRecord({u"end"_s});
    }
    // And the destructor writes the rest
    QCOMPARE(buffer.size(), 4 + 100 * 1001 + 4);
    QVERIFY(buffer.data().endsWith("x\nend\n"));
}

void TestCsvReader::shouldReportAFailedWrite()
{
    FailingDevice device(10);
    CsvWriter writer(&device);
    writer.writeRecord({u"a"_s});
    QVERIFY(writer.ok());
    QVERIFY(writer.flush());
    writer.writeRecord({u"a longer record"_s});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.ok());
    writer.writeRecord({u"b"_s});
    QVERIFY(!writer.flush());
    QCOMPARE(device.written, "a\n"_ba);
}

void TestCsvReader::benchmarkParse()
{
    // 10,000 movie-list rows, about 3 MB (scripts and docs/performance.md use larger files).
    QByteArray input = "title,release_date,duration,budget,description,director,country,genres,cast\n"_ba;
    for (int i = 0; i < 10'000; ++i) {
        input += "\"The Movie " + QByteArray::number(i) + ", Part II\",1999-05-21,117,11000000.50,"
                 "\"A long description of the plot, with \"\"quotes\"\" and\na second line about the movie.\","
                 "Ridley Scott,United Kingdom,Horror;Science Fiction,"
                 "\"Sigourney Weaver|Ellen Ripley|lead;Tom Skerritt|Dallas;Veronica Cartwright|Lambert;"
                 "Harry Dean Stanton|Brett;John Hurt|Kane\"\n";
    }
    qint64 records = 0;
    QBENCHMARK {
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.detect().ok());
        QStringList fields;
        records = 0;
        while (reader.next(fields))
            ++records;
    }
    QCOMPARE(records, 10'001);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
