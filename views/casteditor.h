#pragma once

#include "movierecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace Reelkeeper {

class EntityPicker;

// A movie's cast as the editor shows it: one row per cast entry in billing order (an actor, and the
// character played, if named), plus one row per character listed without an actor. Characters are
// shared: two rows naming one character (two actors playing it) show and edit the same one.
// The rows are written back to MovieRecord::characters and MovieRecord::cast by writeTo().
class CastTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActorColumn, CharacterColumn, RoleColumn, DescriptionColumn, ColumnCount };
    enum Role {
        PersonIdRole = Qt::UserRole + 1, // the actor's people.id, 0 for none
        ProblemRole,                     // what is wrong with the row, empty when fine
    };

    // nameOf gives a person's full name for the actor column.
    explicit CastTableModel(std::function<QString(qint64 personId)> nameOf, QObject *parent = nullptr);

    // Shows a movie's characters and cast; character indexes out of range count as none.
    void setCast(const QList<CharacterRecord> &characters, const QList<CastRecord> &cast);
    // Replaces movie.characters and movie.cast with the rows. Rows that are empty or have a problem
    // are written as well as they can be, for MovieRecords::validate() to refuse; check problems().
    // Untouched rows give back exactly what setCast() was given.
    void writeTo(MovieRecord &movie) const;

    // Rows to add, at row (appended when row is out of range); each returns the new row.
    int addActor(qint64 personId, int row = -1);
    int addCharacter(int row = -1);
    // Another row for the actor of row, to give them a second character.
    int addCharacterFor(int actorRow);
    bool moveRow(int from, int to);

    // What is wrong with one row (empty when fine), and "Row n: …" for every such row.
    QString rowProblem(int row) const;
    QStringList problems() const;

    static QStringList roleKeys(); // lead, supporting, minor, cameo
    static QString roleName(const QString &key); // translated; "" for none

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    struct Row
    {
        qint64 castId = 0;   // movie_actors.id; 0 for a new entry or a character without actor
        qint64 personId = 0; // 0: no actor
        int character = -1;  // index into m_characters, -1 for none

        bool operator==(const Row &) const = default;
    };

    // The rows that show characters and cast: cast entries in billing order, each character nobody
    // plays just before the first entry that plays a later character (or at the end).
    static QList<Row> rowsFor(const QList<CharacterRecord> &characters, const QList<CastRecord> &cast);

    bool hasCharacter(const Row &row) const;
    void emitRowsOfCharacter(int character);
    MovieRecord recordInOrder(const QList<int> &characterOrder) const;

    std::function<QString(qint64)> m_nameOf;
    // Every character the rows have named, stored ones first in their order; those no row names
    // any more (or left blank) are left out by writeTo().
    QList<CharacterRecord> m_characters;
    QList<Row> m_rows;
};

// Edits the actor of a cast row with an EntityPicker: type part of a name, pick a person or add a
// new one. Picking commits at once; a cleared field removes the actor.
class ActorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ActorDelegate(QSqlDatabase db, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    // A person was added to the catalog from the picker.
    void personCreated(qint64 id);
    void failed(const QString &message);

private:
    QSqlDatabase m_db;
};

// Edits a character's role with a combo box: none, lead, supporting, minor, cameo.
class RoleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// The Cast page of the movie editor: the cast table, a person picker that adds actors, and buttons
// to add a character without actor, give an actor another character, reorder (Ctrl+Up, Ctrl+Down)
// and remove (Delete). People added from its pickers are stored at once; personCreated() says so,
// so that the editor can remove them when cancelled or make them part of the undo step.
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class CastEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit CastEditor(QSqlDatabase db, QWidget *parent = nullptr);

    void setCast(const QList<CharacterRecord> &characters, const QList<CastRecord> &cast);
    // Replaces movie.characters and movie.cast with what the table shows.
    void writeTo(MovieRecord &movie) const;
    QStringList problems() const { return m_model->problems(); }
    // Shows messages under the table (and marks the rows); an empty list hides them.
    void showProblems(const QStringList &messages);
    // Selects the first row with a problem and gives the table the focus.
    void focusFirstProblem();

    CastTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EntityPicker *actorPicker() const { return m_actorPicker; }

    // What the buttons and keys do, on the current row.
    void addActor(qint64 personId);
    void addCharacter();
    void addCharacterForActor();
    void moveUp();
    void moveDown();
    void removeCurrent();

Q_SIGNALS:
    void personCreated(qint64 id);
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString personName(qint64 personId) const;
    int currentRow() const;
    void editCell(int row, int column);
    void updateButtons();

    QSqlDatabase m_db;
    mutable QHash<qint64, QString> m_names;
    CastTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    EntityPicker *m_actorPicker = nullptr;
    QPushButton *m_addCharacter = nullptr;
    QPushButton *m_addCharacterForActor = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace Reelkeeper
