<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Reelkeeper::Catalog</name>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform><numerusform> (and %n more problems)</numerusform></translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MainWindow</name>
    <message numerus="yes">
        <source>%Ln movie(s)</source>
        <translation>
            <numerusform>%Ln movie</numerusform><numerusform>%Ln movies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This catalog holds %Ln movie(s)</source>
        <translation>
            <numerusform>This catalog holds %Ln movie</numerusform><numerusform>This catalog holds %Ln movies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln person(s).</source>
        <translation>
            <numerusform>and %Ln person.</numerusform><numerusform>and %Ln people.</numerusform></translation>
    </message>
</context>
</TS>