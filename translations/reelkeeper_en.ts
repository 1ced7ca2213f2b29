<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Reelkeeper::AccountForm</name>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Accounts</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Catalog</name>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ExportMoviesDialog</name>
    <message numerus="yes">
        <source>&amp;All movies (%Ln)</source>
        <translation>
            <numerusform>&amp;All movies (%Ln)</numerusform>
            <numerusform>&amp;All movies (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the movies of the current &amp;search (%Ln)</source>
        <translation>
            <numerusform>Only the movies of the current &amp;search (%Ln)</numerusform>
            <numerusform>Only the movies of the current &amp;search (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::FavoriteCommands</name>
    <message numerus="yes">
        <source>Add %n movie(s) to My Favorites</source>
        <translation>
            <numerusform>Add %n movie to My Favorites</numerusform>
            <numerusform>Add %n movies to My Favorites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n movie(s) from My Favorites</source>
        <translation>
            <numerusform>Remove %n movie from My Favorites</numerusform>
            <numerusform>Remove %n movies from My Favorites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MainWindow</name>
    <message numerus="yes">
        <source>%Ln movie(s)</source>
        <translation>
            <numerusform>%Ln movie</numerusform>
            <numerusform>%Ln movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln movie(s) from %1</source>
        <translation>
            <numerusform>Imported %Ln movie from %1</numerusform>
            <numerusform>Imported %Ln movies from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new movie(s)</source>
        <translation>
            <numerusform>%Ln new movie</numerusform>
            <numerusform>%Ln new movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln movie(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln movie to %1</numerusform>
            <numerusform>Exported %Ln movies to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln person(s) — undo with %1</source>
        <translation>
            <numerusform>Deleted %Ln person — undo with %1</numerusform>
            <numerusform>Deleted %Ln people — undo with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln movie(s) with %1 images to %2</source>
        <translation>
            <numerusform>Exported %Ln movie with %1 images to %2</numerusform>
            <numerusform>Exported %Ln movies with %1 images to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln movie(s) from the bundle</source>
        <translation>
            <numerusform>Imported %Ln movie from the bundle</numerusform>
            <numerusform>Imported %Ln movies from the bundle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieBrowser</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movie(s)</source>
        <translation>
            <numerusform>%Ln movie</numerusform>
            <numerusform>%Ln movies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieCommands</name>
    <message numerus="yes">
        <source>Delete %n movie(s)</source>
        <translation>
            <numerusform>Delete %n movie</numerusform>
            <numerusform>Delete %n movies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieDetailPane</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>running time</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people love this</source>
        <comment>how many users have the movie among their favorites</comment>
        <translation>
            <numerusform>%n person loves this</numerusform>
            <numerusform>%n people love this</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PeopleBrowser</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonCommands</name>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonEditorDialog</name>
    <message numerus="yes">
        <source>Delete %n people?</source>
        <translation>
            <numerusform>Delete %n person?</numerusform>
            <numerusform>Delete %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s) will have no director.</source>
        <translation>
            <numerusform>%n movie will have no director.</numerusform>
            <numerusform>%n movies will have no director.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cast entry(s) in %1 will go; their characters stay, without an actor.</source>
        <translation>
            <numerusform>%n cast entry in %1 will go; their characters stay, without an actor.</numerusform>
            <numerusform>%n cast entries in %1 will go; their characters stay, without an actor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n movie</numerusform>
            <numerusform>%n movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) will be removed.</source>
        <translation>
            <numerusform>%n photo will be removed.</numerusform>
            <numerusform>%n photos will be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonRecords</name>
    <message numerus="yes">
        <source>directs %n movie(s)</source>
        <translation>
            <numerusform>directs %n movie</numerusform>
            <numerusform>directs %n movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n movie</numerusform>
            <numerusform>%n movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plays %n character(s) in %1</source>
        <translation>
            <numerusform>plays %n character in %1</numerusform>
            <numerusform>plays %n characters in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Session</name>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Taxonomy</name>
    <message numerus="yes">
        <source>“%1” is the genre of %n movie(s), so it cannot be deleted. Merge it into another genre instead.</source>
        <translation>
            <numerusform>“%1” is the genre of %n movie, so it cannot be deleted. Merge it into another genre instead.</numerusform>
            <numerusform>“%1” is the genre of %n movies, so it cannot be deleted. Merge it into another genre instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n movie</numerusform>
            <numerusform>%n movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::TaxonomyCommands</name>
    <message numerus="yes">
        <source>Merge %n entries into “%1”</source>
        <translation>
            <numerusform>Merge %n entry into “%1”</numerusform>
            <numerusform>Merge %n entries into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n countries</source>
        <translation>
            <numerusform>Delete %n country</numerusform>
            <numerusform>Delete %n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n genres</source>
        <translation>
            <numerusform>Delete %n genre</numerusform>
            <numerusform>Delete %n genres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::TaxonomyPage</name>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n genres</source>
        <translation>
            <numerusform>%n genre</numerusform>
            <numerusform>%n genres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n movie</numerusform>
            <numerusform>%n movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the genre of %n movie(s). Merge it into another genre instead.</source>
        <translation>
            <numerusform>“%1” is the genre of %n movie. Merge it into another genre instead.</numerusform>
            <numerusform>“%1” is the genre of %n movies. Merge it into another genre instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the country of %n movie(s). Merge it into another country instead.</source>
        <translation>
            <numerusform>“%1” is the country of %n movie. Merge it into another country instead.</numerusform>
            <numerusform>“%1” is the country of %n movies. Merge it into another country instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the country of %n person(s). Merge it into another country instead.</source>
        <translation>
            <numerusform>“%1” is the country of %n person. Merge it into another country instead.</numerusform>
            <numerusform>“%1” is the country of %n people. Merge it into another country instead.</numerusform>
        </translation>
    </message>
</context>
</TS>
