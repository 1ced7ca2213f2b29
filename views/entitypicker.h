#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QWidget>

#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace Reelkeeper {

// Picks one person or country by typing part of its name. Every keystroke runs one small query
// (LIMIT 50) on the connection it was given, so the picker stays instant with 200,000 people; it
// never loads every row. The last suggestion offers to add the typed name as a new row when no
// row has exactly that name.
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class EntityPicker final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Person, Country };
    static constexpr int MaximumSuggestions = 50;
    enum Role { IdRole = Qt::UserRole + 1, NameRole };

    EntityPicker(Kind kind, QSqlDatabase db, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The chosen row; empty while nothing is chosen (blank text, or text not picked yet).
    std::optional<qint64> id() const { return m_id; }
    // Chooses a row and shows its name; an empty optional clears the field.
    void setId(std::optional<qint64> id);
    QString text() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // The suggestions for the text typed last (names, then the "Add …" entry).
    QStandardItemModel *suggestions() const { return m_model; }
    // Whether the suggestion list is open.
    bool isPopupVisible() const;

Q_SIGNALS:
    void idChanged(std::optional<qint64> id);
    // A new row was inserted from the "Add …" suggestion (and is then chosen).
    void created(qint64 id);
    // Searching or adding a row failed; message is a sentence for the user.
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Fills the suggestions for text; returns false (after failed()) when the query failed.
    bool search(const QString &text);
    bool searchPeople(const QString &text, bool &exactFound);
    bool searchCountries(const QString &text, bool &exactFound);
    void showPopup();
    void activate(const QModelIndex &index);
    // Inserts a row named text; its id, or an empty optional (after failed()).
    std::optional<qint64> insert(const QString &text);
    void onTextEdited(const QString &text);
    void onEditingFinished();
    void changeId(std::optional<qint64> id);

    Kind m_kind;
    QSqlDatabase m_db;
    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    std::optional<qint64> m_id;
    QString m_chosenName; // the name shown for m_id
};

} // namespace Reelkeeper
