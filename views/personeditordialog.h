#pragma once

#include "createdrows.h"
#include "entitypicker.h"
#include "moviecommands.h"
#include "personrecord.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace Reelkeeper {

class PhotoGallery;

// Picks a movie by typing part of its title, then a character of it: none, an existing one, or a
// new one with name, description and role. Every keystroke is one small query (LIMIT 50).
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class CreditPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CreditPickerDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QLineEdit *movieSearch() const { return m_search; }
    QListWidget *movies() const { return m_movies; }
    QComboBox *character() const { return m_character; }
    QLineEdit *newCharacterName() const { return m_name; }
    QPlainTextEdit *newCharacterDescription() const { return m_description; }
    QComboBox *newCharacterRole() const { return m_role; }
    // The credit as chosen (movieId 0 while no movie is chosen).
    PersonCredit credit() const;
    void accept() override;

private:
    void search(const QString &text);
    void loadCharacters();
    void updateState();

    QSqlDatabase m_db;
    QLineEdit *m_search = nullptr;
    QListWidget *m_movies = nullptr;
    QComboBox *m_character = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Adds or edits one person: names, date of birth (partial dates allowed), gender, country,
// biography, a photo gallery and the person's credits (directed movies are shown read-only).
// Nothing is written to the catalog before OK, except countries the country picker creates (which
// Cancel removes again) and image files in the media folder (which Cancel deletes unless the
// catalog uses them). With an undo stack set, OK saves everything in one transaction as one undo
// step (savePerson) and stays open with the reason when that fails; without one, the caller saves
// person() after the dialog was accepted, then calls gallery()->discardNewImages().
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class PersonEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    PersonEditorDialog(QSqlDatabase db, QString mediaFolder, QString thumbnailFolder, QWidget *parent = nullptr);
    ~PersonEditorDialog() override;

    // Shows the person; id 0 is a new person.
    void setPerson(const PersonRecord &person);
    // The record as edited.
    PersonRecord person() const;

    // Where OK pushes its command; changed is called as for every command.
    void setUndoStack(QUndoStack *stack, CatalogChanged changed);
    // The person saved by the last OK (0 before), for the window to select.
    qint64 savedPersonId() const { return m_savedId; }

    PhotoGallery *gallery() const { return m_gallery; }
    QTableWidget *creditsTable() const { return m_credits; }
    QTabWidget *tabs() const { return m_tabs; }
    // Credits: what "Add Credit…" and "Remove Credit" do.
    void addCredit(const PersonCredit &credit);
    void removeCredit(int row);
    // Opens the credit picker (modal) and adds what it gives.
    void chooseCredit();

    QList<CreatedRow> createdRows() const { return m_createdRows; }

    void accept() override;
    // Closes without saving, removing the countries and images created meanwhile.
    void reject() override;

private:
    QWidget *withProblem(QWidget *field, const QString &name);
    void clearProblems();
    void showProblems(const QList<FieldProblem> &problems);
    void showMessage(const QString &message);
    void rebuildCredits();

    QSqlDatabase m_db;
    PersonRecord m_person; // as given to setPerson()
    QList<PersonCredit> m_creditList;
    QList<CreatedRow> m_createdRows;
    QUndoStack *m_stack = nullptr;
    CatalogChanged m_changed;
    qint64 m_savedId = 0;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_dateOfBirth = nullptr;
    QComboBox *m_gender = nullptr;
    EntityPicker *m_country = nullptr;
    QPlainTextEdit *m_biography = nullptr;
    PhotoGallery *m_gallery = nullptr;
    QTableWidget *m_credits = nullptr;
    QPushButton *m_removeCredit = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QWidget *> m_problemFields;
};

// Deleting people asks first and says what will change (issue 5): the question for these people,
// such as "Delete “Sigourney Weaver”? She directs 1 movie(s), plays 3 character(s) in 2 movie(s),
// 2 photo(s). …". removalQuestion() is the text; confirmPeopleRemoval() asks it in a message box
// and returns true when the user agreed (people with nothing attached are deleted without asking).
Result<QString> removalQuestion(QSqlDatabase db, const QList<qint64> &personIds, bool *needsAsking = nullptr);
bool confirmPeopleRemoval(QWidget *parent, QSqlDatabase db, const QList<qint64> &personIds);

} // namespace Reelkeeper
