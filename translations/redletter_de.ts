<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Red Letter</source>
        <translation>Red Letter</translation>
    </message>
    <message>
        <source>The catalog cannot be opened.

%1</source>
        <translation>Der Katalog lässt sich nicht öffnen.

%1</translation>
    </message>
    <message>
        <source>The catalog cannot be written now: %1

You can read, search and export as usual. Notes you make are kept and saved as soon as the catalog can be written again.</source>
        <translation>In den Katalog kann gerade nicht geschrieben werden: %1

Sie können wie gewohnt lesen, suchen und exportieren. Ihre Notizen werden aufbewahrt und gespeichert, sobald der Katalog wieder beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>redletter::AnnotationController</name>
    <message>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change Highlight Colour</source>
        <translation>Farbe der Markierung ändern</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>A note or highlight on a part must lie within one chapter&apos;s text; select the passage again within one chapter.</source>
        <translation>Eine Notiz oder Markierung in einem Teil muss im Text eines einzigen Kapitels liegen; wählen Sie die Stelle innerhalb eines Kapitels erneut aus.</translation>
    </message>
    <message>
        <source>The reading &apos;%1&apos; this passage comes from is no longer in the catalog.</source>
        <translation>Die Lektüre „%1“, aus der diese Stelle stammt, ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>This part was served before notes could be kept on parts; open the full reading to make notes on this passage.</source>
        <translation>Dieser Teil wurde vorgelegt, bevor Notizen in Teilen gespeichert werden konnten; öffnen Sie die ganze Lektüre, um Notizen zu dieser Stelle zu machen.</translation>
    </message>
    <message>
        <source>%1: there is no conflict %2 to resolve</source>
        <translation>%1: Es gibt keinen Konflikt %2, der aufzulösen wäre</translation>
    </message>
    <message>
        <source>Keep the Other Version</source>
        <translation>Andere Fassung behalten</translation>
    </message>
    <message>
        <source>Keep the Saved Version</source>
        <translation>Gespeicherte Fassung behalten</translation>
    </message>
</context>
<context>
    <name>redletter::AnnotationPanel</name>
    <message>
        <source>Search all my notes</source>
        <translation>Alle meine Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation>Im aktuellen Text nicht gefunden</translation>
    </message>
    <message>
        <source>No notes match “%1”</source>
        <translation>Keine Notiz passt zu „%1“</translation>
    </message>
    <message>
        <source>In this reading (%1)</source>
        <translation>In dieser Lektüre (%1)</translation>
    </message>
    <message>
        <source>Not found after the text changed (%1)</source>
        <translation>Nach Textänderung nicht mehr gefunden (%1)</translation>
    </message>
    <message>
        <source>Finds my notes in every reading; the list below shows what matches.</source>
        <translation>Findet meine Notizen in allen Lektüren; die Liste darunter zeigt die Treffer.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>My notes on this reading, the ones no longer found in its changed text, or what the search found; Enter opens a note at its passage.</source>
        <translation>Meine Notizen zu dieser Lektüre, die im geänderten Text nicht mehr gefundenen oder die Suchtreffer; Eingabe öffnet eine Notiz an ihrer Stelle.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>(a highlight without a note)</source>
        <translation>(eine Markierung ohne Notiz)</translation>
    </message>
    <message>
        <source>Two versions of a note (%1)</source>
        <translation>Zwei Fassungen einer Notiz (%1)</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Frühere Fassung</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Saved:
%1

%2:
%3</source>
        <translation>Gespeichert:
%1

%2:
%3</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation>Gespeicherte Fassung behalten</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Andere Fassung behalten</translation>
    </message>
</context>
<context>
    <name>redletter::CatalogBackups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot back up the catalog: %1</source>
        <translation>Der Katalog kann nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot back up the catalog: %1 cannot be written (%2)</source>
        <translation>Der Katalog kann nicht gesichert werden: %1 lässt sich nicht schreiben (%2)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a Red Letter catalog</source>
        <translation>kein Red-Letter-Katalog</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2.</source>
        <translation>%1 kann nicht nach %2 beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation>Der Katalog ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>redletter::CatalogRecovery</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>Cannot make a working folder in %1: %2</source>
        <translation>In %1 kann kein Arbeitsordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to read it (is the disk full?).</source>
        <translation>%1 kann zum Lesen nicht kopiert werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>Cannot make a new catalog: %1</source>
        <translation>Es kann kein neuer Katalog angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the recovered catalog: %1</source>
        <translation>Der wiederhergestellte Katalog kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the notes of lost readings to %1: %2</source>
        <translation>Die Notizen verlorener Lektüren können nicht in %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>The catalog %1 was damaged (%2).</source>
        <translation>Der Katalog %1 war beschädigt (%2).</translation>
    </message>
    <message>
        <source>The damaged file is kept, unchanged, as %1.</source>
        <translation>Die beschädigte Datei bleibt unverändert erhalten als %1.</translation>
    </message>
    <message>
        <source>Nothing in it could be read, and there is no backup: Red Letter starts with a new, empty catalog.</source>
        <translation>Nichts darin war lesbar, und es gibt keine Sicherung: Red Letter beginnt mit einem neuen, leeren Katalog.</translation>
    </message>
    <message>
        <source>Recovered from it — notes: %1, days of the reading history: %2, readings: %3.</source>
        <translation>Daraus wiederhergestellt – Notizen: %1, Tage des Leseverlaufs: %2, Lektüren: %3.</translation>
    </message>
    <message>
        <source>They were added to the backup of %1 (%2), which held more.</source>
        <translation>Sie wurden der Sicherung vom %1 (%2) hinzugefügt, die mehr enthielt.</translation>
    </message>
    <message>
        <source>The catalog now holds — notes: %1, days of the reading history: %2, readings: %3.</source>
        <translation>Der Katalog enthält jetzt – Notizen: %1, Tage des Leseverlaufs: %2, Lektüren: %3.</translation>
    </message>
    <message>
        <source>Not recovered — notes: %1 (%2).</source>
        <translation>Nicht wiederhergestellt – Notizen: %1 (%2).</translation>
    </message>
    <message>
        <source>Not recovered — readings: %1 (%2); import them again.</source>
        <translation>Nicht wiederhergestellt – Lektüren: %1 (%2); bitte erneut importieren.</translation>
    </message>
    <message>
        <source>Notes of readings that were not recovered: %1; they are saved in %2. Import those readings again, then that file with File › Import Notes.</source>
        <translation>Notizen zu nicht wiederhergestellten Lektüren: %1; sie sind in %2 gesichert. Importieren Sie diese Lektüren erneut und danach diese Datei mit Datei › Notizen importieren.</translation>
    </message>
    <message>
        <source>Every note and reading the damaged file still names was recovered.</source>
        <translation>Jede Notiz und jede Lektüre, die die beschädigte Datei noch nennt, wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Einzelheiten: %1</translation>
    </message>
</context>
<context>
    <name>redletter::Citation</name>
    <message>
        <source>%1, introduction to %2</source>
        <translation>%1, Einführung zu %2</translation>
    </message>
    <message>
        <source>The editor</source>
        <translation>Die Redaktion</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>gelesen am %1</translation>
    </message>
    <message>
        <source>translated by %1</source>
        <translation>übersetzt von %1</translation>
    </message>
</context>
<context>
    <name>redletter::CommandLine</name>
    <message>
        <source>Red Letter: daily left theory. 15 minutes or less. Refreshes at midnight.
Without options, opens the window on today&apos;s reading.</source>
        <translation>Red Letter: täglich linke Theorie. 15 Minuten oder weniger. Neu um Mitternacht.
Ohne Optionen öffnet sich das Fenster mit der heutigen Lektüre.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>Keep the catalog in DIR instead of the user&apos;s data directory.</source>
        <translation>Den Katalog in DIR statt im Datenordner des Benutzers führen.</translation>
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD).</source>
        <translation>So tun, als wäre heute DATE (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Print the day&apos;s reading as one JSON object and exit.</source>
        <translation>Die Lektüre des Tages als ein JSON-Objekt ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the served days as JSON lines and exit.</source>
        <translation>Die bisherigen Tage als JSON-Zeilen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Render the window with the day&apos;s reading to FILE.png and exit.</source>
        <translation>Das Fenster mit der Lektüre des Tages als FILE.png speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x900).</source>
        <translation>Fenstergröße für --screenshot (Vorgabe 1280x900).</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window (start at login).</source>
        <translation>Im Infobereich starten, ohne das Fenster zu zeigen (Start beim Anmelden).</translation>
    </message>
    <message>
        <source>Start the clock at local time DATETIME and let it run.</source>
        <translation>Die Uhr zur Ortszeit DATETIME starten und laufen lassen.</translation>
    </message>
    <message>
        <source>Export annotated passages, with the notes in the margin, to FILE.pdf.</source>
        <translation>Kommentierte Passagen mit den Notizen am Rand nach FILE.pdf exportieren.</translation>
    </message>
    <message>
        <source>Export annotated passages to Markdown.</source>
        <translation>Kommentierte Passagen als Markdown exportieren.</translation>
    </message>
    <message>
        <source>Export my annotations as W3C Web Annotation JSON.</source>
        <translation>Meine Annotationen (Markierungen und Notizen) als W3C-Web-Annotation-JSON exportieren.</translation>
    </message>
    <message>
        <source>Import W3C Web Annotation JSON into the catalog.</source>
        <translation>W3C-Web-Annotation-JSON in den Katalog importieren.</translation>
    </message>
    <message>
        <source>Export annotations made on or after DATE.</source>
        <translation>Annotationen exportieren, die am oder nach DATE entstanden sind.</translation>
    </message>
    <message>
        <source>Export annotations made on or before DATE.</source>
        <translation>Annotationen exportieren, die am oder vor DATE entstanden sind.</translation>
    </message>
    <message>
        <source>Export annotations with this tag.</source>
        <translation>Annotationen mit diesem Schlagwort exportieren.</translation>
    </message>
    <message>
        <source>With --export-pdf and --reading: the whole reading with all notes.</source>
        <translation>Mit --export-pdf und --reading: die ganze Lektüre mit allen Notizen.</translation>
    </message>
    <message>
        <source>With --export-pdf: write PDF/A-1b.</source>
        <translation>Mit --export-pdf: PDF/A-1b schreiben.</translation>
    </message>
    <message>
        <source>With --export-pdf: A4 or Letter (default: from the locale).</source>
        <translation>Mit --export-pdf: A4 oder Letter (Vorgabe: nach der Region).</translation>
    </message>
    <message>
        <source>--date wants a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date erwartet ein Datum als JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--pretend-now wants a local date and time as YYYY-MM-DDTHH:MM:SS, not &apos;%1&apos;</source>
        <translation>--pretend-now erwartet Ortsdatum und -zeit als JJJJ-MM-TTTHH:MM:SS, nicht „%1“</translation>
    </message>
    <message>
        <source>--date and --pretend-now cannot be combined</source>
        <translation>--date und --pretend-now lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>--%1 goes with --export-pdf, --export-markdown or --export-annotations</source>
        <translation>--%1 gehört zu --export-pdf, --export-markdown oder --export-annotations</translation>
    </message>
    <message>
        <source>--whole-reading, --pdfa and --page-size go with --export-pdf</source>
        <translation>--whole-reading, --pdfa und --page-size gehören zu --export-pdf</translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 erwartet ein Datum als JJJJ-MM-TT, nicht „%2“</translation>
    </message>
    <message>
        <source>--page-size is A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size ist A4 oder Letter, nicht „%1“</translation>
    </message>
    <message>
        <source>--whole-reading needs --reading ID</source>
        <translation>--whole-reading braucht --reading ID</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--size goes with --screenshot</source>
        <translation>--size gehört zu --screenshot</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, like 1280x900, not &apos;%1&apos;</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, etwa 1280x900, nicht „%1“</translation>
    </message>
    <message>
        <source>Import files or links (a page, a whole work from its contents page, an EPUB, a Gutenberg text, Markdown or a reading) into the catalog, report each, and exit.</source>
        <translation>Dateien oder Links (eine Seite, ein ganzes Werk über sein Inhaltsverzeichnis, ein EPUB, einen Gutenberg-Text, Markdown oder eine Lektüre) in den Katalog importieren, jeden berichten und beenden.</translation>
    </message>
    <message>
        <source>Print every reading in the catalog as JSON lines and exit.</source>
        <translation>Jede Lektüre des Katalogs als JSON-Zeilen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print reading ID in the reading format and exit.</source>
        <translation>Die Lektüre ID im Lektüreformat ausgeben und beenden.</translation>
    </message>
    <message>
        <source>--import needs at least one FILE or URL</source>
        <translation>--import braucht mindestens eine DATEI oder URL</translation>
    </message>
    <message>
        <source>Make the reading or work ID the next thing served (a work, or a reading over 15 minutes, in parts from its next one) and exit.</source>
        <translation>Die Lektüre oder das Werk ID als Nächstes vorlegen (ein Werk oder eine Lektüre über 15 Minuten in Teilen, ab dem nächsten) und beenden.</translation>
    </message>
    <message>
        <source>Find QUERY&apos;s words in the readings and my notes; print the hits, best first, as JSON lines (id, title, part, snippet with the words in **, rank) and exit.</source>
        <translation>Die Wörter von QUERY in den Texten und meinen Notizen suchen, die Treffer als JSON-Zeilen ausgeben, die besten zuerst (id, title, part, snippet mit den Wörtern zwischen **, rank), und beenden.</translation>
    </message>
    <message>
        <source>--search needs the words to find</source>
        <translation>--search braucht die Wörter, die gesucht werden sollen</translation>
    </message>
    <message>
        <source>Export only this reading (its id); with --screenshot: show it.</source>
        <translation>Nur diese Lektüre exportieren (ihre ID); mit --screenshot: sie zeigen.</translation>
    </message>
    <message>
        <source>--reading goes with --screenshot, --export-pdf, --export-markdown or --export-annotations</source>
        <translation>--reading gehört zu --screenshot, --export-pdf, --export-markdown oder --export-annotations</translation>
    </message>
    <message>
        <source>Check reading-format files without importing them: print each problem as FILE:LINE:COL: message and exit 1 if any file has one.</source>
        <translation>Dateien im Lektüreformat prüfen, ohne sie zu importieren: jedes Problem als FILE:LINE:COL: Meldung ausgeben und mit 1 enden, wenn eine Datei eines hat.</translation>
    </message>
    <message>
        <source>--import, --check, --list, --search, --show, --today, --queue, --archive, --screenshot, --export-… and --import-annotations cannot be combined</source>
        <translation>--import, --check, --list, --search, --show, --today, --queue, --archive, --screenshot, --export-… und --import-annotations lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>--check needs at least one FILE</source>
        <translation>--check braucht mindestens eine Datei (FILE)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Red Letter link (redletter://reading/ID#annotation-ID)</source>
        <translation>„%1“ ist kein Red-Letter-Link (redletter://reading/ID#annotation-ID)</translation>
    </message>
    <message>
        <source>one redletter:// link at a time</source>
        <translation>nur ein redletter://-Link auf einmal</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (links are imported with --import)</source>
        <translation>unerwartetes Argument „%1“ (Links werden mit --import importiert)</translation>
    </message>
    <message>
        <source>Files or links for --import; files for --check. Without an option: a redletter://reading/ID#annotation-ID link to open, or files (EPUB, HTML, Markdown) to import and open.</source>
        <translation>Dateien oder Links für --import; Dateien für --check. Ohne Option: ein redletter://reading/ID#annotation-ID-Link zum Öffnen oder Dateien (EPUB, HTML, Markdown) zum Importieren und Öffnen.</translation>
    </message>
</context>
<context>
    <name>redletter::Commands</name>
    <message>
        <source>%1: there is no reading &apos;%2&apos; in the catalog</source>
        <translation>%1: im Katalog gibt es keine Lektüre „%2“</translation>
    </message>
    <message>
        <source>%1: nothing to export: no annotations match</source>
        <translation>%1: nichts zu exportieren: keine Annotation passt</translation>
    </message>
    <message>
        <source>%1 passage</source>
        <translation>%1 Passage</translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation>%1 Passagen</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>%1 note no longer found in the text, listed at the end</source>
        <translation>%1 Notiz nicht mehr im Text gefunden, am Ende aufgeführt</translation>
    </message>
    <message>
        <source>%1 notes no longer found in the text, listed at the end</source>
        <translation>%1 Notizen nicht mehr im Text gefunden, am Ende aufgeführt</translation>
    </message>
    <message>
        <source>%1 of them not found in the reading&apos;s text (kept as orphaned)</source>
        <translation>%1 davon nicht im Text der Lektüre gefunden (als verwaist aufbewahrt)</translation>
    </message>
    <message>
        <source>%1: no reading &apos;%2&apos; in the catalog (--list shows the ids)</source>
        <translation>%1: keine Lektüre „%2“ im Katalog (--list zeigt die IDs)</translation>
    </message>
    <message>
        <source>Queued: %1 comes next.</source>
        <translation>Vorgemerkt: %1 kommt als Nächstes.</translation>
    </message>
    <message>
        <source>annotation %1 (%2): no reading in this catalog for %3</source>
        <translation>Annotation %1 (%2): keine Lektüre in diesem Katalog für %3</translation>
    </message>
    <message>
        <source>nothing was imported; import those readings first</source>
        <translation>Es wurde nichts importiert; importieren Sie zuerst diese Lektüren</translation>
    </message>
    <message>
        <source>%1 annotation added</source>
        <translation>%1 Annotation hinzugefügt</translation>
    </message>
    <message>
        <source>%1 annotations added</source>
        <translation>%1 Annotationen hinzugefügt</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>annotation %1 (%2)</source>
        <translation>Annotation %1 (%2)</translation>
    </message>
    <message>
        <source>added as %1: its id belongs to a note on “%2”</source>
        <translation>als %1 hinzugefügt: ihre ID gehört zu einer Notiz zu „%2“</translation>
    </message>
    <message>
        <source>updated: newer than the saved note, whose version is kept as a conflict in My Notes</source>
        <translation>aktualisiert: neuer als die gespeicherte Notiz, deren Fassung als Konflikt unter „Meine Notizen“ aufbewahrt wird</translation>
    </message>
    <message>
        <source>skipped: the saved note is newer; this version is kept as a conflict in My Notes</source>
        <translation>übersprungen: Die gespeicherte Notiz ist neuer; diese Fassung wird als Konflikt unter „Meine Notizen“ aufbewahrt</translation>
    </message>
    <message>
        <source>skipped: unchanged</source>
        <translation>übersprungen: unverändert</translation>
    </message>
    <message>
        <source>skipped: already imported as %1</source>
        <translation>übersprungen: bereits als %1 importiert</translation>
    </message>
</context>
<context>
    <name>redletter::DesktopIntegration</name>
    <message>
        <source>Start at Login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>The login entry cannot be changed.

%1</source>
        <translation>Der Eintrag für den Start beim Anmelden lässt sich nicht ändern.

%1</translation>
    </message>
</context>
<context>
    <name>redletter::DocumentBuilder</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>About %1 min of text, %2 min of introduction and %3 min of notes, at %4 words a minute (%5 words).</source>
        <translation>Etwa %1 Min. Text, %2 Min. Einführung und %3 Min. Anmerkungen, bei %4 Wörtern pro Minute (%5 Wörter).</translation>
    </message>
    <message>
        <source>The editor puts it at %1 min.</source>
        <translation>Die Redaktion schätzt %1 Min.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktion</translation>
    </message>
    <message>
        <source>Red Letter</source>
        <translation>Red Letter</translation>
    </message>
    <message>
        <source>Red Letter · %1</source>
        <translation>Red Letter · %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Introduction · %1</source>
        <translation>Einführung · %1</translation>
    </message>
    <message>
        <source>%1 · about %2 for you</source>
        <translation>%1 · etwa %2 für Sie</translation>
    </message>
    <message>
        <source>At your pace of %1 words a minute: about %2 min.</source>
        <translation>In Ihrem Tempo von %1 Wörtern pro Minute: etwa %2 Min.</translation>
    </message>
</context>
<context>
    <name>redletter::EpubReader</name>
    <message>
        <source>CRC error: the data is damaged</source>
        <translation>CRC-Fehler: die Daten sind beschädigt</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>die komprimierten Daten sind beschädigt</translation>
    </message>
    <message>
        <source>the archive ends in the middle of this entry (truncated)</source>
        <translation>das Archiv endet mitten in diesem Eintrag (abgeschnitten)</translation>
    </message>
    <message>
        <source>compressed with a method that cannot be read</source>
        <translation>mit einem Verfahren komprimiert, das nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>encrypted (a book with DRM cannot be imported)</source>
        <translation>verschlüsselt (ein Buch mit DRM kann nicht importiert werden)</translation>
    </message>
    <message>
        <source>the archive&apos;s directory does not match its entries (damaged)</source>
        <translation>das Verzeichnis des Archivs passt nicht zu seinen Einträgen (beschädigt)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>ein absoluter Pfad</translation>
    </message>
    <message>
        <source>a path that leads out of the book (&quot;..&quot;)</source>
        <translation>ein Pfad, der aus dem Buch hinausführt („..“)</translation>
    </message>
    <message>
        <source>empty file: there is no book to import</source>
        <translation>leere Datei: es gibt kein Buch zu importieren</translation>
    </message>
    <message>
        <source>truncated zip archive: the end of the file, with the archive&apos;s directory, is missing</source>
        <translation>abgeschnittenes ZIP-Archiv: das Ende der Datei mit dem Verzeichnis des Archivs fehlt</translation>
    </message>
    <message>
        <source>not a zip archive, so not an EPUB</source>
        <translation>kein ZIP-Archiv, also kein EPUB</translation>
    </message>
    <message>
        <source>damaged zip archive: its directory does not match its entries</source>
        <translation>beschädigtes ZIP-Archiv: sein Verzeichnis passt nicht zu seinen Einträgen</translation>
    </message>
    <message>
        <source>a zip archive split into several parts</source>
        <translation>ein in mehrere Teile aufgeteiltes ZIP-Archiv</translation>
    </message>
    <message>
        <source>unreadable zip archive (%1)</source>
        <translation>nicht lesbares ZIP-Archiv (%1)</translation>
    </message>
    <message>
        <source>%1 entries in the archive; the limit is %2</source>
        <translation>%1 Einträge im Archiv; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>unsafe entry name &quot;%1&quot;: %2</source>
        <translation>unsicherer Eintragsname „%1“: %2</translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation>fehlt im Archiv</translation>
    </message>
    <message>
        <source>inflates to more than %1 MB, the limit for one entry (a zip bomb?)</source>
        <translation>entpackt sich zu mehr als %1 MB, der Grenze für einen Eintrag (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>the book inflates to more than %1 MB, the limit for a whole book</source>
        <translation>das Buch entpackt sich zu mehr als %1 MB, der Grenze für ein ganzes Buch</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>no %1: not an EPUB, or a damaged one</source>
        <translation>kein %1: kein EPUB oder ein beschädigtes</translation>
    </message>
    <message>
        <source>names the package document &quot;%1&quot;, which is not in the archive</source>
        <translation>nennt das Paketdokument „%1“, das nicht im Archiv ist</translation>
    </message>
    <message>
        <source>no &quot;mimetype&quot; entry marks the archive as an EPUB; read anyway</source>
        <translation>kein „mimetype“-Eintrag kennzeichnet das Archiv als EPUB; trotzdem gelesen</translation>
    </message>
    <message>
        <source>the &quot;mimetype&quot; entry does not say %1; read anyway</source>
        <translation>der „mimetype“-Eintrag lautet nicht %1; trotzdem gelesen</translation>
    </message>
    <message>
        <source>the &quot;mimetype&quot; entry is not the first in the archive</source>
        <translation>der „mimetype“-Eintrag ist nicht der erste im Archiv</translation>
    </message>
    <message>
        <source>names no package document (no rootfile with a full-path)</source>
        <translation>nennt kein Paketdokument (kein rootfile mit full-path)</translation>
    </message>
    <message>
        <source>names a package document outside the book: &quot;%1&quot;</source>
        <translation>nennt ein Paketdokument außerhalb des Buchs: „%1“</translation>
    </message>
    <message>
        <source>not a package document (its root element is not &lt;package&gt;)</source>
        <translation>kein Paketdokument (sein Wurzelelement ist nicht &lt;package&gt;)</translation>
    </message>
    <message>
        <source>the manifest names a file outside the book: &quot;%1&quot;</source>
        <translation>das Manifest nennt eine Datei außerhalb des Buchs: „%1“</translation>
    </message>
    <message>
        <source>no &lt;spine&gt;: the book does not say which chapters it has</source>
        <translation>kein &lt;spine&gt;: das Buch sagt nicht, welche Kapitel es hat</translation>
    </message>
    <message>
        <source>the spine names &quot;%1&quot;, which the manifest does not list</source>
        <translation>der Spine nennt „%1“, das im Manifest nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>missing from the archive, but the spine names it</source>
        <translation>fehlt im Archiv, obwohl der Spine es nennt</translation>
    </message>
    <message>
        <source>%1 is called %2 in the archive (letter case differs)</source>
        <translation>%1 heißt im Archiv %2 (Groß- und Kleinschreibung weichen ab)</translation>
    </message>
    <message>
        <source>the spine lists no chapters</source>
        <translation>der Spine führt keine Kapitel auf</translation>
    </message>
    <message>
        <source>%1: %2; chapter titles taken from the chapters</source>
        <translation>%1: %2; Kapiteltitel aus den Kapiteln selbst genommen</translation>
    </message>
    <message>
        <source>%1: the table of contents</source>
        <translation>%1: das Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>%1: not a text (%2)</source>
        <translation>%1: kein Text (%2)</translation>
    </message>
    <message>
        <source>%1: a converter&apos;s error page (&quot;%2&quot;)</source>
        <translation>%1: eine Fehlerseite des Konverters („%2“)</translation>
    </message>
    <message>
        <source>the book has no chapter with text</source>
        <translation>das Buch hat kein Kapitel mit Text</translation>
    </message>
    <message>
        <source>%1: the title page of the part &quot;%2&quot; (its name is in the titles of its chapters)</source>
        <translation>%1: die Titelseite des Teils „%2“ (sein Name steht in den Titeln seiner Kapitel)</translation>
    </message>
    <message>
        <source>%1: a page with almost no text (a cover or title page)</source>
        <translation>%1: eine Seite fast ohne Text (ein Umschlag oder eine Titelseite)</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Kapitel %1</translation>
    </message>
    <message>
        <source>the notes file %1, its notes moved beside their references (%2)</source>
        <translation>die Anmerkungsdatei %1, ihre Anmerkungen neben ihre Verweise gesetzt (%2)</translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size, the limit for one entry (a zip bomb?)</source>
        <translation>entpackt sich auf mehr als das %1-Fache seiner gepackten Größe, die Grenze für einen Eintrag (eine ZIP-Bombe?)</translation>
    </message>
</context>
<context>
    <name>redletter::ExportFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>kein Dateiname</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>redletter::ExportOptionsText</name>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Annotations, %1</source>
        <translation>Annotationen, %1</translation>
    </message>
</context>
<context>
    <name>redletter::FindBar</name>
    <message>
        <source>Find in the reading</source>
        <translation>In der Lektüre suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Finds the words in the reading as you type; Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar.</source>
        <translation>Findet die Wörter in der Lektüre schon beim Tippen; Eingabe springt zum nächsten Treffer, Umschalt+Eingabe zum vorigen, Esc schließt die Leiste.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Zum vorigen Treffer</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Zum nächsten Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>redletter::HtmlMapper</name>
    <message>
        <source>the HTML parser could not start</source>
        <translation>der HTML-Parser konnte nicht starten</translation>
    </message>
    <message>
        <source>elements are nested too deeply (more than %1 levels)</source>
        <translation>Elemente sind zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>not an HTML document: no elements found</source>
        <translation>kein HTML-Dokument: keine Elemente gefunden</translation>
    </message>
    <message>
        <source>the page has no body text</source>
        <translation>die Seite enthält keinen Fließtext</translation>
    </message>
    <message>
        <source>breadcrumbs and page header (%1)</source>
        <translation>Brotkrümelnavigation und Seitenkopf (%1)</translation>
    </message>
    <message>
        <source>footer lines (%1)</source>
        <translation>Fußzeilen (%1)</translation>
    </message>
    <message>
        <source>page notes (%1)</source>
        <translation>Seitenhinweise (%1)</translation>
    </message>
    <message>
        <source>navigation links (%1)</source>
        <translation>Navigationslinks (%1)</translation>
    </message>
    <message>
        <source>images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>page anchors (%1)</source>
        <translation>Seitenanker (%1)</translation>
    </message>
    <message>
        <source>scripts and styles (%1)</source>
        <translation>Skripte und Stile (%1)</translation>
    </message>
    <message>
        <source>publication details not kept (%1)</source>
        <translation>nicht übernommene Angaben zur Veröffentlichung (%1)</translation>
    </message>
    <message>
        <source>notes nothing refers to (%1)</source>
        <translation>Anmerkungen, auf die nichts verweist (%1)</translation>
    </message>
    <message>
        <source>the note mark &quot;%1&quot; links to %2, which is not in the book: the mark stays as text</source>
        <translation>das Anmerkungszeichen „%1“ verweist auf %2, das nicht im Buch ist: das Zeichen bleibt als Text stehen</translation>
    </message>
    <message>
        <source>the note mark &quot;%1&quot; links to %2, where there is no note: the mark stays as text</source>
        <translation>das Anmerkungszeichen „%1“ verweist auf %2, wo keine Anmerkung steht: das Zeichen bleibt als Text stehen</translation>
    </message>
    <message>
        <source>%1 more note marks whose notes cannot be found stay as text</source>
        <translation>%1 weitere Anmerkungszeichen, deren Anmerkungen sich nicht finden, bleiben als Text stehen</translation>
    </message>
</context>
<context>
    <name>redletter::HtmlReader</name>
    <message>
        <source>the page says it is UTF-8, but byte 0x%1 at line %2, column %3 is not: read as windows-1252</source>
        <translation>die Seite gibt UTF-8 an, aber Byte 0x%1 in Zeile %2, Spalte %3 ist kein UTF-8: als windows-1252 gelesen</translation>
    </message>
    <message>
        <source>the page says it is %1, but its bytes are UTF-8: read as UTF-8</source>
        <translation>die Seite gibt %1 an, ihre Bytes sind aber UTF-8: als UTF-8 gelesen</translation>
    </message>
    <message>
        <source>the page&apos;s charset %1 is unknown or does not fit its bytes: read as %2</source>
        <translation>der Zeichensatz %1 der Seite ist unbekannt oder passt nicht zu ihren Bytes: als %2 gelesen</translation>
    </message>
</context>
<context>
    <name>redletter::ImportReport</name>
    <message>
        <source>Red Letter reading</source>
        <translation>Red-Letter-Lektüre</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>contents page of a work</source>
        <translation>Inhaltsverzeichnis eines Werks</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB-Buch</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, the work &quot;%3&quot; as %4 (%5 parts)</source>
        <translation>%1: %2, das Werk „%3“ als %4 (%5 Teile)</translation>
    </message>
    <message>
        <source>Language: the source says &quot;%1&quot;, the text is &quot;%2&quot;</source>
        <translation>Sprache: Die Quelle gibt „%1“ an, der Text ist „%2“</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Weggelassen: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>My notes: %1 found as they were, %2 found approximately, %3 not found (kept as orphans)</source>
        <translation>Meine Notizen: %1 unverändert gefunden, %2 ungefähr gefunden, %3 nicht gefunden (als verwaist behalten)</translation>
    </message>
    <message>
        <source>%1: %2, the work &quot;%3&quot; as %4 (one part)</source>
        <translation>%1: %2, das Werk „%3“ als %4 (ein Teil)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; as %3 (%4 min; %5, %6, %7; language %8)</source>
        <translation>%1: „%2“ als %3 (%4 Min.; %5, %6, %7; Sprache %8)</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnotes</source>
        <translation>
            <numerusform>%n Fußnote</numerusform>
            <numerusform>%n Fußnoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n editor&apos;s notes</source>
        <translation>
            <numerusform>%n Anmerkung der Redaktion</numerusform>
            <numerusform>%n Anmerkungen der Redaktion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>%1 of %2 sources imported.</source>
        <translation>%1 von %2 Quellen importiert.</translation>
    </message>
    <message>
        <source>%1 of %2 sources imported; %3 could not be imported and changed nothing.</source>
        <translation>%1 von %2 Quellen importiert; %3 ließen sich nicht importieren und haben nichts verändert.</translation>
    </message>
    <message>
        <source>Source and readings</source>
        <translation>Quelle und Lektüren</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Fußnoten</translation>
    </message>
    <message>
        <source>Editor&apos;s notes</source>
        <translation>Anmerkungen der Redaktion</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>the work &quot;%1&quot;</source>
        <translation>das Werk „%1“</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Each source imported, with the readings it became and what was dropped or changed; Enter opens a reading.</source>
        <translation>Jede importierte Quelle mit den Lektüren, die daraus wurden, und dem, was weggelassen oder geändert wurde; Eingabe öffnet eine Lektüre.</translation>
    </message>
</context>
<context>
    <name>redletter::ImportService</name>
    <message>
        <source>cannot fetch links here</source>
        <translation>Links können hier nicht abgerufen werden</translation>
    </message>
    <message>
        <source>chapter %1 of %2 (%3): %4; nothing of the work was imported</source>
        <translation>Kapitel %1 von %2 (%3): %4; nichts von dem Werk wurde importiert</translation>
    </message>
    <message>
        <source>the contents page links %1 pages; a work has at most %2 chapters</source>
        <translation>das Inhaltsverzeichnis verlinkt %1 Seiten; ein Werk hat höchstens %2 Kapitel</translation>
    </message>
    <message>
        <source>no text to import</source>
        <translation>kein Text zum Importieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 paragraphs; the limit for one reading is %3</source>
        <translation>„%1“ hat %2 Absätze; die Grenze für eine Lektüre ist %3</translation>
    </message>
</context>
<context>
    <name>redletter::InstallmentView</name>
    <message>
        <source>Part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Tomorrow: Part %1 — %2</source>
        <translation>Morgen: Teil %1 — %2</translation>
    </message>
</context>
<context>
    <name>redletter::LibraryWindow</name>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Read &amp;Next</source>
        <translation>Als &amp;Nächstes lesen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Readings and works</source>
        <translation>Lektüren und Werke</translation>
    </message>
    <message>
        <source>Filter by title or author</source>
        <translation>Nach Titel oder Autor filtern</translation>
    </message>
    <message>
        <source>Serve this reading or work next</source>
        <translation>Diese Lektüre oder dieses Werk als Nächstes vorlegen</translation>
    </message>
    <message>
        <source>Search readings and my notes</source>
        <translation>Lektüren und meine Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>&amp;Readings</source>
        <translation>&amp;Lektüren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Gelesen am %1</translation>
    </message>
    <message>
        <source>In progress: part %1 of %2</source>
        <translation>Begonnen: Teil %1 von %2</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%n parts</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapters, %1 min</source>
        <translation>
            <numerusform>%n Kapitel, %1 Min.</numerusform>
            <numerusform>%n Kapitel, %1 Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>My note on %1</source>
        <translation>Meine Notiz zu %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Every reading and work of the catalog, chapters under their work; Enter opens one, Read Next makes it the next one served.</source>
        <translation>Alle Lektüren und Werke des Katalogs, Kapitel unter ihrem Werk; Eingabe öffnet eine, „Als Nächstes lesen“ legt sie als nächste vor.</translation>
    </message>
    <message>
        <source>Shows only the readings whose title or author has these words.</source>
        <translation>Zeigt nur die Lektüren, deren Titel oder Autor diese Wörter enthält.</translation>
    </message>
    <message>
        <source>Shows only the readings in this language.</source>
        <translation>Zeigt nur die Lektüren in dieser Sprache.</translation>
    </message>
    <message>
        <source>Finds these words in the readings&apos; text and in my notes.</source>
        <translation>Findet diese Wörter im Text der Lektüren und in meinen Notizen.</translation>
    </message>
    <message>
        <source>The best matches first; Enter opens the reading at the match.</source>
        <translation>Die besten Treffer zuerst; Eingabe öffnet die Lektüre an der Fundstelle.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lektüre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Days served</source>
        <translation>Vorgelegte Tage</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Tage</translation>
    </message>
    <message>
        <source>Not read to the end</source>
        <translation>Nicht zu Ende gelesen</translation>
    </message>
</context>
<context>
    <name>redletter::LinkFetcher</name>
    <message>
        <source>not a valid link</source>
        <translation>kein gültiger Link</translation>
    </message>
    <message>
        <source>only http and https links can be fetched (this is a %1 link)</source>
        <translation>nur http- und https-Links können abgerufen werden (dies ist ein %1-Link)</translation>
    </message>
    <message>
        <source>announces %1, more than the limit of %2</source>
        <translation>kündigt %1 an, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>sent compressed (%1) although asked not to</source>
        <translation>komprimiert gesendet (%1), obwohl unkomprimiert angefragt</translation>
    </message>
    <message>
        <source>larger than the limit of %1</source>
        <translation>größer als die Grenze von %1</translation>
    </message>
    <message>
        <source>redirects more than %1 times</source>
        <translation>leitet mehr als %1-mal weiter</translation>
    </message>
    <message>
        <source>redirects to %1, which is not an http or https link</source>
        <translation>leitet weiter auf %1, keinen http- oder https-Link</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1 (redirected to %2)</source>
        <translation>%1 (weitergeleitet auf %2)</translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation>der Download wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>redletter::LinkImportProgress</name>
    <message>
        <source>Import from Link</source>
        <translation>Aus Link importieren</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Lade %1 …</translation>
    </message>
    <message>
        <source>Fetching %1 (document %2)…</source>
        <translation>Lade %1 (Dokument %2) …</translation>
    </message>
</context>
<context>
    <name>redletter::MainWindow</name>
    <message>
        <source>Red Letter</source>
        <translation>Red Letter</translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>Die Änderung ließ sich nicht speichern.

%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Readings…</source>
        <translation>Lektüren &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>Mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;markieren</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s Reading</source>
        <translation>&amp;Heutige Lektüre</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiv …</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>S&amp;epia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Justify and Hyphenate</source>
        <translation>&amp;Blocksatz und Silbentrennung</translation>
    </message>
    <message>
        <source>Off: ragged-right text without hyphenation</source>
        <translation>Aus: Flattersatz ohne Silbentrennung</translation>
    </message>
    <message>
        <source>&amp;Margin</source>
        <translation>&amp;Rand</translation>
    </message>
    <message>
        <source>&amp;Editor&apos;s Notes</source>
        <translation>Anmerkungen der &amp;Redaktion</translation>
    </message>
    <message>
        <source>&amp;Author&apos;s Footnotes</source>
        <translation>&amp;Fußnoten des Autors</translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation>&amp;Meine Notizen</translation>
    </message>
    <message>
        <source>My &amp;Notes Panel</source>
        <translation>Leiste „Meine &amp;Notizen“</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Red Letter</source>
        <translation>&amp;Über Red Letter</translation>
    </message>
    <message>
        <source>About Red Letter</source>
        <translation>Über Red Letter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Red Letter&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Daily left theory. 15 minutes or less. Refreshes at midnight.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Red Letter&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Täglich linke Theorie. 15 Minuten oder weniger. Neu um Mitternacht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation>Titelzeile</translation>
    </message>
    <message>
        <source>Nothing to read today</source>
        <translation>Heute gibt es nichts zu lesen</translation>
    </message>
    <message>
        <source>%1 Import readings with File › Import Readings….</source>
        <translation>%1 Importieren Sie Lektüren mit Datei › Lektüren importieren ….</translation>
    </message>
    <message>
        <source>This reading cannot be shown</source>
        <translation>Diese Lektüre lässt sich nicht anzeigen</translation>
    </message>
    <message>
        <source>The catalog %1 has no readable content for &apos;%2&apos;.</source>
        <translation>Der Katalog %1 hat keinen lesbaren Inhalt für „%2“.</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>noch %1 Min.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zu Ende gelesen</translation>
    </message>
    <message>
        <source>%1 — Red Letter</source>
        <translation>%1 — Red Letter</translation>
    </message>
    <message>
        <source>From the catalog</source>
        <translation>Aus dem Katalog</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Import Readings</source>
        <translation>Lektüren importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>My Notes on This &amp;Reading…</source>
        <translation>Meine Notizen zu dieser &amp;Lektüre …</translation>
    </message>
    <message>
        <source>This Reading in &amp;Full, with All Notes…</source>
        <translation>Diese Lektüre &amp;vollständig, mit allen Notizen …</translation>
    </message>
    <message>
        <source>&amp;All My Notes…</source>
        <translation>&amp;Alle meine Notizen …</translation>
    </message>
    <message>
        <source>Import &amp;Notes…</source>
        <translation>&amp;Notizen importieren …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>There are no notes or highlights to export yet.</source>
        <translation>Es gibt noch keine Notizen oder Markierungen zum Exportieren.</translation>
    </message>
    <message>
        <source>PDF, notes in the margin (*.pdf)</source>
        <translation>PDF, Notizen am Rand (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json)</source>
        <translation>W3C-Web-Annotations (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 passages to %2</source>
        <translation>%1 Passagen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json);;All files (*)</source>
        <translation>W3C-Web-Annotations (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Texts (*.md *.markdown *.txt *.htm *.html *.xhtml *.epub);;All files (*)</source>
        <translation>Texte (*.md *.markdown *.txt *.htm *.html *.xhtml *.epub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import from &amp;Link…</source>
        <translation>Aus &amp;Link importieren …</translation>
    </message>
    <message>
        <source>Import from Link</source>
        <translation>Aus Link importieren</translation>
    </message>
    <message>
        <source>Address of a page, a work&apos;s contents page or an EPUB book (http or https):</source>
        <translation>Adresse einer Seite, des Inhaltsverzeichnisses eines Werks oder eines EPUB-Buchs (http oder https):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Red Letter imports links that start with http:// or https://; use Import Readings for files.</source>
        <translation>„%1“ ist keine Webadresse. Red Letter importiert Links, die mit http:// oder https:// beginnen; für Dateien gibt es „Lektüren importieren“.</translation>
    </message>
    <message>
        <source>Import from %1 cancelled; nothing was imported.</source>
        <translation>Import von %1 abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lektüre</translation>
    </message>
    <message>
        <source>Read the &amp;Next Part Now</source>
        <translation>&amp;Nächsten Teil jetzt lesen</translation>
    </message>
    <message>
        <source>Read tomorrow&apos;s part now; it counts as read and the series goes on from there.</source>
        <translation>Den Teil von morgen jetzt lesen; er gilt als gelesen, und die Reihe geht von dort aus weiter.</translation>
    </message>
    <message>
        <source>&amp;Pause This Series</source>
        <translation>Diese Reihe &amp;pausieren</translation>
    </message>
    <message>
        <source>No more parts of this work until you resume it.</source>
        <translation>Keine weiteren Teile dieses Werks, bis Sie es fortsetzen.</translation>
    </message>
    <message>
        <source>&amp;Skip Today&apos;s Reading</source>
        <translation>Heutige Lektüre &amp;überspringen</translation>
    </message>
    <message>
        <source>Serve the next reading instead of today&apos;s.</source>
        <translation>Statt der heutigen die nächste Lektüre vorlegen.</translation>
    </message>
    <message>
        <source>There is no next part to read: %1</source>
        <translation>Es gibt keinen nächsten Teil zu lesen: %1</translation>
    </message>
    <message>
        <source>%1 read ahead: tomorrow brings the part after it.</source>
        <translation>%1 vorausgelesen: Morgen kommt der Teil danach.</translation>
    </message>
    <message>
        <source>Series paused: no more parts of it until you resume it here.</source>
        <translation>Reihe pausiert: keine weiteren Teile, bis Sie sie hier fortsetzen.</translation>
    </message>
    <message>
        <source>Series resumed: its next part comes next.</source>
        <translation>Reihe fortgesetzt: Ihr nächster Teil kommt als Nächstes.</translation>
    </message>
    <message>
        <source>Skipped. Here is the next reading.</source>
        <translation>Übersprungen. Hier ist die nächste Lektüre.</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothek…</translation>
    </message>
    <message>
        <source>&amp;New Reading</source>
        <translation>&amp;Neue Lektüre</translation>
    </message>
    <message>
        <source>&amp;Edit This Reading</source>
        <translation>Diese Lektüre &amp;bearbeiten</translation>
    </message>
    <message>
        <source>There is no reading on screen to edit.</source>
        <translation>Es wird keine Lektüre angezeigt, die bearbeitet werden könnte.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Minutes left</source>
        <translation>Verbleibende Minuten</translation>
    </message>
    <message>
        <source>&amp;Next Note</source>
        <translation>&amp;Nächste Notiz</translation>
    </message>
    <message>
        <source>Moves to the next note beside the visible text; Enter opens it</source>
        <translation>Geht zur nächsten Notiz neben dem sichtbaren Text; Eingabe öffnet sie</translation>
    </message>
    <message>
        <source>&amp;Previous Note</source>
        <translation>&amp;Vorige Notiz</translation>
    </message>
    <message>
        <source>Moves to the previous note beside the visible text; Enter opens it</source>
        <translation>Geht zur vorigen Notiz neben dem sichtbaren Text; Eingabe öffnet sie</translation>
    </message>
    <message>
        <source>The day shown</source>
        <translation>Der gezeigte Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Consecutive days on which you read a reading to its end, today included.</source>
        <translation>Tage in Folge, an denen Sie eine Lektüre zu Ende gelesen haben, heute eingeschlossen.</translation>
    </message>
    <message>
        <source>Consecutive days on which you read a reading to its end; read today&apos;s to keep it going.</source>
        <translation>Tage in Folge, an denen Sie eine Lektüre zu Ende gelesen haben; lesen Sie die heutige, damit die Reihe weitergeht.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Write to the Editors…</source>
        <translation>An die &amp;Redaktion schreiben…</translation>
    </message>
    <message>
        <source>Corrections, suggestions for readings, or a word on the commentary: a mail to the editors.</source>
        <translation>Korrekturen, Vorschläge für Lektüren oder ein Wort zum Kommentar: eine Mail an die Redaktion.</translation>
    </message>
    <message>
        <source>No mail program opened. Write to %1</source>
        <translation>Kein Mailprogramm wurde geöffnet. Schreiben Sie an %1</translation>
    </message>
    <message>
        <source>The link names a reading that is not in the catalog: %1</source>
        <translation>Der Link nennt eine Lektüre, die nicht im Katalog ist: %1</translation>
    </message>
    <message>
        <source>The note of this link is no longer in the catalog, or its passage is gone from the text.</source>
        <translation>Die Notiz dieses Links ist nicht mehr im Katalog, oder ihre Stelle ist nicht mehr im Text.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reading(s).</source>
        <translation>
            <numerusform>%n Lektüre importiert.</numerusform>
            <numerusform>%n Lektüren importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to my notes not saved yet, kept until the catalog can be written (File › Export Unsaved Notes… saves them to a file): %1</source>
        <translation>
            <numerusform>%n Änderung an meinen Notizen noch nicht gespeichert, aufbewahrt, bis der Katalog beschreibbar ist (Datei › Ungespeicherte Notizen exportieren … sichert sie in eine Datei): %1</numerusform>
            <numerusform>%n Änderungen an meinen Notizen noch nicht gespeichert, aufbewahrt, bis der Katalog beschreibbar ist (Datei › Ungespeicherte Notizen exportieren … sichert sie in eine Datei): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All my notes are saved.</source>
        <translation>Alle meine Notizen sind gespeichert.</translation>
    </message>
    <message>
        <source>Export &amp;Unsaved Notes…</source>
        <translation>&amp;Ungespeicherte Notizen exportieren …</translation>
    </message>
    <message>
        <source>The editors&apos; page could not be opened: %1</source>
        <translation>Die Seite der Redaktion ließ sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Forget My Pace</source>
        <translation>Mein Tempo vergessen</translation>
    </message>
    <message>
        <source>The reading sessions could not be forgotten.

%1</source>
        <translation>Die gemessenen Lesesitzungen ließen sich nicht löschen.

%1</translation>
    </message>
    <message>
        <source>Daily left theory. 15 minutes or less. Refreshes at midnight.</source>
        <translation>Täglich linke Theorie. 15 Minuten oder weniger. Neu um Mitternacht.</translation>
    </message>
    <message>
        <source>Export Unsaved Notes</source>
        <translation>Ungespeicherte Notizen exportieren</translation>
    </message>
    <message>
        <source>Unsaved notes exported to %1; they are also still saved when the catalog can be written.</source>
        <translation>Ungespeicherte Notizen nach %1 exportiert; sie werden außerdem gespeichert, sobald der Katalog beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>redletter::MarkdownReader</name>
    <message>
        <source>front matter is not valid YAML: %1</source>
        <translation>Front Matter ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>front matter could not be read: %1</source>
        <translation>Front Matter konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Untitled text</source>
        <translation>Text ohne Titel</translation>
    </message>
    <message>
        <source>front matter larger than %1 KB</source>
        <translation>Front Matter größer als %1 KB</translation>
    </message>
    <message>
        <source>unterminated front matter: expected a line &apos;%1&apos; after it</source>
        <translation>nicht abgeschlossene Front Matter: danach wird eine Zeile &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>the front matter&apos;s other fields</source>
        <translation>die übrigen Felder der Front Matter</translation>
    </message>
    <message>
        <source>block quotes nested %1 deep; the limit is %2</source>
        <translation>Zitatblöcke %1 Ebenen tief verschachtelt; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>a tool&apos;s label line</source>
        <translation>die Kennzeile eines Werkzeugs</translation>
    </message>
    <message>
        <source>navigation links</source>
        <translation>Navigationslinks</translation>
    </message>
    <message>
        <source>the page-wide quotation wrapper</source>
        <translation>die seitenweite Zitat-Umrahmung</translation>
    </message>
    <message numerus="yes">
        <source>navigation links (%n)</source>
        <translation>
            <numerusform>Navigationslinks (%n)</numerusform>
            <numerusform>Navigationslinks (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>the table of contents</source>
        <translation>das Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>%1 footnote markers ([^…]); the limit is %2</source>
        <translation>%1 Fußnotenzeichen ([^…]); die Grenze ist %2</translation>
    </message>
</context>
<context>
    <name>redletter::MarkdownWriter</name>
    <message>
        <source>1 passage</source>
        <translation>1 Passage</translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation>%1 Passagen</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Verwaiste Notizen</translation>
    </message>
    <message>
        <source>These annotations no longer match the text of their reading. Here is what they quoted, with their notes.</source>
        <translation>Diese Annotationen passen nicht mehr zum Text ihrer Lektüre. Hier steht, was sie zitierten, mit ihren Notizen.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Open in Red Letter</source>
        <translation>In Red Letter öffnen</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktion</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>Fußnote %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>redletter::Notifier</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Today&apos;s reading: %1 · %2</source>
        <translation>Heutige Lektüre: %1 · %2</translation>
    </message>
    <message>
        <source>Today&apos;s reading: %1 · %2 · %3</source>
        <translation>Heutige Lektüre: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>redletter::PdfComposer</name>
    <message>
        <source>Orphaned notes</source>
        <translation>Verwaiste Notizen</translation>
    </message>
    <message>
        <source>These annotations no longer match the text of their reading (it has changed since they were made). Here is what they quoted, with their notes.</source>
        <translation>Diese Annotationen passen nicht mehr zum Text ihrer Lektüre (er hat sich seither geändert). Hier steht, was sie zitierten, mit ihren Notizen.</translation>
    </message>
    <message>
        <source>PDF export needs a QGuiApplication (for its fonts)</source>
        <translation>Der PDF-Export braucht eine QGuiApplication (für die Schriften)</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>der PDF-Schreiber konnte nicht starten</translation>
    </message>
    <message>
        <source>the PDF writer could not add a page</source>
        <translation>der PDF-Schreiber konnte keine Seite hinzufügen</translation>
    </message>
</context>
<context>
    <name>redletter::PlainTextReader</name>
    <message>
        <source>every line was followed by a blank line; read as ordinary paragraphs</source>
        <translation>auf jede Zeile folgte eine Leerzeile; als gewöhnliche Absätze gelesen</translation>
    </message>
    <message>
        <source>Untitled text</source>
        <translation>Text ohne Titel</translation>
    </message>
    <message>
        <source>no text: only the Project Gutenberg header and licence</source>
        <translation>kein Text: nur Kopf und Lizenz von Project Gutenberg</translation>
    </message>
    <message numerus="yes">
        <source>the Project Gutenberg header (%n lines)</source>
        <translation>
            <numerusform>der Kopf von Project Gutenberg (%n Zeile)</numerusform>
            <numerusform>der Kopf von Project Gutenberg (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Project Gutenberg licence and footer (%n lines)</source>
        <translation>
            <numerusform>Lizenz und Fußzeilen von Project Gutenberg (%n Zeile)</numerusform>
            <numerusform>Lizenz und Fußzeilen von Project Gutenberg (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project Gutenberg credits and notices (%n paragraphs)</source>
        <translation>
            <numerusform>Danksagungen und Hinweise von Project Gutenberg (%n Absatz)</numerusform>
            <numerusform>Danksagungen und Hinweise von Project Gutenberg (%n Absätze)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the table of contents (%n entries)</source>
        <translation>
            <numerusform>das Inhaltsverzeichnis (%n Eintrag)</numerusform>
            <numerusform>das Inhaltsverzeichnis (%n Einträge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Type size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;Type size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>Reading face</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <source>Reading &amp;face:</source>
        <translation>&amp;Leseschrift:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Justify the text</source>
        <translation>Text im &amp;Blocksatz</translation>
    </message>
    <message>
        <source>H&amp;yphenate justified text</source>
        <translation>Blocksatz &amp;trennen</translation>
    </message>
    <message>
        <source>Ragged-right text is never hyphenated.</source>
        <translation>Flattersatz wird nie getrennt.</translation>
    </message>
    <message>
        <source>In the margin</source>
        <translation>Am Rand</translation>
    </message>
    <message>
        <source>The &amp;editor&apos;s notes</source>
        <translation>Die &amp;Anmerkungen der Redaktion</translation>
    </message>
    <message>
        <source>The &amp;author&apos;s footnotes</source>
        <translation>Die F&amp;ußnoten des Autors</translation>
    </message>
    <message>
        <source>&amp;My notes</source>
        <translation>&amp;Meine Notizen</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Remind me &amp;at:</source>
        <translation>Erinnern &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>Beim Anmelden &amp;starten</translation>
    </message>
    <message>
        <source>Starts Red Letter in the background when you log in, so the reminder comes.</source>
        <translation>Startet Red Letter beim Anmelden im Hintergrund, damit die Erinnerung kommt.</translation>
    </message>
    <message>
        <source>Reminders come while Red Letter runs. Midnight is when the day&apos;s reading changes.</source>
        <translation>Erinnerungen kommen, solange Red Letter läuft. Um Mitternacht wechselt die Lektüre des Tages.</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Learn my pace from my reading</source>
        <translation>Mein Lesetempo aus meinem &amp;Lesen lernen</translation>
    </message>
    <message>
        <source>A &amp;fixed pace:</source>
        <translation>Ein &amp;festes Tempo:</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>Fixed pace in words a minute</source>
        <translation>Festes Tempo in Wörtern pro Minute</translation>
    </message>
    <message>
        <source>&amp;Forget My Pace</source>
        <translation>Mein Tempo &amp;vergessen</translation>
    </message>
    <message>
        <source>Your pace changes only the time shown for you. Long works are still divided into the same daily parts.</source>
        <translation>Ihr Tempo ändert nur die für Sie angezeigte Zeit. Lange Werke werden weiter in dieselben Tagesteile geteilt.</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Language of the menus</source>
        <translation>Sprache der Menüs</translation>
    </message>
    <message>
        <source>&amp;Menus and dialogs:</source>
        <translation>&amp;Menüs und Dialoge:</translation>
    </message>
    <message>
        <source>Takes effect the next time Red Letter starts.</source>
        <translation>Gilt ab dem nächsten Start von Red Letter.</translation>
    </message>
    <message>
        <source>Languages I read</source>
        <translation>Sprachen, die ich lese</translation>
    </message>
    <message>
        <source>Languages I &amp;read:</source>
        <translation>Sprachen, die ich &amp;lese:</translation>
    </message>
    <message>
        <source>Readings in these languages come first in the daily rotation. None ticked: the desktop&apos;s languages.</source>
        <translation>Lektüren in diesen Sprachen kommen in der täglichen Folge zuerst. Keine angekreuzt: die Sprachen der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Sp&amp;rachen</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>The login entry cannot be changed.

%1</source>
        <translation>Der Anmeldeeintrag kann nicht geändert werden.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Learned so far: about %1 words a minute, from %n reading(s).</source>
        <translation>
            <numerusform>Bisher gelernt: etwa %1 Wörter pro Minute, aus %n Lektüre.</numerusform>
            <numerusform>Bisher gelernt: etwa %1 Wörter pro Minute, aus %n Lektüren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not learned yet: after a few readings the time shown is also given at your pace. Until then: %1 words a minute.</source>
        <translation>Noch nicht gelernt: nach einigen Lektüren wird die Zeit auch in Ihrem Tempo angezeigt. Bis dahin: %1 Wörter pro Minute.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Pa&amp;ce</source>
        <translation>&amp;Tempo</translation>
    </message>
</context>
<context>
    <name>redletter::PrintTypesetter</name>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Introduction · %1</source>
        <translation>Einführung · %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktion</translation>
    </message>
    <message>
        <source>Red Letter · Annotations</source>
        <translation>Red Letter · Annotationen</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 Passage</translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation>%1 Passagen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Gelesen am %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
</context>
<context>
    <name>redletter::ReaderView</name>
    <message>
        <source>Editor: </source>
        <translation>Redaktion: </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Notiz: </translation>
    </message>
    <message>
        <source>Your note — Ctrl+Enter keeps it, Esc cancels</source>
        <translation>Ihre Notiz — Strg+Eingabe behält sie, Esc bricht ab</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>Mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>Add Note to Highlight…</source>
        <translation>Notiz zur Markierung hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>Notiz &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;Farbe der Markierung</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight and Note</source>
        <translation>Markierung und Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation>Anmerkung der Redaktion</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>Fußnote %1</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lektüre</translation>
    </message>
    <message>
        <source>The reading, with the margin notes beside it. Alt+Down and Alt+Up move through the notes beside the visible text; Enter opens the note, or edits it if it is yours.</source>
        <translation>Die Lektüre mit den Randnotizen daneben. Alt+Pfeil runter und Alt+Pfeil hoch gehen durch die Notizen neben dem sichtbaren Text; Eingabe öffnet die Notiz oder bearbeitet sie, wenn es Ihre ist.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Your note in the margin. Ctrl+Enter keeps it, Esc cancels.</source>
        <translation>Ihre Notiz am Rand. Strg+Eingabe behält sie, Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>redletter::ReadingEditor</name>
    <message>
        <source>Reading source</source>
        <translation>Quelltext der Lektüre</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Reading</source>
        <translation>&amp;Neue Lektüre</translation>
    </message>
    <message>
        <source>&amp;Open Reading File…</source>
        <translation>Lektüre-Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open Reading File</source>
        <translation>Lektüre-Datei öffnen</translation>
    </message>
    <message>
        <source>Readings (*.md *.markdown *.txt)</source>
        <translation>Lektüren (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save Reading As</source>
        <translation>Lektüre speichern unter</translation>
    </message>
    <message>
        <source>Readings (*.md)</source>
        <translation>Lektüren (*.md)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Add Editor&apos;s &amp;Note</source>
        <translation>Anmerkung der &amp;Redaktion hinzufügen</translation>
    </message>
    <message>
        <source>Select a passage in the preview: its note is written into the source</source>
        <translation>Wählen Sie eine Stelle in der Vorschau: Die Anmerkung wird in den Quelltext geschrieben</translation>
    </message>
    <message>
        <source>The catalog has no reading &apos;%1&apos;.</source>
        <translation>Der Katalog enthält keine Lektüre „%1“.</translation>
    </message>
    <message>
        <source>new reading</source>
        <translation>neue Lektüre</translation>
    </message>
    <message>
        <source>%1[*] — Red Letter Editor</source>
        <translation>%1[*] — Red-Letter-Editor</translation>
    </message>
    <message>
        <source>Click to go there</source>
        <translation>Klicken, um dorthin zu springen</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Reading</source>
        <translation>Lektüre speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Not saved: %1. The catalog keeps the reading as it was until this is fixed.</source>
        <translation>Nicht gespeichert: %1. Der Katalog behält die Lektüre, wie sie war, bis das behoben ist.</translation>
    </message>
    <message>
        <source>Saved to %1, but not imported: %2</source>
        <translation>In %1 gespeichert, aber nicht importiert: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>My notes: %1 found again, %2 could not be found (they are listed in My Notes).</source>
        <translation>Meine Notizen: %1 wiedergefunden, %2 nicht mehr gefunden (sie stehen unter „Meine Notizen“).</translation>
    </message>
    <message>
        <source>Select a passage in the preview first.</source>
        <translation>Wählen Sie zuerst eine Stelle in der Vorschau aus.</translation>
    </message>
    <message>
        <source>An editor&apos;s note is on a passage within one paragraph.</source>
        <translation>Eine Anmerkung der Redaktion gilt einer Stelle innerhalb eines Absatzes.</translation>
    </message>
    <message>
        <source>The passage is not in the source as written; mark it there with {==…==}{&gt;&gt;…&lt;&lt;}.</source>
        <translation>Die Stelle steht so nicht im Quelltext; markieren Sie sie dort mit {==…==}{&gt;&gt;…&lt;&lt;}.</translation>
    </message>
    <message>
        <source>Write the note between {&gt;&gt; and &lt;&lt;}.</source>
        <translation>Schreiben Sie die Anmerkung zwischen {&gt;&gt; und &lt;&lt;}.</translation>
    </message>
    <message>
        <source>Could not write the autosave copy %1: %2</source>
        <translation>Die Sicherungskopie %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Unsaved changes to this reading from %1 were kept when the editor last closed without saving them.</source>
        <translation>Ungesicherte Änderungen an dieser Lektüre vom %1 wurden aufbewahrt, als der Editor zuletzt ohne Speichern beendet wurde.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes; save to keep them.</source>
        <translation>Die ungesicherten Änderungen sind wiederhergestellt; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat ungesicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>redletter::RegularFile</name>
    <message>
        <source>cannot read: no such file</source>
        <translation>nicht lesbar: keine solche Datei</translation>
    </message>
    <message>
        <source>cannot read: a loop of symbolic links</source>
        <translation>nicht lesbar: eine Schleife symbolischer Links</translation>
    </message>
    <message>
        <source>cannot read: permission denied</source>
        <translation>nicht lesbar: keine Berechtigung</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot read: it is a folder, not a file</source>
        <translation>nicht lesbar: das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read: it is a named pipe (FIFO), not a file</source>
        <translation>nicht lesbar: das ist eine benannte Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>cannot read: it is a device, not a file</source>
        <translation>nicht lesbar: das ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>cannot read: it is a socket, not a file</source>
        <translation>nicht lesbar: das ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>cannot read: not a regular file</source>
        <translation>nicht lesbar: keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>too large (%1 MB; the limit is %2 MB)</source>
        <translation>zu groß (%1 MB; die Grenze ist %2 MB)</translation>
    </message>
</context>
<context>
    <name>redletter::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Red Letter copies the catalog once a day and keeps %n days. Restoring one replaces the catalog; the current one is kept in %1.</source>
        <translation>
            <numerusform>Red Letter kopiert den Katalog einmal täglich und behält %n Tag. Eine Wiederherstellung ersetzt den Katalog; der aktuelle bleibt in %1 erhalten.</numerusform>
            <numerusform>Red Letter kopiert den Katalog einmal täglich und behält %n Tage. Eine Wiederherstellung ersetzt den Katalog; der aktuelle bleibt in %1 erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lektüren</translation>
    </message>
    <message>
        <source>Days served</source>
        <translation>Ausgelieferte Tage</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>There is no backup yet: the first is made when Red Letter starts.</source>
        <translation>Noch keine Sicherung: Die erste entsteht beim Start von Red Letter.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>Keine Sicherung gewählt.</translation>
    </message>
    <message>
        <source>Replace the catalog by the backup of %1 (%2 notes)? Notes and readings added since then are not in it; the current catalog is kept aside.</source>
        <translation>Den Katalog durch die Sicherung vom %1 (%2 Notizen) ersetzen? Seither hinzugekommene Notizen und Lektüren sind darin nicht enthalten; der aktuelle Katalog wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>The catalog is now the backup of %1. The catalog before is kept as %2.</source>
        <translation>Der Katalog ist jetzt die Sicherung vom %1. Der bisherige Katalog bleibt als %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>redletter::SourceFindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>From the top</source>
        <translation>Wieder von oben</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::SourceHighlighting</name>
    <message>
        <source>No syntax colours: this build has no KDE Syntax-Highlighting</source>
        <translation>Keine Syntaxfarben: Diese Version ist ohne KDE Syntax-Highlighting gebaut</translation>
    </message>
    <message>
        <source>No syntax colours: the syntax definition &quot;%1&quot; was not found</source>
        <translation>Keine Syntaxfarben: Die Syntaxdefinition „%1“ wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>redletter::TextSource</name>
    <message>
        <source>too large for a text (%1 MB; the limit is %2 MB)</source>
        <translation>zu groß für einen Text (%1 MB; die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>UTF-16 text; save the file as UTF-8</source>
        <translation>UTF-16-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>binary data (NUL byte), not a text file</source>
        <translation>Binärdaten (NUL-Byte), keine Textdatei</translation>
    </message>
    <message>
        <source>empty file: there is no text to import</source>
        <translation>leere Datei: es gibt keinen Text zu importieren</translation>
    </message>
    <message>
        <source>not UTF-8 (byte 0x%1 at line %2, column %3): read as windows-1252</source>
        <translation>kein UTF-8 (Byte 0x%1 in Zeile %2, Spalte %3): als windows-1252 gelesen</translation>
    </message>
</context>
<context>
    <name>redletter::TrayIcon</name>
    <message>
        <source>Open Today&apos;s Reading</source>
        <translation>Heutige Lektüre öffnen</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiv …</translation>
    </message>
    <message>
        <source>Pause Reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Reminder Time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <source>At Midnight</source>
        <translation>Um Mitternacht</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Um %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene Zeit …</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Red Letter</source>
        <translation>Red Letter</translation>
    </message>
    <message>
        <source>Custom (%1)…</source>
        <translation>Eigene Zeit (%1) …</translation>
    </message>
    <message>
        <source>Remind me of the day&apos;s reading at:</source>
        <translation>An die Lektüre des Tages erinnern um:</translation>
    </message>
</context>
</TS>
