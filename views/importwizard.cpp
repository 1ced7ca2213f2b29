#include "importwizard.h"

#include "connection.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSet>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Reelkeeper {

using ImportFormats::ColumnMapping;
using ImportFormats::Field;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::ImportWizard)
};

const auto LastFolderKey = QStringLiteral("import/lastFolder");
const auto OnDuplicateKey = QStringLiteral("import/onDuplicate");
const auto MappingsGroup = QStringLiteral("import/mappings");
constexpr int ShownDryRunNotes = 100;

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Title:
        return Tr::tr("Title");
    case Field::ReleaseDate:
        return Tr::tr("Release date");
    case Field::Duration:
        return Tr::tr("Duration (minutes)");
    case Field::Budget:
        return Tr::tr("Budget");
    case Field::Description:
        return Tr::tr("Description");
    case Field::Director:
        return Tr::tr("Director");
    case Field::Country:
        return Tr::tr("Country");
    case Field::Genres:
        return Tr::tr("Genres");
    case Field::Cast:
        return Tr::tr("Cast");
    case Field::Poster:
        return Tr::tr("Poster");
    }
    return ImportFormats::fieldName(field);
}

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return Tr::tr("Comma ( , )");
    case u';':
        return Tr::tr("Semicolon ( ; )");
    case u'\t':
        return Tr::tr("Tab");
    case u'|':
        return Tr::tr("Vertical bar ( | )");
    default:
        return QStringLiteral("“%1”").arg(delimiter);
    }
}

QString noteKindName(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::Error:
        return Tr::tr("Error");
    case ImportNote::Kind::Skip:
        return Tr::tr("Skipped");
    case ImportNote::Kind::Warning:
        return Tr::tr("Warning");
    }
    return QString();
}

QIcon noteKindIcon(ImportNote::Kind kind)
{
    QStyle *style = QApplication::style();
    switch (kind) {
    case ImportNote::Kind::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ImportNote::Kind::Skip:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case ImportNote::Kind::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return QIcon();
}

QString lineLabel(const ImportNote &note)
{
    return note.line > 0 ? Tr::tr("Line %1: %2").arg(note.line).arg(note.message) : note.message;
}

// "Would import: …" reads better in a window than the command line's lower-case start.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Mappings are remembered per header: the same export from the same tool gets the same mapping.
QString mappingKey(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names.append(name.trimmed().toLower());
    return MappingsGroup + QLatin1Char('/')
           + QString::fromLatin1(
               QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

std::optional<ColumnMapping> rememberedMapping(const QStringList &header)
{
    const QStringList fields = QSettings().value(mappingKey(header)).toStringList();
    if (fields.size() != header.size())
        return std::nullopt;
    ColumnMapping mapping;
    for (int column = 0; column < fields.size(); ++column) {
        for (Field field : ImportFormats::allFields()) {
            if (ImportFormats::fieldName(field) == fields.at(column))
                mapping.insert(column, field);
        }
    }
    return mapping;
}

void rememberMapping(const QStringList &header, const ColumnMapping &mapping)
{
    QStringList fields;
    for (int column = 0; column < header.size(); ++column)
        fields.append(mapping.contains(column) ? ImportFormats::fieldName(mapping.value(column)) : QString());
    QSettings().setValue(mappingKey(header), fields);
}

// A first guess for a header seen for the first time, from common column names.
ColumnMapping guessedMapping(const QStringList &header)
{
    static const QList<std::pair<Field, QStringList>> names = {
        {Field::Title, {QStringLiteral("title"), QStringLiteral("name"), QStringLiteral("film"), QStringLiteral("movie"),
                        QStringLiteral("original title")}},
        {Field::ReleaseDate, {QStringLiteral("release_date"), QStringLiteral("release date"), QStringLiteral("year"),
                              QStringLiteral("released")}},
        {Field::Duration, {QStringLiteral("duration"), QStringLiteral("runtime"), QStringLiteral("runtime (mins)"),
                           QStringLiteral("length")}},
        {Field::Budget, {QStringLiteral("budget")}},
        {Field::Description, {QStringLiteral("description"), QStringLiteral("plot"), QStringLiteral("synopsis"),
                              QStringLiteral("overview")}},
        {Field::Director, {QStringLiteral("director"), QStringLiteral("directors"), QStringLiteral("directed by")}},
        {Field::Country, {QStringLiteral("country"), QStringLiteral("countries")}},
        {Field::Genres, {QStringLiteral("genres"), QStringLiteral("genre")}},
        {Field::Cast, {QStringLiteral("cast"), QStringLiteral("actors"), QStringLiteral("starring")}},
        {Field::Poster, {QStringLiteral("poster"), QStringLiteral("image"), QStringLiteral("cover")}},
    };
    ColumnMapping mapping;
    QSet<Field> taken;
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column).trimmed().toLower();
        for (const auto &[field, candidates] : names) {
            if (!taken.contains(field) && candidates.contains(name)) {
                mapping.insert(column, field);
                taken.insert(field);
                break;
            }
        }
    }
    return mapping;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

QFont boldFont(const QWidget *widget, qreal scale = 1.0)
{
    QFont font = widget->font();
    font.setBold(true);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace

// A table header with a combo box under each column's name: what the column holds. The combo
// boxes live on the header's viewport, so they scroll with the columns.
class MappingHeader final : public QHeaderView
{
    Q_OBJECT
public:
    explicit MappingHeader(QWidget *parent = nullptr)
        : QHeaderView(Qt::Horizontal, parent)
    {
        setSectionsClickable(false);
        setHighlightSections(false);
        setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        connect(this, &QHeaderView::sectionResized, this, &MappingHeader::placeEditors);
        connect(this, &QHeaderView::sectionCountChanged, this, &MappingHeader::placeEditors);
        connect(this, &QHeaderView::geometriesChanged, this, &MappingHeader::placeEditors);
    }

    // Takes the editors (one per column, or none); the previous ones are deleted.
    void setEditors(const QList<QWidget *> &editors)
    {
        qDeleteAll(m_editors);
        m_editors = editors;
        m_editorHeight = 0;
        for (QWidget *editor : editors) {
            editor->setParent(viewport());
            editor->show();
            m_editorHeight = std::max(m_editorHeight, editor->sizeHint().height());
        }
        updateGeometry();
        placeEditors();
    }
    QWidget *editor(int column) const { return m_editors.value(column); }

    QSize sizeHint() const override
    {
        QSize size = QHeaderView::sizeHint();
        if (m_editorHeight > 0)
            size.setHeight(size.height() + m_editorHeight + 2 * Margin);
        return size;
    }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        if (m_editorHeight == 0) {
            QHeaderView::paintSection(painter, rect, logicalIndex);
            return;
        }
        const int band = m_editorHeight + 2 * Margin;
        QRect name = rect;
        name.setBottom(rect.bottom() - band);
        QHeaderView::paintSection(painter, name, logicalIndex);
        painter->fillRect(QRect(rect.left(), name.bottom() + 1, rect.width(), band), palette().window());
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QHeaderView::resizeEvent(event);
        placeEditors();
    }

private:
    static constexpr int Margin = 3;

    void placeEditors()
    {
        const int top = height() - m_editorHeight - Margin;
        for (int column = 0; column < m_editors.size(); ++column) {
            QWidget *editor = m_editors.at(column);
            if (column >= count() || isSectionHidden(column)) {
                editor->hide();
                continue;
            }
            editor->setGeometry(sectionViewportPosition(column) + Margin, top, sectionSize(column) - 2 * Margin,
                                m_editorHeight);
            editor->show();
        }
    }

    QList<QWidget *> m_editors;
    int m_editorHeight = 0;
};

// The notes of a report (every error, skip and warning) as a table: line, kind, message.
class ImportNotesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Kind, Message, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setNotes(QList<ImportNote> notes)
    {
        beginResetModel();
        m_notes = std::move(notes);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_notes.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_notes.size())
            return {};
        const ImportNote &note = m_notes.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Line:
                return note.line > 0 ? QLocale().toString(note.line) : tr("file");
            case Kind:
                return noteKindName(note.kind);
            case Message:
                return note.message;
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == Message)
                return note.message;
            break;
        case Qt::DecorationRole:
            if (index.column() == Kind)
                return noteKindIcon(note.kind);
            break;
        case Qt::TextAlignmentRole:
            if (index.column() == Line)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            break;
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case Line:
            return tr("Line");
        case Kind:
            return tr("Kind");
        case Message:
            return tr("Message");
        }
        return {};
    }

private:
    QList<ImportNote> m_notes;
};

struct ImportWizard::JobState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};

// 1. The file.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Choose a File"));
        setSubTitle(tr("Choose the CSV file to bring into the catalog."));

        m_path = new QLineEdit(this);
        m_path->setClearButtonEnabled(true);
        m_path->setPlaceholderText(tr("A .csv or .txt file"));
        auto *browse = new QPushButton(tr("&Browse…"), this);
        connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
        auto *label = new QLabel(tr("&File:"), this);
        label->setBuddy(m_path);
        registerField(QStringLiteral("file*"), m_path);
        connect(m_path, &QLineEdit::textChanged, this, [this] { m_error->setVisible(false); });

        m_error = errorLabel(this);

        auto *row = new QHBoxLayout;
        row->addWidget(label);
        row->addWidget(m_path, 1);
        row->addWidget(browse);

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(m_error);
        layout->addSpacing(16);
        auto *formats = new QLabel(
            tr("<p>Reelkeeper recognises these files by their columns:</p>"
               "<ul style=\"margin-left: 12px; -qt-list-indent: 0;\">"
               "<li>its own movie list (a <tt>title</tt> column, and any of <tt>release_date</tt>, <tt>duration</tt>, "
               "<tt>director</tt>, <tt>country</tt>, <tt>genres</tt>, <tt>cast</tt>, …)</li>"
               "<li>IMDb ratings and list exports</li>"
               "<li>Letterboxd exports: watched, ratings, diary and watchlist</li>"
               "<li>Tellico CSV exports</li></ul>"
               "<p>For any other CSV file you choose what each column holds on the next page.</p>"),
            this);
        formats->setWordWrap(true);
        formats->setTextFormat(Qt::RichText);
        layout->addWidget(formats);
        layout->addSpacing(8);
        layout->addWidget(hintLabel(
            tr("Nothing changes in the catalog until the last step, and the whole import can be undone in one step "
               "afterwards (Edit ▸ Undo)."),
            this));
        layout->addStretch();
    }

    QLineEdit *pathField() const { return m_path; }
    QLabel *error() const { return m_error; }

    bool validatePage() override
    {
        const QString path = filePathText();
        if (!m_wizard->inspectFile(path)) {
            m_error->setText(m_wizard->m_error);
            m_error->setVisible(true);
            return false;
        }
        QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
        return true;
    }

private:
    void browse()
    {
        QString folder = QFileInfo(filePathText()).absolutePath();
        if (filePathText().isEmpty())
            folder = QSettings().value(LastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Movies"), folder,
                                                          tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        m_path->setText(QDir::toNativeSeparators(path));
        QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    }

    QString filePathText() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
};

// 2. What Reelkeeper recognised in the file, its first rows and, for an unknown layout, what each
// column holds.
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFormatPage(ImportWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Check the File"));
        setSubTitle(tr("This is what Reelkeeper found in the file, and the first rows as it reads them."));

        m_format = new QLabel(this);
        m_format->setFont(boldFont(this));
        m_format->setWordWrap(true);
        m_encoding = new QLabel(this);
        m_delimiter = new QLabel(this);
        m_bom = new QLabel(this);
        auto *facts = new QFormLayout;
        facts->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
        facts->setLabelAlignment(Qt::AlignLeft);
        facts->addRow(tr("Format:"), m_format);
        facts->addRow(tr("Encoding:"), m_encoding);
        facts->addRow(tr("Delimiter:"), m_delimiter);
        facts->addRow(tr("Byte order mark:"), m_bom);

        m_mappingHint = new QLabel(this);
        m_mappingHint->setWordWrap(true);
        m_mappingHint->setTextFormat(Qt::RichText);

        m_model = new QStandardItemModel(this);
        m_header = new MappingHeader(this);
        m_preview = new QTableView(this);
        m_preview->setHorizontalHeader(m_header);
        m_preview->setModel(m_model);
        m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_preview->setSelectionMode(QAbstractItemView::NoSelection);
        // Out of the Tab chain, so that Enter on the page goes on; Alt+P still reaches it.
        m_preview->setFocusPolicy(Qt::ClickFocus);
        m_preview->setWordWrap(false);
        m_preview->setTextElideMode(Qt::ElideRight);
        m_preview->setAlternatingRowColors(true);
        m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
        auto *previewLabel = new QLabel(tr("&Preview:"), this);
        previewLabel->setBuddy(m_preview);

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(facts);
        layout->addSpacing(6);
        layout->addWidget(m_mappingHint);
        layout->addWidget(previewLabel);
        layout->addWidget(m_preview, 1);
    }

    QLabel *formatLabel() const { return m_format; }
    QLabel *encodingLabel() const { return m_encoding; }
    QLabel *delimiterLabel() const { return m_delimiter; }
    QLabel *bomLabel() const { return m_bom; }
    QAbstractItemModel *previewModel() const { return m_model; }
    QComboBox *combo(int column) const { return m_combos.value(column); }

    bool needsMapping() const { return !m_combos.isEmpty(); }
    ColumnMapping mapping() const
    {
        ColumnMapping mapping;
        for (int column = 0; column < m_combos.size(); ++column) {
            const int field = m_combos.at(column)->currentData().toInt();
            if (field >= 0)
                mapping.insert(column, Field(field));
        }
        return mapping;
    }

    void initializePage() override
    {
        const MovieImport::FileInfo &info = *m_wizard->m_fileInfo;
        m_format->setText(info.format ? info.formatDescription : tr("A layout Reelkeeper does not know"));
        m_encoding->setText(info.encoding);
        m_delimiter->setText(delimiterName(info.delimiter));
        m_bom->setText(info.bom ? tr("Yes") : tr("No"));
        fillPreview(info);
        if (info.format) {
            m_header->setEditors({});
            m_combos.clear();
        } else {
            makeCombos(info.header);
        }
        m_mappingHint->setVisible(needsMapping());
        updateHint();
        showIgnoredColumns();
        fitColumns();
        if (needsMapping() && !m_combos.isEmpty())
            m_combos.constFirst()->setFocus();
    }

    bool isComplete() const override
    {
        return !needsMapping() || mapping().values().contains(Field::Title);
    }

    bool validatePage() override
    {
        if (needsMapping())
            rememberMapping(m_wizard->m_fileInfo->header, mapping());
        return true;
    }

private:
    void fillPreview(const MovieImport::FileInfo &info)
    {
        m_model->clear();
        qsizetype columns = info.header.size();
        for (const QStringList &row : info.firstRows)
            columns = std::max(columns, row.size());
        m_model->setColumnCount(int(columns));
        QStringList labels = info.header;
        for (qsizetype column = labels.size(); column < columns; ++column)
            labels.append(tr("(no name)"));
        for (QString &label : labels)
            label = label.trimmed();
        m_model->setHorizontalHeaderLabels(labels);
        for (const QStringList &fields : info.firstRows) {
            QList<QStandardItem *> items;
            for (const QString &field : fields) {
                // A cell with line breaks is shown on one line; the tooltip has it as it is.
                auto *item = new QStandardItem(QString(field).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")));
                if (field.size() > 40 || field.contains(QLatin1Char('\n')))
                    item->setToolTip(field);
                items.append(item);
            }
            m_model->appendRow(items);
        }
    }

    void makeCombos(const QStringList &header)
    {
        const ColumnMapping initial = rememberedMapping(header).value_or(guessedMapping(header));
        m_combos.clear();
        QList<QWidget *> editors;
        for (int column = 0; column < header.size(); ++column) {
            auto *combo = new QComboBox;
            combo->addItem(tr("(ignore)"), -1);
            for (Field field : ImportFormats::allFields())
                combo->addItem(fieldLabel(field), int(field));
            combo->setAccessibleName(tr("What column %1 holds").arg(header.at(column).trimmed()));
            if (initial.contains(column))
                combo->setCurrentIndex(combo->findData(int(initial.value(column))));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { mappingChanged(column); });
            m_combos.append(combo);
            editors.append(combo);
        }
        m_header->setEditors(editors);
    }

    // A field comes from one column: choosing it for a column takes it from any other.
    void mappingChanged(int column)
    {
        const int field = m_combos.at(column)->currentData().toInt();
        if (field >= 0) {
            for (int other = 0; other < m_combos.size(); ++other) {
                if (other != column && m_combos.at(other)->currentData().toInt() == field) {
                    const QSignalBlocker blocker(m_combos.at(other));
                    m_combos.at(other)->setCurrentIndex(0);
                }
            }
        }
        updateHint();
        showIgnoredColumns();
        Q_EMIT completeChanged();
    }

    // The cells of columns that will not be imported are greyed.
    void showIgnoredColumns()
    {
        const QBrush ignored = palette().brush(QPalette::Disabled, QPalette::Text);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const bool used = !needsMapping() || m_combos.value(column) == nullptr
                              || m_combos.at(column)->currentData().toInt() >= 0;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (QStandardItem *item = m_model->item(row, column))
                    item->setData(used ? QVariant() : QVariant(ignored), Qt::ForegroundRole);
            }
        }
    }

    void updateHint()
    {
        if (!needsMapping())
            return;
        if (isComplete()) {
            m_mappingHint->setText(tr("Choose what each column holds in the boxes under the column names; "
                                      "columns left at “(ignore)” are not imported."));
        } else {
            m_mappingHint->setText(tr("Choose what each column holds in the boxes under the column names. "
                                      "<b>Pick the column that holds the title to continue.</b>"));
        }
    }

    void fitColumns()
    {
        m_preview->resizeColumnsToContents();
        int minimum = 90;
        for (const QComboBox *combo : std::as_const(m_combos))
            minimum = std::max(minimum, combo->sizeHint().width() + 6);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const int width = m_preview->columnWidth(column);
            m_preview->setColumnWidth(column, std::clamp(width + 12, minimum, std::max(minimum, 280)));
        }
    }

    ImportWizard *m_wizard;
    QLabel *m_format = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_delimiter = nullptr;
    QLabel *m_bom = nullptr;
    QLabel *m_mappingHint = nullptr;
    QStandardItemModel *m_model = nullptr;
    MappingHeader *m_header = nullptr;
    QTableView *m_preview = nullptr;
    QList<QComboBox *> m_combos;
};

// 3. What to do with movies the catalog already has, and a dry run of the import with that policy.
class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Duplicates and Preview"));
        setSubTitle(tr("A row describes a movie the catalog already has when its IMDb id or Letterboxd address "
                       "matches, or else its title, year and director."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Import"));

        auto *policy = new QGroupBox(tr("When a movie is already in the catalog"), this);
        auto *policyLayout = new QVBoxLayout(policy);
        m_policies = new QButtonGroup(this);
        const auto addChoice = [&](OnDuplicate value, const QString &text, const QString &explanation) {
            auto *button = new QRadioButton(text, policy);
            m_policies->addButton(button, int(value));
            auto *hint = hintLabel(explanation, policy);
            hint->setIndent(button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8);
            policyLayout->addWidget(button);
            policyLayout->addWidget(hint);
            policyLayout->addSpacing(4);
        };
        addChoice(OnDuplicate::Skip, tr("&Skip the row"),
                  tr("The catalog's movie stays as it is; the row is listed in the report."));
        addChoice(OnDuplicate::Update, tr("&Update the catalog's movie"),
                  tr("Filled cells replace what the catalog has; empty cells keep it."));
        addChoice(OnDuplicate::Add, tr("&Add the row as another movie"),
                  tr("Every row becomes a new movie, even when the catalog has one like it."));
        const int remembered = QSettings().value(OnDuplicateKey, int(OnDuplicate::Skip)).toInt();
        (m_policies->button(remembered) ? m_policies->button(remembered) : m_policies->button(0))->setChecked(true);
        connect(m_policies, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
            if (!checked)
                return;
            QSettings().setValue(OnDuplicateKey, id);
            if (m_wizard->currentPage() == this)
                m_wizard->startDryRun();
        });

        auto *preview = new QGroupBox(tr("Dry run (nothing is changed yet)"), this);
        m_status = new QLabel(preview);
        m_status->setWordWrap(true);
        m_progress = new QProgressBar(preview);
        m_progress->setRange(0, 1000);
        m_progress->setTextVisible(false);
        m_summary = new QLabel(preview);
        m_summary->setFont(boldFont(this));
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_error = errorLabel(preview);
        m_problems = new QListWidget(preview);
        m_problems->setUniformItemSizes(true);
        m_problems->setTextElideMode(Qt::ElideRight);
        m_problems->setIconSize(QSize(16, 16));
        auto *previewLayout = new QVBoxLayout(preview);
        previewLayout->addWidget(m_summary);
        previewLayout->addWidget(m_error);
        previewLayout->addWidget(m_status);
        previewLayout->addWidget(m_progress);
        previewLayout->addWidget(m_problems, 1);
        previewLayout->addStretch();

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(policy);
        layout->addWidget(preview, 1);
    }

    OnDuplicate policy() const { return OnDuplicate(m_policies->checkedId()); }
    void setPolicy(OnDuplicate policy) { m_policies->button(int(policy))->setChecked(true); }
    QLabel *summary() const { return m_summary; }
    QProgressBar *progress() const { return m_progress; }

    void initializePage() override { m_wizard->startDryRun(); }
    void cleanupPage() override { m_wizard->cancelJob(); }
    bool isComplete() const override { return m_wizard->m_dryRunError.isEmpty(); }

    void showRunning()
    {
        m_status->setText(tr("Trying the import with this choice…"));
        m_status->setVisible(true);
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_summary->clear();
        m_summary->setVisible(false);
        m_error->setVisible(false);
        m_problems->clear();
        m_problems->setVisible(false);
        Q_EMIT completeChanged();
    }

    void showResult()
    {
        m_progress->setVisible(false);
        m_problems->clear();
        m_summary->setVisible(true);
        if (!m_wizard->m_dryRunError.isEmpty()) {
            m_status->setVisible(false);
            m_summary->setText(tr("This file cannot be imported; nothing was changed."));
            m_error->setText(m_wizard->m_dryRunError);
            m_error->setVisible(true);
            m_problems->setVisible(false);
            Q_EMIT completeChanged();
            return;
        }
        const ImportReport &report = *m_wizard->m_dryRun;
        m_summary->setText(sentence(report.summary()));
        if (report.notes.isEmpty()) {
            m_status->setText(tr("No problems found."));
            m_problems->setVisible(false);
        } else {
            m_status->setText(report.notes.size() > ShownDryRunNotes
                                  ? tr("The first %1 of %2 rows that would not be imported as they are:")
                                        .arg(ShownDryRunNotes)
                                        .arg(QLocale().toString(report.notes.size()))
                                  : tr("Rows that would not be imported as they are:"));
            for (const ImportNote &note : report.notes.first(std::min<qsizetype>(report.notes.size(), ShownDryRunNotes))) {
                auto *item = new QListWidgetItem(noteKindIcon(note.kind), lineLabel(note), m_problems);
                item->setToolTip(note.message);
            }
            m_problems->setVisible(true);
        }
        m_status->setVisible(true);
        Q_EMIT completeChanged();
    }

private:
    ImportWizard *m_wizard;
    QButtonGroup *m_policies = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QListWidget *m_problems = nullptr;
};

// 4. The import, with its progress.
class ImportProgressPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportProgressPage(ImportWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Importing"));
        setSubTitle(tr("The catalog changes only when the whole file has been read. Cancel leaves it as it was."));

        m_status = new QLabel(this);
        m_status->setWordWrap(true);
        m_progress = new QProgressBar(this);
        m_progress->setRange(0, 1000);
        m_progress->setTextVisible(false);
        m_amount = new QLabel(this);
        m_amount->setForegroundRole(QPalette::PlaceholderText);

        auto *layout = new QVBoxLayout(this);
        layout->addStretch(1);
        layout->addWidget(m_status);
        layout->addWidget(m_progress);
        layout->addWidget(m_amount);
        layout->addStretch(2);
    }

    QProgressBar *progress() const { return m_progress; }

    void initializePage() override
    {
        m_status->setText(tr("Importing “%1”…").arg(QFileInfo(m_wizard->filePath()).fileName()));
        m_progress->setValue(0);
        m_amount->clear();
        m_wizard->startImport();
    }
    bool isComplete() const override { return !m_wizard->isRunning() && (m_wizard->m_report || !m_wizard->m_error.isEmpty()); }

    void showAmount(qint64 done, qint64 total)
    {
        const QLocale locale;
        m_amount->setText(tr("%1 of %2 read").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    }
    void showCancelling() { m_status->setText(tr("Cancelling; the catalog stays as it was…")); }

private:
    ImportWizard *m_wizard;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_amount = nullptr;
};

// 5. What the import did, and every row it did not take as it was.
class ImportReportPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Report"));

        m_icon = new QLabel(this);
        m_summary = new QLabel(this);
        m_summary->setFont(boldFont(this, 1.15));
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_detail = new QLabel(this);
        m_detail->setWordWrap(true);
        m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *text = new QVBoxLayout;
        text->addWidget(m_summary);
        text->addWidget(m_detail);
        auto *headline = new QHBoxLayout;
        headline->addWidget(m_icon, 0, Qt::AlignTop);
        headline->addSpacing(8);
        headline->addLayout(text, 1);

        m_model = new ImportNotesModel(this);
        m_table = new QTableView(this);
        m_table->setModel(m_model);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setWordWrap(false);
        m_table->setAlternatingRowColors(true);
        m_table->verticalHeader()->setVisible(false);
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
        m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_table->horizontalHeader()->setSectionResizeMode(ImportNotesModel::Message, QHeaderView::Stretch);
        m_table->setColumnWidth(ImportNotesModel::Line, m_table->fontMetrics().horizontalAdvance(QStringLiteral("000,000")) + 24);
        m_table->setColumnWidth(ImportNotesModel::Kind, m_table->fontMetrics().horizontalAdvance(tr("Warning")) + 48);

        m_copy = new QPushButton(tr("&Copy Report"), this);
        connect(m_copy, &QPushButton::clicked, this, [this] {
            QApplication::clipboard()->setText(m_wizard->reportText());
            m_copied->setText(tr("Copied."));
        });
        m_save = new QPushButton(tr("Sa&ve Report…"), this);
        connect(m_save, &QPushButton::clicked, m_wizard, &ImportWizard::saveReport);
        // Enter stays Finish after one of these was clicked; Space still presses them.
        m_copy->setAutoDefault(false);
        m_save->setAutoDefault(false);
        m_copied = new QLabel(this);
        m_copied->setForegroundRole(QPalette::PlaceholderText);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_copy);
        buttons->addWidget(m_save);
        buttons->addWidget(m_copied);
        buttons->addStretch();

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(headline);
        layout->addSpacing(8);
        layout->addWidget(m_table, 1);
        layout->addStretch();
        layout->addLayout(buttons);
    }

    QLabel *summary() const { return m_summary; }
    QTableView *table() const { return m_table; }

    void initializePage() override
    {
        m_copied->clear();
        const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
        if (!m_wizard->m_report) {
            setSubTitle(tr("The import stopped; the catalog was not changed."));
            m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize));
            m_summary->setText(tr("Nothing was imported."));
            m_detail->setText(m_wizard->m_error);
            m_model->setNotes({});
            m_table->setVisible(false);
            m_copy->setVisible(false);
            m_save->setVisible(false);
            return;
        }
        const ImportReport &report = *m_wizard->m_report;
        setSubTitle(tr("%1 — %2").arg(QFileInfo(report.fileName).fileName(), report.formatDescription));
        m_icon->setPixmap(style()->standardIcon(report.errors > 0 ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation)
                              .pixmap(iconSize));
        m_summary->setText(sentence(report.summary()));
        QString detail = report.notes.isEmpty()
                             ? tr("Every row was imported.")
                             : tr("Each row below was left out or imported without a part, with the reason.");
        if (report.added + report.updated > 0)
            detail += QLatin1Char(' ') + tr("Edit ▸ Undo takes the whole import back.");
        m_detail->setText(detail);
        m_model->setNotes(report.notes);
        m_table->setVisible(!report.notes.isEmpty());
        m_copy->setVisible(true);
        m_save->setVisible(true);
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_icon = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    ImportNotesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_copied = nullptr;
};

ImportWizard::ImportWizard(QString catalogPath, QString mediaFolder, QWidget *parent)
    : QWizard(parent)
    , m_catalogPath(std::move(catalogPath))
    , m_mediaFolder(std::move(mediaFolder))
    , m_progressTimer(new QTimer(this))
{
    setWindowTitle(tr("Import Movies"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage | QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/reelkeeper.svg")).pixmap(48, 48));
    m_pool.setMaxThreadCount(1);

    m_filePage = new ImportFilePage(this);
    m_formatPage = new ImportFormatPage(this);
    m_optionsPage = new ImportOptionsPage(this);
    m_progressPage = new ImportProgressPage(this);
    m_reportPage = new ImportReportPage(this);
    setPage(FilePage, m_filePage);
    setPage(FormatPage, m_formatPage);
    setPage(OptionsPage, m_optionsPage);
    setPage(ProgressPage, m_progressPage);
    setPage(ReportPage, m_reportPage);
    setStartId(FilePage);

    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportWizard::showProgress);
    // While the import runs there is nowhere to go: Cancel is the only button.
    const QList<QWizard::WizardButton> buttons = {QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                                                  QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton};
    setButtonLayout(buttons);
    // Laying the buttons out again hides them for a moment, which moves the focus away from the
    // one the page gave it to: only when the layout changes, and then the focus is put back.
    const QList<QWizard::WizardButton> cancelOnly = {QWizard::Stretch, QWizard::CancelButton};
    connect(this, &QWizard::currentIdChanged, this, [this, buttons, cancelOnly](int id) {
        const QList<QWizard::WizardButton> &wanted = id == ProgressPage ? cancelOnly : buttons;
        if (m_buttonLayout == wanted)
            return;
        m_buttonLayout = wanted;
        setButtonLayout(wanted);
        button(id == ProgressPage ? QWizard::CancelButton : id == ReportPage ? QWizard::FinishButton
                                                                             : QWizard::NextButton)
            ->setFocus();
    });
    m_buttonLayout = buttons;
    resize(1000, 660);
}

ImportWizard::~ImportWizard()
{
    // A job still running is cancelled (it rolls back) and waited for: it must not outlive the
    // catalog it writes to.
    if (m_job)
        m_job->cancel = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->pathField()->setText(QDir::toNativeSeparators(path));
}

QString ImportWizard::filePath() const
{
    return QDir::fromNativeSeparators(m_filePage->pathField()->text().trimmed());
}

bool ImportWizard::needsMapping() const
{
    return m_fileInfo && !m_fileInfo->format;
}

ColumnMapping ImportWizard::mapping() const
{
    return m_formatPage->mapping();
}

OnDuplicate ImportWizard::onDuplicate() const
{
    return m_optionsPage->policy();
}

void ImportWizard::setOnDuplicate(OnDuplicate policy)
{
    m_optionsPage->setPolicy(policy);
}

QLineEdit *ImportWizard::fileField() const { return m_filePage->pathField(); }
QLabel *ImportWizard::fileError() const { return m_filePage->error(); }
QLabel *ImportWizard::formatLabel() const { return m_formatPage->formatLabel(); }
QLabel *ImportWizard::encodingLabel() const { return m_formatPage->encodingLabel(); }
QLabel *ImportWizard::delimiterLabel() const { return m_formatPage->delimiterLabel(); }
QLabel *ImportWizard::bomLabel() const { return m_formatPage->bomLabel(); }
QAbstractItemModel *ImportWizard::previewModel() const { return m_formatPage->previewModel(); }
QComboBox *ImportWizard::mappingCombo(int column) const { return m_formatPage->combo(column); }
QLabel *ImportWizard::dryRunSummary() const { return m_optionsPage->summary(); }
QLabel *ImportWizard::reportSummary() const { return m_reportPage->summary(); }
QTableView *ImportWizard::reportTable() const { return m_reportPage->table(); }

QProgressBar *ImportWizard::progressBar() const
{
    return currentId() == OptionsPage ? m_optionsPage->progress() : m_progressPage->progress();
}

bool ImportWizard::inspectFile(const QString &path)
{
    m_fileInfo.reset();
    if (path.isEmpty()) {
        m_error = tr("Choose a file to import.");
        return false;
    }
    // Only the first rows are read, so this is quick even for a big file.
    Result<MovieImport::FileInfo> info = MovieImport::inspect(path);
    if (!info) {
        m_error = info.error();
        return false;
    }
    m_error.clear();
    m_fileInfo = info.value();
    m_inspectedPath = path;
    return true;
}

void ImportWizard::startDryRun()
{
    run(JobKind::DryRun);
}

void ImportWizard::startImport()
{
    run(JobKind::Import);
}

void ImportWizard::run(JobKind kind)
{
    // A job still running (a dry run with another choice) stops; the pool's single thread starts
    // this one when it has.
    cancelJob();
    auto state = std::make_shared<JobState>();
    m_job = state;
    m_running = kind;

    ImportOptions options;
    options.onDuplicate = onDuplicate();
    options.dryRun = kind == JobKind::DryRun;
    options.keepUndo = kind == JobKind::Import;
    options.mediaFolder = m_mediaFolder;
    const std::optional<ImportFormats::Format> format = needsMapping() ? std::nullopt : m_fileInfo->format;
    const std::optional<ColumnMapping> mapping = needsMapping() ? std::optional(m_formatPage->mapping()) : std::nullopt;

    if (kind == JobKind::DryRun) {
        m_dryRun.reset();
        m_dryRunError.clear();
        m_optionsPage->showRunning();
    } else {
        m_report.reset();
        m_error.clear();
    }
    QtConcurrent::run(&m_pool, [catalogPath = m_catalogPath, path = m_inspectedPath, format, options, mapping,
                                state]() -> Result<ImportReport> {
        if (state->cancel)
            return Error{QString()};
        ThreadConnection connection(catalogPath);
        if (!connection.isOpen())
            return Error{connection.error()};
        const auto progress = [state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            return !state->cancel.load();
        };
        return MovieImport::importFile(connection.database(), path, format, options, progress, mapping);
    }).then(this, [this, state, kind](const Result<ImportReport> &result) { jobDone(state, kind, result); });
    m_progressTimer->start();
}

void ImportWizard::jobDone(const std::shared_ptr<JobState> &state, JobKind kind, const Result<ImportReport> &result)
{
    if (state != m_job)
        return; // cancelled for a newer job
    m_job.reset();
    m_running = JobKind::None;
    m_progressTimer->stop();

    if (kind == JobKind::DryRun) {
        if (!state->cancel) {
            if (result)
                m_dryRun = result.value();
            else
                m_dryRunError = result.error();
            m_optionsPage->showResult();
            Q_EMIT dryRunFinished();
        }
    } else {
        if (result) {
            m_report = result.value();
        } else {
            m_error = result.error();
        }
        // Even when asked to cancel, the import may have committed just before it looked: the
        // window must still get its undo step.
        if (m_report && m_report->committed)
            Q_EMIT imported(*m_report);
        Q_EMIT importFinished();
    }
    if (m_closeWhenStopped) {
        QWizard::reject();
        return;
    }
    if (kind == JobKind::Import && currentId() == ProgressPage) {
        Q_EMIT m_progressPage->completeChanged();
        next();
    }
}

void ImportWizard::cancelJob()
{
    if (!m_job)
        return;
    m_job->cancel = true;
    m_job.reset();
    m_running = JobKind::None;
    m_progressTimer->stop();
}

void ImportWizard::reject()
{
    if (!m_job) {
        QWizard::reject();
        return;
    }
    // Wait for the worker to roll back before closing: a cancelled import must leave nothing behind.
    m_closeWhenStopped = true;
    m_job->cancel = true;
    button(QWizard::CancelButton)->setEnabled(false);
    if (currentId() == ProgressPage)
        m_progressPage->showCancelling();
}

void ImportWizard::showProgress()
{
    if (!m_job)
        return;
    const qint64 total = m_job->total;
    const qint64 done = m_job->done;
    const int value = total > 0 ? int(done * 1000 / total) : 0;
    if (m_running == JobKind::DryRun) {
        m_optionsPage->progress()->setValue(value);
    } else {
        m_progressPage->progress()->setValue(value);
        if (total > 0)
            m_progressPage->showAmount(done, total);
    }
}

QString ImportWizard::reportText() const
{
    if (!m_report)
        return m_error + QLatin1Char('\n');
    QString text;
    for (const ImportNote &note : m_report->notes)
        text += m_report->format(note) + QLatin1Char('\n');
    text += m_report->summary() + QLatin1Char('\n');
    return text;
}

void ImportWizard::saveReport()
{
    const QFileInfo source(m_report ? m_report->fileName : filePath());
    const QString suggested = QDir(QSettings().value(LastFolderKey, source.absolutePath()).toString())
                                  .filePath(tr("%1 import report.txt").arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"), suggested,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(reportText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Import Report"),
                             tr("The report could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace Reelkeeper

#include "importwizard.moc"
