<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>redletter::LibraryWindow</name>
    <message numerus="yes">
        <source>%n parts</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters, %1 min</source>
        <translation>
            <numerusform>%n chapter, %1 min</numerusform>
            <numerusform>%n chapters, %1 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::MainWindow</name>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reading(s).</source>
        <translation>
            <numerusform>Imported %n reading.</numerusform>
            <numerusform>Imported %n readings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::MarkdownReader</name>
    <message numerus="yes">
        <source>navigation links (%n)</source>
        <translation>
            <numerusform>navigation links (%n)</numerusform>
            <numerusform>navigation links (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::PlainTextReader</name>
    <message numerus="yes">
        <source>the Project Gutenberg header (%n lines)</source>
        <translation>
            <numerusform>the Project Gutenberg header (%n line)</numerusform>
            <numerusform>the Project Gutenberg header (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Project Gutenberg licence and footer (%n lines)</source>
        <translation>
            <numerusform>the Project Gutenberg licence and footer (%n line)</numerusform>
            <numerusform>the Project Gutenberg licence and footer (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project Gutenberg credits and notices (%n paragraphs)</source>
        <translation>
            <numerusform>Project Gutenberg credits and notices (%n paragraph)</numerusform>
            <numerusform>Project Gutenberg credits and notices (%n paragraphs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the table of contents (%n entries)</source>
        <translation>
            <numerusform>the table of contents (%n entry)</numerusform>
            <numerusform>the table of contents (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::PreferencesDialog</name>
    <message numerus="yes">
        <source>Learned so far: about %1 words a minute, from %n reading(s).</source>
        <translation>
            <numerusform>Learned so far: about %1 words a minute, from %n reading.</numerusform>
            <numerusform>Learned so far: about %1 words a minute, from %n readings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::ReadingEditor</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>Red Letter copies the catalog once a day and keeps %n days. Restoring one replaces the catalog; the current one is kept in %1.</source>
        <translation>
            <numerusform>Red Letter copies the catalog once a day and keeps %n day. Restoring one replaces the catalog; the current one is kept in %1.</numerusform>
            <numerusform>Red Letter copies the catalog once a day and keeps %n days. Restoring one replaces the catalog; the current one is kept in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::SourceFindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
</TS>
