#include "casteditor.h"

#include "boundquery.h"
#include "entitypicker.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Reelkeeper {

namespace {

constexpr auto PersonNameSql = R"(
    SELECT full_name FROM person_names WHERE id = ?)";

bool isBlank(const CharacterRecord &character)
{
    return character.name.trimmed().isEmpty() && character.description.trimmed().isEmpty() && character.role.isEmpty();
}

// Text the user left alone keeps the stored value exactly; edited text loses surrounding spaces.
QString edited(const QString &text, const QString &original)
{
    return text == original ? original : text.trimmed();
}

QColor alertColor()
{
    return QColor(0xc0, 0x1c, 0x28);
}

} // namespace

// CastTableModel ----------------------------------------------------------------------------------

CastTableModel::CastTableModel(std::function<QString(qint64)> nameOf, QObject *parent)
    : QAbstractTableModel(parent)
    , m_nameOf(std::move(nameOf))
{
}

QStringList CastTableModel::roleKeys()
{
    return characterRoles();
}

QString CastTableModel::roleName(const QString &key)
{
    if (key == QLatin1String("lead"))
        return tr("Lead");
    if (key == QLatin1String("supporting"))
        return tr("Supporting");
    if (key == QLatin1String("minor"))
        return tr("Minor");
    if (key == QLatin1String("cameo"))
        return tr("Cameo");
    return key; // unknown text is shown as it is, for validate() to explain
}

void CastTableModel::setCast(const QList<CharacterRecord> &characters, const QList<CastRecord> &cast)
{
    beginResetModel();
    m_characters = characters;
    m_rows = rowsFor(characters, cast);
    endResetModel();
}

QList<CastTableModel::Row> CastTableModel::rowsFor(const QList<CharacterRecord> &characters,
                                                   const QList<CastRecord> &cast)
{
    // Cast entries keep their billing order. A character nobody plays comes before the first entry
    // that plays a later character, so that characters listed in between keep their place.
    QList<Row> rows;
    const auto valid = [&](int index) { return index >= 0 && index < characters.size(); };
    QList<bool> played(characters.size(), false);
    for (const CastRecord &entry : cast) {
        if (valid(entry.characterIndex))
            played[entry.characterIndex] = true;
    }
    int nextUnplayed = 0;
    const auto addUnplayedBefore = [&](int limit) {
        for (; nextUnplayed < limit; ++nextUnplayed) {
            if (!played.at(nextUnplayed))
                rows.append(Row{0, 0, nextUnplayed});
        }
    };
    for (const CastRecord &entry : cast) {
        const int character = valid(entry.characterIndex) ? entry.characterIndex : -1;
        if (character >= 0)
            addUnplayedBefore(character);
        rows.append(Row{entry.id, entry.personId, character});
    }
    addUnplayedBefore(int(characters.size()));
    return rows;
}

bool CastTableModel::hasCharacter(const Row &row) const
{
    return row.character >= 0 && !isBlank(m_characters.at(row.character));
}

MovieRecord CastTableModel::recordInOrder(const QList<int> &characterOrder) const
{
    MovieRecord record;
    QHash<int, int> position;
    for (int character : characterOrder) {
        position.insert(character, int(record.characters.size()));
        record.characters.append(m_characters.at(character));
    }
    for (const Row &row : m_rows) {
        if (row.personId > 0)
            record.cast.append(CastRecord{row.castId, row.personId, hasCharacter(row) ? position.value(row.character) : -1});
    }
    return record;
}

void CastTableModel::writeTo(MovieRecord &movie) const
{
    // The characters the rows name, in the order the rows first name them.
    QList<int> named;
    for (const Row &row : m_rows) {
        if (hasCharacter(row) && !named.contains(row.character))
            named.append(row.character);
    }
    // Stored characters keep their order (and so their ids) when that order shows the same rows
    // again; otherwise (a character moved past another) they are written in the table's order.
    QList<int> kept = named;
    std::sort(kept.begin(), kept.end());
    MovieRecord record = recordInOrder(kept);
    QHash<int, int> position;
    for (int i = 0; i < kept.size(); ++i)
        position.insert(kept.at(i), i);
    QList<Row> expected;
    for (const Row &row : m_rows) {
        const int character = hasCharacter(row) ? position.value(row.character) : -1;
        if (row.personId > 0)
            expected.append(Row{row.castId, row.personId, character});
        else if (character >= 0)
            expected.append(Row{0, 0, character});
    }
    if (rowsFor(record.characters, record.cast) != expected)
        record = recordInOrder(named);
    movie.characters = record.characters;
    movie.cast = record.cast;
}

int CastTableModel::addActor(qint64 personId, int row)
{
    if (row < 0 || row > m_rows.size())
        row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, Row{0, personId, -1});
    endInsertRows();
    return row;
}

int CastTableModel::addCharacter(int row)
{
    if (row < 0 || row > m_rows.size())
        row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_characters.append(CharacterRecord{});
    m_rows.insert(row, Row{0, 0, int(m_characters.size() - 1)});
    endInsertRows();
    return row;
}

int CastTableModel::addCharacterFor(int actorRow)
{
    if (actorRow < 0 || actorRow >= m_rows.size() || m_rows.at(actorRow).personId <= 0)
        return -1;
    return addActor(m_rows.at(actorRow).personId, actorRow + 1);
}

bool CastTableModel::moveRow(int from, int to)
{
    if (from == to || to < 0 || to >= m_rows.size())
        return false;
    return moveRows(QModelIndex(), from, 1, QModelIndex(), to > from ? to + 1 : to);
}

QString CastTableModel::rowProblem(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return QString();
    const Row &entry = m_rows.at(row);
    const bool named = entry.character >= 0 && !m_characters.at(entry.character).name.trimmed().isEmpty();
    if (entry.character >= 0 && !named && !isBlank(m_characters.at(entry.character)))
        return tr("The character needs a name.");
    if (entry.personId <= 0 && !named)
        return tr("Choose an actor or name a character, or remove the row.");
    if (entry.character >= 0 && !m_characters.at(entry.character).role.isEmpty()
        && !roleKeys().contains(m_characters.at(entry.character).role))
        return tr("The role must be lead, supporting, minor or cameo, or none.");
    return QString();
}

QStringList CastTableModel::problems() const
{
    QStringList messages;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString problem = rowProblem(row);
        if (!problem.isEmpty())
            messages.append(tr("Row %1: %2").arg(row + 1).arg(problem));
    }
    return messages;
}

int CastTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CastTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CastTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const CharacterRecord character = row.character >= 0 ? m_characters.at(row.character) : CharacterRecord{};
    switch (role) {
    case PersonIdRole:
        return row.personId;
    case ProblemRole:
        return rowProblem(index.row());
    case Qt::ToolTipRole: {
        const QString problem = rowProblem(index.row());
        if (!problem.isEmpty())
            return problem;
        return index.column() == DescriptionColumn && !character.description.isEmpty() ? QVariant(character.description)
                                                                                      : QVariant();
    }
    case Qt::DecorationRole:
        if (index.column() == ActorColumn && !rowProblem(index.row()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ActorColumn && row.personId <= 0)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ActorColumn:
            if (row.personId <= 0)
                return role == Qt::DisplayRole ? tr("(no actor)") : QString();
            return m_nameOf(row.personId);
        case CharacterColumn:
            return character.name;
        case RoleColumn:
            return role == Qt::DisplayRole ? roleName(character.role) : character.role;
        case DescriptionColumn:
            // One line in the table; the tooltip shows all of it.
            return role == Qt::DisplayRole ? QString(character.description).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                           : character.description;
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant CastTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1; // billing order
    switch (section) {
    case ActorColumn:
        return tr("Actor");
    case CharacterColumn:
        return tr("Character");
    case RoleColumn:
        return tr("Role");
    case DescriptionColumn:
        return tr("Description");
    default:
        return QVariant();
    }
}

Qt::ItemFlags CastTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

void CastTableModel::emitRowsOfCharacter(int character)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).character == character)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool CastTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == ActorColumn) {
        if (role != PersonIdRole && role != Qt::EditRole)
            return false;
        const qint64 personId = qMax<qint64>(0, value.toLongLong());
        if (personId != row.personId) {
            row.personId = personId;
            Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        }
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (index.column() == RoleColumn && !text.isEmpty() && !roleKeys().contains(text))
        return false;
    if (row.character < 0) {
        if (text.trimmed().isEmpty())
            return true; // nothing to name yet
        m_characters.append(CharacterRecord{});
        row.character = int(m_characters.size() - 1);
    }
    CharacterRecord &character = m_characters[row.character];
    const CharacterRecord before = character;
    switch (index.column()) {
    case CharacterColumn:
        character.name = edited(text, character.name);
        break;
    case RoleColumn:
        character.role = text;
        break;
    case DescriptionColumn:
        character.description = edited(text, character.description);
        break;
    default:
        return false;
    }
    if (character != before)
        emitRowsOfCharacter(row.character);
    return true;
}

bool CastTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    // The characters stay in m_characters; writeTo() leaves out those no row names.
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool CastTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<Row> moved = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(insertAt + i, moved.at(i));
    endMoveRows();
    return true;
}

// ActorDelegate -----------------------------------------------------------------------------------

ActorDelegate::ActorDelegate(QSqlDatabase db, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_db(std::move(db))
{
}

QWidget *ActorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *picker = new EntityPicker(EntityPicker::Kind::Person, m_db, parent);
    picker->setObjectName(QStringLiteral("actorEditor"));
    picker->setAutoFillBackground(true);
    // Signals are emitted from a const function; the delegate itself does not change.
    auto *self = const_cast<ActorDelegate *>(this);
    connect(picker, &EntityPicker::created, self, &ActorDelegate::personCreated);
    connect(picker, &EntityPicker::failed, self, &ActorDelegate::failed);
    // Picking a person is the whole edit.
    connect(picker, &EntityPicker::idChanged, self, [self, picker](std::optional<qint64> id) {
        if (!id)
            return;
        Q_EMIT self->commitData(picker);
        Q_EMIT self->closeEditor(picker, QAbstractItemDelegate::NoHint);
    });
    return picker;
}

void ActorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *picker = static_cast<EntityPicker *>(editor);
    const qint64 personId = index.data(CastTableModel::PersonIdRole).toLongLong();
    // Showing the current actor is no pick.
    const QSignalBlocker blocker(picker);
    picker->setId(personId > 0 ? std::optional<qint64>(personId) : std::nullopt);
}

void ActorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *picker = static_cast<EntityPicker *>(editor);
    if (picker->id())
        model->setData(index, *picker->id(), CastTableModel::PersonIdRole);
    else if (picker->text().trimmed().isEmpty())
        model->setData(index, 0, CastTableModel::PersonIdRole);
    // Text typed but not picked changes nothing: it names nobody yet.
}

// RoleDelegate ------------------------------------------------------------------------------------

QWidget *RoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roleEditor"));
    combo->addItem(tr("(none)"), QString());
    for (const QString &key : CastTableModel::roleKeys())
        combo->addItem(CastTableModel::roleName(key), key);
    auto *self = const_cast<RoleDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
    return combo;
}

void RoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void RoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString(), Qt::EditRole);
}

// CastEditor --------------------------------------------------------------------------------------

CastEditor::CastEditor(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    m_model = new CastTableModel([this](qint64 personId) { return personName(personId); }, this);

    auto *pickerRow = new QHBoxLayout;
    m_actorPicker = new EntityPicker(EntityPicker::Kind::Person, m_db, this);
    m_actorPicker->setObjectName(QStringLiteral("addActor"));
    m_actorPicker->lineEdit()->setPlaceholderText(tr("Type part of a name to add an actor"));
    auto *pickerLabel = new QLabel(tr("Add &actor:"), this);
    pickerLabel->setBuddy(m_actorPicker->lineEdit());
    pickerRow->addWidget(pickerLabel);
    pickerRow->addWidget(m_actorPicker, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("castTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    auto *actors = new ActorDelegate(m_db, m_view);
    m_view->setItemDelegateForColumn(CastTableModel::ActorColumn, actors);
    m_view->setItemDelegateForColumn(CastTableModel::RoleColumn, new RoleDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_view->setColumnWidth(CastTableModel::ActorColumn, 190);
    m_view->setColumnWidth(CastTableModel::CharacterColumn, 170);
    m_view->setColumnWidth(CastTableModel::RoleColumn, 100);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->installEventFilter(this);
    connect(actors, &ActorDelegate::personCreated, this, &CastEditor::personCreated);
    connect(actors, &ActorDelegate::failed, this, &CastEditor::failed);

    const auto button = [this](const QString &text, const char *name, const QString &toolTip) {
        auto *pushButton = new QPushButton(text, this);
        pushButton->setObjectName(QLatin1String(name));
        pushButton->setToolTip(toolTip);
        pushButton->setAutoDefault(false);
        return pushButton;
    };
    m_addCharacter = button(tr("Add &Character"), "addCharacter", tr("Add a character without an actor"));
    m_addCharacterForActor = button(tr("Same Actor, &New Character"), "addCharacterForActor",
                                    tr("The selected actor plays another character too"));
    m_moveUp = button(tr("Move &Up"), "moveUp",
                      tr("Bill the selected row earlier (%1)")
                          .arg(QKeySequence(Qt::CTRL | Qt::Key_Up).toString(QKeySequence::NativeText)));
    m_moveDown = button(tr("Move Do&wn"), "moveDown",
                        tr("Bill the selected row later (%1)")
                            .arg(QKeySequence(Qt::CTRL | Qt::Key_Down).toString(QKeySequence::NativeText)));
    m_remove = button(tr("&Remove"), "removeCastRow",
                      tr("Remove the selected row (%1)").arg(QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addCharacter);
    buttons->addWidget(m_addCharacterForActor);
    buttons->addSpacing(12);
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_moveDown);
    buttons->addSpacing(12);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_view, 1);
    tableRow->addLayout(buttons);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("castProblem"));
    m_problems->setWordWrap(true);
    QPalette alert = m_problems->palette();
    alert.setColor(QPalette::WindowText, alertColor());
    m_problems->setPalette(alert);
    m_problems->hide();

    auto *hint = new QLabel(tr("Rows are in billing order. Double-click a cell or press F2 to edit it. A character "
                               "may be listed without an actor, and an actor may play several characters."),
                            this);
    hint->setObjectName(QStringLiteral("castHint"));
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    hint->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickerRow);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_problems);
    layout->addWidget(hint);

    connect(m_actorPicker, &EntityPicker::created, this, &CastEditor::personCreated);
    connect(m_actorPicker, &EntityPicker::failed, this, &CastEditor::failed);
    connect(m_actorPicker, &EntityPicker::idChanged, this, [this](std::optional<qint64> id) {
        if (id)
            addActor(*id);
    });
    connect(m_addCharacter, &QPushButton::clicked, this, &CastEditor::addCharacter);
    connect(m_addCharacterForActor, &QPushButton::clicked, this, &CastEditor::addCharacterForActor);
    connect(m_moveUp, &QPushButton::clicked, this, &CastEditor::moveUp);
    connect(m_moveDown, &QPushButton::clicked, this, &CastEditor::moveDown);
    connect(m_remove, &QPushButton::clicked, this, &CastEditor::removeCurrent);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CastEditor::updateButtons);
    // Problems shown once stay up to date while the user fixes them.
    const auto refreshProblems = [this] {
        if (!m_problems->isHidden())
            showProblems(m_model->problems());
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, refreshProblems);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refreshProblems);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refreshProblems);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, refreshProblems);
    connect(m_model, &QAbstractItemModel::modelReset, this, refreshProblems);
    updateButtons();
}

QString CastEditor::personName(qint64 personId) const
{
    const auto cached = m_names.constFind(personId);
    if (cached != m_names.constEnd())
        return cached.value();
    QSqlQuery query(m_db);
    if (!execBound(query, PersonNameSql, {personId})) {
        qWarning("Could not read a person's name: %s", qPrintable(query.lastError().text()));
        return QString();
    }
    const QString name = query.next() ? query.value(0).toString() : tr("(unknown person %1)").arg(personId);
    m_names.insert(personId, name);
    return name;
}

void CastEditor::setCast(const QList<CharacterRecord> &characters, const QList<CastRecord> &cast)
{
    m_names.clear();
    m_model->setCast(characters, cast);
    showProblems({});
    m_actorPicker->setId(std::nullopt);
}

void CastEditor::writeTo(MovieRecord &movie) const
{
    m_model->writeTo(movie);
}

void CastEditor::showProblems(const QStringList &messages)
{
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
}

void CastEditor::focusFirstProblem()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->rowProblem(row).isEmpty()) {
            const QModelIndex index = m_model->index(row, CastTableModel::CharacterColumn);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            break;
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

int CastEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CastEditor::editCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(index);
}

void CastEditor::updateButtons()
{
    const int row = currentRow();
    m_addCharacterForActor->setEnabled(row >= 0 && m_model->index(row, 0).data(CastTableModel::PersonIdRole).toLongLong() > 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_remove->setEnabled(row >= 0);
}

void CastEditor::addActor(qint64 personId)
{
    const int row = m_model->addActor(personId);
    // The picker is ready for the next actor; the new row's character is typed next.
    {
        const QSignalBlocker blocker(m_actorPicker);
        m_actorPicker->setId(std::nullopt);
    }
    editCell(row, CastTableModel::CharacterColumn);
}

void CastEditor::addCharacter()
{
    editCell(m_model->addCharacter(), CastTableModel::CharacterColumn);
}

void CastEditor::addCharacterForActor()
{
    const int row = m_model->addCharacterFor(currentRow());
    if (row >= 0)
        editCell(row, CastTableModel::CharacterColumn);
}

void CastEditor::moveUp()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->moveRow(current.row(), current.row() - 1))
        m_view->setCurrentIndex(m_model->index(current.row() - 1, current.column()));
    updateButtons();
}

void CastEditor::moveDown()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->moveRow(current.row(), current.row() + 1))
        m_view->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
    updateButtons();
}

void CastEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_model->removeRows(current.row(), 1);
    const int next = qMin(current.row(), m_model->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next, current.column()));
    updateButtons();
}

bool CastEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The table's own keys, while no cell is being edited (an editor keeps Delete for its text, and
    // keys it ignores come up to the table too).
    const QWidget *focus = QApplication::focusWidget();
    if (watched == m_view && event->type() == QEvent::KeyPress && !(focus && m_view->viewport()->isAncestorOf(focus))) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Delete && modifiers == Qt::NoModifier) {
            removeCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Up && modifiers == Qt::ControlModifier) {
            moveUp();
            return true;
        }
        if (key->key() == Qt::Key_Down && modifiers == Qt::ControlModifier) {
            moveDown();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier
            && m_view->currentIndex().isValid()) {
            m_view->edit(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CastEditor::keyPressEvent(QKeyEvent *event)
{
    // Enter in the actor picker or the table is for them; it must not press the dialog's OK.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Reelkeeper
