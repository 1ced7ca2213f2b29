// The Cast tab of the movie editor: actors picked or added, characters with or without an actor,
// roles, billing order, removal and problems, as the table shows them and as the record gets them.
#include "casteditor.h"
#include "entitypicker.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestCastEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldShowTheCastInBillingOrderAndGiveItBackUntouched();
    void shouldGiveBackCastWhoseCharactersAreInAnotherOrder();
    void shouldAddAnActorByTypingInThePicker();
    void shouldAddANewPersonFromThePicker();
    void shouldListACharacterWithoutAnActor();
    void shouldLetOnePersonPlaySeveralCharacters();
    void shouldSetTheRoleWithTheComboBox();
    void shouldReorderWithButtonsAndKeys();
    void shouldKeepAMovedCharacterWithoutActorInItsPlace();
    void shouldRemoveTheRowWithTheDeleteKey();
    void shouldShowWhatIsWrongNextToTheRow();
    void shouldChangeAndClearTheActorOfARow();

private:
    CastEditor *makeEditor();
    qint64 personId(const QString &lastName) const;
    QString cell(int row, int column) const;
    void pickInPicker(EntityPicker *picker, const QString &typed, int suggestion);
    void typeIntoEditor(const QString &text);
    EntityPicker *openActorEditor() const;

    std::unique_ptr<TemporaryCatalog> m_catalog;
    std::unique_ptr<CastEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCastEditor::init()
{
    m_catalog = std::make_unique<TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    QCOMPARE(exec(m_catalog->db(), QStringLiteral(R"(
        INSERT INTO people (first_name, last_name) VALUES ('Donatas', 'Banionis'), ('Natalya', 'Bondarchuk'),
            ('Jüri', 'Järvet'), ('Andrei', 'Tarkovsky'))")),
             QString());
}

void TestCastEditor::cleanup()
{
    m_tester.reset();
    m_editor.reset();
    m_catalog.reset();
}

CastEditor *TestCastEditor::makeEditor()
{
    m_editor = std::make_unique<CastEditor>(m_catalog->db());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_editor->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->resize(900, 500);
    return m_editor.get();
}

qint64 TestCastEditor::personId(const QString &lastName) const
{
    return scalar(m_catalog->db(), QStringLiteral("SELECT id FROM people WHERE last_name = ?"), {lastName}).toLongLong();
}

QString TestCastEditor::cell(int row, int column) const
{
    return m_editor->model()->index(row, column).data().toString();
}

void TestCastEditor::pickInPicker(EntityPicker *picker, const QString &typed, int suggestion)
{
    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), typed);
    QTRY_VERIFY(picker->isPopupVisible());
    QAbstractItemView *popup = picker->findChild<QCompleter *>()->popup();
    if (suggestion < 0)
        suggestion = picker->suggestions()->rowCount() + suggestion;
    for (int i = 0; i <= suggestion; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
}

// The person picker the actor column opened (closed ones linger until deleted later).
EntityPicker *TestCastEditor::openActorEditor() const
{
    const QList<EntityPicker *> pickers = m_editor->view()->findChildren<EntityPicker *>(QStringLiteral("actorEditor"));
    for (EntityPicker *picker : pickers) {
        if (picker->isVisible())
            return picker;
    }
    return nullptr;
}

void TestCastEditor::typeIntoEditor(const QString &text)
{
    // The cell editor the table opened (a line edit of its viewport).
    QLineEdit *edit = nullptr;
    const QList<QLineEdit *> edits = m_editor->view()->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *candidate : edits) {
        if (candidate->isVisible())
            edit = candidate;
    }
    QVERIFY(edit);
    QTest::keyClicks(edit, text);
    QPointer<QLineEdit> closing(edit);
    QTest::keyClick(edit, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop.
    QTRY_VERIFY(!closing || !closing->isVisible());
}

void TestCastEditor::shouldShowTheCastInBillingOrderAndGiveItBackUntouched()
{
    // Given a movie with three characters, one of them played by nobody, and an actor without one
    const QList<CharacterRecord> characters{
        {11, QStringLiteral("Kris Kelvin"), QStringLiteral("A psychologist"), QStringLiteral("lead")},
        {12, QStringLiteral("Hari"), QString(), QStringLiteral("lead")},
        {13, QStringLiteral("Snaut"), QString(), QString()}};
    const QList<CastRecord> cast{{21, personId(QStringLiteral("Banionis")), 0},
                                 {22, personId(QStringLiteral("Bondarchuk")), 1},
                                 {23, personId(QStringLiteral("Tarkovsky")), -1}};
    CastEditor *editor = makeEditor();

    // When it is shown
    editor->setCast(characters, cast);

    // Then the cast comes in billing order, the character nobody plays after them
    CastTableModel *model = editor->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(cell(0, CastTableModel::ActorColumn), QStringLiteral("Donatas Banionis"));
    QCOMPARE(cell(0, CastTableModel::CharacterColumn), QStringLiteral("Kris Kelvin"));
    QCOMPARE(cell(0, CastTableModel::RoleColumn), QStringLiteral("Lead"));
    QCOMPARE(cell(0, CastTableModel::DescriptionColumn), QStringLiteral("A psychologist"));
    QCOMPARE(cell(1, CastTableModel::CharacterColumn), QStringLiteral("Hari"));
    QCOMPARE(cell(2, CastTableModel::ActorColumn), QStringLiteral("Andrei Tarkovsky"));
    QCOMPARE(cell(2, CastTableModel::CharacterColumn), QString());
    QCOMPARE(cell(3, CastTableModel::ActorColumn), QStringLiteral("(no actor)"));
    QCOMPARE(model->index(3, CastTableModel::ActorColumn).data(CastTableModel::PersonIdRole).toLongLong(), 0);
    QCOMPARE(cell(3, CastTableModel::CharacterColumn), QStringLiteral("Snaut"));
    QVERIFY(model->problems().isEmpty());

    // And unedited, the record gets exactly what was given
    MovieRecord movie;
    editor->writeTo(movie);
    QCOMPARE(movie.characters, characters);
    QCOMPARE(movie.cast, cast);
}

void TestCastEditor::shouldGiveBackCastWhoseCharactersAreInAnotherOrder()
{
    // Given characters stored in another order than the actors who play them, and one between them
    const QList<CharacterRecord> characters{{11, QStringLiteral("Kris Kelvin"), QString(), QString()},
                                            {12, QStringLiteral("Snaut"), QString(), QString()},
                                            {13, QStringLiteral("Hari"), QString(), QString()}};
    const QList<CastRecord> cast{{21, personId(QStringLiteral("Bondarchuk")), 2},
                                 {22, personId(QStringLiteral("Banionis")), 0}};
    CastEditor *editor = makeEditor();
    editor->setCast(characters, cast);

    // When nothing is edited, the record is as it was: nothing would be written
    MovieRecord movie;
    editor->writeTo(movie);
    QCOMPARE(movie.characters, characters);
    QCOMPARE(movie.cast, cast);
    QCOMPARE(cell(0, CastTableModel::CharacterColumn), QStringLiteral("Snaut"));
    QCOMPARE(cell(1, CastTableModel::CharacterColumn), QStringLiteral("Hari"));
}

void TestCastEditor::shouldAddAnActorByTypingInThePicker()
{
    CastEditor *editor = makeEditor();
    editor->setCast({}, {});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    // When part of a name is typed in the picker and the suggestion is picked
    pickInPicker(editor->actorPicker(), QStringLiteral("kovs"), 0);

    // Then the actor is the last row, the picker is empty again, and the character is edited next
    QCOMPARE(editor->model()->rowCount(), 1);
    QCOMPARE(cell(0, CastTableModel::ActorColumn), QStringLiteral("Andrei Tarkovsky"));
    QCOMPARE(editor->actorPicker()->text(), QString());
    QCOMPARE(editor->actorPicker()->id(), std::nullopt);
    QCOMPARE(editor->view()->currentIndex(), editor->model()->index(0, CastTableModel::CharacterColumn));
    typeIntoEditor(QStringLiteral("The Stalker's double"));
    QCOMPARE(cell(0, CastTableModel::CharacterColumn), QStringLiteral("The Stalker's double"));

    MovieRecord movie;
    movie.title = QStringLiteral("Stalker");
    editor->writeTo(movie);
    QCOMPARE(movie.characters, (QList<CharacterRecord>{{0, QStringLiteral("The Stalker's double"), QString(), QString()}}));
    QCOMPARE(movie.cast, (QList<CastRecord>{{0, personId(QStringLiteral("Tarkovsky")), 0}}));
    QVERIFY(MovieRecords::validate(movie).isEmpty());
}

void TestCastEditor::shouldAddANewPersonFromThePicker()
{
    CastEditor *editor = makeEditor();
    editor->setCast({}, {});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QSignalSpy created(editor, &CastEditor::personCreated);

    // When a name nobody has is typed and "Add … as a new person" is picked
    pickInPicker(editor->actorPicker(), QStringLiteral("Vladislav Dvorzhetsky"), -1);

    // Then the person is stored, reported, and plays in the movie
    QCOMPARE(created.count(), 1);
    const qint64 id = created.constFirst().constFirst().toLongLong();
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT first_name || '/' || last_name FROM people WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("Vladislav/Dvorzhetsky"));
    QCOMPARE(editor->model()->rowCount(), 1);
    QCOMPARE(editor->model()->index(0, 0).data(CastTableModel::PersonIdRole).toLongLong(), id);
    QCOMPARE(cell(0, CastTableModel::ActorColumn), QStringLiteral("Vladislav Dvorzhetsky"));
}

void TestCastEditor::shouldListACharacterWithoutAnActor()
{
    CastEditor *editor = makeEditor();
    editor->setCast({}, {});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    // When Add Character is clicked and a name typed
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addCharacter")), Qt::LeftButton);
    typeIntoEditor(QStringLiteral("Snaut"));

    // Then the character is listed, played by nobody
    QCOMPARE(editor->model()->rowCount(), 1);
    QCOMPARE(cell(0, CastTableModel::ActorColumn), QStringLiteral("(no actor)"));
    MovieRecord movie;
    editor->writeTo(movie);
    QCOMPARE(movie.characters, (QList<CharacterRecord>{{0, QStringLiteral("Snaut"), QString(), QString()}}));
    QVERIFY(movie.cast.isEmpty());
    QVERIFY(editor->problems().isEmpty());
}

void TestCastEditor::shouldLetOnePersonPlaySeveralCharacters()
{
    CastEditor *editor = makeEditor();
    editor->setCast({}, {});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    const qint64 jarvet = personId(QStringLiteral("Järvet"));

    // When the same person is picked twice, and given a third character with the button
    pickInPicker(editor->actorPicker(), QStringLiteral("rvet"), 0);
    typeIntoEditor(QStringLiteral("Dr. Snaut"));
    pickInPicker(editor->actorPicker(), QStringLiteral("rvet"), 0);
    typeIntoEditor(QStringLiteral("Snaut's reflection"));
    editor->view()->setCurrentIndex(editor->model()->index(0, CastTableModel::ActorColumn));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addCharacterForActor")), Qt::LeftButton);
    typeIntoEditor(QStringLiteral("Narrator"));

    // Then the person plays three characters, the third billed right after the first
    MovieRecord movie;
    movie.title = QStringLiteral("Solaris");
    editor->writeTo(movie);
    QCOMPARE(movie.cast.size(), 3);
    QStringList played;
    for (const CastRecord &entry : std::as_const(movie.cast)) {
        QCOMPARE(entry.personId, jarvet);
        QVERIFY(entry.characterIndex >= 0);
        played.append(movie.characters.at(entry.characterIndex).name);
    }
    QCOMPARE(played, (QStringList{QStringLiteral("Dr. Snaut"), QStringLiteral("Narrator"),
                                  QStringLiteral("Snaut's reflection")}));
    QVERIFY(MovieRecords::validate(movie).isEmpty());
}

void TestCastEditor::shouldSetTheRoleWithTheComboBox()
{
    CastEditor *editor = makeEditor();
    editor->setCast({{0, QStringLiteral("Hari"), QString(), QString()}}, {});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    // When the role cell is edited and Supporting chosen
    const QModelIndex role = editor->model()->index(0, CastTableModel::RoleColumn);
    editor->view()->setCurrentIndex(role);
    editor->view()->edit(role);
    auto *combo = editor->view()->findChild<QComboBox *>(QStringLiteral("roleEditor"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString());
    QCOMPARE(combo->count(), 5); // none, lead, supporting, minor, cameo
    combo->setCurrentIndex(combo->findData(QStringLiteral("supporting")));
    QTest::keyClick(combo, Qt::Key_Return);

    // Then the character has that role, and "none" takes it away again
    QTRY_COMPARE(role.data(Qt::EditRole).toString(), QStringLiteral("supporting"));
    QCOMPARE(role.data().toString(), QStringLiteral("Supporting"));
    QVERIFY(!editor->model()->setData(role, QStringLiteral("villain")));
    QVERIFY(editor->model()->setData(role, QString()));
    MovieRecord movie;
    editor->writeTo(movie);
    QCOMPARE(movie.characters.constFirst().role, QString());
}

void TestCastEditor::shouldReorderWithButtonsAndKeys()
{
    // Given three stored cast entries
    const QList<CharacterRecord> characters{{11, QStringLiteral("Kris Kelvin"), QString(), QString()},
                                            {12, QStringLiteral("Hari"), QString(), QString()},
                                            {13, QStringLiteral("Snaut"), QString(), QString()}};
    const qint64 banionis = personId(QStringLiteral("Banionis"));
    const qint64 bondarchuk = personId(QStringLiteral("Bondarchuk"));
    const qint64 jarvet = personId(QStringLiteral("Järvet"));
    CastEditor *editor = makeEditor();
    editor->setCast(characters, {{21, banionis, 0}, {22, bondarchuk, 1}, {23, jarvet, 2}});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QTableView *view = editor->view();
    auto *moveUp = editor->findChild<QPushButton *>(QStringLiteral("moveUp"));
    auto *moveDown = editor->findChild<QPushButton *>(QStringLiteral("moveDown"));

    // When the last is moved up with Ctrl+Up, then to the top with the button
    view->setFocus();
    view->setCurrentIndex(editor->model()->index(2, CastTableModel::CharacterColumn));
    QVERIFY(!moveDown->isEnabled());
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(cell(1, CastTableModel::CharacterColumn), QStringLiteral("Snaut"));
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::mouseClick(moveUp, Qt::LeftButton);
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!moveUp->isEnabled());

    // Then it is billed first, with its character, and the others follow in their order
    QCOMPARE(cell(0, CastTableModel::ActorColumn), QStringLiteral("Jüri Järvet"));
    MovieRecord movie;
    editor->writeTo(movie);
    QList<qint64> actors;
    QStringList played;
    for (const CastRecord &entry : std::as_const(movie.cast)) {
        actors.append(entry.personId);
        played.append(movie.characters.at(entry.characterIndex).name);
    }
    QCOMPARE(actors, (QList<qint64>{jarvet, banionis, bondarchuk}));
    QCOMPARE(played, (QStringList{QStringLiteral("Snaut"), QStringLiteral("Kris Kelvin"), QStringLiteral("Hari")}));
    QCOMPARE(movie.cast.constFirst().id, 23); // the entry is the same, only billed earlier

    // And Ctrl+Down moves it back down
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(cell(1, CastTableModel::ActorColumn), QStringLiteral("Jüri Järvet"));
}

void TestCastEditor::shouldKeepAMovedCharacterWithoutActorInItsPlace()
{
    // Given two cast entries and a character nobody plays, moved to the top
    const qint64 banionis = personId(QStringLiteral("Banionis"));
    const qint64 bondarchuk = personId(QStringLiteral("Bondarchuk"));
    CastEditor *editor = makeEditor();
    editor->setCast({{11, QStringLiteral("Kris Kelvin"), QString(), QString()},
                     {12, QStringLiteral("Hari"), QString(), QString()},
                     {13, QStringLiteral("Snaut"), QString(), QString()}},
                    {{21, banionis, 0}, {22, bondarchuk, 1}});
    QVERIFY(editor->model()->moveRow(2, 0));

    // When the record is written and shown again
    MovieRecord movie;
    editor->writeTo(movie);
    CastEditor again(m_catalog->db());
    again.setCast(movie.characters, movie.cast);

    // Then the character is still listed first
    QStringList shown;
    for (int row = 0; row < again.model()->rowCount(); ++row)
        shown.append(again.model()->index(row, CastTableModel::CharacterColumn).data().toString());
    QCOMPARE(shown, (QStringList{QStringLiteral("Snaut"), QStringLiteral("Kris Kelvin"), QStringLiteral("Hari")}));
    QCOMPARE(movie.cast, (QList<CastRecord>{{21, banionis, 1}, {22, bondarchuk, 2}}));
}

void TestCastEditor::shouldRemoveTheRowWithTheDeleteKey()
{
    const qint64 banionis = personId(QStringLiteral("Banionis"));
    const qint64 bondarchuk = personId(QStringLiteral("Bondarchuk"));
    CastEditor *editor = makeEditor();
    editor->setCast({{11, QStringLiteral("Kris Kelvin"), QString(), QString()},
                     {12, QStringLiteral("Hari"), QString(), QString()}},
                    {{21, banionis, 0}, {22, bondarchuk, 1}});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    // When the first row is selected and Delete pressed
    editor->view()->setFocus();
    editor->view()->setCurrentIndex(editor->model()->index(0, CastTableModel::ActorColumn));
    QTest::keyClick(editor->view(), Qt::Key_Delete);

    // Then the entry and its character are gone; the other one is selected
    QCOMPARE(editor->model()->rowCount(), 1);
    QCOMPARE(editor->view()->currentIndex().row(), 0);
    MovieRecord movie;
    editor->writeTo(movie);
    QCOMPARE(movie.characters, (QList<CharacterRecord>{{12, QStringLiteral("Hari"), QString(), QString()}}));
    QCOMPARE(movie.cast, (QList<CastRecord>{{22, bondarchuk, 0}}));

    // And the Remove button empties the table
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("removeCastRow")), Qt::LeftButton);
    QCOMPARE(editor->model()->rowCount(), 0);
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("removeCastRow"))->isEnabled());
}

void TestCastEditor::shouldShowWhatIsWrongNextToTheRow()
{
    CastEditor *editor = makeEditor();
    editor->setCast({}, {});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    // When a character gets a description but no name, and an empty row is left
    const int described = editor->model()->addCharacter();
    QVERIFY(editor->model()->setData(editor->model()->index(described, CastTableModel::DescriptionColumn),
                                     QStringLiteral("A voice on the radio")));
    editor->model()->addCharacter();

    // Then each row says what is wrong, on its row and in the list of problems
    const QModelIndex first = editor->model()->index(0, CastTableModel::ActorColumn);
    QCOMPARE(first.data(CastTableModel::ProblemRole).toString(), QStringLiteral("The character needs a name."));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("The character needs a name."));
    QVERIFY(!first.data(Qt::DecorationRole).isNull());
    QCOMPARE(editor->problems(), (QStringList{
        QStringLiteral("Row 1: The character needs a name."),
        QStringLiteral("Row 2: Choose an actor or name a character, or remove the row.")}));
    auto *label = editor->findChild<QLabel *>(QStringLiteral("castProblem"));
    QVERIFY(label->isHidden());
    editor->showProblems(editor->problems());
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Row 1: The character needs a name.")));
    MovieRecord movie;
    movie.title = QStringLiteral("Solaris");
    editor->writeTo(movie);
    QVERIFY(!MovieRecords::validate(movie).isEmpty()); // the catalog would refuse it as well

    // And once fixed, the problems go, from the label too
    QVERIFY(editor->model()->setData(editor->model()->index(0, CastTableModel::CharacterColumn),
                                     QStringLiteral("Radio operator")));
    editor->model()->removeRows(1, 1);
    QVERIFY(editor->problems().isEmpty());
    QVERIFY(first.data(Qt::DecorationRole).isNull());
    QVERIFY(label->isHidden());
}

void TestCastEditor::shouldChangeAndClearTheActorOfARow()
{
    // Given Kris Kelvin played by Banionis
    const qint64 banionis = personId(QStringLiteral("Banionis"));
    CastEditor *editor = makeEditor();
    editor->setCast({{11, QStringLiteral("Kris Kelvin"), QString(), QString()}}, {{21, banionis, 0}});
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    const QModelIndex actor = editor->model()->index(0, CastTableModel::ActorColumn);

    // When the actor cell is edited and another person picked
    editor->view()->setCurrentIndex(actor);
    editor->view()->edit(actor);
    auto *picker = openActorEditor();
    QVERIFY(picker);
    QCOMPARE(picker->text(), QStringLiteral("Donatas Banionis"));
    picker->lineEdit()->clear();
    pickInPicker(picker, QStringLiteral("Tarkov"), 0);

    // Then the row names the new actor at once
    QCOMPARE(actor.data().toString(), QStringLiteral("Andrei Tarkovsky"));

    // And a cleared actor leaves the character listed without one
    editor->view()->edit(actor);
    picker = openActorEditor();
    QVERIFY(picker);
    picker->lineEdit()->selectAll();
    QTest::keyClick(picker->lineEdit(), Qt::Key_Delete);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(actor.data(CastTableModel::PersonIdRole).toLongLong(), 0);
    MovieRecord movie;
    editor->writeTo(movie);
    QCOMPARE(movie.characters.size(), 1);
    QVERIFY(movie.cast.isEmpty());
}

QTEST_MAIN(TestCastEditor)
#include "tst_casteditor.moc"
