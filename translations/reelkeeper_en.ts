<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
