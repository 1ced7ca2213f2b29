#pragma once

#include "bundle.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QProgressDialog;
class QTimer;
class QWidget;

namespace Reelkeeper {

// Runs one bundle export, check (a dry-run import) or import on a worker thread with its own
// connection to the catalog, while a window-modal progress dialog with Cancel shows how far it is;
// the window keeps painting. The outcome is in result() when finished() is emitted.
//
// Thread rule: create and use on the GUI thread. Destroying a running task cancels it and waits
// for it (an import rolls back).
class BundleTask final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Export, Check, Import };

    BundleTask(Kind kind, QString catalogPath, QString mediaPath, QString folder, QWidget *parent);
    ~BundleTask() override;

    Kind kind() const { return m_kind; }
    QString folder() const { return m_folder; }
    void setIncludeUsers(bool include) { m_includeUsers = include; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_state->cancel; }
    // Empty until finished(); then the report, or the error (a cancelled task says so).
    const std::optional<Result<Bundle::Report>> &result() const { return m_result; }
    QProgressDialog *progressDialog() const { return m_dialog; }

Q_SIGNALS:
    void finished();

private:
    struct State
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };

    void showProgress();
    void done(const Result<Bundle::Report> &result);

    Kind m_kind;
    QString m_catalogPath;
    QString m_mediaPath;
    QString m_folder;
    bool m_includeUsers = false;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QFuture<Result<Bundle::Report>> m_future; // the work itself: its continuation runs on this thread
    QProgressDialog *m_dialog = nullptr;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    std::optional<Result<Bundle::Report>> m_result;
};

} // namespace Reelkeeper
