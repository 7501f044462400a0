<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/application.cpp" line="110"/>
        <location filename="../app/application.cpp" line="145"/>
        <source>Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="146"/>
        <source>The catalog cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter</name>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Red Letter: daily left theory. 15 minutes or less. Refreshes at midnight.
Without options, opens the window on today&apos;s reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>Keep the catalog in DIR instead of the user&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>Pretend today is DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="41"/>
        <source>Import reading files into the catalog, report each, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Print the day&apos;s reading as one JSON object and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="45"/>
        <source>Print the served days as JSON lines and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="47"/>
        <source>Render the window with the day&apos;s reading to FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="50"/>
        <source>Window size for --screenshot (default 1280x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>Start in the tray without showing the window (start at login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <source>Start the clock at local time DATETIME and let it run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="60"/>
        <source>Files for --import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="87"/>
        <source>--date wants a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="94"/>
        <source>--pretend-now wants a local date and time as YYYY-MM-DDTHH:MM:SS, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="97"/>
        <source>--date and --pretend-now cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="104"/>
        <source>--import, --today, --archive and --screenshot cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="110"/>
        <source>--import needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="114"/>
        <source>unexpected argument &apos;%1&apos; (did you mean --import?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="117"/>
        <source>--size goes with --screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="130"/>
        <source>--size wants WIDTHxHEIGHT in pixels, like 1280x900, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/exportfile.cpp" line="24"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/exportfile.cpp" line="29"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/exportfile.cpp" line="36"/>
        <source>no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/exportfile.cpp" line="42"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/exportoptions.cpp" line="147"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/exportoptions.cpp" line="148"/>
        <source>Annotations, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/pdfexport.cpp" line="297"/>
        <source>PDF export needs a QGuiApplication (for its fonts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/pdfexport.cpp" line="327"/>
        <source>the PDF writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/pdfexport.cpp" line="335"/>
        <source>the PDF writer could not add a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="354"/>
        <source>The editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="355"/>
        <source>%1, introduction to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="370"/>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::AnnotationController</name>
    <message>
        <location filename="../app/annotationcontroller.cpp" line="103"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationcontroller.cpp" line="112"/>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationcontroller.cpp" line="123"/>
        <source>Remove Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationcontroller.cpp" line="123"/>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationcontroller.cpp" line="134"/>
        <source>Change Highlight Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationcontroller.cpp" line="142"/>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationcontroller.cpp" line="142"/>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::AnnotationPanel</name>
    <message>
        <location filename="../app/annotationpanel.cpp" line="32"/>
        <source>Search all my notes</source>
        <translation>Alle meine Notizen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/annotationpanel.cpp" line="69"/>
        <source>Not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationpanel.cpp" line="97"/>
        <source>No notes match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationpanel.cpp" line="103"/>
        <source>In this reading (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotationpanel.cpp" line="108"/>
        <source>Not found after the text changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::ArchiveDialog</name>
    <message>
        <location filename="../app/archivedialog.cpp" line="18"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../app/archivedialog.cpp" line="25"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/archivedialog.cpp" line="25"/>
        <source>Reading</source>
        <translation>Lektüre</translation>
    </message>
    <message>
        <location filename="../app/archivedialog.cpp" line="25"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../app/archivedialog.cpp" line="25"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/archivedialog.cpp" line="36"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>redletter::Builder</name>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="126"/>
        <source>Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="126"/>
        <source>Red Letter · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="156"/>
        <source>from</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="200"/>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="201"/>
        <source>Introduction · %1</source>
        <translation>Einführung · %1</translation>
    </message>
</context>
<context>
    <name>redletter::DesktopIntegration</name>
    <message>
        <location filename="../app/desktop/desktopintegration.cpp" line="140"/>
        <source>Start at Login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopintegration.cpp" line="140"/>
        <source>The login entry cannot be changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::DocumentBuilder</name>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="76"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="82"/>
        <source>About %1 min of text, %2 min of introduction and %3 min of notes, at %4 words a minute (%5 words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="88"/>
        <source>The editor puts it at %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="614"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../lib/typesetting/documentbuilder.cpp" line="614"/>
        <source>Editor</source>
        <translation>Redaktion</translation>
    </message>
</context>
<context>
    <name>redletter::FindBar</name>
    <message>
        <location filename="../app/findbar.cpp" line="19"/>
        <source>Find in the reading</source>
        <translation>In der Lektüre suchen</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="22"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="25"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="28"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="82"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/findbar.cpp" line="84"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>redletter::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <location filename="../app/mainwindow.cpp" line="426"/>
        <source>Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>My Notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>The change could not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>&amp;Import Readings…</source>
        <translation>Lektüren &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="140"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="143"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>Copy with C&amp;itation</source>
        <translation>Mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;markieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <source>&amp;Today&apos;s Reading</source>
        <translation>&amp;Heutige Lektüre</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiv …</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="185"/>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="188"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <source>S&amp;epia</source>
        <translation>S&amp;epia</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="200"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="211"/>
        <source>&amp;Justify and Hyphenate</source>
        <translation>&amp;Blocksatz und Silbentrennung</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>Off: ragged-right text without hyphenation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>&amp;Margin</source>
        <translation>&amp;Rand</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <source>&amp;Editor&apos;s Notes</source>
        <translation>Anmerkungen der &amp;Redaktion</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>&amp;Author&apos;s Footnotes</source>
        <translation>&amp;Fußnoten des Autors</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>&amp;My Notes</source>
        <translation>&amp;Meine Notizen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="234"/>
        <source>My &amp;Notes Panel</source>
        <translation>Leiste „Meine &amp;Notizen“</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="240"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>&amp;About Red Letter</source>
        <translation>&amp;Über Red Letter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>About Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>&lt;p&gt;&lt;b&gt;Red Letter&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Daily left theory. 15 minutes or less. Refreshes at midnight.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="248"/>
        <source>Masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="256"/>
        <source>&lt;span style=&quot;font-family:&apos;EB Garamond&apos;,&apos;Charis SIL&apos;,serif; font-size:15pt; color:#b01e1e; font-variant:small-caps; letter-spacing:1px&quot;&gt;Red Letter&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:palette(mid)&quot;&gt;Daily left theory. 15 minutes or less. Refreshes at midnight.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="335"/>
        <source>Nothing to read today</source>
        <translation>Heute gibt es nichts zu lesen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="336"/>
        <source>%1 Import readings with File › Import Readings….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="357"/>
        <source>This reading cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="358"/>
        <source>The catalog %1 has no readable content for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="420"/>
        <source>%1 min left</source>
        <translation>noch %1 Min.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="420"/>
        <source>Finished</source>
        <translation>Zu Ende gelesen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="426"/>
        <source>%1 — Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="430"/>
        <source>From the catalog</source>
        <translation>Aus dem Katalog</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="432"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="461"/>
        <location filename="../app/mainwindow.cpp" line="470"/>
        <location filename="../app/mainwindow.cpp" line="472"/>
        <source>Import Readings</source>
        <translation>Lektüren importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="461"/>
        <source>Readings (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::MarkdownWriter</name>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="275"/>
        <source>1 passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="275"/>
        <source>%1 passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="301"/>
        <source>Orphaned notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="302"/>
        <source>These annotations no longer match the text of their reading. Here is what they quoted, with their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="308"/>
        <location filename="../lib/exporting/markdownexport.cpp" line="447"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="309"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="310"/>
        <location filename="../lib/exporting/markdownexport.cpp" line="495"/>
        <source>Open in Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="458"/>
        <source>Editor</source>
        <translation>Redaktion</translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="465"/>
        <source>Footnote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="478"/>
        <source>%1, introduction to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="479"/>
        <source>The editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="490"/>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/markdownexport.cpp" line="492"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::Notifier</name>
    <message>
        <location filename="../app/desktop/notifier.cpp" line="37"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../app/desktop/notifier.cpp" line="39"/>
        <source>Today&apos;s reading: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/notifier.cpp" line="40"/>
        <source>Today&apos;s reading: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/notifier.cpp" line="44"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/notifier.cpp" line="115"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::PdfComposer</name>
    <message>
        <location filename="../lib/exporting/pdfexport.cpp" line="116"/>
        <source>Orphaned notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/pdfexport.cpp" line="117"/>
        <source>These annotations no longer match the text of their reading (it has changed since they were made). Here is what they quoted, with their notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::PrintTypesetter</name>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="407"/>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="407"/>
        <source>Introduction · %1</source>
        <translation>Einführung · %1</translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="582"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="643"/>
        <source>Editor</source>
        <translation>Redaktion</translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="668"/>
        <source>Red Letter · Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="697"/>
        <source>1 passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="697"/>
        <source>%1 passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="699"/>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="699"/>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="762"/>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/exporting/printtypesetter.cpp" line="827"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::ReaderView</name>
    <message>
        <location filename="../app/readerview.cpp" line="583"/>
        <source>Editor: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="586"/>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="842"/>
        <source>Your note — Ctrl+Enter keeps it, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="953"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="955"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="957"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="958"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="961"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="967"/>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="969"/>
        <source>Copy with &amp;Citation</source>
        <translation>Mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="977"/>
        <source>Add Note to Highlight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="977"/>
        <source>&amp;Edit Note…</source>
        <translation>Notiz &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="979"/>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;Farbe der Markierung</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="989"/>
        <source>&amp;Delete Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/readerview.cpp" line="989"/>
        <source>&amp;Delete Highlight and Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::TrayIcon</name>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="41"/>
        <source>Open Today&apos;s Reading</source>
        <translation>Heutige Lektüre öffnen</translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="43"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="47"/>
        <source>Pause Reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="52"/>
        <location filename="../app/desktop/trayicon.cpp" line="164"/>
        <source>Reminder Time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="55"/>
        <source>At Midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="57"/>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="59"/>
        <location filename="../app/desktop/trayicon.cpp" line="142"/>
        <location filename="../app/desktop/trayicon.cpp" line="145"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="69"/>
        <source>Start at Login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="74"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="79"/>
        <source>Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="148"/>
        <source>Custom (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/trayicon.cpp" line="169"/>
        <source>Remind me of the day&apos;s reading at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::commands</name>
    <message>
        <location filename="../app/commands.cpp" line="23"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="25"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="27"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="82"/>
        <source>%1: the reading &apos;%2&apos; served on %3 is missing from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
