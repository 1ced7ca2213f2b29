#include "bundletask.h"

#include "connection.h"

#include <QDir>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Reelkeeper {

BundleTask::BundleTask(Kind kind, QString catalogPath, QString mediaPath, QString folder, QWidget *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_catalogPath(std::move(catalogPath))
    , m_mediaPath(std::move(mediaPath))
    , m_folder(std::move(folder))
    , m_timer(new QTimer(this))
{
    const QString where = QDir::toNativeSeparators(m_folder);
    const QString label = m_kind == Kind::Export ? tr("Exporting the catalog to %1…").arg(where)
                        : m_kind == Kind::Check  ? tr("Checking the bundle %1…").arg(where)
                                                 : tr("Importing the bundle %1…").arg(where);
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 1000, parent);
    m_dialog->setWindowTitle(m_kind == Kind::Export ? tr("Export Bundle") : tr("Import Bundle"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->reset(); // not shown until start()
    connect(m_dialog, &QProgressDialog::canceled, this, &BundleTask::cancel);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &BundleTask::showProgress);
}

BundleTask::~BundleTask()
{
    m_state->cancel = true;
    m_future.waitForFinished();
    delete m_dialog;
}

void BundleTask::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result.reset();
    m_dialog->setValue(0);
    m_timer->start();
    const auto work = [kind = m_kind, catalogPath = m_catalogPath, mediaPath = m_mediaPath, folder = m_folder,
                       includeUsers = m_includeUsers, state = m_state]() -> Result<Bundle::Report> {
        ThreadConnection connection(catalogPath);
        if (!connection.isOpen())
            return Error{connection.error()};
        const auto progress = [state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            return !state->cancel.load();
        };
        if (kind == Kind::Export)
            return Bundle::exportBundle(connection.database(), mediaPath, folder, includeUsers, progress);
        return Bundle::importBundle(connection.database(), mediaPath, folder, kind == Kind::Check, progress);
    };
    // The destructor waits for the work, never for the continuation: that runs on this thread's
    // event loop, which a waiting destructor would never return to.
    m_future = QtConcurrent::run(work);
    m_future.then(this, [this](const Result<Bundle::Report> &result) { done(result); });
}

void BundleTask::cancel()
{
    m_state->cancel = true;
    m_dialog->setLabelText(tr("Cancelling…"));
}

void BundleTask::showProgress()
{
    const qint64 total = m_state->total;
    if (total > 0)
        m_dialog->setValue(int(std::min<qint64>(1000, m_state->done * 1000 / total)));
}

void BundleTask::done(const Result<Bundle::Report> &result)
{
    m_timer->stop();
    m_running = false;
    m_dialog->reset();
    m_dialog->hide();
    m_result = result;
    Q_EMIT finished();
}

} // namespace Reelkeeper
