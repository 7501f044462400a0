<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog cannot be written now: %1

You can read, search and export as usual. Notes you make are kept and saved as soon as the catalog can be written again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::AnnotationController</name>
    <message>
        <source>This part was served before notes could be kept on parts; open the full reading to make notes on this passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note or highlight on a part must lie within one chapter&apos;s text; select the passage again within one chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading &apos;%1&apos; this passage comes from is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Highlight Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no conflict %2 to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Other Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Saved Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::AnnotationPanel</name>
    <message>
        <source>Search all my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds my notes in every reading; the list below shows what matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes on this reading, the ones no longer found in its changed text, or what the search found; Enter opens a note at its passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this reading (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found after the text changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a highlight without a note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of a note (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:
%1

%2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::CatalogBackups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the catalog: %1 cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Red Letter catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::CatalogRecovery</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a working folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to read it (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a new catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the recovered catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the notes of lost readings to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 was damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept, unchanged, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it could be read, and there is no backup: Red Letter starts with a new, empty catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from it — notes: %1, days of the reading history: %2, readings: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were added to the backup of %1 (%2), which held more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog now holds — notes: %1, days of the reading history: %2, readings: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovered — notes: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovered — readings: %1 (%2); import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of readings that were not recovered: %1; they are saved in %2. Import those readings again, then that file with File › Import Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note and reading the damaged file still names was recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::Citation</name>
    <message>
        <source>%1, introduction to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::CommandLine</name>
    <message>
        <source>&apos;%1&apos; is not a Red Letter link (redletter://reading/ID#annotation-ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one redletter:// link at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (links are imported with --import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Letter: daily left theory. 15 minutes or less. Refreshes at midnight.
Without options, opens the window on today&apos;s reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the catalog in DIR instead of the user&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files or links (a page, a whole work from its contents page, an EPUB, a Gutenberg text, Markdown or a reading) into the catalog, report each, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check reading-format files without importing them: print each problem as FILE:LINE:COL: message and exit 1 if any file has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every reading in the catalog as JSON lines and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find QUERY&apos;s words in the readings and my notes; print the hits, best first, as JSON lines (id, title, part, snippet with the words in **, rank) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print reading ID in the reading format and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day&apos;s reading as one JSON object and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the reading or work ID the next thing served (a work, or a reading over 15 minutes, in parts from its next one) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the served days as JSON lines and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window with the day&apos;s reading to FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray without showing the window (start at login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the clock at local time DATETIME and let it run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotated passages, with the notes in the margin, to FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotated passages to Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my annotations as W3C Web Annotation JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import W3C Web Annotation JSON into the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only this reading (its id); with --screenshot: show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations made on or after DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations made on or before DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-pdf and --reading: the whole reading with all notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-pdf: write PDF/A-1b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-pdf: A4 or Letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or links for --import; files for --check. Without an option: a redletter://reading/ID#annotation-ID link to open, or files (EPUB, HTML, Markdown) to import and open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date wants a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pretend-now wants a local date and time as YYYY-MM-DDTHH:MM:SS, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date and --pretend-now cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import, --check, --list, --search, --show, --today, --queue, --archive, --screenshot, --export-… and --import-annotations cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reading goes with --screenshot, --export-pdf, --export-markdown or --export-annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --export-pdf, --export-markdown or --export-annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--whole-reading, --pdfa and --page-size go with --export-pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size is A4 or Letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--whole-reading needs --reading ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import needs at least one FILE or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size goes with --screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search needs the words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, like 1280x900, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::Commands</name>
    <message>
        <source>%1: no reading &apos;%2&apos; in the catalog (--list shows the ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1 comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no reading &apos;%2&apos; in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to export: no annotations match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 note no longer found in the text, listed at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes no longer found in the text, listed at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them not found in the reading&apos;s text (kept as orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 (%2): no reading in this catalog for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported; import those readings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotation added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotations added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added as %1: its id belongs to a note on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated: newer than the saved note, whose version is kept as a conflict in My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: the saved note is newer; this version is kept as a conflict in My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: already imported as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::DesktopIntegration</name>
    <message>
        <source>Start at Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login entry cannot be changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::DocumentBuilder</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 min of text, %2 min of introduction and %3 min of notes, at %4 words a minute (%5 words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor puts it at %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Letter · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · about %2 for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your pace of %1 words a minute: about %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::EpubReader</name>
    <message>
        <source>CRC error: the data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive ends in the middle of this entry (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed with a method that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (a book with DRM cannot be imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s directory does not match its entries (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path that leads out of the book (&quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: there is no book to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated zip archive: the end of the file, with the archive&apos;s directory, is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zip archive, so not an EPUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip archive: its directory does not match its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive split into several parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable zip archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries in the archive; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe entry name &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflates to more than %1 MB, the limit for one entry (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book inflates to more than %1 MB, the limit for a whole book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1: not an EPUB, or a damaged one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the package document &quot;%1&quot;, which is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;mimetype&quot; entry marks the archive as an EPUB; read anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;mimetype&quot; entry does not say %1; read anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;mimetype&quot; entry is not the first in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no package document (no rootfile with a full-path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a package document outside the book: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a package document (its root element is not &lt;package&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest names a file outside the book: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;spine&gt;: the book does not say which chapters it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spine names &quot;%1&quot;, which the manifest does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the archive, but the spine names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is called %2 in the archive (letter case differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spine lists no chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; chapter titles taken from the chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a text (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a converter&apos;s error page (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book has no chapter with text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the title page of the part &quot;%2&quot; (its name is in the titles of its chapters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a page with almost no text (a cover or title page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes file %1, its notes moved beside their references (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size, the limit for one entry (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::ExportFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::ExportOptionsText</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::FindBar</name>
    <message>
        <source>Find in the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the words in the reading as you type; Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::HtmlMapper</name>
    <message>
        <source>the HTML parser could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTML document: no elements found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note mark &quot;%1&quot; links to %2, which is not in the book: the mark stays as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note mark &quot;%1&quot; links to %2, where there is no note: the mark stays as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more note marks whose notes cannot be found stay as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page has no body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breadcrumbs and page header (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navigation links (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page anchors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scripts and styles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication details not kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes nothing refers to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::HtmlReader</name>
    <message>
        <source>the page says it is UTF-8, but byte 0x%1 at line %2, column %3 is not: read as windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page says it is %1, but its bytes are UTF-8: read as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s charset %1 is unknown or does not fit its bytes: read as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::ImportReport</name>
    <message>
        <source>Red Letter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contents page of a work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: the source says &quot;%1&quot;, the text is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes: %1 found as they were, %2 found approximately, %3 not found (kept as orphans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, the work &quot;%3&quot; as %4 (one part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, the work &quot;%3&quot; as %4 (%5 parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; as %3 (%4 min; %5, %6, %7; language %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnotes</source>
        <translation>
            <numerusform>%n footnote</numerusform>
            <numerusform>%n footnotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n editor&apos;s notes</source>
        <translation>
            <numerusform>%n editor&apos;s note</numerusform>
            <numerusform>%n editor&apos;s notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sources imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sources imported; %3 could not be imported and changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each source imported, with the readings it became and what was dropped or changed; Enter opens a reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::ImportService</name>
    <message>
        <source>cannot fetch links here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapter %1 of %2 (%3): %4; nothing of the work was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contents page links %1 pages; a work has at most %2 chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 paragraphs; the limit for one reading is %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::InstallmentView</name>
    <message>
        <source>Part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow: Part %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress: part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings and works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reading and work of the catalog, chapters under their work; Enter opens one, Read Next makes it the next one served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the readings whose title or author has these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the readings in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve this reading or work next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search readings and my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds these words in the readings&apos; text and in my notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best matches first; Enter opens the reading at the match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::LinkFetcher</name>
    <message>
        <source>the download was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http and https links can be fetched (this is a %1 link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announces %1, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent compressed (%1) although asked not to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirects more than %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirects to %1, which is not an http or https link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (redirected to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::LinkImportProgress</name>
    <message>
        <source>Import from Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 (document %2)…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Readings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Notes on This &amp;Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Reading in &amp;Full, with All Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All My Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit This Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justify and Hyphenate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: ragged-right text without hyphenation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor&apos;s Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author&apos;s Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to the next note beside the visible text; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to the previous note beside the visible text; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Notes Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;Next Part Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read tomorrow&apos;s part now; it counts as read and the series goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause This Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more parts of this work until you resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Today&apos;s Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the next reading instead of today&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to the Editors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections, suggestions for readings, or a word on the commentary: a mail to the editors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Red Letter&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Daily left theory. 15 minutes or less. Refreshes at midnight.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened. Write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reading on screen to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to read today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Import readings with File › Import Readings….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 has no readable content for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no next part to read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read ahead: tomorrow brings the part after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series paused: no more parts of it until you resume it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series resumed: its next part comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped. Here is the next reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names a reading that is not in the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of this link is no longer in the catalog, or its passage is gone from the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive days on which you read a reading to its end, today included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive days on which you read a reading to its end; read today&apos;s to keep it going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no notes or highlights to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, notes in the margin (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 passages to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts (*.md *.markdown *.txt *.htm *.html *.xhtml *.epub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a page, a work&apos;s contents page or an EPUB book (http or https):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Red Letter imports links that start with http:// or https://; use Import Readings for files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from %1 cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to my notes not saved yet, kept until the catalog can be written (File › Export Unsaved Notes… saves them to a file): %1</source>
        <translation>
            <numerusform>%n change to my notes not saved yet, kept until the catalog can be written (File › Export Unsaved Notes… saves them to a file): %1</numerusform>
            <numerusform>%n changes to my notes not saved yet, kept until the catalog can be written (File › Export Unsaved Notes… saves them to a file): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All my notes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Unsaved Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editors&apos; page could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget My Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading sessions could not be forgotten.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily left theory. 15 minutes or less. Refreshes at midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Unsaved Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved notes exported to %1; they are also still saved when the catalog can be written.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>front matter is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter larger than %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated front matter: expected a line &apos;%1&apos; after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter&apos;s other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block quotes nested %1 deep; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tool&apos;s label line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navigation links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page-wide quotation wrapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 footnote markers ([^…]); the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::MarkdownWriter</name>
    <message>
        <source>1 passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These annotations no longer match the text of their reading. Here is what they quoted, with their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::Notifier</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s reading: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s reading: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::PdfComposer</name>
    <message>
        <source>Orphaned notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These annotations no longer match the text of their reading (it has changed since they were made). Here is what they quoted, with their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs a QGuiApplication (for its fonts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not add a page</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>every line was followed by a blank line; read as ordinary paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text: only the Project Gutenberg header and licence</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;face:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justify the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;yphenate justified text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ragged-right text is never hyphenated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;editor&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;author&apos;s footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts Red Letter in the background when you log in, so the reminder comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders come while Red Letter runs. Midnight is when the day&apos;s reading changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn my pace from my reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;fixed pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed pace in words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget My Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pace changes only the time shown for you. Long works are still divided into the same daily parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Menus and dialogs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Red Letter starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages I read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages I &amp;read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings in these languages come first in the daily rotation. None ticked: the desktop&apos;s languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login entry cannot be changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not learned yet: after a few readings the time shown is also given at your pace. Until then: %1 words a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::PrintTypesetter</name>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Letter · Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::ReaderView</name>
    <message>
        <source>Editor&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading, with the margin notes beside it. Alt+Down and Alt+Up move through the notes beside the visible text; Enter opens the note, or edits it if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note — Ctrl+Enter keeps it, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note in the margin. Ctrl+Enter keeps it, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note to Highlight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Highlight and Note</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Reading source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Reading File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Reading File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings (*.md *.markdown *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Reading As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Editor&apos;s &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the preview: its note is written into the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no reading &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Red Letter Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. The catalog keeps the reading as it was until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1, but not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes: %1 found again, %2 could not be found (they are listed in My Notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the preview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An editor&apos;s note is on a passage within one paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage is not in the source as written; mark it there with {==…==}{&gt;&gt;…&lt;&lt;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note between {&gt;&gt; and &lt;&lt;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the autosave copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to this reading from %1 were kept when the editor last closed without saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved changes; save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::RegularFile</name>
    <message>
        <source>cannot read: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: a loop of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: it is a named pipe (FIFO), not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: it is a device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: it is a socket, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup yet: the first is made when Red Letter starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the catalog by the backup of %1 (%2 notes)? Notes and readings added since then are not in it; the current catalog is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is now the backup of %1. The catalog before is kept as %2.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::SourceHighlighting</name>
    <message>
        <source>No syntax colours: this build has no KDE Syntax-Highlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No syntax colours: the syntax definition &quot;%1&quot; was not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::TextSource</name>
    <message>
        <source>too large for a text (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (NUL byte), not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: there is no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 (byte 0x%1 at line %2, column %3): read as windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redletter::TrayIcon</name>
    <message>
        <source>Open Today&apos;s Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At Midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of the day&apos;s reading at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
