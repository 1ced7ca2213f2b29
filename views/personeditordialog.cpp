#include "personeditordialog.h"

#include "personcommands.h"
#include "photogallery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Reelkeeper {

namespace {

enum CreditColumn { MovieColumn, YearColumn, CharacterColumn, RoleColumn, CreditColumnCount };
constexpr int MovieIdRole = Qt::UserRole + 1;
constexpr int MovieTitleRole = Qt::UserRole + 2;
constexpr int MovieDateRole = Qt::UserRole + 3;
// In the character combo: no character, an existing one (its id), or a new one.
constexpr qint64 NoCharacter = 0;
constexpr qint64 NewCharacter = -1;

QPalette alertPalette(QPalette palette)
{
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    return palette;
}

QString roleText(const QString &role)
{
    if (role == QLatin1String("lead"))
        return PersonEditorDialog::tr("Lead");
    if (role == QLatin1String("supporting"))
        return PersonEditorDialog::tr("Supporting");
    if (role == QLatin1String("minor"))
        return PersonEditorDialog::tr("Minor");
    if (role == QLatin1String("cameo"))
        return PersonEditorDialog::tr("Cameo");
    return QString();
}

void fillRoles(QComboBox *combo)
{
    combo->addItem(PersonEditorDialog::tr("Unknown"), QString());
    for (const char *role : {"lead", "supporting", "minor", "cameo"})
        combo->addItem(roleText(QLatin1String(role)), QString::fromLatin1(role));
}

} // namespace

// CreditPickerDialog ------------------------------------------------------------------------------

CreditPickerDialog::CreditPickerDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Add Credit"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("movieSearch"));
    m_search->setPlaceholderText(tr("Type part of the movie's title"));
    m_search->setClearButtonEnabled(true);
    m_movies = new QListWidget(this);
    m_movies->setObjectName(QStringLiteral("movieChoices"));
    m_character = new QComboBox(this);
    m_character->setObjectName(QStringLiteral("character"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newCharacterName"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("newCharacterDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("newCharacterRole"));
    fillRoles(m_role);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("creditMessage"));
    m_message->setWordWrap(true);
    m_message->setPalette(alertPalette(m_message->palette()));
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Movie:"), m_search);
    form->addRow(QString(), m_movies);
    form->addRow(tr("&Character:"), m_character);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Role:"), m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textEdited, this, &CreditPickerDialog::search);
    connect(m_movies, &QListWidget::currentRowChanged, this, &CreditPickerDialog::loadCharacters);
    connect(m_character, &QComboBox::currentIndexChanged, this, &CreditPickerDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreditPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreditPickerDialog::reject);
    loadCharacters();
}

void CreditPickerDialog::search(const QString &text)
{
    m_movies->clear();
    Result<QList<PersonRecords::MovieChoice>> found = PersonRecords::findMovies(m_db, text);
    if (!found) {
        m_message->setText(found.error());
        m_message->show();
        return;
    }
    m_message->hide();
    for (const PersonRecords::MovieChoice &movie : found.value()) {
        const QString year = movie.releaseDate.left(4);
        auto *item = new QListWidgetItem(year.isEmpty() ? movie.title : tr("%1 (%2)").arg(movie.title, year), m_movies);
        item->setData(MovieIdRole, movie.id);
        item->setData(MovieTitleRole, movie.title);
        item->setData(MovieDateRole, movie.releaseDate);
    }
    if (m_movies->count() > 0)
        m_movies->setCurrentRow(0);
    else
        loadCharacters();
}

void CreditPickerDialog::loadCharacters()
{
    m_character->clear();
    m_character->addItem(tr("No character"), NoCharacter);
    QListWidgetItem *movie = m_movies->currentItem();
    if (movie) {
        Result<QList<CharacterRecord>> characters = PersonRecords::charactersOf(m_db, movie->data(MovieIdRole).toLongLong());
        if (characters) {
            for (const CharacterRecord &character : characters.value())
                m_character->addItem(character.name, character.id);
        }
    }
    m_character->addItem(tr("New character…"), NewCharacter);
    updateState();
}

void CreditPickerDialog::updateState()
{
    const bool isNew = m_character->currentData().toLongLong() == NewCharacter;
    m_name->setEnabled(isNew);
    m_description->setEnabled(isNew);
    m_role->setEnabled(isNew);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_movies->currentItem() != nullptr);
}

PersonCredit CreditPickerDialog::credit() const
{
    PersonCredit credit;
    QListWidgetItem *movie = m_movies->currentItem();
    if (!movie)
        return credit;
    credit.movieId = movie->data(MovieIdRole).toLongLong();
    credit.movieTitle = movie->data(MovieTitleRole).toString();
    credit.releaseDate = movie->data(MovieDateRole).toString();
    const qint64 character = m_character->currentData().toLongLong();
    if (character > 0) {
        credit.characterId = character;
        credit.characterName = m_character->currentText();
    } else if (character == NewCharacter) {
        credit.characterName = m_name->text().trimmed();
        credit.characterDescription = m_description->toPlainText();
        credit.characterRole = m_role->currentData().toString();
    }
    return credit;
}

void CreditPickerDialog::accept()
{
    const PersonCredit chosen = credit();
    QString problem;
    if (chosen.movieId == 0)
        problem = tr("Choose a movie: type part of its title and pick it from the list.");
    else if (m_character->currentData().toLongLong() == NewCharacter && chosen.characterName.isEmpty())
        problem = tr("Give the new character a name, or choose “No character”.");
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    QDialog::accept();
}

// PersonEditorDialog ------------------------------------------------------------------------------

PersonEditorDialog::PersonEditorDialog(QSqlDatabase db, QString mediaFolder, QString thumbnailFolder, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Person"));
    auto *form = new QFormLayout;
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), withProblem(m_lastName, QStringLiteral("name")));
    m_dateOfBirth = new QLineEdit(this);
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_dateOfBirth->setPlaceholderText(tr("1949, 1949-10 or 1949-10-08"));
    form->addRow(tr("Date of &birth:"), withProblem(m_dateOfBirth, QStringLiteral("date_of_birth")));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(tr("Unknown"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("female"));
    m_gender->addItem(tr("Male"), QStringLiteral("male"));
    m_gender->addItem(tr("Non-binary"), QStringLiteral("non_binary"));
    m_gender->addItem(tr("Other"), QStringLiteral("other"));
    form->addRow(tr("&Gender:"), withProblem(m_gender, QStringLiteral("gender")));
    m_country = new EntityPicker(EntityPicker::Kind::Country, m_db, this);
    m_country->setObjectName(QStringLiteral("country"));
    connect(m_country, &EntityPicker::created, this,
            [this](qint64 id) { m_createdRows.append({CreatedRow::Table::Countries, id, {}}); });
    connect(m_country, &EntityPicker::failed, this, &PersonEditorDialog::showMessage);
    form->addRow(tr("&Country:"), m_country);
    m_biography = new QPlainTextEdit(this);
    m_biography->setObjectName(QStringLiteral("biography"));
    m_biography->setTabChangesFocus(true);
    form->addRow(tr("Bi&ography:"), m_biography);
    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("detailsPage"));
    details->setLayout(form);

    m_gallery = new PhotoGallery(std::move(mediaFolder), std::move(thumbnailFolder), this);
    m_gallery->setObjectName(QStringLiteral("gallery"));

    auto *creditsPage = new QWidget(this);
    creditsPage->setObjectName(QStringLiteral("creditsPage"));
    m_credits = new QTableWidget(0, CreditColumnCount, creditsPage);
    m_credits->setObjectName(QStringLiteral("credits"));
    m_credits->setHorizontalHeaderLabels({tr("Movie"), tr("Year"), tr("Character"), tr("Role")});
    m_credits->horizontalHeader()->setSectionResizeMode(MovieColumn, QHeaderView::Stretch);
    m_credits->horizontalHeader()->setSectionResizeMode(CharacterColumn, QHeaderView::Stretch);
    m_credits->verticalHeader()->hide();
    m_credits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_credits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_credits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *addCreditButton = new QPushButton(tr("&Add Credit…"), creditsPage);
    addCreditButton->setObjectName(QStringLiteral("addCredit"));
    addCreditButton->setAutoDefault(false);
    m_removeCredit = new QPushButton(tr("&Remove Credit"), creditsPage);
    m_removeCredit->setObjectName(QStringLiteral("removeCredit"));
    m_removeCredit->setAutoDefault(false);
    m_removeCredit->setEnabled(false);
    auto *creditButtons = new QHBoxLayout;
    creditButtons->addWidget(addCreditButton);
    creditButtons->addWidget(m_removeCredit);
    creditButtons->addStretch(1);
    auto *creditsLayout = new QVBoxLayout(creditsPage);
    creditsLayout->addWidget(m_credits, 1);
    creditsLayout->addLayout(creditButtons);
    connect(addCreditButton, &QPushButton::clicked, this, &PersonEditorDialog::chooseCredit);
    connect(m_removeCredit, &QPushButton::clicked, this, [this] { removeCredit(m_credits->currentRow()); });
    connect(m_credits, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeCredit->setEnabled(row >= 0 && row < m_creditList.size()); });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(details, tr("Deta&ils"));
    m_tabs->addTab(m_gallery, tr("&Photos"));
    m_tabs->addTab(creditsPage, tr("C&redits"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setPalette(alertPalette(m_message->palette()));
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(640, 520);
    setPerson(PersonRecord());
}

PersonEditorDialog::~PersonEditorDialog() = default;

QWidget *PersonEditorDialog::withProblem(QWidget *field, const QString &name)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *problem = new QLabel(box);
    problem->setObjectName(name + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setPalette(alertPalette(problem->palette()));
    problem->hide();
    layout->addWidget(problem);
    m_problemLabels.insert(name, problem);
    m_problemFields.insert(name, field);
    return box;
}

void PersonEditorDialog::setPerson(const PersonRecord &person)
{
    m_person = person;
    setWindowTitle(person.id == 0 ? tr("New Person") : tr("Edit “%1”").arg(person.fullName()));
    m_firstName->setText(person.firstName);
    m_lastName->setText(person.lastName);
    m_dateOfBirth->setText(person.dateOfBirth);
    const int gender = m_gender->findData(person.gender);
    m_gender->setCurrentIndex(gender < 0 ? 0 : gender);
    m_country->setId(person.countryId);
    m_biography->setPlainText(person.biography);
    m_gallery->setPhotos(person.photos);
    m_creditList = person.credits;
    rebuildCredits();
    clearProblems();
}

PersonRecord PersonEditorDialog::person() const
{
    PersonRecord person = m_person;
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.dateOfBirth = m_dateOfBirth->text().trimmed();
    person.gender = m_gender->currentData().toString();
    person.countryId = m_country->id();
    person.biography = m_biography->toPlainText() == m_person.biography ? m_person.biography
                                                                        : m_biography->toPlainText();
    person.photos = m_gallery->photos();
    person.credits = m_creditList;
    return person;
}

void PersonEditorDialog::setUndoStack(QUndoStack *stack, CatalogChanged changed)
{
    m_stack = stack;
    m_changed = std::move(changed);
}

void PersonEditorDialog::rebuildCredits()
{
    m_credits->setRowCount(0);
    const auto addRow = [this](const QString &movie, const QString &date, const QString &character,
                               const QString &role, bool readOnly) {
        const int row = m_credits->rowCount();
        m_credits->insertRow(row);
        const QStringList texts{movie, date.left(4), character, role};
        for (int column = 0; column < CreditColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (readOnly) {
                item->setFlags(Qt::ItemIsEnabled);
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Directed; change the director in the movie's editor."));
            }
            m_credits->setItem(row, column, item);
        }
    };
    for (const PersonCredit &credit : std::as_const(m_creditList))
        addRow(credit.movieTitle, credit.releaseDate,
               credit.characterName.isEmpty() ? tr("(no character)") : credit.characterName,
               roleText(credit.characterRole), false);
    for (const DirectedMovie &movie : std::as_const(m_person.directed))
        addRow(movie.title, movie.releaseDate, tr("Director"), QString(), true);
    m_removeCredit->setEnabled(m_credits->currentRow() >= 0 && m_credits->currentRow() < m_creditList.size());
}

void PersonEditorDialog::addCredit(const PersonCredit &credit)
{
    m_creditList.append(credit);
    rebuildCredits();
    m_credits->setCurrentCell(int(m_creditList.size()) - 1, MovieColumn);
}

void PersonEditorDialog::removeCredit(int row)
{
    if (row < 0 || row >= m_creditList.size())
        return; // directed movies are not credits of this editor
    m_creditList.removeAt(row);
    rebuildCredits();
}

void PersonEditorDialog::chooseCredit()
{
    CreditPickerDialog picker(m_db, this);
    picker.setObjectName(QStringLiteral("creditPicker"));
    if (picker.exec() == QDialog::Accepted)
        addCredit(picker.credit());
}

void PersonEditorDialog::clearProblems()
{
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
    m_message->clear();
    m_message->hide();
}

void PersonEditorDialog::showProblems(const QList<FieldProblem> &problems)
{
    QWidget *first = nullptr;
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_problemLabels.value(problem.field);
        if (!label) {
            showMessage(problem.message);
            continue;
        }
        label->setText(label->text().isEmpty() ? problem.message : label->text() + QLatin1Char('\n') + problem.message);
        label->show();
        if (!first)
            first = m_problemFields.value(problem.field);
    }
    if (first) {
        m_tabs->setCurrentIndex(0);
        first->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(first))
            edit->selectAll();
    }
}

void PersonEditorDialog::showMessage(const QString &message)
{
    m_message->setText(m_message->text().isEmpty() ? message : m_message->text() + QLatin1Char('\n') + message);
    m_message->show();
}

void PersonEditorDialog::accept()
{
    clearProblems();
    const PersonRecord edited = person();
    const QList<FieldProblem> problems = PersonRecords::validate(edited);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    if (m_stack) {
        Result<SavedPerson> saved = savePerson(m_db, edited, m_createdRows, m_changed);
        if (!saved) {
            showMessage(saved.error());
            return;
        }
        m_savedId = saved->personId;
        if (saved->command) // null when OK changed nothing
            m_stack->push(saved->command.release());
        m_createdRows.clear();
        // Images added and removed again before OK are not used by anything. (Without a stack the
        // caller saves after this, and calls gallery()->discardNewImages() itself.)
        m_gallery->discardNewImages(m_db);
    }
    QDialog::accept();
}

void PersonEditorDialog::reject()
{
    const Result<QList<CreatedRow>> created = CreatedRows::take(m_db, m_createdRows);
    const Result<void> removed =
        created ? CreatedRows::remove(m_db, created.value()) : Result<void>(Error{created.error()});
    if (!removed)
        qWarning("%s", qPrintable(removed.error()));
    m_createdRows.clear();
    m_gallery->discardNewImages(m_db);
    QDialog::reject();
}

Result<QString> removalQuestion(QSqlDatabase db, const QList<qint64> &personIds, bool *needsAsking)
{
    Result<PersonDeletionImpact> impact = PersonRecords::deletionImpact(db, personIds);
    if (!impact)
        return Error{impact.error()};
    QString who;
    if (personIds.size() == 1) {
        Result<PersonRecord> person = PersonRecords::load(db, personIds.constFirst());
        if (!person)
            return Error{person.error()};
        who = PersonEditorDialog::tr("Delete “%1”?").arg(person->fullName());
    } else {
        who = PersonEditorDialog::tr("Delete %n people?", nullptr, impact->people);
    }
    if (needsAsking)
        *needsAsking = !impact->isEmpty();
    if (impact->isEmpty())
        return who;
    QStringList changes;
    if (impact->directedMovies > 0)
        changes.append(PersonEditorDialog::tr("%n movie(s) will have no director.", nullptr, impact->directedMovies));
    if (impact->castLinks > 0)
        changes.append(PersonEditorDialog::tr("%n cast entry(s) in %1 will go; their characters stay, without an actor.",
                                              nullptr, impact->castLinks)
                           .arg(PersonEditorDialog::tr("%n movie(s)", nullptr, impact->castMovies)));
    if (impact->photos > 0)
        changes.append(PersonEditorDialog::tr("%n photo(s) will be removed.", nullptr, impact->photos));
    return QString(who + QLatin1Char(' ') + PersonEditorDialog::tr("(%1)").arg(impact->describe()) + QStringLiteral("\n\n")
        + changes.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + PersonEditorDialog::tr("You can undo this with Edit ▸ Undo."));
}

bool confirmPeopleRemoval(QWidget *parent, QSqlDatabase db, const QList<qint64> &personIds)
{
    bool ask = true;
    Result<QString> question = removalQuestion(db, personIds, &ask);
    if (!question) {
        QMessageBox::warning(parent, PersonEditorDialog::tr("Delete People"), question.error());
        return false;
    }
    if (!ask)
        return true;
    return QMessageBox::question(parent, PersonEditorDialog::tr("Delete People"), question.value(),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

} // namespace Reelkeeper
