#pragma once

#include "mediastore.h"
#include "peoplesearch.h"
#include "thumbnailcache.h"

#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListView;
class QLocale;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QLineEdit;

namespace Reelkeeper {

class Catalog;
class PeopleListModel;

// One person in full: primary photo, name, birth date, gender, country, biography and
// filmography, or a calm message when there is nobody to show. Reading a person is a few indexed
// lookups, done on the GUI thread; the photo is made on the thumbnail pool, with a placeholder
// meanwhile.
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class PersonDetailPane final : public QWidget
{
    Q_OBJECT
public:
    enum FilmographyColumn { YearColumn, TitleColumn, CreditColumn, FilmographyColumnCount };
    static constexpr int MovieIdRole = Qt::UserRole + 1; // on every filmography item
    static constexpr int PhotoWidth = 180;
    static constexpr int PhotoHeight = 240;

    PersonDetailPane(QSqlDatabase db, QString mediaFolder, QString thumbnailFolder, QWidget *parent = nullptr);

    // Shows the person; 0 shows the "select a person" message, an id the catalog does not hold
    // (any more) says so.
    void showPerson(qint64 personId);
    qint64 personId() const { return m_personId; }
    // Reads the current person again, after an edit, a delete or an undo.
    void refresh();

    QTableWidget *filmographyTable() const { return m_filmography; }
    // The details shown, when a person is shown.
    const std::optional<PersonDetails> &details() const { return m_details; }

Q_SIGNALS:
    void editRequested(qint64 personId);
    // A filmography row was double-clicked or activated from the keyboard.
    void movieActivated(qint64 movieId);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { NoSelection, Missing, Failed, Shown };
    void load();
    void render();
    void renderFilmography();
    void updatePhoto();
    QPixmap placeholderPhoto() const;
    QString valueOrUnknown(const QString &value) const;
    static QString genderName(const QString &gender);
    static QString roleName(const QString &role);

    QSqlDatabase m_db;
    MediaStore m_media;
    ThumbnailCache m_thumbnails;

    qint64 m_personId = 0;
    State m_state = State::NoSelection;
    std::optional<PersonDetails> m_details;
    QList<FilmographyEntry> m_entries;
    QString m_error;

    QString m_photoKey;
    bool m_photoLoaded = false;
    quint64 m_photoRequest = 0; // answers to older requests are dropped

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_photo = nullptr;
    QLabel *m_name = nullptr;
    QPushButton *m_edit = nullptr;
    QFormLayout *m_factsLayout = nullptr;
    QLabel *m_bornLabel = nullptr;
    QLabel *m_born = nullptr;
    QLabel *m_genderLabel = nullptr;
    QLabel *m_gender = nullptr;
    QLabel *m_countryLabel = nullptr;
    QLabel *m_country = nullptr;
    QLabel *m_biography = nullptr;
    QLabel *m_filmographyHeading = nullptr;
    QTableWidget *m_filmography = nullptr;
};

// The people page: search as you type, filters (acting, directing, country, gender, missing photo
// or birth date), the list of matching people with their photos, and the details of the selected
// person with their filmography. It reads through PeopleListModel, so it stays responsive with
// 200,000 people; it writes nothing itself and asks the window to edit, add or delete through
// its signals.
//
// Keys: Ctrl+F focuses the search, Enter or F2 in the list edits, Delete asks to delete the
// selected people. The page takes these keys before the window's own shortcuts while the focus is
// inside it.
class PeopleBrowser final : public QWidget
{
    Q_OBJECT
public:
    explicit PeopleBrowser(Catalog &catalog, QWidget *parent = nullptr);
    ~PeopleBrowser() override;

    PeopleListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    PersonDetailPane *details() const { return m_details; }
    QToolButton *actingFilter() const { return m_acting; }
    QToolButton *directingFilter() const { return m_directing; }
    QComboBox *countryFilter() const { return m_country; }
    QComboBox *genderFilter() const { return m_gender; }
    QToolButton *missingPhotoFilter() const { return m_missingPhoto; }
    QToolButton *missingBirthDateFilter() const { return m_missingBirthDate; }
    QLabel *countLabel() const { return m_count; }
    // The message shown instead of the list when it is empty, or null while the list shows.
    QLabel *emptyMessage() const;

    // The person shown in the details, 0 when none.
    qint64 currentPersonId() const { return m_selectedPerson; }
    QList<qint64> selectedPersonIds() const;
    // Selects the person when they are among the matches (clearing the search otherwise).
    void selectPerson(qint64 personId);

    // A stored birth date in the locale's words, with the precision it has: "1972",
    // "March 1972", "March 24, 1972".
    static QString formatBirthDate(const QString &stored, const QLocale &locale);

public Q_SLOTS:
    // Reads the country list, the people and the person shown again (after the catalog changed).
    void reload();
    // Puts the cursor in the search field, selecting what is there.
    void focusSearch();

Q_SIGNALS:
    void editRequested(qint64 personId);
    void newPersonRequested();
    void deleteRequested(const QList<qint64> &ids);
    void movieActivated(qint64 movieId);
    void countChanged(qint64 shown, bool filtered);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildFilterBar();
    void retranslate();
    void loadCountries();
    // Loads the people the controls ask for; false when that is what the list shows already.
    bool applyFilter();
    void showCount();
    void selectionChanged();
    void restoreSelection();
    void requestEdit();
    void requestDelete();
    void showContextMenu(const QPoint &position);
    bool isListKey(const QKeyEvent *event) const;
    void saveSettings() const;
    void restoreSettings();

    Catalog &m_catalog;
    PeopleListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_acting = nullptr;
    QToolButton *m_directing = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_gender = nullptr;
    QToolButton *m_missingPhoto = nullptr;
    QToolButton *m_missingBirthDate = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newPerson = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    PersonDetailPane *m_details = nullptr;

    qint64 m_selectedPerson = 0;
    bool m_loadedOnce = false; // no "No people yet" before the first answer
    std::optional<qint64> m_personToSelect; // selectPerson() waiting for its search to load
    bool m_searchWaiting = false; // a keystroke's results have not arrived yet
    QElapsedTimer m_keystroke;
};

} // namespace Reelkeeper
