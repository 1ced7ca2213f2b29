#include "exportmoviesdialog.h"

#include "connection.h"
#include "movieexport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Reelkeeper {

namespace {

const auto LastFolderKey = QStringLiteral("export/lastFolder");
const auto BomKey = QStringLiteral("export/bom");

int clampedCount(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX));
}

} // namespace

struct ExportMoviesDialog::JobState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};

ExportMoviesDialog::ExportMoviesDialog(QString catalogPath, QString mediaFolder, const MovieFilter &search,
                                       qint64 allCount, qint64 searchCount, QWidget *parent)
    : QDialog(parent)
    , m_catalogPath(std::move(catalogPath))
    , m_mediaFolder(std::move(mediaFolder))
    , m_filter(search)
    , m_progressTimer(new QTimer(this))
{
    setWindowTitle(tr("Export Movies"));
    m_pool.setMaxThreadCount(1);

    auto *intro = new QLabel(tr("Writes the movies as a CSV movie list, which spreadsheet programs open and "
                                "Reelkeeper imports again."),
                             this);
    intro->setWordWrap(true);

    auto *which = new QGroupBox(tr("Movies"), this);
    m_all = new QRadioButton(allCount < 0 ? tr("&All movies") : tr("&All movies (%Ln)", nullptr, clampedCount(allCount)),
                             which);
    m_search = new QRadioButton(search.isEmpty() ? tr("Only the movies of the current &search")
                                                 : tr("Only the movies of the current &search (%Ln)", nullptr,
                                                      clampedCount(searchCount)),
                                which);
    m_search->setEnabled(!search.isEmpty());
    if (!search.isEmpty() && !search.text.trimmed().isEmpty())
        m_search->setToolTip(tr("Search: %1").arg(search.text.trimmed()));
    (search.isEmpty() ? m_all : m_search)->setChecked(true);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_all);
    whichLayout->addWidget(m_search);

    QSettings settings;
    m_bom = new QCheckBox(tr("Start with a &byte order mark (for spreadsheet programs)"), this);
    m_bom->setToolTip(tr("Some spreadsheet programs read a file as UTF-8 only when it starts with this mark."));
    m_bom->setChecked(settings.value(BomKey, false).toBool());

    m_path = new QLineEdit(this);
    m_path->setClearButtonEnabled(true);
    QString folder = settings.value(LastFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(tr("movies.csv"))));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportMoviesDialog::browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_error->setPalette(palette);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportMoviesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportMoviesDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        m_error->setVisible(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(which);
    layout->addWidget(m_bom);
    layout->addSpacing(6);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ExportMoviesDialog::showProgress);
    resize(560, sizeHint().height());
}

ExportMoviesDialog::~ExportMoviesDialog()
{
    if (m_job)
        m_job->cancel = true;
    m_pool.clear();
    m_pool.waitForDone();
}

QPushButton *ExportMoviesDialog::exportButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ExportMoviesDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return path;
}

void ExportMoviesDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Movies"), path(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportMoviesDialog::accept()
{
    if (m_job)
        return;
    const QString target = path();
    if (target.isEmpty())
        return;
    if (QFileInfo(target).isDir()) {
        m_error->setText(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(target)));
        m_error->setVisible(true);
        return;
    }
    if (QFileInfo::exists(target)
        && QMessageBox::question(this, tr("Export Movies"),
                                 tr("%1 already exists. Do you want to replace it?").arg(QDir::toNativeSeparators(target)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;

    QSettings settings;
    settings.setValue(LastFolderKey, QFileInfo(target).absolutePath());
    settings.setValue(BomKey, m_bom->isChecked());

    MovieExport::Options options;
    if (m_search->isChecked())
        options.filter = m_filter;
    options.bom = m_bom->isChecked();
    options.mediaFolder = m_mediaFolder;
    auto state = std::make_shared<JobState>();
    m_job = state;
    setRunning(true);
    QtConcurrent::run(&m_pool, [catalogPath = m_catalogPath, target, options, state]() -> Result<qint64> {
        ThreadConnection connection(catalogPath);
        if (!connection.isOpen())
            return Error{connection.error()};
        return MovieExport::exportMovies(connection.database(), target, options, [state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            return !state->cancel.load();
        });
    }).then(this, [this](const Result<qint64> &written) {
        m_job.reset();
        setRunning(false);
        if (m_closeWhenStopped) {
            QDialog::reject();
            return;
        }
        if (!written) {
            m_error->setText(written.error());
            m_error->setVisible(true);
            Q_EMIT exportFinished();
            return;
        }
        m_exported = written.value();
        Q_EMIT exportFinished();
        QDialog::accept();
    });
}

void ExportMoviesDialog::reject()
{
    if (!m_job) {
        QDialog::reject();
        return;
    }
    // The export stops at its next progress report and writes nothing; close once it has.
    m_closeWhenStopped = true;
    m_job->cancel = true;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void ExportMoviesDialog::setRunning(bool running)
{
    for (QWidget *input : {static_cast<QWidget *>(m_all), static_cast<QWidget *>(m_search),
                           static_cast<QWidget *>(m_bom), static_cast<QWidget *>(m_path)})
        input->setEnabled(!running && (input != m_search || !m_filter.isEmpty()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!running);
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_error->setVisible(false);
    if (running)
        m_progressTimer->start();
    else
        m_progressTimer->stop();
}

void ExportMoviesDialog::showProgress()
{
    if (!m_job)
        return;
    const qint64 total = m_job->total;
    m_progress->setValue(total > 0 ? int(m_job->done * 1000 / total) : 0);
}

} // namespace Reelkeeper
