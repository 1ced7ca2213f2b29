#include "entitypicker.h"

#include "boundquery.h"

#include "moviesearch.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QCompleter>
#include <QScrollBar>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace Reelkeeper {

namespace {

// Full names through the trigram index: one lookup, whatever part of the name was typed.
constexpr auto SearchPeopleSql = R"(
    SELECT rowid, full_name FROM person_name_search WHERE person_name_search MATCH ? LIMIT ?)";
// The exact name, for when it is not among the first suggestions of a common fragment: through
// the people_name index, with the name split as a new person's would be.
constexpr auto ExactPersonSql = R"(
    SELECT people.id, person_names.full_name FROM people
    JOIN person_names ON person_names.id = people.id
    WHERE people.last_name = ? COLLATE NOCASE AND people.first_name IS ? COLLATE NOCASE LIMIT 1)";
// Too short for trigrams: last names starting with the text, through the people_name index
// (first names have no index of their own; a scan of every person would not stay instant).
constexpr auto PrefixPeopleSql = R"(
    SELECT people.id, person_names.full_name FROM people
    JOIN person_names ON person_names.id = people.id
    WHERE people.last_name LIKE ? ESCAPE '\'
    LIMIT ?)";
constexpr auto PersonNameSql = R"(
    SELECT full_name FROM person_names WHERE id = ?)";
constexpr auto InsertPersonSql = R"(
    INSERT INTO people (first_name, last_name) VALUES (?, ?))";
// Countries are few; names starting with the text come first, so an exact match leads.
constexpr auto SearchCountriesSql = R"(
    SELECT id, name FROM countries WHERE name LIKE ? ESCAPE '\'
    ORDER BY name LIKE ? ESCAPE '\' DESC, name LIMIT ?)";
constexpr auto CountryNameSql = R"(
    SELECT name FROM countries WHERE id = ?)";
constexpr auto InsertCountrySql = R"(
    INSERT INTO countries (name) VALUES (?))";

constexpr qint64 AddRowId = -1;


// LIKE escaping as in MovieSearch::prefixPattern, without the trailing wildcard.
QString escapedLike(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return pattern;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// "Jean-Luc Godard" → first "Jean-Luc", last "Godard"; a single word is a last name (first NULL).
std::pair<QVariant, QVariant> splitName(const QString &name)
{
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    return {nullableText(space < 0 ? QString() : name.left(space)), nullableText(space < 0 ? name : name.mid(space + 1))};
}

} // namespace

EntityPicker::EntityPicker(Kind kind, QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_db(std::move(db))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("pickerEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(kind == Kind::Person ? tr("Type part of a name") : tr("Type part of a country"));
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_model = new QStandardItemModel(this);
    // The completer only shows the list and handles its keys; it is deliberately not set on the
    // line edit, so that highlighting a suggestion never rewrites what the user typed.
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setObjectName(QStringLiteral("pickerPopup"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &EntityPicker::activate);

    connect(m_edit, &QLineEdit::textEdited, this, &EntityPicker::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &EntityPicker::onEditingFinished);
    m_edit->installEventFilter(this);
}

QString EntityPicker::text() const
{
    return m_edit->text();
}

bool EntityPicker::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

void EntityPicker::setId(std::optional<qint64> id)
{
    QString name;
    if (id) {
        QSqlQuery query(m_db);
        if (!execBound(query, m_kind == Kind::Person ? PersonNameSql : CountryNameSql, {*id})) {
            Q_EMIT failed(tr("Could not read a name from the catalog: %1").arg(query.lastError().text()));
        } else if (query.next()) {
            name = query.value(0).toString();
        }
    }
    m_completer->popup()->hide();
    m_chosenName = name;
    m_edit->setText(name);
    changeId(id);
}

void EntityPicker::changeId(std::optional<qint64> id)
{
    if (id == m_id)
        return;
    m_id = id;
    Q_EMIT idChanged(m_id);
}

bool EntityPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && !isPopupVisible()) {
            if (search(m_edit->text()))
                showPopup();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntityPicker::onTextEdited(const QString &text)
{
    // Whatever was chosen no longer matches what the field says.
    if (text != m_chosenName) {
        m_chosenName.clear();
        changeId(std::nullopt);
    }
    if (text.trimmed().isEmpty()) {
        m_model->clear();
        m_completer->popup()->hide();
        return;
    }
    if (search(text))
        showPopup();
}

void EntityPicker::onEditingFinished()
{
    // Typed out in full without picking: an exact match among the suggestions counts as chosen.
    if (m_id || m_edit->text().trimmed().isEmpty())
        return;
    const QString typed = m_edit->text().simplified();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        const qint64 id = item->data(IdRole).toLongLong();
        const QString name = item->data(NameRole).toString();
        if (id != AddRowId && name.compare(typed, Qt::CaseInsensitive) == 0) {
            m_chosenName = name;
            m_edit->setText(name);
            changeId(id);
            return;
        }
    }
}

bool EntityPicker::search(const QString &text)
{
    m_model->clear();
    const QString typed = text.simplified();
    if (typed.isEmpty() && m_kind == Kind::Person)
        return false;
    bool exactFound = false;
    const bool ok = m_kind == Kind::Person ? searchPeople(typed, exactFound) : searchCountries(typed, exactFound);
    if (!ok)
        return false;
    if (!typed.isEmpty() && !exactFound) {
        auto *add = new QStandardItem(m_kind == Kind::Person ? tr("Add “%1” as a new person").arg(typed)
                                                               : tr("Add “%1” as a new country").arg(typed));
        add->setData(AddRowId, IdRole);
        add->setData(typed, NameRole);
        add->setEditable(false);
        QFont font = add->font();
        font.setItalic(true);
        add->setFont(font);
        m_model->appendRow(add);
    }
    return true;
}

bool EntityPicker::searchPeople(const QString &text, bool &exactFound)
{
    QList<std::pair<qint64, QString>> rows;
    QSqlQuery query(m_db);
    const QString fullText = MovieSearch::fullTextQuery(text);
    bool ok = false;
    if (!fullText.isEmpty())
        ok = execBound(query, SearchPeopleSql, {fullText, MaximumSuggestions});
    else
    {
        const QString pattern = escapedLike(text) + QLatin1Char('%');
        ok = execBound(query, PrefixPeopleSql, {pattern, MaximumSuggestions});
    }
    if (!ok) {
        Q_EMIT failed(tr("Could not search for people: %1").arg(query.lastError().text()));
        return false;
    }
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString()});
        exactFound = exactFound || rows.constLast().second.compare(text, Qt::CaseInsensitive) == 0;
    }
    // A common fragment fills the list before the exact name turns up; look for it by itself.
    if (!exactFound && !fullText.isEmpty() && rows.size() == MaximumSuggestions) {
        QSqlQuery exact(m_db);
        const auto [first, last] = splitName(text);
        if (!execBound(exact, ExactPersonSql, {last, first})) {
            Q_EMIT failed(tr("Could not search for people: %1").arg(exact.lastError().text()));
            return false;
        }
        if (exact.next()) {
            rows.prepend({exact.value(0).toLongLong(), exact.value(1).toString()});
            rows.removeLast();
            exactFound = true;
        }
    }
    // The index answers in id order; people read better sorted, with names starting with the
    // text first.
    QCollator collator(locale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        const bool aStarts = a.second.startsWith(text, Qt::CaseInsensitive);
        const bool bStarts = b.second.startsWith(text, Qt::CaseInsensitive);
        if (aStarts != bStarts)
            return aStarts;
        return collator.compare(a.second, b.second) < 0;
    });
    for (const auto &[id, name] : rows) {
        auto *item = new QStandardItem(name);
        item->setData(id, IdRole);
        item->setData(name, NameRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    return true;
}

bool EntityPicker::searchCountries(const QString &text, bool &exactFound)
{
    QSqlQuery query(m_db);
    const QString escaped = escapedLike(text);
    if (!execBound(query, SearchCountriesSql,
             {QString(QLatin1Char('%') + escaped + QLatin1Char('%')), QString(escaped + QLatin1Char('%')),
              MaximumSuggestions})) {
        Q_EMIT failed(tr("Could not search for countries: %1").arg(query.lastError().text()));
        return false;
    }
    while (query.next()) {
        const QString name = query.value(1).toString();
        exactFound = exactFound || name.compare(text, Qt::CaseInsensitive) == 0;
        auto *item = new QStandardItem(name);
        item->setData(query.value(0).toLongLong(), IdRole);
        item->setData(name, NameRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    return true;
}

void EntityPicker::showPopup()
{
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    // As wide as the longest entry needs ("Add “…” as a new person"), at least as wide as the field.
    QAbstractItemView *popup = m_completer->popup();
    QRect rect = m_edit->rect();
    const int needed = popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width()
                       + 2 * popup->frameWidth() + 8;
    rect.setWidth(qMax(rect.width(), needed));
    m_completer->complete(rect);
    popup->setCurrentIndex(QModelIndex());
}

void EntityPicker::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    qint64 id = index.data(IdRole).toLongLong();
    const QString name = index.data(NameRole).toString();
    if (id == AddRowId) {
        const std::optional<qint64> added = insert(name);
        if (!added)
            return;
        id = *added;
        Q_EMIT created(id);
    }
    m_chosenName = name;
    m_edit->setText(name);
    changeId(id);
}

std::optional<qint64> EntityPicker::insert(const QString &text)
{
    QSqlQuery query(m_db);
    bool ok = false;
    if (m_kind == Kind::Person) {
        const auto [first, last] = splitName(text);
        ok = execBound(query, InsertPersonSql, {first, last});
    } else {
        ok = execBound(query, InsertCountrySql, {text});
    }
    if (!ok) {
        Q_EMIT failed(m_kind == Kind::Person
                          ? tr("Could not add “%1” as a person: %2").arg(text, query.lastError().text())
                          : tr("Could not add “%1” as a country: %2").arg(text, query.lastError().text()));
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace Reelkeeper
