#include "moviedetailpane.h"

#include "boundquery.h"
#include "favorites.h"

#include <QCollator>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QRegularExpression>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace Reelkeeper {

namespace {

// The names behind a movie's ids. Each is one indexed lookup.
constexpr auto SelectPeopleSql = R"(
    SELECT person_names.id, person_names.full_name FROM movie_actors
    JOIN person_names ON person_names.id = movie_actors.person_id
    WHERE movie_actors.movie_id = ?
    UNION
    SELECT person_names.id, person_names.full_name FROM movies
    JOIN person_names ON person_names.id = movies.director_id
    WHERE movies.id = ?)";
constexpr auto SelectCountrySql = R"(
    SELECT name FROM countries WHERE id = ?)";
constexpr auto SelectGenreNamesSql = R"(
    SELECT genres.name FROM movie_genres JOIN genres ON genres.id = movie_genres.genre_id
    WHERE movie_genres.movie_id = ?)";
constexpr auto SelectPosterKeySql = R"(
    SELECT key FROM files WHERE id = ?)";
// Tells a movie that is gone from a movie that could not be read.
constexpr auto MovieExistsSql = R"(
    SELECT 1 FROM movies WHERE id = ?)";

constexpr int PageEmpty = 0;
constexpr int PageContent = 1;
constexpr int PosterRadius = 10;
const QString PersonLinkPrefix = QStringLiteral("person:");


// Lays the genre chips out left to right, wrapping onto a new row like words in a paragraph.
class FlowLayout final : public QLayout
{
public:
    FlowLayout(QWidget *parent, int gap)
        : QLayout(parent)
        , m_gap(gap)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = FlowLayout::takeAt(0))
            delete item;
    }
    FlowLayout(const FlowLayout &) = delete;
    FlowLayout &operator=(const FlowLayout &) = delete;

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items) {
            if (!item->isEmpty())
                size = size.expandedTo(item->minimumSize());
        }
        return size.grownBy(contentsMargins());
    }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }

private:
    // Places the visible items row by row in rect (when apply is true); returns the height they need.
    int arrange(const QRect &rect, bool apply) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        int x = area.x();
        int y = area.y();
        int rowHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize size = item->sizeHint();
            if (x > area.x() && x + size.width() > area.x() + area.width()) {
                x = area.x();
                y += rowHeight + m_gap;
                rowHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), size));
            x += size.width() + m_gap;
            rowHeight = qMax(rowHeight, size.height());
        }
        return y + rowHeight - rect.y() + contentsMargins().bottom();
    }

    QList<QLayoutItem *> m_items;
    int m_gap;
};

// A full date in the locale's long form; a partial one ("1972", "1972-03") exactly as stored,
// since no locale format says "a month, no day".
QString formatReleaseDate(const QString &stored, const QLocale &locale)
{
    const QDate date = stored.size() == 10 ? QDate::fromString(stored, Qt::ISODate) : QDate();
    if (!date.isValid())
        return stored;
    // The locale's long date without the weekday: "March 20, 1972", "20. März 1972".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

// A budget in the locale's digits, grouping and decimal point, digit for digit: the canonical text
// is regrouped by hand, because a double cannot hold "12345678901.23" exactly.
QString formatBudget(const QString &canonical, const QLocale &locale)
{
    std::array<QString, 10> digits;
    for (int digit = 0; digit < 10; ++digit)
        digits[digit] = locale.toString(digit);
    // The C locale omits grouping unless asked to, as QLocale::toString() does for every number.
    const bool grouped = !locale.numberOptions().testFlag(QLocale::OmitGroupSeparator);
    const qsizetype point = canonical.indexOf(QLatin1Char('.'));
    const qsizetype wholeDigits = point < 0 ? canonical.size() : point;
    QString text;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const QChar c = canonical.at(i);
        if (i == point) {
            text += locale.decimalPoint();
            continue;
        }
        if (grouped && i > 0 && i < wholeDigits && (wholeDigits - i) % 3 == 0)
            text += locale.groupSeparator();
        text += c >= QLatin1Char('0') && c <= QLatin1Char('9') ? digits[c.unicode() - u'0'] : QString(c);
    }
    return text;
}

// A heart for the favorite button, filled or outlined, in the palette's colours: themes seldom
// have one (emblem-favorite is a star in some).
QIcon heartIcon(bool filled, const QColor &color, qreal ratio)
{
    constexpr int Edge = 16;
    QPixmap pixmap(QSize(Edge, Edge) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath heart;
    heart.moveTo(8, 14);
    heart.cubicTo(-2, 7, 2, 0, 8, 4.5);
    heart.cubicTo(14, 0, 18, 7, 8, 14);
    painter.setPen(QPen(color, 1.4));
    painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
    painter.drawPath(heart);
    painter.end();
    return QIcon(pixmap);
}

// "Andrei Rublev" → "AR": the first letter or digit of the first two words.
QString initials(const QString &title)
{
    QString result;
    const QStringList words = title.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto first = std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (first == word.cend())
            continue;
        result += first->toUpper();
        if (result.size() == 2)
            break;
    }
    return result;
}

} // namespace

MovieDetailPane::MovieDetailPane(QSqlDatabase db, QString mediaFolder, QString thumbnailFolder, QWidget *parent)
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

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("content"));

    m_poster = new QLabel(m_content);
    m_poster->setObjectName(QStringLiteral("poster"));
    m_poster->setFixedSize(PosterWidth, PosterHeight);
    m_poster->setAlignment(Qt::AlignCenter);

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), m_content);
    m_edit->setObjectName(QStringLiteral("editButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_movieId); });

    m_favorite = new QPushButton(m_content);
    m_favorite->setObjectName(QStringLiteral("favoriteButton"));
    m_favorite->setCheckable(true);
    // The button shows the catalog, it does not change it: the window writes (with undo) and
    // refreshes, and the refresh sets the checked state.
    connect(m_favorite, &QPushButton::clicked, this, [this] {
        const bool wanted = m_details && !m_details->favorite;
        m_favorite->setChecked(m_details && m_details->favorite);
        if (m_state == State::Shown && m_userId)
            Q_EMIT favoriteToggleRequested({m_movieId}, wanted);
    });

    m_lovers = new QLabel(m_content);
    m_lovers->setObjectName(QStringLiteral("lovers"));
    m_lovers->setTextFormat(Qt::PlainText);
    m_lovers->setForegroundRole(QPalette::PlaceholderText);

    m_facts = new QLabel(m_content);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_director = new QLabel(m_content);
    m_director->setObjectName(QStringLiteral("director"));
    m_director->setWordWrap(true);
    m_director->setOpenExternalLinks(false);
    connect(m_director, &QLabel::linkActivated, this, &MovieDetailPane::activateLink);

    m_genres = new QWidget(m_content);
    m_genres->setObjectName(QStringLiteral("genres"));
    new FlowLayout(m_genres, 6);
    m_genresHint = new QLabel(m_genres);
    m_genresHint->setObjectName(QStringLiteral("genresHint"));
    m_genresHint->setTextFormat(Qt::PlainText);
    m_genresHint->setForegroundRole(QPalette::PlaceholderText);
    m_genres->layout()->addWidget(m_genresHint);

    m_budget = new QLabel(m_content);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setTextFormat(Qt::PlainText);
    m_budget->setWordWrap(true);
    m_budget->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Plain text: a description is whatever was typed or imported, markup included.
    m_description = new QLabel(m_content);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_castHeading = new QLabel(m_content);
    m_castHeading->setObjectName(QStringLiteral("castHeading"));
    m_castHeading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_castHeading->font();
    headingFont.setBold(true);
    m_castHeading->setFont(headingFont);

    m_cast = new QWidget(m_content);
    m_cast->setObjectName(QStringLiteral("cast"));
    m_castLayout = new QVBoxLayout(m_cast);
    m_castLayout->setContentsMargins(0, 0, 0, 0);
    m_castLayout->setSpacing(2);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_edit, 0, Qt::AlignTop);

    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(12, 12, 12, 12);
    column->addWidget(m_poster);
    column->addSpacing(6);
    column->addLayout(heading);
    auto *favoriteRow = new QHBoxLayout;
    favoriteRow->addWidget(m_favorite);
    favoriteRow->addWidget(m_lovers, 1);
    column->addLayout(favoriteRow);
    column->addWidget(m_facts);
    column->addWidget(m_director);
    column->addWidget(m_genres);
    column->addWidget(m_budget);
    column->addSpacing(6);
    column->addWidget(m_description);
    column->addSpacing(6);
    column->addWidget(m_castHeading);
    column->addWidget(m_cast);
    column->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("scrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_content);

    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(PageEmpty, emptyPage);
    m_pages->insertWidget(PageContent, m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    updateChipStyle();
    render();
}

void MovieDetailPane::showMovie(qint64 movieId)
{
    m_movieId = movieId;
    load();
    m_scroll->verticalScrollBar()->setValue(0);
}

void MovieDetailPane::refresh()
{
    load();
}

void MovieDetailPane::setCurrentUser(std::optional<qint64> userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    load();
}

void MovieDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (!m_pages)
        return;
    switch (event->type()) {
    case QEvent::PaletteChange:
        updateChipStyle();
        render();
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        render();
        break;
    default:
        break;
    }
}

Result<std::optional<MovieDetailPane::Details>> MovieDetailPane::read(QSqlDatabase db, qint64 movieId,
                                                                       std::optional<qint64> userId)
{
    const auto readError = [](const QSqlQuery &query) {
        return Error{tr("The movie could not be read from the catalog: %1").arg(query.lastError().text())};
    };

    Result<MovieRecord> loaded = MovieRecords::load(db, movieId);
    if (!loaded) {
        QSqlQuery query(db);
        if (execBound(query, MovieExistsSql, {movieId}) && !query.next() && !query.lastError().isValid())
            return std::optional<Details>();
        return Error{loaded.error()};
    }

    Details details;
    details.movie = std::move(loaded.value());
    const MovieRecord &movie = details.movie;
    QSqlQuery query(db);

    if (!execBound(query, SelectPeopleSql, {movieId, movieId}))
        return readError(query);
    while (query.next())
        details.personNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    if (movie.countryId) {
        if (!execBound(query, SelectCountrySql, {*movie.countryId}))
            return readError(query);
        if (query.next())
            details.countryName = query.value(0).toString();
        else if (query.lastError().isValid())
            return readError(query);
        query.finish();
    }

    if (!execBound(query, SelectGenreNamesSql, {movieId}))
        return readError(query);
    while (query.next())
        details.genreNames.append(query.value(0).toString());
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    if (movie.posterFileId) {
        if (!execBound(query, SelectPosterKeySql, {*movie.posterFileId}))
            return readError(query);
        if (query.next())
            details.posterKey = query.value(0).toString();
        else if (query.lastError().isValid())
            return readError(query);
        query.finish();
    }

    Result<qint64> lovers = Favorites::count(db, movieId);
    if (!lovers)
        return Error{lovers.error()};
    details.lovers = lovers.value();
    if (userId) {
        Result<bool> favorite = Favorites::isFavorite(db, *userId, movieId);
        if (!favorite)
            return Error{favorite.error()};
        details.favorite = favorite.value();
    }
    return std::optional<Details>(std::move(details));
}

void MovieDetailPane::load()
{
    m_details.reset();
    m_error.clear();
    if (m_movieId == 0) {
        m_state = State::NoSelection;
    } else if (Result<std::optional<Details>> result = read(m_db, m_movieId, m_userId); !result) {
        m_state = State::Failed;
        m_error = result.error();
    } else if (!result->has_value()) {
        m_state = State::Missing;
    } else {
        m_state = State::Shown;
        m_details = std::move(*result.value());
    }
    render();
}

void MovieDetailPane::render()
{
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit this movie"));
    m_castHeading->setText(tr("Cast"));
    m_genresHint->setText(tr("No genres"));
    m_poster->setAccessibleName(tr("Poster"));
    m_title->setAccessibleName(tr("Title"));
    m_facts->setAccessibleName(tr("Release date, running time and country"));
    m_director->setAccessibleName(tr("Director"));
    m_genres->setAccessibleName(tr("Genres"));
    m_budget->setAccessibleName(tr("Budget"));
    m_description->setAccessibleName(tr("Description"));
    m_cast->setAccessibleName(tr("Cast"));

    switch (m_state) {
    case State::NoSelection:
        renderEmpty(tr("Select a movie to see its details"));
        break;
    case State::Missing:
        renderEmpty(tr("This movie is no longer in the catalog"));
        break;
    case State::Failed:
        renderEmpty(m_error);
        break;
    case State::Shown: {
        const MovieRecord &movie = m_details->movie;
        m_title->setText(movie.title);
        renderFacts();
        renderDirector();
        renderGenres();
        m_budget->setText(tr("Budget: %1").arg(formatBudget(movie.budget, locale())));
        m_budget->setVisible(!movie.budget.isEmpty());
        m_description->setText(movie.description);
        m_description->setVisible(!movie.description.isEmpty());
        renderCast();
        renderFavorite();
        m_pages->setCurrentIndex(PageContent);
        break;
    }
    }
    updatePoster();
}

void MovieDetailPane::renderFavorite()
{
    const bool favorite = m_details->favorite;
    m_favorite->setVisible(m_userId.has_value());
    m_favorite->setChecked(favorite);
    m_favorite->setText(favorite ? tr("In My Favorites") : tr("Add to My Favorites"));
    m_favorite->setToolTip(favorite ? tr("Remove this movie from your favorites") : tr("Add this movie to your favorites"));
    m_favorite->setAccessibleName(favorite ? tr("In My Favorites") : tr("Add to My Favorites"));
    m_favorite->setIcon(heartIcon(favorite, favorite ? QColor(0xd0, 0x30, 0x50) : palette().color(QPalette::ButtonText),
                                  devicePixelRatioF()));
    // "1 person" on its own: untranslated English has no plural forms, and every language says one
    // the same way; the counts from two up go through the translators' plural forms.
    const qint64 lovers = m_details->lovers;
    const int shown = int(qMin<qint64>(lovers, std::numeric_limits<int>::max()));
    m_lovers->setText(lovers == 1 ? tr("1 person loves this")
                                  : tr("%n people love this", "how many users have the movie among their favorites",
                                       shown));
    m_lovers->setVisible(lovers > 0);
}

void MovieDetailPane::renderEmpty(const QString &message)
{
    m_emptyMessage->setText(message);
    m_pages->setCurrentIndex(PageEmpty);
}

void MovieDetailPane::renderFacts()
{
    const MovieRecord &movie = m_details->movie;
    QStringList parts;
    if (!movie.releaseDate.isEmpty())
        parts.append(formatReleaseDate(movie.releaseDate, locale()).toHtmlEscaped());
    if (movie.duration)
        parts.append(tr("%n min", "running time", *movie.duration).toHtmlEscaped());
    parts.append(m_details->countryName.isEmpty() ? hintHtml(tr("No country")) : m_details->countryName.toHtmlEscaped());
    m_facts->setText(parts.join(QStringLiteral(" · ")));
}

void MovieDetailPane::renderDirector()
{
    const std::optional<qint64> directorId = m_details->movie.directorId;
    if (directorId && !m_details->personNames.value(*directorId).isEmpty()) {
        m_director->setTextFormat(Qt::RichText);
        m_director->setText(tr("Directed by %1").arg(personLink(*directorId)));
        m_director->setForegroundRole(QPalette::WindowText);
        m_director->setTextInteractionFlags(Qt::TextBrowserInteraction);
    } else {
        m_director->setTextFormat(Qt::PlainText);
        m_director->setText(tr("Unknown director"));
        m_director->setForegroundRole(QPalette::PlaceholderText);
        m_director->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

void MovieDetailPane::renderGenres()
{
    QStringList names = m_details->genreNames;
    QCollator collator(locale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QLabel *chip = pooledLabel(m_genreChips, i, m_genres->layout(), QStringLiteral("genreChip"));
        chip->setText(names.at(i));
    }
    for (qsizetype i = names.size(); i < m_genreChips.size(); ++i)
        m_genreChips.at(i)->hide();
    m_genresHint->setVisible(names.isEmpty());
}

void MovieDetailPane::renderCast()
{
    const MovieRecord &movie = m_details->movie;
    const auto characterLine = [this](const QString &actorHtml, const CharacterRecord &character) {
        const QString name = character.name.toHtmlEscaped();
        const QString role = roleName(character.role).toHtmlEscaped();
        if (actorHtml.isEmpty()) {
            return role.isEmpty() ? tr("— %1", "a character nobody plays").arg(name)
                                  : tr("— %1 (%2)", "a character nobody plays, and the role").arg(name, role);
        }
        return role.isEmpty() ? tr("%1 — %2", "actor — character").arg(actorHtml, name)
                              : tr("%1 — %2 (%3)", "actor — character (role)").arg(actorHtml, name, role);
    };

    // The cast in billing order, then the characters nobody is listed for, in the order they were added.
    QStringList lines;
    QList<bool> linked; // whether the line links to a person
    QSet<int> played;
    for (const CastRecord &entry : movie.cast) {
        const QString actor = personLink(entry.personId);
        if (entry.characterIndex >= 0 && entry.characterIndex < movie.characters.size()) {
            played.insert(entry.characterIndex);
            lines.append(characterLine(actor, movie.characters.at(entry.characterIndex)));
        } else {
            lines.append(actor);
        }
        linked.append(true);
    }
    for (int i = 0; i < movie.characters.size(); ++i) {
        if (played.contains(i))
            continue;
        lines.append(characterLine(QString(), movie.characters.at(i)));
        linked.append(false);
    }

    for (qsizetype i = 0; i < lines.size(); ++i) {
        QLabel *entry = pooledLabel(m_castEntries, i, m_castLayout, QStringLiteral("castEntry"));
        entry->setText(lines.at(i));
        // Only lines with a name link take keyboard focus; the others would be empty tab stops.
        entry->setTextInteractionFlags(linked.at(i) ? Qt::TextBrowserInteraction : Qt::TextSelectableByMouse);
    }
    for (qsizetype i = lines.size(); i < m_castEntries.size(); ++i)
        m_castEntries.at(i)->hide();
    m_castHeading->setVisible(!lines.isEmpty());
    m_cast->setVisible(!lines.isEmpty());
}

QLabel *MovieDetailPane::pooledLabel(QList<QLabel *> &pool, qsizetype index, QLayout *layout, const QString &objectName)
{
    if (index < pool.size()) {
        QLabel *label = pool.at(index);
        label->show();
        return label;
    }
    auto *label = new QLabel(layout->parentWidget());
    label->setObjectName(objectName);
    if (objectName == QLatin1String("castEntry")) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setOpenExternalLinks(false);
        connect(label, &QLabel::linkActivated, this, &MovieDetailPane::activateLink);
    } else {
        label->setTextFormat(Qt::PlainText);
        QFont chipFont = label->font();
        chipFont.setPointSizeF(chipFont.pointSizeF() * 0.9);
        label->setFont(chipFont);
    }
    layout->addWidget(label);
    label->show(); // a child added to a visible parent is not shown with it
    pool.append(label);
    return label;
}

void MovieDetailPane::updatePoster()
{
    const bool shown = m_state == State::Shown;
    const QString key = shown ? m_details->posterKey : QString();
    // After an edit that kept the poster, the thumbnail on screen stays: no flicker.
    if (shown && !key.isEmpty() && key == m_posterKey && m_posterLoaded)
        return;

    const quint64 request = ++m_posterRequest; // answers to earlier requests are dropped
    m_posterKey = key;
    m_posterLoaded = false;
    if (!shown) {
        m_poster->clear();
        return;
    }
    m_poster->setPixmap(placeholderPoster(m_details->movie.title));
    const QString source = key.isEmpty() ? QString() : m_media.absolutePath(key);
    if (source.isEmpty())
        return;
    const int edge = int(std::ceil(PosterHeight * devicePixelRatioF()));
    m_thumbnails.request(source, edge).then(this, [this, request](const QImage &image) {
        if (request != m_posterRequest || image.isNull())
            return;
        m_poster->setPixmap(roundedPoster(image));
        m_posterLoaded = true;
    });
}

QPixmap MovieDetailPane::placeholderPoster(const QString &title) const
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(PosterWidth, PosterHeight) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Midlight));
    const QRectF frame = QRectF(0, 0, PosterWidth, PosterHeight).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.drawRoundedRect(frame, PosterRadius, PosterRadius);
    QFont font = this->font();
    font.setPixelSize(PosterWidth / 4);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(frame, Qt::AlignCenter, initials(title));
    return pixmap;
}

QPixmap MovieDetailPane::roundedPoster(const QImage &thumbnail) const
{
    const qreal ratio = devicePixelRatioF();
    const QSize box = QSize(PosterWidth, PosterHeight) * ratio;
    const QImage image = thumbnail.width() > box.width() || thumbnail.height() > box.height()
        ? thumbnail.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : thumbnail;
    QPixmap pixmap(image.size());
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath corners;
    corners.addRoundedRect(QRectF(pixmap.rect()), PosterRadius * ratio, PosterRadius * ratio);
    painter.setClipPath(corners);
    painter.drawImage(0, 0, image);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

void MovieDetailPane::updateChipStyle()
{
    // Rounded chips in colours of the current palette; set again when the palette changes.
    m_genres->setStyleSheet(QStringLiteral(
        "QLabel#genreChip { background-color: palette(midlight); border: 1px solid palette(mid);"
        " border-radius: 6px; padding: 2px 8px; }"));
}

QString MovieDetailPane::hintHtml(const QString &text) const
{
    // Rich text has no palette role; blend the placeholder colour (often translucent) onto the
    // background so the hint looks like every other placeholder.
    const QColor hint = palette().color(QPalette::PlaceholderText);
    const QColor background = palette().color(QPalette::Window);
    const qreal alpha = hint.alphaF();
    const QColor blended = QColor::fromRgbF(hint.redF() * alpha + background.redF() * (1 - alpha),
                                            hint.greenF() * alpha + background.greenF() * (1 - alpha),
                                            hint.blueF() * alpha + background.blueF() * (1 - alpha));
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(blended.name(), text.toHtmlEscaped());
}

QString MovieDetailPane::personLink(qint64 personId) const
{
    const QString name = m_details->personNames.value(personId);
    if (name.isEmpty())
        return hintHtml(tr("Unknown person"));
    return QStringLiteral("<a href=\"%1%2\">%3</a>")
        .arg(PersonLinkPrefix, QString::number(personId), name.toHtmlEscaped());
}

QString MovieDetailPane::roleName(const QString &role)
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

void MovieDetailPane::activateLink(const QString &link)
{
    if (!link.startsWith(PersonLinkPrefix))
        return;
    bool ok = false;
    const qint64 personId = QStringView(link).mid(PersonLinkPrefix.size()).toLongLong(&ok);
    if (ok)
        Q_EMIT personActivated(personId);
}

} // namespace Reelkeeper
