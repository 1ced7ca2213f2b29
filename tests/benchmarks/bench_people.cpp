// Search as you type among 200,000 people: the people browser and the person picker of the movie
// editor, a keystroke at a time. Without a catalog argument, or with one that does not exist yet, it
// writes one first (200,000 people, 40,000 movies with a director and three actors playing named
// characters), in a temporary folder or at the path given.
//
// For every prefix of each word it times
//   * the browser's query: the ids of every match in name order plus the rows of the first block
//     (PeopleSearch::ids + rows, what PeopleListModel's worker does for a keystroke);
//   * the browser's model: from setFilter() until its first rows are in, on the GUI thread's event
//     loop (the worker, the thread hops and the model reset);
//   * the EntityPicker's person search for the same keystroke (QTest::keyClick into the picker,
//     including its suggestion list);
// and, once per word, the reference: a plain scan of every full name with LIKE '%word%'. Then each
// browser filter alone, through the browser's query. It prints medians and the ratios to the
// reference.
//
//     QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_people [CATALOG.sqlite] [WORD...]
#include "benchsupport.h"
#include "catalog.h"
#include "entitypicker.h"
#include "peoplelistmodel.h"
#include "peoplesearch.h"
#include "scopedtransaction.h"
#include "sqlite.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace Reelkeeper;
using Reelkeeper::Bench::median;

namespace {

constexpr auto Script = R"SQL(
CREATE TEMP TABLE first_names (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO first_names (w) VALUES ('Anna'),('Ben'),('Clara'),('David'),('Elena'),('Felix'),('Grace'),('Hugo'),
 ('Ines'),('Jonas'),('Kira'),('Liam'),('Maya'),('Noah'),('Olga'),('Paul'),('Quinn'),('Rosa'),('Sam'),('Tara'),
 ('Umar'),('Vera'),('Will'),('Xenia'),('Yusuf'),('Zoe'),('Akira'),('Bruno'),('Chloé'),('Dmitri'),('Eva'),('Farah'),
 ('Gustav'),('Hana'),('Igor'),('Jade'),('Kofi'),('Lena'),('Mateo'),('Nadia'),('Oscar'),('Priya'),('Rafael'),
 ('Sofia'),('Tomás'),('Uma'),('Viktor'),('Wen'),('Yara'),('Zane');
CREATE TEMP TABLE last_names (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO last_names (w) VALUES ('Almeida'),('Bergman'),('Castellano'),('Dubois'),('Eriksen'),('Fischer'),
 ('García'),('Hoffmann'),('Ivanova'),('Jansen'),('Kowalski'),('Laurent'),('Moreau'),('Nakamura'),('Okafor'),
 ('Petrov'),('Quintero'),('Rossi'),('Schneider'),('Tanaka'),('Ulrich'),('Varga'),('Weber'),('Xu'),('Yilmaz'),
 ('Zimmermann'),('Andersson'),('Bianchi'),('Costa'),('Dvořák'),('Esposito'),('Fontaine'),('Gallo'),('Horvath'),
 ('Iglesias'),('Jovanović'),('Keller'),('Lindqvist'),('Meyer'),('Novak'),('Olsen'),('Pereira'),('Ricci'),
 ('Santos'),('Takahashi'),('Urban'),('Vogel'),('Wagner'),('Young'),('Zhang'),('Adler'),('Brennan'),('Carvalho'),
 ('Dalton'),('Engel'),('Ferreira'),('Graves'),('Hale'),('Ibsen'),('Kaur'),('Lopez'),('Marsh'),('Nilsen'),
 ('Ortega'),('Price'),('Reyes'),('Sato'),('Thorne'),('Vance'),('Wilde');

INSERT INTO countries (id, name) VALUES (1,'United States'),(2,'France'),(3,'Germany'),(4,'Japan'),(5,'Italy'),
 (6,'United Kingdom'),(7,'India'),(8,'South Korea'),(9,'Brazil'),(10,'Sweden'),(11,'Mexico'),(12,'Spain'),
 (13,'Poland'),(14,'Nigeria'),(15,'Iran'),(16,'Canada'),(17,'Australia'),(18,'China'),(19,'Denmark'),(20,'Argentina');

-- A quarter of the family names are double ("Dubois-Weber"), for 50 x 70 x 71 possible names.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
INSERT INTO people (id, first_name, last_name, date_of_birth, gender, country_id)
SELECT i,
       (SELECT w FROM first_names WHERE i = 1 + (n.i * 7919) % 50),
       (SELECT w FROM last_names WHERE i = 1 + (n.i * 104729) % 70)
           || CASE WHEN i % 4 = 0 THEN '-' || (SELECT w FROM last_names WHERE i = 1 + (n.i / 7) % 70) ELSE '' END,
       CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN printf('%04d', 1900 + i % 100)
            WHEN 2 THEN printf('%04d-%02d', 1900 + i % 100, 1 + i % 12)
            ELSE printf('%04d-%02d-%02d', 1900 + i % 100, 1 + i % 12, 1 + i % 28) END,
       CASE i % 6 WHEN 0 THEN NULL WHEN 1 THEN 'male' WHEN 2 THEN 'female' WHEN 3 THEN 'male' WHEN 4 THEN 'female'
            ELSE 'non_binary' END,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + i % 20 END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000)
INSERT INTO movies (id, title, release_date, director_id, country_id)
SELECT i, 'Film ' || i, printf('%04d', 1900 + i % 124), 1 + (i * 7919) % 200000, 1 + i % 20 FROM n;

WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 3)
INSERT INTO characters (movie_id, name, role)
SELECT movies.id, 'Character ' || k.j, CASE k.j WHEN 1 THEN 'lead' WHEN 2 THEN 'supporting' ELSE 'minor' END
FROM movies, k ORDER BY movies.id, k.j;

INSERT INTO movie_actors (movie_id, person_id, character_id)
SELECT movie_id, 1 + (movie_id * 104729 + id * 15485863) % 200000, id FROM characters;
)SQL";

// Writes the catalog as generate_catalog does: the rows into a schema-1 catalog, then the upgrade
// builds the search indexes once over all of them.
bool generate(const QString &path, QTextStream &out)
{
    Catalog::Options schemaOne;
    schemaOne.migrations.clear();
    for (const Migration &migration : Migrator::builtIn()) {
        if (migration.version == 1)
            schemaOne.migrations.append(migration);
    }
    QElapsedTimer timer;
    timer.start();
    {
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(path, schemaOne);
        if (!catalog) {
            QTextStream(stderr) << catalog.error() << '\n';
            return false;
        }
        QSqlDatabase db = (*catalog)->database();
        ScopedTransaction transaction(db);
        Result<void> ran = Sqlite::executeScript(db, QString::fromUtf8(Script));
        if (!ran || !transaction.commit()) {
            QTextStream(stderr) << (ran ? db.lastError().text() : ran.error()) << '\n';
            return false;
        }
    }
    out << "generated 200,000 people and 40,000 movies in " << timer.elapsed() << " ms\n";
    return true;
}

QString percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return QStringLiteral("-");
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return QString::number(values.at(index), 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // thumbnails and settings stay out of the user's
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);

    QTemporaryDir folder;
    QString path;
    if (!args.isEmpty() && args.constFirst().endsWith(QLatin1String(".sqlite"))) {
        path = args.takeFirst();
        if (!QFileInfo::exists(path) && !generate(path, out))
            return 1;
    } else {
        path = folder.filePath(QStringLiteral("people.sqlite"));
        if (!generate(path, out))
            return 1;
    }
    if (args.isEmpty())
        args = {QStringLiteral("Dubois"), QStringLiteral("Anna Weber"), QStringLiteral("Kowalski-Sato"),
                QStringLiteral("Yusuf"), QStringLiteral("zzyzx")};

    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Catalog> catalog = Bench::openCatalog(path);
    if (!catalog)
        return 1;
    QSqlDatabase db = catalog->database();
    out << "open (including any schema upgrade): " << timer.elapsed() << " ms, "
        << Sqlite::pragma(db, QStringLiteral("page_count")).toLongLong() * 4096 / 1024 / 1024 << " MB, "
        << PeopleSearch::count(db, PersonFilter()).value() << " people\n";

    PeopleListModel model(catalog->path(), catalog->mediaPath(), folder.filePath(QStringLiteral("thumbnails")));
    QSignalSpy firstRows(&model, &PeopleListModel::firstRowsLoaded);
    QObject::connect(&model, &PeopleListModel::failed, [](const QString &message) {
        QTextStream(stderr) << "the model failed: " << message << '\n';
    });
    if (!firstRows.wait(60000)) {
        QTextStream(stderr) << "the model did not load\n";
        return 1;
    }
    out << "browser model, everyone: first rows after " << firstRows.constLast().constFirst().toLongLong() << " ms\n";

    EntityPicker picker(EntityPicker::Kind::Person, db);
    picker.resize(400, 30);
    picker.show();
    if (!QTest::qWaitForWindowExposed(&picker))
        return 1;

    QList<double> queries, models, pickers, references;
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("typed"), -16)
               .arg(QStringLiteral("matches"), 8)
               .arg(QStringLiteral("query ms"), 9)
               .arg(QStringLiteral("model ms"), 9)
               .arg(QStringLiteral("picker ms"), 10);
    for (const QString &word : std::as_const(args)) {
        picker.lineEdit()->clear();
        for (qsizetype length = 1; length <= word.size(); ++length) {
            PersonFilter filter;
            filter.text = word.left(length);

            timer.start();
            Result<QList<qint64>> ids = PeopleSearch::ids(db, filter);
            Result<QList<PersonRow>> rows =
                ids ? PeopleSearch::rows(db, ids->mid(0, PeopleListModel::BlockSize)) : Result<QList<PersonRow>>(Error{ids.error()});
            const double query = timer.nsecsElapsed() / 1e6;
            if (!rows) {
                QTextStream(stderr) << rows.error() << '\n';
                return 1;
            }

            double modelMs = 0;
            if (model.setFilter(filter)) {
                if (!firstRows.wait(60000)) {
                    QTextStream(stderr) << "the model did not answer\n";
                    return 1;
                }
                modelMs = double(firstRows.constLast().constFirst().toLongLong());
            }

            timer.start();
            QTest::keyClicks(picker.lineEdit(), word.mid(length - 1, 1)); // one key (words are ASCII)
            const double pickerMs = timer.nsecsElapsed() / 1e6;

            queries.append(query);
            if (modelMs > 0)
                models.append(modelMs);
            pickers.append(pickerMs);
            out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                       .arg(filter.text, -16)
                       .arg(ids->size(), 8)
                       .arg(query, 9, 'f', 1)
                       .arg(modelMs > 0 ? QString::number(modelMs, 'f', 0) : QStringLiteral("same"), 9)
                       .arg(pickerMs, 10, 'f', 1);
        }
        QSqlQuery scan(db);
        timer.start();
        scan.prepare(QStringLiteral("SELECT count(*) FROM people "
                                    "WHERE trim(ifnull(first_name, '') || ' ' || ifnull(last_name, '')) LIKE ?"));
        scan.addBindValue(QString(QLatin1Char('%') + word + QLatin1Char('%')));
        if (!scan.exec() || !scan.next()) {
            QTextStream(stderr) << scan.lastError().text() << '\n';
            return 1;
        }
        references.append(timer.nsecsElapsed() / 1e6);
    }
    const double reference = median(references);
    out << QStringLiteral("keystrokes: %1\n").arg(queries.size());
    out << QStringLiteral("  browser query  median %1 ms, 90th pct %2, worst %3 (ratio to reference %4)\n")
               .arg(median(queries), 0, 'f', 1)
               .arg(percentile(queries, 0.9), percentile(queries, 1.0))
               .arg(median(queries) / reference, 0, 'f', 2);
    out << QStringLiteral("  browser model  median %1 ms, 90th pct %2, worst %3 (%4 keystrokes that changed the "
                          "query; ratio %5)\n")
               .arg(median(models), 0, 'f', 1)
               .arg(percentile(models, 0.9), percentile(models, 1.0))
               .arg(models.size())
               .arg(median(models) / reference, 0, 'f', 2);
    out << QStringLiteral("  person picker  median %1 ms, 90th pct %2, worst %3 (ratio %4)\n")
               .arg(median(pickers), 0, 'f', 1)
               .arg(percentile(pickers, 0.9), percentile(pickers, 1.0))
               .arg(median(pickers) / reference, 0, 'f', 2);
    out << QStringLiteral("  reference: LIKE '%word%' scan of every full name, median %1 ms\n").arg(reference, 0, 'f', 1);

    // Each filter alone, as a click on it lists it (all ids in name order and the first block).
    struct Named
    {
        const char *name;
        PersonFilter filter;
    };
    QList<Named> filters;
    filters.append({"everyone", PersonFilter()});
    PersonFilter f;
    f.actsOnly = true;
    filters.append({"acting", f});
    f = PersonFilter();
    f.directsOnly = true;
    filters.append({"directing", f});
    f = PersonFilter();
    f.countryId = 4;
    filters.append({"country", f});
    f = PersonFilter();
    f.gender = QStringLiteral("female");
    filters.append({"gender female", f});
    f = PersonFilter();
    f.gender = QString();
    filters.append({"gender unknown", f});
    f = PersonFilter();
    f.missingPhoto = true;
    filters.append({"missing photo", f});
    f = PersonFilter();
    f.missingBirthDate = true;
    filters.append({"missing birth date", f});
    f = PersonFilter();
    f.actsOnly = true;
    f.text = QStringLiteral("Weber");
    filters.append({"acting + \"Weber\"", f});
    out << "filters (browser query, median of 3):\n";
    for (const Named &named : std::as_const(filters)) {
        QList<double> times;
        qsizetype matches = 0;
        for (int run = 0; run < 3; ++run) {
            timer.start();
            Result<QList<qint64>> ids = PeopleSearch::ids(db, named.filter);
            if (!ids) {
                QTextStream(stderr) << ids.error() << '\n';
                return 1;
            }
            Result<QList<PersonRow>> rows = PeopleSearch::rows(db, ids->mid(0, PeopleListModel::BlockSize));
            times.append(timer.nsecsElapsed() / 1e6);
            matches = ids->size();
        }
        out << QStringLiteral("  %1 %2 matches %3 ms\n")
                   .arg(QLatin1String(named.name), -20)
                   .arg(matches, 7)
                   .arg(median(times), 7, 'f', 1);
    }
    return 0;
}
