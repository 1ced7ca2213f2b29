// Favorites on a large catalog: marking many movies (and undoing it), the "My favorites" filter
// alone and with search text or a decade, in title order, as the browser's model loads them, and
// the count of users who love a movie. Adds a user "bench-favorites" to the catalog when it has
// none, with every 1,000th movie among their favorites, and removes nothing: run it on a copy.
//
//     bench_favorites CATALOG.sqlite
#include "benchsupport.h"
#include "catalog.h"
#include "favorites.h"
#include "movielistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <functional>

using namespace Reelkeeper;
using Reelkeeper::Bench::median;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

std::pair<qint64, qint64> timeChange(MovieListModel &model, const std::function<void()> &change)
{
    QSignalSpy first(&model, &MovieListModel::firstRowsLoaded);
    QElapsedTimer timer;
    timer.start();
    change();
    waitUntil([&] { return first.count() > 0; });
    const qint64 firstRows = timer.elapsed();
    waitUntil([&] { return !model.isBusy(); });
    return {firstRows, timer.elapsed()};
}

qint64 benchUser(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT id FROM users WHERE username = 'bench-favorites'")) && query.next())
        return query.value(0).toLongLong();
    // Not a real password: the benchmark never signs in.
    if (!query.exec(QStringLiteral("INSERT INTO users (username, password_hash) "
                                   "VALUES ('bench-favorites', '$argon2id$v=19$m=65536,t=2,p=1$bench$bench')")))
        return 0;
    const qint64 user = query.lastInsertId().toLongLong();
    query.exec(QStringLiteral("INSERT INTO favorite_movies (user_id, movie_id) SELECT %1, id FROM movies "
                              "WHERE id % 1000 = 0")
                   .arg(user));
    return user;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: bench_favorites CATALOG.sqlite\n";
        return 2;
    }
    const QString path = app.arguments().at(1);
    const std::unique_ptr<Catalog> catalog = Bench::openCatalog(path);
    if (!catalog)
        return 1;
    QSqlDatabase db = catalog->database();
    const qint64 user = benchUser(db);
    if (user == 0) {
        QTextStream(stderr) << "could not add the benchmark user\n";
        return 1;
    }

    // Marking the first 10,000 movies at once (a big selection), then undoing it.
    QList<qint64> ids;
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT id FROM movies ORDER BY id LIMIT 10000"));
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    QElapsedTimer timer;
    timer.start();
    Result<QList<FavoriteRow>> marked = Favorites::setFavorite(db, user, ids, true);
    out << "mark " << ids.size() << " movies: " << timer.elapsed() << " ms ("
        << (marked ? marked->size() : -1) << " changed)\n";
    timer.start();
    if (marked) {
        Result<void> removed = Favorites::remove(db, user, marked.value());
        out << "undo the marks: " << timer.elapsed() << " ms" << (removed ? "" : " FAILED") << '\n';
    }

    QList<double> counts;
    for (qint64 movie = 1000; movie <= 100000; movie += 1000) {
        timer.start();
        Result<qint64> lovers = Favorites::count(db, movie);
        Q_UNUSED(lovers);
        counts.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "lovers of a movie: median " << median(counts) << " ms\n";

    {
        MovieFilter mine;
        mine.favoritesOf = user;
        timer.start();
        Result<qint64> count = MovieSearch::count(db, mine);
        const qint64 counted = timer.elapsed();
        timer.start();
        Result<QList<qint64>> first = MovieSearch::ids(db, mine, MovieListModel::BlockSize);
        out << "my favorites through SQL: count " << (count ? count.value() : -1) << " in " << counted
            << " ms, first page in " << timer.elapsed() << " ms\n";
        Q_UNUSED(first);
    }

    MovieListModel model(path);
    model.setFavoritesOf(user);
    waitUntil([&] { return !model.isBusy(); });
    out << "all movies: " << model.movieCount() << '\n';

    struct Case
    {
        const char *name;
        MovieFilter filter;
    };
    QList<Case> cases;
    MovieFilter mine;
    mine.favoritesOf = user;
    cases.append({"my favorites", mine});
    MovieFilter searched = mine;
    searched.text = QStringLiteral("Harbor");
    cases.append({"my favorites, search 'Harbor'", searched});
    MovieFilter prefix = mine;
    prefix.text = QStringLiteral("S");
    cases.append({"my favorites, search 'S'", prefix});
    MovieFilter seventies = mine;
    seventies.yearFrom = 1970;
    seventies.yearTo = 1979;
    cases.append({"my favorites, the 1970s", seventies});
    MovieFilter allSeventies;
    allSeventies.yearFrom = 1970;
    allSeventies.yearTo = 1979;
    cases.append({"(reference) everyone's 1970s", allSeventies});
    for (const Case &c : cases) {
        QList<double> firsts;
        qint64 matches = 0;
        for (int run = 0; run < 3; ++run) {
            // Back to every movie first, as a user who turns the filter on (no wait when it is so already).
            if (!model.filter().isEmpty()) {
                QSignalSpy back(&model, &MovieListModel::firstRowsLoaded);
                model.setFilter(MovieFilter());
                waitUntil([&] { return back.count() > 0 && !model.isBusy(); });
            }
            const auto [firstRows, idle] = timeChange(model, [&] { model.setFilter(c.filter); });
            Q_UNUSED(idle);
            firsts.append(double(firstRows));
            matches = model.movieCount();
        }
        out << c.name << ": " << matches << " matches, first rows median " << median(firsts) << " ms (runs:";
        for (double first : firsts)
            out << ' ' << first;
        out << ")\n";
    }
    return 0;
}
