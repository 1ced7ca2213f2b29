<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Reelkeeper::MainWindow</name>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n movie</numerusform><numerusform>%n movies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This catalog holds %n movie(s)</source>
        <translation>
            <numerusform>This catalog holds %n movie</numerusform><numerusform>This catalog holds %n movies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n person(s).</source>
        <translation>
            <numerusform>and %n person.</numerusform><numerusform>and %n people.</numerusform></translation>
    </message>
</context>
</TS>