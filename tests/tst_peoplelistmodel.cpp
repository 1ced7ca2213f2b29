// The people browser's list model on known catalogs, under QAbstractItemModelTester.
#include "mediastore.h"
#include "peoplelistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestPeopleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldListEveryoneInNameOrder();
    void shouldFilterAndSkipSearchesThatChangeNothing();
    void shouldAnswerOnlyTheNewestOfFastKeystrokes();
    void shouldShowChangesAfterReload();
    void shouldReadFarRowsOnDemand();
    void shouldShowThePrimaryPhotoOnceItsThumbnailIsMade();
    void shouldStayResponsiveWith200000People();

private:
    static bool settle(PeopleListModel &model);
    static QStringList names(PeopleListModel &model);
    std::unique_ptr<PeopleListModel> newModel(const QString &path);
    TemporaryCatalog m_catalog;
    QTemporaryDir m_thumbnails;
};

void TestPeopleListModel::initTestCase()
{
    QVERIFY2(m_catalog.isValid(), qPrintable(m_catalog.error()));
    QVERIFY(m_thumbnails.isValid());
    const QStringList setup = {
        QStringLiteral("INSERT INTO countries (id, name) VALUES (1, 'France')"),
        QStringLiteral("INSERT INTO people (id, first_name, last_name, date_of_birth, country_id) VALUES "
                       "(1, 'Agnès', 'Varda', '1928-05-30', 1), (2, 'Akira', 'Kurosawa', '1910-03', NULL), "
                       "(3, 'Toshiro', 'Mifune', '1920', NULL), (4, 'Corinne', 'Marchand', NULL, 1)"),
        QStringLiteral("INSERT INTO movies (id, title, director_id) VALUES (1, 'Cléo from 5 to 7', 1)"),
        QStringLiteral("INSERT INTO movie_actors (movie_id, person_id) VALUES (1, 4)"),
    };
    for (const QString &sql : setup)
        QCOMPARE(exec(m_catalog.db(), sql), QString());
}

std::unique_ptr<PeopleListModel> TestPeopleListModel::newModel(const QString &path)
{
    return std::make_unique<PeopleListModel>(path, m_catalog.catalog().mediaPath(), m_thumbnails.path());
}

bool TestPeopleListModel::settle(PeopleListModel &model)
{
    if (!QTest::qWaitFor([&] { return !model.isBusy(); }, 20000))
        return false;
    // Touch every row so that every block is asked for, then wait for all of them.
    for (int row = 0; row < model.rowCount(); row += PeopleListModel::BlockSize)
        model.data(model.index(row), PeopleListModel::NameRole);
    return QTest::qWaitFor([&] { return !model.isBusy(); }, 20000);
}

QStringList TestPeopleListModel::names(PeopleListModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row), PeopleListModel::NameRole).toString());
    return values;
}

void TestPeopleListModel::shouldListEveryoneInNameOrder()
{
    // Given four people
    // When a model lists them
    auto model = newModel(m_catalog.path());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(*model));

    // Then they are in family-name order, with their ids, birth dates and a placeholder photo
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->personCount(), 4);
    QCOMPARE(names(*model), (QStringList{QStringLiteral("Akira Kurosawa"), QStringLiteral("Corinne Marchand"),
                                         QStringLiteral("Toshiro Mifune"), QStringLiteral("Agnès Varda")}));
    const QModelIndex varda = model->index(3);
    QCOMPARE(model->data(varda, PeopleListModel::PersonIdRole).toLongLong(), 1);
    QCOMPARE(model->data(varda, PeopleListModel::DateOfBirthRole).toString(), QStringLiteral("1928-05-30"));
    // And the display adds the birth year, which tells namesakes apart
    QCOMPARE(model->data(varda).toString(), QStringLiteral("Agnès Varda\nborn 1928"));
    QCOMPARE(model->data(model->index(1)).toString(), QStringLiteral("Corinne Marchand"));
    QVERIFY(model->data(varda, PeopleListModel::LoadedRole).toBool());
    QVERIFY(model->data(varda, PeopleListModel::PhotoKeyRole).toString().isEmpty());
    const QImage placeholder = model->data(varda, Qt::DecorationRole).value<QImage>();
    QCOMPARE(placeholder.size(), QSize(PeopleListModel::DefaultThumbnailEdge, PeopleListModel::DefaultThumbnailEdge));
    QCOMPARE(model->personIdAt(0), 2);
    QCOMPARE(model->rowOfPerson(1), 3);
    QCOMPARE(model->rowOfPerson(999), -1);
}

void TestPeopleListModel::shouldFilterAndSkipSearchesThatChangeNothing()
{
    // Given a model of everyone
    auto model = newModel(m_catalog.path());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(*model));
    QSignalSpy counts(model.get(), &PeopleListModel::countChanged);

    // When a name is searched among the actors
    PersonFilter filter;
    filter.text = QStringLiteral("rin");
    filter.actsOnly = true;
    QVERIFY(model->setFilter(filter));
    QVERIFY(counts.wait());
    QVERIFY(settle(*model));
    // Then only the matching actor is listed
    QCOMPARE(names(*model), QStringList{QStringLiteral("Corinne Marchand")});
    QCOMPARE(counts.constLast().constFirst().toLongLong(), 1);

    // When a space is typed after the word
    filter.text += QLatin1Char(' ');
    // Then nothing needs loading
    QVERIFY(!model->setFilter(filter));
    QVERIFY(!model->isBusy());
    QCOMPARE(model->filter().text, QStringLiteral("rin "));

    // When nobody matches
    filter.text = QStringLiteral("zzyzx");
    QVERIFY(model->setFilter(filter));
    QVERIFY(settle(*model));
    // Then the list is empty
    QCOMPARE(model->rowCount(), 0);
}

void TestPeopleListModel::shouldAnswerOnlyTheNewestOfFastKeystrokes()
{
    // Given a model of everyone
    auto model = newModel(m_catalog.path());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(*model));
    QSignalSpy resets(model.get(), &PeopleListModel::modelReset);

    // When "mifune" is typed a letter at a time without waiting
    PersonFilter filter;
    for (const QString &text : {QStringLiteral("m"), QStringLiteral("mi"), QStringLiteral("mif"),
                                QStringLiteral("mifu"), QStringLiteral("mifun"), QStringLiteral("mifune")}) {
        filter.text = text;
        model->setFilter(filter);
    }
    QVERIFY(settle(*model));

    // Then the list shows the last search, and the keystrokes in between were not all loaded
    QCOMPARE(names(*model), QStringList{QStringLiteral("Toshiro Mifune")});
    QVERIFY2(resets.size() < 6, qPrintable(QString::number(resets.size())));
}

void TestPeopleListModel::shouldShowChangesAfterReload()
{
    // Given a catalog of its own, listed by a model
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Jean', 'Vigo')")),
             QString());
    auto model = newModel(catalog.path());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(*model));
    QCOMPARE(names(*model), QStringList{QStringLiteral("Jean Vigo")});

    // When a person is added and another renamed, then the model reloads
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (2, 'Jean', 'Renoir')")),
             QString());
    QCOMPARE(exec(catalog.db(), QStringLiteral("UPDATE people SET first_name = 'J.' WHERE id = 1")), QString());
    model->reload();
    QVERIFY(settle(*model));

    // Then both changes show
    QCOMPARE(names(*model), (QStringList{QStringLiteral("Jean Renoir"), QStringLiteral("J. Vigo")}));

    // When everyone is deleted
    QCOMPARE(exec(catalog.db(), QStringLiteral("DELETE FROM people")), QString());
    model->reload();
    QVERIFY(settle(*model));
    // Then the list is empty
    QCOMPARE(model->rowCount(), 0);
}

void TestPeopleListModel::shouldReadFarRowsOnDemand()
{
    // Given 1,000 people, more than a block
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral(R"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
        INSERT INTO people (id, first_name, last_name) SELECT i, 'First', printf('Last%04d', i) FROM n)")),
             QString());
    auto model = newModel(catalog.path());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy first(model.get(), &PeopleListModel::firstRowsLoaded);
    QVERIFY(first.wait());

    // Then the count is known before far rows are read, and their ids too
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->personIdAt(900), 901);
    const QModelIndex far = model->index(900);
    QCOMPARE(model->data(far, PeopleListModel::PersonIdRole).toLongLong(), 901);

    // When a far row is asked for
    // Then it arrives (the model tester may have asked for it already)
    model->data(far, PeopleListModel::LoadedRole);
    QTRY_VERIFY_WITH_TIMEOUT(model->data(far, PeopleListModel::LoadedRole).toBool(), 20000);
    QCOMPARE(model->data(far, PeopleListModel::NameRole).toString(), QStringLiteral("First Last0901"));
}

void TestPeopleListModel::shouldShowThePrimaryPhotoOnceItsThumbnailIsMade()
{
    // Given a person with a red portrait photo as their primary photo
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Jean', 'Vigo')")),
             QString());
    const MediaStore media(catalog.catalog().mediaPath());
    Result<qint64> file = media.addFile(catalog.db(), makeImage(60, 90, "PNG", 0xffff0000), QStringLiteral("vigo.png"));
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO person_photos (person_id, file_id, is_primary) VALUES (1, ?, 1)"),
                  {file.value()}),
             QString());
    auto model = std::make_unique<PeopleListModel>(catalog.path(), catalog.catalog().mediaPath(), m_thumbnails.path());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(*model));
    QVERIFY(!model->data(model->index(0), PeopleListModel::PhotoKeyRole).toString().isEmpty());

    // When the decoration is asked for
    const QImage first = model->data(model->index(0), Qt::DecorationRole).value<QImage>();
    QVERIFY(!first.isNull());

    // Then the thumbnail replaces the placeholder: a square from the middle of the photo
    // (thumbnails are compressed: close to red is red)
    const auto isRed = [](QRgb pixel) { return qRed(pixel) > 240 && qGreen(pixel) < 16 && qBlue(pixel) < 16; };
    const auto corner = [&model] { return model->data(model->index(0), Qt::DecorationRole).value<QImage>().pixel(0, 0); };
    QTRY_VERIFY_WITH_TIMEOUT(isRed(corner()), 20000);
    const QImage thumbnail = model->data(model->index(0), Qt::DecorationRole).value<QImage>();
    QCOMPARE(thumbnail.size(), QSize(PeopleListModel::DefaultThumbnailEdge, PeopleListModel::DefaultThumbnailEdge));
    QVERIFY(isRed(thumbnail.pixel(thumbnail.width() - 1, thumbnail.height() - 1)));
}

void TestPeopleListModel::shouldStayResponsiveWith200000People()
{
    // Given 200,000 people
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral(R"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
        INSERT INTO people (first_name, last_name, gender)
        SELECT 'First' || (i % 1000), 'Last' || (i * 7919 % 200000), CASE i % 3 WHEN 0 THEN 'female' END FROM n)")),
             QString());

    // When the model lists everyone, then a search, then a filter
    auto model = newModel(catalog.path());
    QSignalSpy first(model.get(), &PeopleListModel::firstRowsLoaded);
    QElapsedTimer timer;
    timer.start();
    // Then the GUI thread never waits: each call returns at once, and the rows follow
    QVERIFY(first.wait(20000));
    QCOMPARE(model->rowCount(), 200000);
    qInfo("everyone: first rows after %lld ms", first.constLast().constFirst().toLongLong());

    PersonFilter filter;
    filter.text = QStringLiteral("Last1999");
    timer.start();
    QVERIFY(model->setFilter(filter));
    const qint64 call = timer.elapsed();
    QVERIFY(first.wait(20000));
    qInfo("search: setFilter returned after %lld ms, first rows after %lld ms", call,
          first.constLast().constFirst().toLongLong());
    QVERIFY2(call < 50, qPrintable(QString::number(call)));
    QCOMPARE(model->rowCount(), 111); // Last1999, Last19990…Last19999 and Last199900…Last199999

    filter = PersonFilter();
    filter.gender = QString();
    QVERIFY(model->setFilter(filter));
    QVERIFY(first.wait(20000));
    qInfo("gender unknown: first rows after %lld ms", first.constLast().constFirst().toLongLong());
    QCOMPARE(model->rowCount(), 133334);
    // And a far row arrives on demand
    QSignalSpy changed(model.get(), &PeopleListModel::dataChanged);
    QVERIFY(!model->data(model->index(120000), PeopleListModel::LoadedRole).toBool());
    QVERIFY(changed.wait(20000));
    QVERIFY(model->data(model->index(120000), PeopleListModel::LoadedRole).toBool());
    QVERIFY(!model->data(model->index(120000)).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestPeopleListModel)
#include "tst_peoplelistmodel.moc"
