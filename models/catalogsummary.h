#pragma once

#include <QObject>
#include <QString>

namespace Reelkeeper {

// How many movies a catalog holds, counted off the GUI thread after opening and after every
// change. The window uses it to choose between the empty state and the browser.
class CatalogSummary final : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        qint64 movies = 0;
    };

    explicit CatalogSummary(QString databasePath, QObject *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    Counts counts() const { return m_counts; }

    // Counts again in a worker thread; emits loaded() or failed() on this object's thread.
    void refresh();

    // The counting itself, for any thread that has its own connection.
    static Counts count(const QString &databasePath, QString *error);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    QString m_databasePath;
    Counts m_counts;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace Reelkeeper
