// Writes a synthetic catalog for benchmarks: N movies, each with a director, a country, one to three
// genres and CAST actors playing named characters, drawn from a pool of people (one per five movies,
// at least 1,000). Everything is generated inside SQLite in one transaction, so a million movies
// take a minute or so rather than an hour of single-row inserts.
//
//     generate_catalog [--movies N] [--cast K] [--seed S] OUT.sqlite
#include "catalog.h"
#include "scopedtransaction.h"
#include "sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QTextStream>

using namespace Reelkeeper;

namespace {

// Word lists that make plausible titles and names; picked by multiplicative hashing of the row
// number, so the same arguments always give the same catalog.
constexpr auto Script = R"SQL(
CREATE TEMP TABLE words (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO words (w) VALUES ('Silent'),('Harbor'),('Midnight'),('River'),('Glass'),('Empire'),('Winter'),
 ('Crimson'),('Stranger'),('Garden'),('Iron'),('Paper'),('Last'),('Golden'),('Broken'),('Northern'),('Lights'),
 ('Shadow'),('Orchard'),('Velvet'),('Storm'),('Island'),('Mirror'),('Falcon'),('Desert'),('Letters'),('Echo'),
 ('Summer'),('Station'),('Wolves'),('Ghost'),('Signal'),('Harvest'),('Machine'),('Ocean'),('Border'),('Frontier'),
 ('Lantern'),('Violet'),('Thunder'),('Secret'),('Journey'),('Kingdom'),('Night'),('Morning'),('Canyon'),('Street'),
 ('Carnival'),('Horizon'),('Tide'),('Avenue'),('Memory'),('Highway'),('Stone'),('Feather'),('Fire'),('Silver'),
 ('Paradise'),('Hunter'),('Dream'),('Season'),('Sky'),('Promise'),('Whisper'),('Compass'),('Anchor'),('Ember');
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
CREATE TEMP TABLE roles (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO roles (w) VALUES ('lead'),('supporting'),('supporting'),('minor'),('minor'),('cameo');

INSERT INTO countries (id, name) VALUES (1,'United States'),(2,'France'),(3,'Germany'),(4,'Japan'),(5,'Italy'),
 (6,'United Kingdom'),(7,'India'),(8,'South Korea'),(9,'Brazil'),(10,'Sweden'),(11,'Mexico'),(12,'Spain'),
 (13,'Poland'),(14,'Nigeria'),(15,'Iran'),(16,'Canada'),(17,'Australia'),(18,'China'),(19,'Denmark'),(20,'Argentina');
INSERT INTO genres (id, name) VALUES (1,'Drama'),(2,'Comedy'),(3,'Thriller'),(4,'Romance'),(5,'Action'),
 (6,'Documentary'),(7,'Horror'),(8,'Science Fiction'),(9,'Western'),(10,'Animation'),(11,'Crime'),(12,'Musical'),
 (13,'War'),(14,'Mystery'),(15,'Fantasy'),(16,'Adventure'),(17,'Family'),(18,'Biography'),(19,'Silent'),(20,'Noir');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :people)
INSERT INTO people (id, first_name, last_name, date_of_birth, gender, country_id)
SELECT i,
       (SELECT w FROM first_names WHERE i = 1 + (n.i * 7919 + :seed) % 50),
       (SELECT w FROM last_names WHERE i = 1 + (n.i * 104729 + :seed) % 70),
       CASE WHEN i % 4 = 0 THEN NULL ELSE printf('%04d-%02d-%02d', 1900 + i % 100, 1 + i % 12, 1 + i % 28) END,
       CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN 'male' WHEN 2 THEN 'female' WHEN 3 THEN 'male' ELSE 'female' END,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + i % 20 END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :movies)
INSERT INTO movies (id, title, description, budget, release_date, duration, director_id, country_id)
SELECT i,
       (SELECT w FROM words WHERE i = 1 + (n.i * 31 + :seed) % 67) || ' '
           || (SELECT w FROM words WHERE i = 1 + (n.i * 7 + n.i / 67 + :seed) % 67)
           || CASE WHEN i % 3 = 0 THEN ' ' || (SELECT w FROM words WHERE i = 1 + (n.i / 13) % 67) ELSE '' END
           || CASE WHEN i > 100000 THEN ' ' || (i / 100000 + 1) ELSE '' END,
       'A synthetic film made for measuring Reelkeeper, number ' || i || '.',
       CASE WHEN i % 3 = 0 THEN NULL ELSE (1 + i % 250) * 100000 || CASE WHEN i % 10 = 0 THEN '.50' ELSE '' END END,
       CASE i % 3 WHEN 0 THEN printf('%04d', 1900 + i % 124)
                  WHEN 1 THEN printf('%04d-%02d', 1900 + i % 124, 1 + i % 12)
                  ELSE printf('%04d-%02d-%02d', 1900 + i % 124, 1 + i % 12, 1 + i % 28) END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE 70 + i % 110 END,
       CASE WHEN i % 13 = 0 THEN NULL ELSE 1 + (i * 2654435761) % :people END,
       CASE WHEN i % 17 = 0 THEN NULL ELSE 1 + (i * 40503) % 20 END
FROM n;

INSERT INTO movie_genres (movie_id, genre_id)
SELECT id, 1 + (id * 7) % 20 FROM movies WHERE id % 19 <> 0
UNION SELECT id, 1 + (id * 11 + 3) % 20 FROM movies WHERE id % 2 = 0
UNION SELECT id, 1 + (id * 13 + 5) % 20 FROM movies WHERE id % 5 = 0;

WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < :cast)
INSERT INTO characters (id, movie_id, name, role)
SELECT (m.id - 1) * :cast + k.j, m.id,
       (SELECT w FROM first_names WHERE i = 1 + (m.id * 3 + k.j * 17) % 50) || ' '
           || (SELECT w FROM words WHERE i = 1 + (m.id + k.j * 29) % 67),
       (SELECT w FROM roles WHERE i = 1 + (k.j - 1) % 6)
FROM movies m, k;

INSERT INTO movie_actors (movie_id, person_id, character_id)
SELECT movie_id, 1 + ((movie_id * 2246822519 + (id % :cast) * 3266489917) % :people), id FROM characters;
)SQL";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic Reelkeeper catalog for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption movies(QStringLiteral("movies"), QStringLiteral("How many movies."), QStringLiteral("N"),
                                    QStringLiteral("100000"));
    const QCommandLineOption cast(QStringLiteral("cast"), QStringLiteral("Actors per movie."), QStringLiteral("K"),
                                  QStringLiteral("5"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Varies titles and names."), QStringLiteral("S"),
                                  QStringLiteral("0"));
    parser.addOptions({movies, cast, seed});
    parser.addPositionalArgument(QStringLiteral("OUT.sqlite"), QStringLiteral("The catalog to write (must not exist)."));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    const qint64 movieCount = parser.value(movies).toLongLong();
    const qint64 castCount = parser.value(cast).toLongLong();
    if (positional.size() != 1 || movieCount < 1 || castCount < 0 || castCount > 50) {
        err << parser.helpText();
        return 2;
    }
    const QString path = positional.constFirst();
    if (QFile::exists(path)) {
        err << "generate_catalog: " << path << " exists already\n";
        return 1;
    }
    // The rows go into a schema-1 catalog, and the later migrations (search indexes) then run once
    // over all of them, as they do when a user's catalog is upgraded; that is much faster than
    // keeping the indexes up to date row by row.
    Catalog::Options schemaOne;
    schemaOne.migrations.clear();
    for (const Migration &migration : Migrator::builtIn()) {
        if (migration.version == 1)
            schemaOne.migrations.append(migration);
    }
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(path, schemaOne);
    if (!catalog) {
        err << "generate_catalog: " << catalog.error() << '\n';
        return 1;
    }

    // Only numbers are put into the script, never text from outside.
    QString script = QString::fromUtf8(Script);
    script.replace(QStringLiteral(":people"), QString::number(qMax<qint64>(1000, movieCount / 5)));
    script.replace(QStringLiteral(":movies"), QString::number(movieCount));
    script.replace(QStringLiteral(":cast"), QString::number(qMax<qint64>(castCount, 1)));
    script.replace(QStringLiteral(":seed"), QString::number(parser.value(seed).toLongLong()));
    if (castCount == 0)
        script.truncate(script.indexOf(QStringLiteral("WITH RECURSIVE k(j)")));

    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = (*catalog)->database();
        ScopedTransaction transaction(db);
        if (Result<void> ran = Sqlite::executeScript(db, script); !ran || !transaction.commit()) {
            err << "generate_catalog: " << (ran ? db.lastError().text() : ran.error()) << '\n';
            return 1;
        }
    }
    const qint64 rowsTime = timer.elapsed();
    catalog->reset();
    timer.start();
    Catalog::Options upgrade;
    upgrade.quickCheck = false;
    Result<std::unique_ptr<Catalog>> upgraded = Catalog::open(path, upgrade);
    if (!upgraded) {
        err << "generate_catalog: " << upgraded.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << "generate_catalog: " << movieCount << " movies with " << castCount << " cast each in "
                        << rowsTime << " ms, schema upgrade to version " << (*upgraded)->schemaVersion() << " in "
                        << timer.elapsed() << " ms: " << path << '\n';
    return 0;
}
