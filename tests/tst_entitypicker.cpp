// The person and country picker: search as you type among many rows, add new ones, show chosen ones.
#include "entitypicker.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestEntityPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindPersonByPartOfTheNameAmongManyPeopleQuickly();
    void shouldFindShortNamesByPrefix();
    void shouldPickSuggestionWithKeyboard();
    void shouldCreatePersonFromTypedText();
    void shouldCreateSingleWordPersonAsLastName();
    void shouldCreateCountryFromTypedText();
    void shouldNotOfferToAddAnExactMatch();
    void shouldShowNameOnSetId();
    void shouldHaveNoIdWhenTextIsCleared();

private:
    static QStringList names(const EntityPicker &picker);
};

QStringList TestEntityPicker::names(const EntityPicker &picker)
{
    QStringList list;
    for (int row = 0; row < picker.suggestions()->rowCount(); ++row)
        list.append(picker.suggestions()->item(row)->text());
    return list;
}

void TestEntityPicker::shouldFindPersonByPartOfTheNameAmongManyPeopleQuickly()
{
    // Given 200,000 people and one to find
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral(R"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
        INSERT INTO people (first_name, last_name) SELECT 'First' || i, 'Last' || (i * 7919 % 200000) FROM n)")),
             QString());
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (first_name, last_name) VALUES ('Andrei', 'Tarkovsky')")),
             QString());
    EntityPicker picker(EntityPicker::Kind::Person, catalog.db());
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));

    // When typing part of the last name
    QElapsedTimer timer;
    timer.start();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("kovs"));
    const qint64 elapsed = timer.elapsed();
    qInfo("four keystrokes among 200,001 people took %lld ms", elapsed);

    // Then the person is suggested, with the offer to add what was typed last
    QCOMPARE(names(picker).first(), QStringLiteral("Andrei Tarkovsky"));
    QVERIFY(names(picker).last().contains(QStringLiteral("kovs")));
    QVERIFY(picker.isPopupVisible());
    QVERIFY2(elapsed < 200, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));

    // And a common fragment is cut off at the limit, quickly
    picker.lineEdit()->clear();
    timer.restart();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Las"));
    qInfo("a fragment every person shares took %lld ms", timer.elapsed());
    QCOMPARE(picker.suggestions()->rowCount(), EntityPicker::MaximumSuggestions + 1);
    QVERIFY(timer.elapsed() < 200);
}

void TestEntityPicker::shouldFindShortNamesByPrefix()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (first_name, last_name) VALUES ('Ed', 'Wood'), "
                                               "('Jo', 'Ma'), (NULL, 'Edison'), ('Ann', 'Le_Ed')")),
             QString());
    EntityPicker picker(EntityPicker::Kind::Person, catalog.db());

    QTest::keyClicks(picker.lineEdit(), QStringLiteral("ed"));

    QStringList found = names(picker);
    QVERIFY(!found.isEmpty());
    found.removeLast(); // "Add …"
    found.sort();
    // Only last names: first names have no index for a prefix search to use
    QCOMPARE(found, (QStringList{QStringLiteral("Edison")}));
}

void TestEntityPicker::shouldPickSuggestionWithKeyboard()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO countries (name) VALUES ('France'), ('Finland')")), QString());
    const qint64 finland = scalar(catalog.db(), QStringLiteral("SELECT id FROM countries WHERE name = 'Finland'")).toLongLong();
    EntityPicker picker(EntityPicker::Kind::Country, catalog.db());
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy changed(&picker, &EntityPicker::idChanged);

    // Down opens the list of every country, even before typing
    picker.lineEdit()->setFocus();
    QTest::keyClick(picker.lineEdit(), Qt::Key_Down);
    QTRY_VERIFY(picker.isPopupVisible());
    QCOMPARE(names(picker), (QStringList{QStringLiteral("Finland"), QStringLiteral("France")}));

    // Escape closes it
    QAbstractItemView *popup = picker.findChild<QCompleter *>()->popup();
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!picker.isPopupVisible());

    // Typing filters; Down and Enter pick
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("fin"));
    QTRY_VERIFY(picker.isPopupVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!picker.isPopupVisible());
    QCOMPARE(picker.id(), std::optional<qint64>(finland));
    QCOMPARE(picker.text(), QStringLiteral("Finland"));
    QCOMPARE(changed.count(), 1);
}

void TestEntityPicker::shouldCreatePersonFromTypedText()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    EntityPicker picker(EntityPicker::Kind::Person, catalog.db());
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy changed(&picker, &EntityPicker::idChanged);

    // When typing a name nobody has and taking the "Add" entry
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Jean Luc  Godard"));
    QCOMPARE(names(picker), QStringList{QStringLiteral("Add “Jean Luc Godard” as a new person")});
    QAbstractItemView *popup = picker.findChild<QCompleter *>()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);

    // Then the person is stored, split at the last space, and chosen
    QVERIFY(picker.id());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT first_name || '|' || last_name FROM people WHERE id = ?"),
                    {*picker.id()}),
             QVariant(QStringLiteral("Jean Luc|Godard")));
    QCOMPARE(picker.text(), QStringLiteral("Jean Luc Godard"));
    QCOMPARE(changed.count(), 1);
}

void TestEntityPicker::shouldCreateSingleWordPersonAsLastName()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    EntityPicker picker(EntityPicker::Kind::Person, catalog.db());
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));

    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Mononym"));
    QAbstractItemView *popup = picker.findChild<QCompleter *>()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);

    QVERIFY(picker.id());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT ifnull(first_name, 'NULL') || '|' || last_name FROM people "
                                                 "WHERE id = ?"),
                    {*picker.id()}),
             QVariant(QStringLiteral("NULL|Mononym")));
}

void TestEntityPicker::shouldCreateCountryFromTypedText()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO countries (name) VALUES ('Iceland')")), QString());
    EntityPicker picker(EntityPicker::Kind::Country, catalog.db());
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));

    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Ice"));
    QCOMPARE(names(picker), (QStringList{QStringLiteral("Iceland"), QStringLiteral("Add “Ice” as a new country")}));
    QAbstractItemView *popup = picker.findChild<QCompleter *>()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Up); // the last entry
    QTest::keyClick(popup, Qt::Key_Return);

    QVERIFY(picker.id());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT name FROM countries WHERE id = ?"), {*picker.id()}),
             QVariant(QStringLiteral("Ice")));
}

void TestEntityPicker::shouldNotOfferToAddAnExactMatch()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO countries (name) VALUES ('Chad'), ('Chile')")), QString());
    EntityPicker picker(EntityPicker::Kind::Country, catalog.db());

    QTest::keyClicks(picker.lineEdit(), QStringLiteral("CHAD"));
    QCOMPARE(names(picker), QStringList{QStringLiteral("Chad")});

    // Typed out in full without picking: the exact match counts as chosen
    QVERIFY(!picker.id());
    Q_EMIT picker.lineEdit()->editingFinished();
    QCOMPARE(picker.id(), std::optional<qint64>(
                              scalar(catalog.db(), QStringLiteral("SELECT id FROM countries WHERE name = 'Chad'")).toLongLong()));
    QCOMPARE(picker.text(), QStringLiteral("Chad"));
}

void TestEntityPicker::shouldShowNameOnSetId()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (first_name, last_name) VALUES ('Agnès', 'Varda')")),
             QString());
    const qint64 id = scalar(catalog.db(), QStringLiteral("SELECT max(id) FROM people")).toLongLong();
    EntityPicker picker(EntityPicker::Kind::Person, catalog.db());
    QSignalSpy changed(&picker, &EntityPicker::idChanged);

    picker.setId(id);

    QCOMPARE(picker.text(), QStringLiteral("Agnès Varda"));
    QCOMPARE(picker.id(), std::optional<qint64>(id));
    QCOMPARE(changed.count(), 1);

    picker.setId(std::nullopt);
    QCOMPARE(picker.text(), QString());
    QVERIFY(!picker.id());
}

void TestEntityPicker::shouldHaveNoIdWhenTextIsCleared()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO countries (name) VALUES ('Japan')")), QString());
    EntityPicker picker(EntityPicker::Kind::Country, catalog.db());
    picker.setId(scalar(catalog.db(), QStringLiteral("SELECT id FROM countries")).toLongLong());
    QVERIFY(picker.id());

    picker.lineEdit()->selectAll();
    QTest::keyClick(picker.lineEdit(), Qt::Key_Backspace);

    QCOMPARE(picker.text(), QString());
    QVERIFY(!picker.id());
    QVERIFY(!picker.isPopupVisible());
}

QTEST_MAIN(TestEntityPicker)
#include "tst_entitypicker.moc"
