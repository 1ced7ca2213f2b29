#pragma once

#include <QWidget>

class QPushButton;

namespace Reelkeeper {

// What a new catalog shows instead of an empty table: what the catalog is for and the two ways
// to fill it.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    QPushButton *addMovieButton() const { return m_addMovie; }
    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void addMovieRequested();
    void importRequested();

private:
    QPushButton *m_addMovie = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace Reelkeeper
