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
    <name>Reelkeeper::MainWindow</name>
    <message numerus="yes">
        <source>%Ln movie(s)</source>
        <translation>
            <numerusform>%Ln movie</numerusform>
            <numerusform>%Ln movies</numerusform>
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
