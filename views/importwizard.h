#pragma once

#include "importformats.h"
#include "movieimport.h"

#include <QThreadPool>
#include <QWizard>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTimer;

namespace Reelkeeper {

class ImportFilePage;
class ImportFormatPage;
class ImportOptionsPage;
class ImportProgressPage;
class ImportReportPage;

// Imports a CSV file into the catalog, step by step: the file, what Reelkeeper recognised in it
// (with a column mapping for a layout it does not know), the duplicate policy with a dry run, the
// import itself and its report. The dry run and the import run on worker threads with their own
// connections; the wizard stays responsive and can be cancelled at any time, and cancelling or
// closing it while it runs rolls the import back. It does not touch the undo stack: the window
// pushes an ImportCommand when imported() is emitted.
//
// Thread rule: use from the GUI thread.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, FormatPage, OptionsPage, ProgressPage, ReportPage };

    ImportWizard(QString catalogPath, QString mediaFolder, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    // What the file page found; set once the file page is left.
    const std::optional<MovieImport::FileInfo> &fileInfo() const { return m_fileInfo; }
    // For a layout Reelkeeper does not know: the column mapping chosen on the format page.
    bool needsMapping() const;
    ImportFormats::ColumnMapping mapping() const;
    OnDuplicate onDuplicate() const;
    void setOnDuplicate(OnDuplicate policy);

    bool isRunning() const { return m_job != nullptr; }
    // The newest finished dry run, if any.
    const std::optional<ImportReport> &dryRunReport() const { return m_dryRun; }
    // The import's report, once it has ended; error() says why it failed when it did.
    const std::optional<ImportReport> &report() const { return m_report; }
    const QString &error() const { return m_error; }

    // The widgets tests and screenshots look at.
    QLineEdit *fileField() const;
    QLabel *fileError() const;
    QLabel *formatLabel() const;
    QLabel *encodingLabel() const;
    QLabel *delimiterLabel() const;
    QLabel *bomLabel() const;
    QAbstractItemModel *previewModel() const;
    QComboBox *mappingCombo(int column) const;
    QLabel *dryRunSummary() const;
    QProgressBar *progressBar() const;
    QLabel *reportSummary() const;
    QTableView *reportTable() const;

    // The report as text: every note as FILE:LINE: message, then the summary line.
    QString reportText() const;

    void reject() override;

Q_SIGNALS:
    void dryRunFinished();
    // The import ended: committed, failed or cancelled (report() and error() tell which).
    void importFinished();
    // The import was committed: the catalog changed.
    void imported(const Reelkeeper::ImportReport &report);

private:
    friend class ImportFilePage;
    friend class ImportFormatPage;
    friend class ImportOptionsPage;
    friend class ImportProgressPage;
    friend class ImportReportPage;

    // The background work: the progress the worker reports and the flag that stops it.
    struct JobState;
    enum class JobKind { None, DryRun, Import };

    bool inspectFile(const QString &path);
    void startDryRun();
    void startImport();
    void run(JobKind kind);
    void jobDone(const std::shared_ptr<JobState> &state, JobKind kind, const Result<ImportReport> &result);
    void cancelJob();
    void showProgress();
    void saveReport();

    QString m_catalogPath;
    QString m_mediaFolder;
    std::optional<MovieImport::FileInfo> m_fileInfo;
    QString m_inspectedPath;

    // One job at a time: a new one queues behind the one it cancelled.
    QThreadPool m_pool;
    std::shared_ptr<JobState> m_job; // the newest job while it runs, or null
    JobKind m_running = JobKind::None;
    bool m_closeWhenStopped = false;
    QTimer *m_progressTimer = nullptr;
    QList<QWizard::WizardButton> m_buttonLayout;

    std::optional<ImportReport> m_dryRun;
    QString m_dryRunError;
    std::optional<ImportReport> m_report;
    QString m_error;

    ImportFilePage *m_filePage = nullptr;
    ImportFormatPage *m_formatPage = nullptr;
    ImportOptionsPage *m_optionsPage = nullptr;
    ImportProgressPage *m_progressPage = nullptr;
    ImportReportPage *m_reportPage = nullptr;
};

} // namespace Reelkeeper
