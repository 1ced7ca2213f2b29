// Every translation shipped is complete: no message left unfinished, every plural form filled in.
#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveNoUnfinishedMessages_data();
    void shouldHaveNoUnfinishedMessages();
};

void TestTranslations::shouldHaveNoUnfinishedMessages_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(REELKEEPER_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3); // de, fr and the English plural forms
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::shouldHaveNoUnfinishedMessages()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished") || type == QLatin1String("obsolete")
                || type == QLatin1String("vanished"))
                problems.append(type + QLatin1String(": ") + source);
        } else if (xml.name() == QLatin1String("numerusform")) {
            if (xml.readElementText().isEmpty())
                problems.append(QLatin1String("empty plural form: ") + source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
