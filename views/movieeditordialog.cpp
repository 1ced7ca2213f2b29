#include "movieeditordialog.h"

#include "boundquery.h"

#include "casteditor.h"
#include "imagedownload.h"

#include <QBuffer>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Reelkeeper {

namespace {

constexpr auto SelectGenresSql = R"(
    SELECT id, name FROM genres ORDER BY name COLLATE NOCASE)";
constexpr auto InsertGenreSql = R"(
    INSERT INTO genres (name) VALUES (?))";
constexpr auto SelectPosterKeySql = R"(
    SELECT key FROM files WHERE id = ?)";

constexpr int GenreIdRole = Qt::UserRole + 1;
constexpr int MaxDuration = 100000; // minutes, as the catalog allows


// Text the user left alone keeps the stored value exactly; edited text loses surrounding spaces.
QString edited(const QString &text, const QString &original)
{
    return text == original ? original : text.trimmed();
}

QLabel *hintLabel(const QString &name, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

bool isRemoteImageUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

MovieEditorDialog::MovieEditorDialog(QSqlDatabase db, QString mediaFolder, QString thumbnailFolder, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_media(std::move(mediaFolder))
    , m_thumbnails(std::move(thumbnailFolder))
{
    setWindowTitle(tr("Add Movie"));
    setAcceptDrops(true);

    auto *form = new QFormLayout;

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_titleRequired = hintLabel(QStringLiteral("titleRequired"), tr("* required"), this);
    auto *titleRow = new QWidget(this);
    auto *titleLayout = new QHBoxLayout(titleRow);
    titleLayout->setContentsMargins(0, 0, 0, 0);
    titleLayout->addWidget(m_title, 1);
    titleLayout->addWidget(m_titleRequired);
    form->addRow(tr("&Title:"), withProblem(titleRow, QStringLiteral("title")));
    m_problemFields.insert(QStringLiteral("title"), m_title);

    m_releaseDate = new QLineEdit(this);
    m_releaseDate->setObjectName(QStringLiteral("releaseDate"));
    m_releaseDate->setPlaceholderText(tr("1972, 1972-03 or 1972-03-24"));
    form->addRow(tr("&Release date:"), withProblem(m_releaseDate, QStringLiteral("release_date")));

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0, MaxDuration);
    m_duration->setSpecialValueText(tr("unknown"));
    m_duration->setSuffix(tr(" min"));
    form->addRow(tr("D&uration:"), withProblem(m_duration, QStringLiteral("duration")));

    m_budget = new QLineEdit(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setPlaceholderText(tr("1500000.50"));
    form->addRow(tr("&Budget:"), withProblem(m_budget, QStringLiteral("budget")));

    m_director = new EntityPicker(EntityPicker::Kind::Person, m_db, this);
    m_director->setObjectName(QStringLiteral("director"));
    m_directorMissing = hintLabel(QStringLiteral("directorMissing"), tr("missing"), this);
    auto *directorRow = new QWidget(this);
    auto *directorLayout = new QHBoxLayout(directorRow);
    directorLayout->setContentsMargins(0, 0, 0, 0);
    directorLayout->addWidget(m_director, 1);
    directorLayout->addWidget(m_directorMissing);
    form->addRow(tr("Di&rector:"), directorRow);

    connect(m_director, &EntityPicker::created, this,
            [this](qint64 id) { m_createdRows.append({CreatedRow::Table::People, id, {}}); });

    m_country = new EntityPicker(EntityPicker::Kind::Country, m_db, this);
    m_country->setObjectName(QStringLiteral("country"));
    connect(m_country, &EntityPicker::created, this,
            [this](qint64 id) { m_createdRows.append({CreatedRow::Table::Countries, id, {}}); });
    m_countryMissing = hintLabel(QStringLiteral("countryMissing"), tr("missing"), this);
    auto *countryRow = new QWidget(this);
    auto *countryLayout = new QHBoxLayout(countryRow);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    countryLayout->addWidget(m_country, 1);
    countryLayout->addWidget(m_countryMissing);
    form->addRow(tr("&Country:"), countryRow);

    auto *genresBox = new QWidget(this);
    auto *genresLayout = new QVBoxLayout(genresBox);
    genresLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_genreFilter = new QLineEdit(genresBox);
    m_genreFilter->setObjectName(QStringLiteral("genreFilter"));
    m_genreFilter->setPlaceholderText(tr("Filter genres"));
    m_genreFilter->setClearButtonEnabled(true);
    m_genresMissing = hintLabel(QStringLiteral("genresMissing"), tr("missing"), genresBox);
    filterRow->addWidget(m_genreFilter, 1);
    filterRow->addWidget(m_genresMissing);
    genresLayout->addLayout(filterRow);
    m_genres = new QListWidget(genresBox);
    m_genres->setObjectName(QStringLiteral("genres"));
    m_genres->setMinimumHeight(120);
    genresLayout->addWidget(m_genres);
    auto *addRow = new QHBoxLayout;
    m_newGenre = new QLineEdit(genresBox);
    m_newGenre->setObjectName(QStringLiteral("newGenre"));
    m_newGenre->setPlaceholderText(tr("New genre"));
    m_addGenre = new QPushButton(tr("&Add Genre"), genresBox);
    m_addGenre->setObjectName(QStringLiteral("addGenre"));
    m_addGenre->setAutoDefault(false);
    addRow->addWidget(m_newGenre, 1);
    addRow->addWidget(m_addGenre);
    genresLayout->addLayout(addRow);
    form->addRow(tr("&Genres:"), genresBox);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    form->addRow(tr("D&escription:"), m_description);

    // The poster column: preview, the ways to set it, and what went wrong last.
    auto *posterColumn = new QVBoxLayout;
    m_poster = new QLabel(this);
    m_poster->setObjectName(QStringLiteral("posterPreview"));
    m_poster->setFixedSize(PosterWidth, PosterHeight);
    m_poster->setAlignment(Qt::AlignCenter);
    m_poster->setFrameShape(QFrame::StyledPanel);
    m_poster->setWordWrap(true);
    m_poster->setToolTip(tr("Drop an image here, or paste one with %1.")
                             .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    posterColumn->addWidget(m_poster);
    auto *chooseFile = new QPushButton(tr("Choose &File…"), this);
    chooseFile->setObjectName(QStringLiteral("chooseFile"));
    auto *fromAddress = new QPushButton(tr("From A&ddress…"), this);
    fromAddress->setObjectName(QStringLiteral("fromAddress"));
    m_removePoster = new QPushButton(tr("Re&move"), this);
    m_removePoster->setObjectName(QStringLiteral("removePoster"));
    for (QPushButton *button : {chooseFile, fromAddress, m_removePoster}) {
        button->setAutoDefault(false);
        posterColumn->addWidget(button);
    }
    m_posterMessage = new QLabel(this);
    m_posterMessage->setObjectName(QStringLiteral("posterMessage"));
    m_posterMessage->setWordWrap(true);
    m_posterMessage->setFixedWidth(PosterWidth);
    m_posterMessage->hide();
    posterColumn->addWidget(m_posterMessage);
    posterColumn->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(posterColumn);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    QPalette alert = m_message->palette();
    alert.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(alert);
    m_posterMessage->setPalette(alert);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("detailsPage"));
    details->setLayout(columns);
    m_cast = new CastEditor(m_db, this);
    m_cast->setObjectName(QStringLiteral("castEditor"));
    connect(m_cast, &CastEditor::personCreated, this,
            [this](qint64 id) { m_createdRows.append({CreatedRow::Table::People, id, {}}); });
    connect(m_cast, &CastEditor::failed, this, &MovieEditorDialog::showMessage);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(details, tr("Deta&ils"));
    m_tabs->addTab(m_cast, tr("Ca&st"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MovieEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MovieEditorDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &MovieEditorDialog::updateHints);
    connect(m_director, &EntityPicker::idChanged, this, &MovieEditorDialog::updateHints);
    connect(m_country, &EntityPicker::idChanged, this, &MovieEditorDialog::updateHints);
    connect(m_director, &EntityPicker::failed, this, &MovieEditorDialog::showMessage);
    connect(m_country, &EntityPicker::failed, this, &MovieEditorDialog::showMessage);
    connect(m_genres, &QListWidget::itemChanged, this, &MovieEditorDialog::updateHints);
    connect(m_genreFilter, &QLineEdit::textChanged, this, &MovieEditorDialog::filterGenres);
    connect(m_addGenre, &QPushButton::clicked, this, &MovieEditorDialog::addGenre);
    connect(chooseFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a Poster"), QString(),
            tr("Images (*.jpg *.jpeg *.png *.webp *.gif);;All Files (*)"));
        if (!path.isEmpty())
            setPosterFromFile(path);
    });
    connect(fromAddress, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString address = QInputDialog::getText(this, tr("Poster From Address"),
                                                      tr("Address of the image (http or https):"),
                                                      QLineEdit::Normal, QString(), &ok)
                                    .trimmed();
        if (ok && !address.isEmpty())
            downloadPoster(QUrl::fromUserInput(address));
    });
    connect(m_removePoster, &QPushButton::clicked, this, &MovieEditorDialog::removePoster);
    // Text fields paste text themselves; everywhere else in the dialog Ctrl+V takes an image.
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, [this] {
        if (m_tabs->currentWidget() != m_cast) // the poster is on the Details tab
            pastePoster();
    });

    m_newGenre->installEventFilter(this);
    m_genreFilter->installEventFilter(this);

    loadGenres();
    setPoster(std::nullopt);
    updateHints();
    m_title->setFocus();
    // Room for the cast table's four columns without scrolling sideways.
    resize(sizeHint().expandedTo(QSize(860, 620)));
}

MovieEditorDialog::~MovieEditorDialog() = default;

QWidget *MovieEditorDialog::withProblem(QWidget *field, const QString &name)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *problem = new QLabel(box);
    problem->setObjectName(name + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    problem->setPalette(palette);
    problem->hide();
    layout->addWidget(problem);
    m_problemLabels.insert(name, problem);
    m_problemFields.insert(name, field);
    return box;
}

void MovieEditorDialog::setMovie(const MovieRecord &movie)
{
    m_movie = movie;
    setWindowTitle(movie.id == 0 ? tr("Add Movie") : tr("Edit “%1”").arg(movie.title));
    m_title->setText(movie.title);
    m_releaseDate->setText(movie.releaseDate);
    m_duration->setValue(movie.duration.value_or(0));
    m_budget->setText(movie.budget);
    m_director->setId(movie.directorId);
    m_country->setId(movie.countryId);
    loadGenres();
    for (int row = 0; row < m_genres->count(); ++row) {
        QListWidgetItem *item = m_genres->item(row);
        item->setCheckState(movie.genreIds.contains(item->data(GenreIdRole).toLongLong()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
    }
    m_description->setPlainText(movie.description);
    m_posterMessage->hide();
    setPoster(movie.posterFileId);
    m_cast->setCast(movie.characters, movie.cast);
    m_tabs->setCurrentIndex(0);
    clearProblems();
    updateHints();
}

MovieRecord MovieEditorDialog::movie() const
{
    MovieRecord movie = m_movie;
    movie.title = edited(m_title->text(), m_movie.title);
    movie.releaseDate = edited(m_releaseDate->text(), m_movie.releaseDate);
    const QString budget = m_budget->text();
    if (budget != m_movie.budget) {
        // Text that is no plain decimal stays as typed, for validate() to explain.
        const std::optional<QString> canonical = MovieRecords::canonicalBudget(budget);
        movie.budget = canonical ? *canonical : budget.trimmed();
    }
    const int minutes = m_duration->value();
    if (minutes != m_movie.duration.value_or(0))
        movie.duration = minutes == 0 ? std::nullopt : std::optional<int>(minutes);
    movie.directorId = m_director->id();
    movie.countryId = m_country->id();
    movie.posterFileId = m_posterFileId;
    movie.description = m_description->toPlainText() == m_movie.description ? m_movie.description
                                                                             : m_description->toPlainText();

    // Genres: those checked, plus any of the record's the list does not show (a set, ascending).
    QList<qint64> genres = checkedGenres();
    QList<qint64> listed;
    for (int row = 0; row < m_genres->count(); ++row)
        listed.append(m_genres->item(row)->data(GenreIdRole).toLongLong());
    for (qint64 id : m_movie.genreIds) {
        if (!listed.contains(id))
            genres.append(id);
    }
    std::sort(genres.begin(), genres.end());
    genres.erase(std::unique(genres.begin(), genres.end()), genres.end());
    movie.genreIds = genres;
    m_cast->writeTo(movie);
    return movie;
}

void MovieEditorDialog::accept()
{
    clearProblems();
    const QList<FieldProblem> problems = MovieRecords::validate(movie());
    const QStringList castProblems = m_cast->problems();
    if (!problems.isEmpty() || !castProblems.isEmpty()) {
        showProblems(problems, castProblems);
        return;
    }
    QDialog::accept();
}

void MovieEditorDialog::reject()
{
    const Result<QList<CreatedRow>> created = CreatedRows::take(m_db, m_createdRows);
    const Result<void> removed = created ? CreatedRows::remove(m_db, created.value()) : Result<void>(Error{created.error()});
    if (!removed)
        qWarning("%s", qPrintable(removed.error()));
    m_createdRows.clear();
    QDialog::reject();
}

void MovieEditorDialog::clearProblems()
{
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
    m_message->clear();
    m_message->hide();
    m_cast->showProblems({});
}

void MovieEditorDialog::showProblems(const QList<FieldProblem> &problems, const QStringList &castProblems)
{
    QWidget *first = nullptr;
    // The cast table's own messages name its rows; validate() would say the same about the record.
    QStringList castMessages = castProblems;
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_problemLabels.value(problem.field);
        if (!label) {
            if (castProblems.isEmpty())
                castMessages.append(problem.message);
            continue;
        }
        label->setText(label->text().isEmpty() ? problem.message : label->text() + QLatin1Char('\n') + problem.message);
        label->show();
        if (!first)
            first = m_problemFields.value(problem.field);
    }
    m_cast->showProblems(castMessages);
    if (first) {
        m_tabs->setCurrentIndex(0);
        first->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(first))
            edit->selectAll();
    } else if (!castMessages.isEmpty()) {
        m_tabs->setCurrentWidget(m_cast);
        m_cast->focusFirstProblem();
    }
}

void MovieEditorDialog::showMessage(const QString &message)
{
    m_message->setText(m_message->text().isEmpty() ? message : m_message->text() + QLatin1Char('\n') + message);
    m_message->show();
}

void MovieEditorDialog::updateHints()
{
    m_titleRequired->setVisible(m_title->text().trimmed().isEmpty());
    m_directorMissing->setVisible(!m_director->id());
    m_countryMissing->setVisible(!m_country->id());
    m_genresMissing->setVisible(checkedGenres().isEmpty());
}

// Genres ------------------------------------------------------------------------------------------

void MovieEditorDialog::loadGenres()
{
    const QList<qint64> checked = checkedGenres();
    const QSignalBlocker blocker(m_genres);
    m_genres->clear();
    QSqlQuery query(m_db);
    if (!execBound(query, SelectGenresSql, {})) {
        showMessage(tr("Could not read the genres: %1").arg(query.lastError().text()));
        return;
    }
    while (query.next()) {
        auto *item = new QListWidgetItem(query.value(1).toString(), m_genres);
        const qint64 id = query.value(0).toLongLong();
        item->setData(GenreIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    filterGenres(m_genreFilter->text());
}

void MovieEditorDialog::filterGenres(const QString &text)
{
    const QString filter = text.trimmed();
    for (int row = 0; row < m_genres->count(); ++row) {
        QListWidgetItem *item = m_genres->item(row);
        item->setHidden(!filter.isEmpty() && !item->text().contains(filter, Qt::CaseInsensitive));
    }
}

void MovieEditorDialog::checkGenre(qint64 id, bool checked)
{
    for (int row = 0; row < m_genres->count(); ++row) {
        QListWidgetItem *item = m_genres->item(row);
        if (item->data(GenreIdRole).toLongLong() == id) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            m_genres->scrollToItem(item);
            return;
        }
    }
}

QList<qint64> MovieEditorDialog::checkedGenres() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_genres->count(); ++row) {
        const QListWidgetItem *item = m_genres->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(GenreIdRole).toLongLong());
    }
    return ids;
}

void MovieEditorDialog::addGenre()
{
    const QString name = m_newGenre->text().simplified();
    if (name.isEmpty())
        return;
    // A genre of that name already: tick it rather than fail on the unique name.
    for (int row = 0; row < m_genres->count(); ++row) {
        QListWidgetItem *item = m_genres->item(row);
        if (item->text().compare(name, Qt::CaseInsensitive) == 0) {
            m_newGenre->clear();
            m_genreFilter->clear();
            checkGenre(item->data(GenreIdRole).toLongLong(), true);
            return;
        }
    }
    QSqlQuery query(m_db);
    if (!execBound(query, InsertGenreSql, {name})) {
        showMessage(tr("Could not add the genre “%1”: %2").arg(name, query.lastError().text()));
        return;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    m_createdRows.append({CreatedRow::Table::Genres, id, {}});
    m_newGenre->clear();
    m_genreFilter->clear();
    loadGenres();
    checkGenre(id, true);
}

// Poster ------------------------------------------------------------------------------------------

void MovieEditorDialog::setPoster(std::optional<qint64> fileId)
{
    m_posterFileId = fileId;
    m_removePoster->setEnabled(fileId.has_value());
    updatePosterPreview();
    Q_EMIT posterChanged(fileId);
}

void MovieEditorDialog::updatePosterPreview()
{
    const quint64 request = ++m_posterRequest; // answers to earlier requests are dropped
    m_poster->clear();
    m_poster->setText(tr("No poster"));
    if (!m_posterFileId)
        return;
    QSqlQuery query(m_db);
    if (!execBound(query, SelectPosterKeySql, {*m_posterFileId}) || !query.next()) {
        m_poster->setText(tr("The poster cannot be found in the catalog."));
        return;
    }
    const QString source = m_media.absolutePath(query.value(0).toString());
    if (source.isEmpty()) {
        m_poster->setText(tr("The poster cannot be found in the catalog."));
        return;
    }
    m_poster->setText(tr("Loading…"));
    const qreal ratio = devicePixelRatioF();
    const int edge = int(std::ceil(PosterHeight * ratio));
    m_thumbnails.request(source, edge).then(this, [this, request, ratio](const QImage &image) {
        if (request != m_posterRequest)
            return;
        if (image.isNull()) {
            m_poster->setText(tr("The poster cannot be shown."));
            return;
        }
        QPixmap pixmap = QPixmap::fromImage(image).scaled(QSize(PosterWidth, PosterHeight) * ratio,
                                                          Qt::KeepAspectRatio, Qt::SmoothTransformation);
        pixmap.setDevicePixelRatio(ratio);
        m_poster->setPixmap(pixmap);
    });
}

void MovieEditorDialog::showPosterMessage(const QString &message)
{
    m_posterMessage->setText(message);
    m_posterMessage->setVisible(!message.isEmpty());
}

void MovieEditorDialog::setPosterFromFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = info.fileName();
    if (!info.isFile()) {
        showPosterMessage(tr("“%1” is not a file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (info.size() > MediaStore::MaxFileBytes) {
        showPosterMessage(tr("“%1” is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.")
                              .arg(shown)
                              .arg((info.size() + 1024 * 1024 - 1) / (1024 * 1024))
                              .arg(MediaStore::MaxFileBytes / (1024 * 1024)));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showPosterMessage(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(MediaStore::MaxFileBytes + 1);
    setPosterFromData(bytes, shown);
}

void MovieEditorDialog::setPosterFromData(const QByteArray &bytes, const QString &fileName, const QString &url)
{
    const Result<qint64> stored = m_media.addFile(m_db, bytes, fileName, url);
    if (!stored) {
        showPosterMessage(tr("“%1” was not used as the poster. %2").arg(fileName, stored.error()));
        return;
    }
    showPosterMessage(QString());
    setPoster(stored.value());
}

void MovieEditorDialog::setPosterFromImage(const QImage &image)
{
    if (image.isNull()) {
        showPosterMessage(tr("The image is empty; nothing was used as the poster."));
        return;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        showPosterMessage(tr("The image could not be converted to PNG; nothing was used as the poster."));
        return;
    }
    setPosterFromData(png, tr("Pasted image.png"));
}

void MovieEditorDialog::removePoster()
{
    // The file stays in the catalog until nothing uses it (MediaStore::removeUnused() tidies).
    showPosterMessage(QString());
    setPoster(std::nullopt);
}

void MovieEditorDialog::pastePoster()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!offersPoster(mime)) {
        showPosterMessage(tr("The clipboard holds no image."));
        return;
    }
    takePoster(mime);
}

bool MovieEditorDialog::offersPoster(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && (urls.constFirst().isLocalFile() || isRemoteImageUrl(urls.constFirst()));
}

void MovieEditorDialog::takePoster(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        setPosterFromFile(urls.constFirst().toLocalFile());
    else if (mime->hasImage())
        setPosterFromImage(qvariant_cast<QImage>(mime->imageData()));
    else if (!urls.isEmpty() && isRemoteImageUrl(urls.constFirst()))
        downloadPoster(urls.constFirst());
}

void MovieEditorDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (offersPoster(event->mimeData()))
        event->acceptProposedAction();
    else
        QDialog::dragEnterEvent(event);
}

void MovieEditorDialog::dropEvent(QDropEvent *event)
{
    if (!offersPoster(event->mimeData())) {
        QDialog::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    takePoster(event->mimeData());
}

void MovieEditorDialog::downloadPoster(const QUrl &url)
{
    if (!m_download) {
        m_download = new ImageDownload(this);
        connect(m_download, &ImageDownload::progress, this, [this](qint64 received, qint64 total) {
            if (!m_progress)
                return;
            // QProgressDialog counts in int; kilobytes fit any image Reelkeeper accepts.
            m_progress->setMaximum(total > 0 ? int(total / 1024) : 0);
            m_progress->setValue(int(received / 1024));
        });
        connect(m_download, &ImageDownload::finished, this,
                [this](const QByteArray &bytes, const QString &) { onDownloadFinished(bytes); });
        connect(m_download, &ImageDownload::failed, this, &MovieEditorDialog::onDownloadFailed);
        connect(m_download, &ImageDownload::cancelled, this, &MovieEditorDialog::closeProgress);
    }
    closeProgress();
    m_progress = new QProgressDialog(tr("Downloading the poster from %1…").arg(url.host()), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setWindowTitle(tr("Poster From Address"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_download, &ImageDownload::cancel);
    showPosterMessage(QString());
    m_download->start(url);
    if (m_progress)
        m_progress->show();
}

void MovieEditorDialog::onDownloadFinished(const QByteArray &bytes)
{
    closeProgress();
    const QUrl url = m_download->url();
    QString fileName = url.fileName();
    if (fileName.isEmpty())
        fileName = url.host();
    setPosterFromData(bytes, fileName, url.toString());
}

void MovieEditorDialog::onDownloadFailed(const QString &message)
{
    closeProgress();
    showPosterMessage(message);
}

void MovieEditorDialog::closeProgress()
{
    if (!m_progress)
        return;
    QProgressDialog *progress = m_progress;
    m_progress = nullptr;
    progress->disconnect(this);
    disconnect(progress, nullptr, m_download, nullptr);
    progress->hide();
    progress->deleteLater();
}

bool MovieEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the genre fields adds or filters; it must not press OK.
    if ((watched == m_newGenre || watched == m_genreFilter) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_newGenre)
                addGenre();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Reelkeeper
