#include "peoplebrowser.h"

#include "catalog.h"
#include "catalogpaths.h"
#include "logging.h"
#include "peoplelistmodel.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Reelkeeper {

namespace {

constexpr auto SettingsGroup = "people";
constexpr int PageEmpty = 0;
constexpr int PageContent = 1;
constexpr int PhotoRadius = 10;
constexpr int ListIconEdge = 40;

// Rich text has no palette role: the placeholder colour (often translucent) blended onto the
// background, so that a hint looks like every other placeholder.
QColor hintColor(const QPalette &palette)
{
    const QColor hint = palette.color(QPalette::PlaceholderText);
    const QColor background = palette.color(QPalette::Window);
    const qreal alpha = hint.alphaF();
    return QColor::fromRgbF(hint.redF() * alpha + background.redF() * (1 - alpha),
                            hint.greenF() * alpha + background.greenF() * (1 - alpha),
                            hint.blueF() * alpha + background.blueF() * (1 - alpha));
}

} // namespace

// --- PersonDetailPane ------------------------------------------------------------------------

PersonDetailPane::PersonDetailPane(QSqlDatabase db, QString mediaFolder, QString thumbnailFolder, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_media(std::move(mediaFolder))
    , m_thumbnails(std::move(thumbnailFolder))
{
    m_emptyMessage = new QLabel(this);
    m_emptyMessage->setObjectName(QStringLiteral("emptyMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setTextFormat(Qt::PlainText);
    m_emptyMessage->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyMessage->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyMessage->setFont(emptyFont);
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addWidget(m_emptyMessage);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("content"));

    m_photo = new QLabel(content);
    m_photo->setObjectName(QStringLiteral("photo"));
    m_photo->setFixedSize(PhotoWidth, PhotoHeight);
    m_photo->setAlignment(Qt::AlignCenter);

    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), content);
    m_edit->setObjectName(QStringLiteral("editButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_personId); });

    const auto factLabel = [content](const char *objectName) {
        auto *label = new QLabel(content);
        label->setObjectName(QLatin1String(objectName));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_bornLabel = new QLabel(content);
    m_born = factLabel("born");
    m_genderLabel = new QLabel(content);
    m_gender = factLabel("gender");
    m_countryLabel = new QLabel(content);
    m_country = factLabel("country");
    m_bornLabel->setBuddy(m_born);
    m_genderLabel->setBuddy(m_gender);
    m_countryLabel->setBuddy(m_country);
    m_factsLayout = new QFormLayout;
    m_factsLayout->setContentsMargins(0, 0, 0, 0);
    m_factsLayout->addRow(m_bornLabel, m_born);
    m_factsLayout->addRow(m_genderLabel, m_gender);
    m_factsLayout->addRow(m_countryLabel, m_country);

    // Plain text: a biography is whatever was typed or imported, markup included.
    m_biography = factLabel("biography");
    m_biography->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_filmographyHeading = new QLabel(content);
    m_filmographyHeading->setObjectName(QStringLiteral("filmographyHeading"));
    m_filmographyHeading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_filmographyHeading->font();
    headingFont.setBold(true);
    m_filmographyHeading->setFont(headingFont);

    m_filmography = new QTableWidget(0, FilmographyColumnCount, content);
    m_filmography->setObjectName(QStringLiteral("filmography"));
    m_filmography->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filmography->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filmography->setSelectionMode(QAbstractItemView::SingleSelection);
    m_filmography->setShowGrid(false);
    m_filmography->setWordWrap(false);
    m_filmography->setAlternatingRowColors(true);
    m_filmography->setTabKeyNavigation(false);
    m_filmography->verticalHeader()->hide();
    m_filmography->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_filmography->verticalHeader()->setDefaultSectionSize(m_filmography->fontMetrics().height() + 8);
    m_filmography->horizontalHeader()->setHighlightSections(false);
    m_filmography->horizontalHeader()->setSectionResizeMode(YearColumn, QHeaderView::ResizeToContents);
    m_filmography->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_filmography->horizontalHeader()->setSectionResizeMode(CreditColumn, QHeaderView::Stretch);
    // The whole filmography scrolls with the page, rather than in a box of its own.
    m_filmography->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filmography->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_filmography, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        const qint64 movieId = index.data(MovieIdRole).toLongLong();
        if (movieId > 0)
            Q_EMIT movieActivated(movieId);
    });

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_name, 1);
    heading->addWidget(m_edit, 0, Qt::AlignTop);

    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(12, 12, 12, 12);
    column->addWidget(m_photo);
    column->addSpacing(6);
    column->addLayout(heading);
    column->addLayout(m_factsLayout);
    column->addSpacing(6);
    column->addWidget(m_biography);
    column->addSpacing(6);
    column->addWidget(m_filmographyHeading);
    column->addWidget(m_filmography);
    column->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("scrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);

    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(PageEmpty, emptyPage);
    m_pages->insertWidget(PageContent, m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    render();
}

void PersonDetailPane::showPerson(qint64 personId)
{
    const bool other = personId != m_personId;
    m_personId = personId;
    load();
    if (other)
        m_scroll->verticalScrollBar()->setValue(0);
}

void PersonDetailPane::refresh()
{
    load();
}

void PersonDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (!m_pages)
        return;
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        m_photoLoaded = false; // the placeholder follows the palette
        render();
        break;
    default:
        break;
    }
}

void PersonDetailPane::load()
{
    m_details.reset();
    m_entries.clear();
    m_error.clear();
    if (m_personId == 0) {
        m_state = State::NoSelection;
    } else if (Result<std::optional<PersonDetails>> person = PeopleSearch::details(m_db, m_personId); !person) {
        m_state = State::Failed;
        m_error = person.error();
    } else if (!person->has_value()) {
        m_state = State::Missing;
    } else if (Result<QList<FilmographyEntry>> entries = PeopleSearch::filmography(m_db, m_personId); !entries) {
        m_state = State::Failed;
        m_error = entries.error();
    } else {
        m_state = State::Shown;
        m_details = std::move(*person.value());
        m_entries = std::move(entries.value());
    }
    render();
}

QString PersonDetailPane::valueOrUnknown(const QString &value) const
{
    return value.isEmpty() ? tr("Unknown") : value;
}

void PersonDetailPane::render()
{
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit this person"));
    m_bornLabel->setText(tr("Born:"));
    m_genderLabel->setText(tr("Gender:"));
    m_countryLabel->setText(tr("Country:"));
    m_filmographyHeading->setText(tr("Filmography"));
    m_filmography->setHorizontalHeaderLabels({tr("Year"), tr("Title"), tr("Credit")});
    m_photo->setAccessibleName(tr("Photo"));
    m_name->setAccessibleName(tr("Name"));
    m_born->setAccessibleName(tr("Date of birth"));
    m_gender->setAccessibleName(tr("Gender"));
    m_country->setAccessibleName(tr("Country"));
    m_biography->setAccessibleName(tr("Biography"));
    m_filmography->setAccessibleName(tr("Filmography"));

    switch (m_state) {
    case State::NoSelection:
        m_emptyMessage->setText(tr("Select a person to see their details"));
        m_pages->setCurrentIndex(PageEmpty);
        break;
    case State::Missing:
        m_emptyMessage->setText(tr("This person is no longer in the catalog"));
        m_pages->setCurrentIndex(PageEmpty);
        break;
    case State::Failed:
        m_emptyMessage->setText(m_error);
        m_pages->setCurrentIndex(PageEmpty);
        break;
    case State::Shown: {
        const PersonDetails &person = *m_details;
        m_name->setText(person.name);
        const auto setFact = [this](QLabel *label, const QString &value) {
            label->setText(valueOrUnknown(value));
            label->setForegroundRole(value.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
        };
        setFact(m_born, PeopleBrowser::formatBirthDate(person.dateOfBirth, locale()));
        setFact(m_gender, genderName(person.gender));
        setFact(m_country, person.countryName);
        m_biography->setText(person.biography);
        m_biography->setVisible(!person.biography.isEmpty());
        renderFilmography();
        m_pages->setCurrentIndex(PageContent);
        break;
    }
    }
    updatePhoto();
}

void PersonDetailPane::renderFilmography()
{
    const QColor hint = hintColor(palette());
    m_filmography->clearContents();
    m_filmography->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const FilmographyEntry &entry = m_entries.at(row);
        QString credit;
        bool unnamed = false;
        if (entry.kind == FilmographyEntry::Kind::Directed) {
            credit = tr("Director");
        } else if (entry.characterName.isEmpty()) {
            credit = tr("Cast, no character named");
            unnamed = true;
        } else if (entry.role.isEmpty()) {
            credit = entry.characterName;
        } else {
            credit = tr("%1 (%2)", "character (role)").arg(entry.characterName, roleName(entry.role));
        }
        const QStringList texts = {entry.year, entry.title, credit};
        for (int column = 0; column < FilmographyColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(MovieIdRole, entry.movieId);
            item->setToolTip(texts.at(column));
            if (column == CreditColumn && unnamed)
                item->setForeground(hint);
            m_filmography->setItem(row, column, item);
        }
    }
    // Tall enough for every row: the page scrolls, not the table.
    const int height = m_filmography->horizontalHeader()->sizeHint().height()
                       + m_filmography->verticalHeader()->defaultSectionSize() * int(m_entries.size())
                       + 2 * m_filmography->frameWidth();
    m_filmography->setFixedHeight(height);
    m_filmographyHeading->setText(m_entries.isEmpty() ? tr("No movies in the catalog") : tr("Filmography"));
    m_filmography->setVisible(!m_entries.isEmpty());
}

void PersonDetailPane::updatePhoto()
{
    const bool shown = m_state == State::Shown;
    const QString key = shown ? m_details->primaryPhotoKey : QString();
    // After an edit that kept the photo, the image on screen stays: no flicker.
    if (shown && !key.isEmpty() && key == m_photoKey && m_photoLoaded)
        return;
    const quint64 request = ++m_photoRequest;
    m_photoKey = key;
    m_photoLoaded = false;
    if (!shown) {
        m_photo->clear();
        return;
    }
    m_photo->setPixmap(placeholderPhoto());
    const QString source = key.isEmpty() ? QString() : m_media.absolutePath(key);
    if (source.isEmpty())
        return;
    const qreal ratio = devicePixelRatioF();
    const int edge = int(std::ceil(qMax(PhotoWidth, PhotoHeight) * ratio));
    m_thumbnails.request(source, edge).then(this, [this, request, ratio](const QImage &image) {
        if (request != m_photoRequest || image.isNull())
            return;
        const QImage fitted = image.scaled(QSize(PhotoWidth, PhotoHeight) * ratio, Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation);
        QPixmap pixmap(fitted.size());
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath corners;
        corners.addRoundedRect(QRectF(pixmap.rect()), PhotoRadius * ratio, PhotoRadius * ratio);
        painter.setClipPath(corners);
        painter.drawImage(0, 0, fitted);
        painter.end();
        pixmap.setDevicePixelRatio(ratio);
        m_photo->setPixmap(pixmap);
        m_photoLoaded = true;
    });
}

QPixmap PersonDetailPane::placeholderPhoto() const
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(PhotoWidth, PhotoHeight) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Midlight));
    const QRectF frame = QRectF(0, 0, PhotoWidth, PhotoHeight).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.drawRoundedRect(frame, PhotoRadius, PhotoRadius);
    // A head and shoulders.
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    const qreal w = PhotoWidth;
    const qreal h = PhotoHeight;
    painter.drawEllipse(QRectF(w * 0.32, h * 0.22, w * 0.36, w * 0.36));
    painter.drawChord(QRectF(w * 0.14, h * 0.22 + w * 0.42, w * 0.72, w * 0.7), 0, 180 * 16);
    return pixmap;
}

QString PersonDetailPane::genderName(const QString &gender)
{
    if (gender == QLatin1String("female"))
        return tr("Female");
    if (gender == QLatin1String("male"))
        return tr("Male");
    if (gender == QLatin1String("non_binary"))
        return tr("Non-binary");
    if (gender == QLatin1String("other"))
        return tr("Other", "gender");
    return gender;
}

QString PersonDetailPane::roleName(const QString &role)
{
    if (role == QLatin1String("lead"))
        return tr("lead", "character role");
    if (role == QLatin1String("supporting"))
        return tr("supporting", "character role");
    if (role == QLatin1String("minor"))
        return tr("minor", "character role");
    if (role == QLatin1String("cameo"))
        return tr("cameo", "character role");
    return role;
}

// --- PeopleBrowser ---------------------------------------------------------------------------

PeopleBrowser::PeopleBrowser(Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new PeopleListModel(catalog.path(), catalog.mediaPath(), CatalogPaths::thumbnailCache(), this))
{
    buildFilterBar();

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true); // the view never measures 200,000 rows
    m_list->setIconSize(QSize(ListIconEdge, ListIconEdge));
    m_list->setSpacing(1);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_model->setThumbnailSize(ListIconEdge, devicePixelRatioF());
    connect(m_list, &QListView::customContextMenuRequested, this, &PeopleBrowser::showContextMenu);
    connect(m_list, &QListView::activated, this, &PeopleBrowser::requestEdit);
    m_list->installEventFilter(this);

    m_emptyMessage = new QLabel(this);
    m_emptyMessage->setObjectName(QStringLiteral("emptyListMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setTextFormat(Qt::PlainText);
    m_emptyMessage->setForegroundRole(QPalette::PlaceholderText);
    m_emptyAdd = new QPushButton(this);
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddPerson"));
    connect(m_emptyAdd, &QPushButton::clicked, this, &PeopleBrowser::newPersonRequested);
    m_emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyMessage);
    emptyLayout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_listPages = new QStackedWidget(this);
    m_listPages->addWidget(m_list);
    m_listPages->addWidget(m_emptyPage);

    m_details = new PersonDetailPane(catalog.database(), catalog.mediaPath(), CatalogPaths::thumbnailCache(), this);
    m_details->setObjectName(QStringLiteral("personDetails"));
    connect(m_details, &PersonDetailPane::editRequested, this, &PeopleBrowser::editRequested);
    connect(m_details, &PersonDetailPane::movieActivated, this, &PeopleBrowser::movieActivated);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_listPages);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    qobject_cast<QVBoxLayout *>(layout())->addWidget(m_splitter, 1);

    connect(m_model, &PeopleListModel::countChanged, this, [this] {
        m_loadedOnce = true;
        showCount();
    });
    connect(m_model, &PeopleListModel::modelReset, this, &PeopleBrowser::restoreSelection);
    connect(m_model, &PeopleListModel::firstRowsLoaded, this, [this] {
        if (m_searchWaiting) {
            qCInfo(lcTiming, "people-search %lld ms", static_cast<long long>(m_keystroke.elapsed()));
            m_searchWaiting = false;
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleBrowser::selectionChanged);

    retranslate();
    restoreSettings();
    loadCountries();
}

PeopleBrowser::~PeopleBrowser()
{
    saveSettings();
}

void PeopleBrowser::buildFilterBar()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find"), QIcon(QStringLiteral(":/icons/search.svg"))),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    // Every keystroke searches at once: the model runs one search at a time and, while one runs,
    // keeps only the newest text for next, so fast typing never queues searches up.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_keystroke.start();
        m_searchWaiting = true;
        applyFilter();
    });

    const auto toggle = [this](const char *objectName) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(objectName));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, &PeopleBrowser::applyFilter);
        return button;
    };
    m_acting = toggle("actingFilter");
    m_directing = toggle("directingFilter");
    m_missingPhoto = toggle("missingPhotoFilter");
    m_missingBirthDate = toggle("missingBirthDateFilter");

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("genderFilter"));
    for (QComboBox *box : {m_country, m_gender}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &PeopleBrowser::applyFilter);
    }

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("peopleCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_newPerson = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this);
    m_newPerson->setObjectName(QStringLiteral("newPerson"));
    connect(m_newPerson, &QPushButton::clicked, this, &PeopleBrowser::newPersonRequested);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 4);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_acting);
    bar->addWidget(m_directing);
    bar->addWidget(m_country);
    bar->addWidget(m_gender);
    bar->addWidget(m_missingPhoto);
    bar->addWidget(m_missingBirthDate);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_newPerson);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
}

void PeopleBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search people by name"));
    m_search->setAccessibleName(tr("Search people"));
    m_acting->setText(tr("Acting"));
    m_acting->setToolTip(tr("Only people listed in the cast of a movie"));
    m_acting->setAccessibleName(tr("Only actors"));
    m_directing->setText(tr("Directing"));
    m_directing->setToolTip(tr("Only people who direct a movie"));
    m_directing->setAccessibleName(tr("Only directors"));
    m_missingPhoto->setText(tr("No photo"));
    m_missingPhoto->setToolTip(tr("Only people without a photo"));
    m_missingPhoto->setAccessibleName(tr("Only people without a photo"));
    m_missingBirthDate->setText(tr("No birth date"));
    m_missingBirthDate->setToolTip(tr("Only people whose date of birth is unknown"));
    m_missingBirthDate->setAccessibleName(tr("Only people without a birth date"));
    m_country->setAccessibleName(tr("Country"));
    m_gender->setAccessibleName(tr("Gender"));
    m_newPerson->setText(tr("New Person…"));
    m_newPerson->setToolTip(tr("Add a person to the catalog"));
    m_emptyAdd->setText(tr("Add a Person…"));
    m_list->setAccessibleName(tr("People"));

    const QSignalBlocker blocker(m_gender);
    const QVariant kept = m_gender->currentData();
    m_gender->clear();
    m_gender->addItem(tr("Any gender"));
    m_gender->addItem(tr("Female"), QStringLiteral("female"));
    m_gender->addItem(tr("Male"), QStringLiteral("male"));
    m_gender->addItem(tr("Non-binary"), QStringLiteral("non_binary"));
    m_gender->addItem(tr("Other", "gender"), QStringLiteral("other"));
    // Unknown is stored as NULL; an empty string stands for it in the filter.
    m_gender->addItem(tr("Gender unknown"), QString(QLatin1String("")));
    const int index = kept.isValid() ? m_gender->findData(kept) : 0;
    m_gender->setCurrentIndex(index < 0 ? 0 : index);
    if (m_country->count() > 0)
        m_country->setItemText(0, tr("All countries"));
    showCount();
}

void PeopleBrowser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_list)
        retranslate();
}

void PeopleBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The screen is known once shown: photos are made for its pixel ratio.
    m_model->setThumbnailSize(ListIconEdge, devicePixelRatioF());
}

void PeopleBrowser::loadCountries()
{
    // A few hundred countries, read on the GUI thread.
    const QVariant kept = m_country->currentData();
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    m_country->addItem(tr("All countries"));
    QSqlQuery query(m_catalog.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, name FROM countries ORDER BY name COLLATE NOCASE"))) {
        while (query.next())
            m_country->addItem(query.value(1).toString(), query.value(0));
    }
    const int index = kept.isValid() ? m_country->findData(kept) : 0;
    const bool gone = kept.isValid() && index < 0;
    m_country->setCurrentIndex(index < 0 ? 0 : index);
    if (gone)
        applyFilter(); // the country filtered by was merged or deleted
}

bool PeopleBrowser::applyFilter()
{
    PersonFilter filter;
    filter.text = m_search->text();
    filter.actsOnly = m_acting->isChecked();
    filter.directsOnly = m_directing->isChecked();
    if (m_country->currentIndex() > 0)
        filter.countryId = m_country->currentData().toLongLong();
    if (m_gender->currentIndex() > 0)
        filter.gender = m_gender->currentData().toString();
    filter.missingPhoto = m_missingPhoto->isChecked();
    filter.missingBirthDate = m_missingBirthDate->isChecked();
    if (m_model->setFilter(filter))
        return true;
    // The same matches as before (a space typed): answered by what is shown.
    if (m_searchWaiting && !m_model->isBusy()) {
        qCInfo(lcTiming, "people-search %lld ms", static_cast<long long>(m_keystroke.elapsed()));
        m_searchWaiting = false;
    }
    return false;
}

void PeopleBrowser::showCount()
{
    if (!m_loadedOnce)
        return;
    const qint64 count = m_model->personCount();
    const bool filtered = !m_model->filter().isEmpty();
    m_count->setText(filtered ? tr("%Ln match(es)", nullptr, int(qMin<qint64>(count, INT_MAX)))
                              : tr("%Ln person(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
    if (count == 0) {
        if (filtered) {
            m_emptyMessage->setText(
                m_search->text().trimmed().isEmpty()
                    ? tr("No one matches these filters.")
                    : tr("No one matches “%1”.\nSearch looks in first and last names.").arg(m_search->text().trimmed()));
        } else {
            m_emptyMessage->setText(tr("No people yet.\nPeople appear here when you add them, or when you add "
                                       "directors and cast to movies."));
        }
        m_emptyAdd->setVisible(!filtered);
        m_listPages->setCurrentWidget(m_emptyPage);
    } else {
        m_listPages->setCurrentWidget(m_list);
    }
    Q_EMIT countChanged(count, filtered);
}

QLabel *PeopleBrowser::emptyMessage() const
{
    return m_listPages->currentWidget() == m_emptyPage ? m_emptyMessage : nullptr;
}

QList<qint64> PeopleBrowser::selectedPersonIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const qint64 id = m_model->data(row, PeopleListModel::PersonIdRole).toLongLong();
        if (id > 0)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void PeopleBrowser::selectPerson(qint64 personId)
{
    const int row = m_model->rowOfPerson(personId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
        return;
    }
    // Not among the matches: show everyone, and select them once the list is in.
    m_personToSelect = personId;
    m_selectedPerson = personId;
    m_details->showPerson(personId);
    const QSignalBlocker searchBlocker(m_search);
    m_search->clear();
    for (QToolButton *button : {m_acting, m_directing, m_missingPhoto, m_missingBirthDate}) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    for (QComboBox *box : {m_country, m_gender}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    // Everyone was listed already: the person is new since, so the list is read again.
    if (!applyFilter())
        m_model->reload();
}

void PeopleBrowser::selectionChanged()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->personIdAt(current.row()) : 0;
    if (id == m_selectedPerson && id != 0 && m_details->personId() == id)
        return;
    m_selectedPerson = id;
    m_details->showPerson(id);
}

void PeopleBrowser::restoreSelection()
{
    // A new filter resets the model; the person who was selected stays selected when they are
    // among the matches.
    const qint64 wanted = m_personToSelect.value_or(m_selectedPerson);
    m_personToSelect.reset();
    const int row = wanted ? m_model->rowOfPerson(wanted) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    } else if (m_model->rowCount() > 0) {
        // Nothing to keep: the first person is selected, so that the details are never blank.
        m_list->selectionModel()->setCurrentIndex(m_model->index(0), QItemSelectionModel::ClearAndSelect);
    } else {
        m_selectedPerson = 0;
        m_details->showPerson(0);
    }
}

void PeopleBrowser::reload()
{
    loadCountries();
    m_model->reload();
    m_details->refresh();
}

void PeopleBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeopleBrowser::requestEdit()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.isValid() ? m_model->personIdAt(current.row()) : 0;
    if (id > 0)
        Q_EMIT editRequested(id);
}

void PeopleBrowser::requestDelete()
{
    const QList<qint64> ids = selectedPersonIds();
    if (!ids.isEmpty())
        Q_EMIT deleteRequested(ids);
}

void PeopleBrowser::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    const bool onPerson = m_list->indexAt(position).isValid();
    QAction *edit = menu.addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
    edit->setEnabled(onPerson);
    connect(edit, &QAction::triggered, this, &PeopleBrowser::requestEdit);
    QAction *add = menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New Person…"));
    connect(add, &QAction::triggered, this, &PeopleBrowser::newPersonRequested);
    menu.addSeparator();
    QAction *remove = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete…"));
    remove->setEnabled(onPerson);
    connect(remove, &QAction::triggered, this, &PeopleBrowser::requestDelete);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

bool PeopleBrowser::isListKey(const QKeyEvent *event) const
{
    if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
        return false;
    return event->key() == Qt::Key_F2 || event->key() == Qt::Key_Delete;
}

bool PeopleBrowser::event(QEvent *event)
{
    // The window has a Find action on the same keys (for movies); inside this page it means the
    // page's own search. Accepting the override makes the key arrive here as a key press instead
    // of triggering the window's action.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Find)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool PeopleBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // F2 and Delete in the list edit and delete people, not the movies the window's actions on
    // those keys are for; the list itself would take Delete for a keyboard search.
    if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isListKey(key)) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (key->key() == Qt::Key_F2)
                    requestEdit();
                else
                    requestDelete();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PeopleBrowser::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        focusSearch();
        return;
    }
    // Down from the search field goes to the list, as in a file dialog.
    if (event->key() == Qt::Key_Down && m_search->hasFocus() && m_model->rowCount() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
        return;
    }
    QWidget::keyPressEvent(event);
}

QString PeopleBrowser::formatBirthDate(const QString &stored, const QLocale &locale)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const QRegularExpressionMatch match = month.match(stored); match.hasMatch()) {
        const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
        if (first.isValid())
            return locale.toString(first, QStringLiteral("MMMM yyyy"));
        return stored;
    }
    const QDate date = stored.size() == 10 ? QDate::fromString(stored, Qt::ISODate) : QDate();
    if (!date.isValid())
        return stored; // a year alone reads the same in every locale
    // The locale's long date without the weekday: "March 24, 1972", "24. März 1972".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

void PeopleBrowser::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void PeopleBrowser::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({420, 620});
}

} // namespace Reelkeeper
