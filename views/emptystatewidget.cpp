#include "emptystatewidget.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Reelkeeper {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/reelkeeper.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Your catalog is empty"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Start by adding your first movie, or bring a whole library in from a CSV file "
                               "(a spreadsheet, IMDb, Letterboxd or Tellico export)."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // Not aligned in the layout: only then does the layout give the wrapped text the height it needs.
    text->setFixedWidth(460);
    text->setForegroundRole(QPalette::PlaceholderText);

    m_addMovie = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add a Movie"), this);
    m_addMovie->setDefault(true);
    m_import = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import a CSV File…"), this);
    connect(m_addMovie, &QPushButton::clicked, this, &EmptyStateWidget::addMovieRequested);
    connect(m_import, &QPushButton::clicked, this, &EmptyStateWidget::importRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addMovie);
    buttons->addWidget(m_import);
    buttons->addStretch();

    auto *column = new QVBoxLayout(this);
    column->addStretch(2);
    column->addWidget(icon);
    column->addSpacing(12);
    column->addWidget(title);
    auto *centeredText = new QHBoxLayout;
    centeredText->addStretch();
    centeredText->addWidget(text);
    centeredText->addStretch();
    column->addLayout(centeredText);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addStretch(3);
}

} // namespace Reelkeeper
