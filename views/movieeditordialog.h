#pragma once

#include "createdrows.h"
#include "entitypicker.h"
#include "mediastore.h"
#include "movierecord.h"
#include "thumbnailcache.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QImage;
class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QUrl;

namespace Reelkeeper {

class CastEditor;
class ImageDownload;

// Adds or edits one movie: on the Details tab its own fields (title, date, duration, budget,
// director, country, genres, description and poster), on the Cast tab its characters and cast
// (CastEditor). It reads names and genres and stores new people, countries, genres and poster files
// as the user adds them; the movie itself is written by whoever opened the dialog, from movie(),
// after it was accepted. OK is refused while MovieRecords::validate() or the cast table finds a
// problem, which is then shown next to its field or under the cast table.
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class MovieEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PosterWidth = 120;
    static constexpr int PosterHeight = 180; // 2:3

    MovieEditorDialog(QSqlDatabase db, QString mediaFolder, QString thumbnailFolder, QWidget *parent = nullptr);
    ~MovieEditorDialog() override;

    // Shows the movie; id 0 is a new movie.
    void setMovie(const MovieRecord &movie);
    // The record as edited; fields the dialog does not show are those given to setMovie().
    MovieRecord movie() const;

    // The poster sources the buttons, drops and Ctrl+V lead to. Problems are shown under the poster.
    void setPosterFromFile(const QString &path);
    void setPosterFromData(const QByteArray &bytes, const QString &fileName, const QString &url = QString());
    void setPosterFromImage(const QImage &image);
    void downloadPoster(const QUrl &url);
    // Takes an image (or an image file) from the clipboard.
    void pastePoster();
    void removePoster();

    // Validates; closes only when MovieRecords::validate() has nothing to say.
    void accept() override;
    // Closes without saving, removing the people, countries and genres created meanwhile.
    void reject() override;

    // The people, countries and genres created while editing (ids only; see CreatedRows::take()),
    // so that the caller can make them part of the edit's undo step.
    QList<CreatedRow> createdRows() const { return m_createdRows; }

Q_SIGNALS:
    // A poster was stored in the catalog (or a stored one chosen again), or removed (empty).
    void posterChanged(std::optional<qint64> fileId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *withProblem(QWidget *field, const QString &name);
    void loadGenres();
    void filterGenres(const QString &text);
    void addGenre();
    void checkGenre(qint64 id, bool checked);
    QList<qint64> checkedGenres() const;
    void updateHints();
    void clearProblems();
    void showProblems(const QList<FieldProblem> &problems, const QStringList &castProblems);
    void showMessage(const QString &message);
    void showPosterMessage(const QString &message);
    static bool offersPoster(const QMimeData *mime);
    void takePoster(const QMimeData *mime);
    void setPoster(std::optional<qint64> fileId);
    void updatePosterPreview();
    void onDownloadFinished(const QByteArray &bytes);
    void onDownloadFailed(const QString &message);
    void closeProgress();

    QSqlDatabase m_db;
    QList<CreatedRow> m_createdRows;
    MediaStore m_media;
    ThumbnailCache m_thumbnails;
    MovieRecord m_movie; // as given to setMovie()
    std::optional<qint64> m_posterFileId;
    quint64 m_posterRequest = 0;

    QLineEdit *m_title = nullptr;
    QLabel *m_titleRequired = nullptr;
    QLineEdit *m_releaseDate = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_budget = nullptr;
    EntityPicker *m_director = nullptr;
    EntityPicker *m_country = nullptr;
    QLabel *m_directorMissing = nullptr;
    QLabel *m_countryMissing = nullptr;
    QLineEdit *m_genreFilter = nullptr;
    QListWidget *m_genres = nullptr;
    QLineEdit *m_newGenre = nullptr;
    QPushButton *m_addGenre = nullptr;
    QLabel *m_genresMissing = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_poster = nullptr;
    QLabel *m_posterMessage = nullptr;
    QPushButton *m_removePoster = nullptr;
    QTabWidget *m_tabs = nullptr;
    CastEditor *m_cast = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_problemLabels;   // by field name
    QHash<QString, QWidget *> m_problemFields;  // by field name, to focus
    ImageDownload *m_download = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace Reelkeeper
