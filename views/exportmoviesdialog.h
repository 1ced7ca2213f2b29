#pragma once

#include "moviesearch.h"

#include <QDialog>
#include <QThreadPool>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace Reelkeeper {

// Exports the movies, all of them or those of the current search, as a movie list CSV. The export
// runs on a worker thread with its own connection, with progress and cancel; the file appears only
// when it is complete. Accepted when the file is written: exportedCount() and path() say what.
//
// Thread rule: use from the GUI thread.
class ExportMoviesDialog final : public QDialog
{
    Q_OBJECT
public:
    // allCount (negative when not known yet) and searchCount are what the window shows; the search
    // choice is offered only when search is not empty.
    ExportMoviesDialog(QString catalogPath, QString mediaFolder, const MovieFilter &search, qint64 allCount,
                       qint64 searchCount, QWidget *parent = nullptr);
    ~ExportMoviesDialog() override;

    QLineEdit *pathField() const { return m_path; }
    QRadioButton *allChoice() const { return m_all; }
    QRadioButton *searchChoice() const { return m_search; }
    QCheckBox *bomChoice() const { return m_bom; }
    QPushButton *exportButton() const;
    QLabel *errorLabel() const { return m_error; }

    bool isRunning() const { return m_job != nullptr; }
    QString path() const;
    qint64 exportedCount() const { return m_exported; }

    void accept() override; // starts the export
    void reject() override; // cancels a running export, then closes

Q_SIGNALS:
    void exportFinished();

private:
    struct JobState;
    void browse();
    void setRunning(bool running);
    void showProgress();

    QString m_catalogPath;
    QString m_mediaFolder;
    MovieFilter m_filter;
    QLineEdit *m_path = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_search = nullptr;
    QCheckBox *m_bom = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_progressTimer = nullptr;
    QThreadPool m_pool;
    std::shared_ptr<JobState> m_job;
    bool m_closeWhenStopped = false;
    qint64 m_exported = 0;
};

} // namespace Reelkeeper
