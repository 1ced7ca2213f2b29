// The catalog schema covers the shared seed ER diagram: every entity has its table, every attribute its
// column, keys are declared as the seed marks them, and every foreign key has a delete rule and an index.
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct SeedAttribute
{
    QString type;
    QString name;
    QStringList keys; // "PK", "FK", "UK"
};

struct SeedEntity
{
    QString name;
    QList<SeedAttribute> attributes;

    QStringList columns(const QString &key) const
    {
        QStringList names;
        for (const SeedAttribute &attribute : attributes) {
            if (attribute.keys.contains(key))
                names.append(attribute.name);
        }
        return names;
    }
};

struct SeedDiagram
{
    QList<SeedEntity> entities;
    QStringList problems; // lines the parser did not understand

    const SeedEntity *entity(const QString &name) const
    {
        for (const SeedEntity &entity : entities) {
            if (entity.name == name)
                return &entity;
        }
        return nullptr;
    }
};

// Reads the entity blocks of a Mermaid erDiagram: `Name {`, then `type name [PK|FK|UK[, …]] ["comment"]`
// lines, then `}`. Relationship lines and `%%` comments are skipped; anything else inside a block is
// reported, so that a seed the parser misreads fails loudly instead of checking less.
SeedDiagram parseMermaidEntities(const QString &text)
{
    static const QRegularExpression blockStart(uR"(^([A-Za-z_][A-Za-z0-9_-]*)\s*\{$)"_s);
    static const QRegularExpression attributeLine(
        uR"(^([A-Za-z_][A-Za-z0-9_()\[\]-]*)\s+([A-Za-z_*][A-Za-z0-9_-]*)((?:\s+(?:PK|FK|UK)(?:\s*,\s*(?:PK|FK|UK))*)?)(?:\s+"[^"]*")?$)"_s);
    static const QRegularExpression keySeparator(uR"([\s,]+)"_s);

    SeedDiagram diagram;
    SeedEntity *current = nullptr;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith("%%"_L1))
            continue;
        if (!current) {
            if (const QRegularExpressionMatch match = blockStart.match(line); match.hasMatch()) {
                diagram.entities.append({match.captured(1), {}});
                current = &diagram.entities.last();
            } else if (line.endsWith(u'{') || line == "}"_L1) {
                // Relationship lines contain braces too ("||--o{"), but never at the end.
                diagram.problems.append(u"line %1: not an entity block: %2"_s.arg(i + 1).arg(line));
            }
            continue;
        }
        if (line == "}"_L1) {
            current = nullptr;
            continue;
        }
        const QRegularExpressionMatch match = attributeLine.match(line);
        if (!match.hasMatch()) {
            diagram.problems.append(
                u"line %1: not an attribute of %2: %3"_s.arg(i + 1).arg(current->name, line));
            continue;
        }
        current->attributes.append(
            {match.captured(1), match.captured(2), match.captured(3).split(keySeparator, Qt::SkipEmptyParts)});
    }
    if (current)
        diagram.problems.append(u"entity %1 is never closed"_s.arg(current->name));
    return diagram;
}

// The seed entity each table stands for (DESIGN.md, "The catalog database").
const QList<std::pair<QString, QString>> &entityTables()
{
    static const QList<std::pair<QString, QString>> tables = {
        {u"User"_s, u"users"_s},
        {u"File"_s, u"files"_s},
        {u"UserAvatar"_s, u"user_avatars"_s},
        {u"Movie"_s, u"movies"_s},
        {u"Country"_s, u"countries"_s},
        {u"Genre"_s, u"genres"_s},
        {u"MovieGenre"_s, u"movie_genres"_s},
        {u"Character"_s, u"characters"_s},
        {u"Person"_s, u"people"_s},
        {u"PersonPhoto"_s, u"person_photos"_s},
        {u"MovieActor"_s, u"movie_actors"_s},
        {u"FavoriteMovie"_s, u"favorite_movies"_s},
    };
    return tables;
}

// The seed names foreign-key columns after what they point at.
QString referencedTable(const QString &column)
{
    static const QHash<QString, QString> targets = {
        {u"user_id"_s, u"users"_s},
        {u"file_id"_s, u"files"_s},
        {u"poster_file_id"_s, u"files"_s},
        {u"director_id"_s, u"people"_s},
        {u"person_id"_s, u"people"_s},
        {u"country_id"_s, u"countries"_s},
        {u"genre_id"_s, u"genres"_s},
        {u"movie_id"_s, u"movies"_s},
        {u"character_id"_s, u"characters"_s},
        {u"primary_photo_id"_s, u"person_photos"_s},
    };
    return targets.value(column);
}

struct ColumnInfo
{
    QString name;
    QString declaredType;
    int primaryKeyPosition = 0; // 0 when not part of the primary key
};

QList<ColumnInfo> tableColumns(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"_s);
    query.addBindValue(table);
    QList<ColumnInfo> columns;
    if (!query.exec())
        return columns;
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return columns;
}

QStringList primaryKeyColumns(QSqlDatabase db, const QString &table)
{
    QList<ColumnInfo> columns = tableColumns(db, table);
    columns.removeIf([](const ColumnInfo &column) { return column.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(), [](const ColumnInfo &a, const ColumnInfo &b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    QStringList names;
    for (const ColumnInfo &column : std::as_const(columns))
        names.append(column.name);
    return names;
}

struct ForeignKeyInfo
{
    QString column;
    QString table;
    QString to;
    QString onDelete;
};

QList<ForeignKeyInfo> foreignKeys(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?)"_s);
    query.addBindValue(table);
    QList<ForeignKeyInfo> keys;
    if (!query.exec())
        return keys;
    while (query.next()) {
        keys.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString()});
    }
    return keys;
}

// Whether some index (or the primary key) of the table starts with the column, so that looking rows up
// or sorting by it does not scan the table.
bool isFirstColumnOfAnIndex(QSqlDatabase db, const QString &table, const QString &column)
{
    if (primaryKeyColumns(db, table).value(0) == column)
        return true;
    QSqlQuery query(db);
    query.prepare(u"SELECT ii.name FROM pragma_index_list(?1) AS il, pragma_index_info(il.name) AS ii "
                  "WHERE ii.seqno = 0"_s);
    query.addBindValue(table);
    if (!query.exec())
        return false;
    while (query.next()) {
        if (query.value(0).toString() == column)
            return true;
    }
    return false;
}

// The declared type SQLite gives a seed type: exact text for decimals and dates, integers for ids,
// counts and booleans.
QString declaredTypeFor(const QString &seedType)
{
    static const QHash<QString, QString> types = {
        {u"int"_s, u"INTEGER"_s},   {u"boolean"_s, u"INTEGER"_s}, {u"string"_s, u"TEXT"_s},
        {u"text"_s, u"TEXT"_s},     {u"decimal"_s, u"TEXT"_s},    {u"date"_s, u"TEXT"_s},
        {u"timestamp"_s, u"TEXT"_s}, {u"enum"_s, u"TEXT"_s},
    };
    return types.value(seedType);
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void shouldSkipMermaidCommentsAndReportLinesItDoesNotUnderstand();
    void shouldReadAllTwelveSeedEntities();
    void shouldHaveATableForEverySeedEntity_data();
    void shouldHaveATableForEverySeedEntity();
    void shouldHaveEverySeedAttributeAsAColumn_data();
    void shouldHaveEverySeedAttributeAsAColumn();
    void shouldStoreSeedTypesWithoutLosingPrecision_data();
    void shouldStoreSeedTypesWithoutLosingPrecision();
    void shouldDeclareThePrimaryKeysOfTheSeed_data();
    void shouldDeclareThePrimaryKeysOfTheSeed();
    void shouldDeclareEveryForeignKeyWithADeleteRule_data();
    void shouldDeclareEveryForeignKeyWithADeleteRule();
    void shouldIndexEveryForeignKey_data();
    void shouldIndexEveryForeignKey();
    void shouldIndexTheColumnsTheBrowserSortsBy_data();
    void shouldIndexTheColumnsTheBrowserSortsBy();

private:
    void addEntityRows();
    const SeedEntity *seedEntity(const QString &name) const;

    SeedDiagram m_seed;
    std::unique_ptr<Reelkeeper::Test::TemporaryCatalog> m_catalog;
};

void TestSchema::initTestCase()
{
    QFile file(QStringLiteral(REELKEEPER_TEST_DATA "/seed_er_diagram.mmd"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.errorString()));
    m_seed = parseMermaidEntities(QString::fromUtf8(file.readAll()));

    m_catalog = std::make_unique<Reelkeeper::Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
}

void TestSchema::cleanupTestCase()
{
    m_catalog.reset();
}

void TestSchema::shouldSkipMermaidCommentsAndReportLinesItDoesNotUnderstand()
{
    // Given a diagram with comments that look like entities and an attribute line that is not one
    const QString text = uR"(%% A comment { with braces }
erDiagram
    %% Ghost {
    %%     int id PK
    %% }
    A ||--o{ B : has
    A {
        int id PK
        %% string skipped
        int b_id FK "points at B"
        string code UK
    }
    B {
        int id PK, FK
        this is not an attribute
    }
)"_s;

    // When it is parsed
    const SeedDiagram diagram = parseMermaidEntities(text);

    // Then only the real entities and attributes are read, and the odd line is reported
    QCOMPARE(diagram.entities.size(), 2);
    QCOMPARE(diagram.entities.at(0).name, u"A"_s);
    QCOMPARE(diagram.entities.at(0).attributes.size(), 3);
    QCOMPARE(diagram.entities.at(0).columns(u"FK"_s), QStringList{u"b_id"_s});
    QCOMPARE(diagram.entities.at(0).columns(u"UK"_s), QStringList{u"code"_s});
    QCOMPARE(diagram.entities.at(1).columns(u"PK"_s), QStringList{u"id"_s});
    QCOMPARE(diagram.entities.at(1).columns(u"FK"_s), QStringList{u"id"_s});
    QCOMPARE(diagram.problems.size(), 1);
    QVERIFY2(diagram.problems.constFirst().contains("this is not an attribute"_L1),
             qPrintable(diagram.problems.constFirst()));
}

void TestSchema::shouldReadAllTwelveSeedEntities()
{
    QVERIFY2(m_seed.problems.isEmpty(), qPrintable(m_seed.problems.join(u'\n')));
    QStringList parsed;
    for (const SeedEntity &entity : std::as_const(m_seed.entities)) {
        QVERIFY2(!entity.attributes.isEmpty(), qPrintable(u"seed entity %1 has no attributes"_s.arg(entity.name)));
        parsed.append(entity.name);
    }
    QStringList expected;
    for (const auto &[entity, table] : entityTables())
        expected.append(entity);
    QCOMPARE(m_seed.entities.size(), 12);
    parsed.sort();
    expected.sort();
    QCOMPARE(parsed, expected);
}

void TestSchema::addEntityRows()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("table");
    for (const auto &[entity, table] : entityTables())
        QTest::newRow(qPrintable(entity)) << entity << table;
}

const SeedEntity *TestSchema::seedEntity(const QString &name) const
{
    return m_seed.entity(name);
}

void TestSchema::shouldHaveATableForEverySeedEntity_data()
{
    addEntityRows();
}

void TestSchema::shouldHaveATableForEverySeedEntity()
{
    QFETCH(QString, entity);
    QFETCH(QString, table);
    QVERIFY2(seedEntity(entity), qPrintable(u"the seed has no entity %1"_s.arg(entity)));

    const QVariant count = Reelkeeper::Test::scalar(
        m_catalog->db(), u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"_s, {table});
    QVERIFY2(count.toInt() == 1,
             qPrintable(u"seed entity %1 has no table %2 in the catalog"_s.arg(entity, table)));
}

void TestSchema::shouldHaveEverySeedAttributeAsAColumn_data()
{
    addEntityRows();
}

void TestSchema::shouldHaveEverySeedAttributeAsAColumn()
{
    QFETCH(QString, entity);
    QFETCH(QString, table);
    const SeedEntity *seed = seedEntity(entity);
    QVERIFY2(seed, qPrintable(u"the seed has no entity %1"_s.arg(entity)));

    QStringList columns;
    for (const ColumnInfo &column : tableColumns(m_catalog->db(), table))
        columns.append(column.name);
    QStringList missing;
    for (const SeedAttribute &attribute : seed->attributes) {
        if (!columns.contains(attribute.name))
            missing.append(u"%1.%2"_s.arg(table, attribute.name));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"seed entity %1 lacks columns: %2"_s.arg(entity, missing.join(", "_L1))));
}

void TestSchema::shouldStoreSeedTypesWithoutLosingPrecision_data()
{
    addEntityRows();
}

void TestSchema::shouldStoreSeedTypesWithoutLosingPrecision()
{
    QFETCH(QString, entity);
    QFETCH(QString, table);
    const SeedEntity *seed = seedEntity(entity);
    QVERIFY2(seed, qPrintable(u"the seed has no entity %1"_s.arg(entity)));

    QHash<QString, QString> declared;
    for (const ColumnInfo &column : tableColumns(m_catalog->db(), table))
        declared.insert(column.name, column.declaredType.toUpper());
    for (const SeedAttribute &attribute : seed->attributes) {
        const QString expected = declaredTypeFor(attribute.type);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(u"seed type %1 of %2.%3 is unknown to this test"_s.arg(attribute.type, entity, attribute.name)));
        QVERIFY2(declared.contains(attribute.name),
                 qPrintable(u"%1.%2 is missing"_s.arg(table, attribute.name)));
        QVERIFY2(declared.value(attribute.name) == expected,
                 qPrintable(u"%1.%2 (seed type %3) is declared '%4', expected %5"_s.arg(
                     table, attribute.name, attribute.type, declared.value(attribute.name), expected)));
    }
}

void TestSchema::shouldDeclareThePrimaryKeysOfTheSeed_data()
{
    addEntityRows();
}

void TestSchema::shouldDeclareThePrimaryKeysOfTheSeed()
{
    QFETCH(QString, entity);
    QFETCH(QString, table);
    const SeedEntity *seed = seedEntity(entity);
    QVERIFY2(seed, qPrintable(u"the seed has no entity %1"_s.arg(entity)));

    QStringList expected = seed->columns(u"PK"_s);
    // The seed gives the link table no key; the pair is what identifies a row (DESIGN.md).
    if (entity == "MovieGenre"_L1 && expected.isEmpty())
        expected = QStringList{u"movie_id"_s, u"genre_id"_s};
    QVERIFY2(!expected.isEmpty(), qPrintable(u"seed entity %1 has no primary key and no rule for one"_s.arg(entity)));

    const QStringList actual = primaryKeyColumns(m_catalog->db(), table);
    QVERIFY2(actual == expected, qPrintable(u"primary key of %1 (seed %2) is (%3), expected (%4)"_s.arg(
                                     table, entity, actual.join(", "_L1), expected.join(", "_L1))));

    // A single integer id is the rowid itself ("INTEGER PRIMARY KEY"), not a second key beside it.
    if (expected == QStringList{u"id"_s}) {
        const QVariant autoIndexes = Reelkeeper::Test::scalar(
            m_catalog->db(), u"SELECT count(*) FROM pragma_index_list(?) WHERE origin = 'pk'"_s, {table});
        QVERIFY2(autoIndexes.isValid() && autoIndexes.toInt() == 0,
                 qPrintable(u"%1.id is not an alias of the rowid (INTEGER PRIMARY KEY)"_s.arg(table)));
    }
}

void TestSchema::shouldDeclareEveryForeignKeyWithADeleteRule_data()
{
    addEntityRows();
}

void TestSchema::shouldDeclareEveryForeignKeyWithADeleteRule()
{
    QFETCH(QString, entity);
    QFETCH(QString, table);
    const SeedEntity *seed = seedEntity(entity);
    QVERIFY2(seed, qPrintable(u"the seed has no entity %1"_s.arg(entity)));

    const QList<ForeignKeyInfo> keys = foreignKeys(m_catalog->db(), table);
    const QStringList seedForeignKeys = seed->columns(u"FK"_s);
    for (const QString &column : seedForeignKeys) {
        const QString target = referencedTable(column);
        QVERIFY2(!target.isEmpty(),
                 qPrintable(u"cannot tell which table %1.%2 points at; teach referencedTable()"_s.arg(entity, column)));
        const auto key = std::find_if(keys.cbegin(), keys.cend(),
                                      [&](const ForeignKeyInfo &k) { return k.column == column; });
        QVERIFY2(key != keys.cend(),
                 qPrintable(u"%1.%2 (seed %3) has no declared foreign key"_s.arg(table, column, entity)));
        QVERIFY2(key->table == target,
                 qPrintable(u"%1.%2 references %3, expected %4"_s.arg(table, column, key->table, target)));
        QVERIFY2(key->to.isEmpty() || key->to == "id"_L1,
                 qPrintable(u"%1.%2 references %3.%4, expected %3.id"_s.arg(table, column, key->table, key->to)));
        QVERIFY2(key->onDelete != "NO ACTION"_L1,
                 qPrintable(u"%1.%2 has no ON DELETE rule, so deleting a %3 would fail or leave it pointing nowhere"_s
                                .arg(table, column, target)));
    }
}

void TestSchema::shouldIndexEveryForeignKey_data()
{
    addEntityRows();
}

void TestSchema::shouldIndexEveryForeignKey()
{
    QFETCH(QString, entity);
    QFETCH(QString, table);
    const SeedEntity *seed = seedEntity(entity);
    QVERIFY2(seed, qPrintable(u"the seed has no entity %1"_s.arg(entity)));

    const QStringList seedForeignKeys = seed->columns(u"FK"_s);
    for (const QString &column : seedForeignKeys) {
        QVERIFY2(isFirstColumnOfAnIndex(m_catalog->db(), table, column),
                 qPrintable(u"foreign key %1.%2 (seed %3) is not the first column of any index; deleting the "
                            "row it points at would scan %1"_s.arg(table, column, entity)));
    }
}

void TestSchema::shouldIndexTheColumnsTheBrowserSortsBy_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::newRow("movies.title") << u"movies"_s << u"title"_s;
    QTest::newRow("movies.release_date") << u"movies"_s << u"release_date"_s;
    QTest::newRow("movies.duration") << u"movies"_s << u"duration"_s;
    QTest::newRow("people.last_name") << u"people"_s << u"last_name"_s;
}

void TestSchema::shouldIndexTheColumnsTheBrowserSortsBy()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QVERIFY2(isFirstColumnOfAnIndex(m_catalog->db(), table, column),
             qPrintable(u"%1.%2 is not the first column of any index"_s.arg(table, column)));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
