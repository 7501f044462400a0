<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Red Letter</source>
        <translation>Red Letter</translation>
    </message>
    <message>
        <source>The catalog cannot be opened.

%1</source>
        <translation>Impossible d’ouvrir le catalogue.

%1</translation>
    </message>
    <message>
        <source>The catalog cannot be written now: %1

You can read, search and export as usual. Notes you make are kept and saved as soon as the catalog can be written again.</source>
        <translation>Le catalogue ne peut pas être modifié pour l’instant : %1

Vous pouvez lire, chercher et exporter comme d’habitude. Vos notes sont conservées et enregistrées dès que le catalogue pourra de nouveau être modifié.</translation>
    </message>
</context>
<context>
    <name>redletter::AnnotationController</name>
    <message>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Retirer la note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Change Highlight Colour</source>
        <translation>Changer la couleur du surlignage</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>A note or highlight on a part must lie within one chapter&apos;s text; select the passage again within one chapter.</source>
        <translation>Une note ou un surlignage sur une partie doit se trouver dans le texte d’un seul chapitre ; sélectionnez à nouveau le passage à l’intérieur d’un chapitre.</translation>
    </message>
    <message>
        <source>The reading &apos;%1&apos; this passage comes from is no longer in the catalog.</source>
        <translation>La lecture «&#xa0;%1&#xa0;» dont provient ce passage n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>This part was served before notes could be kept on parts; open the full reading to make notes on this passage.</source>
        <translation>Cette partie a été servie avant que les notes puissent être conservées sur les parties ; ouvrez la lecture complète pour annoter ce passage.</translation>
    </message>
    <message>
        <source>%1: there is no conflict %2 to resolve</source>
        <translation>%1 : il n’y a pas de conflit %2 à résoudre</translation>
    </message>
    <message>
        <source>Keep the Other Version</source>
        <translation>Garder l’autre version</translation>
    </message>
    <message>
        <source>Keep the Saved Version</source>
        <translation>Garder la version enregistrée</translation>
    </message>
</context>
<context>
    <name>redletter::AnnotationPanel</name>
    <message>
        <source>Search all my notes</source>
        <translation>Chercher dans toutes mes notes</translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation>Introuvable dans le texte actuel</translation>
    </message>
    <message>
        <source>No notes match “%1”</source>
        <translation>Aucune note ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>In this reading (%1)</source>
        <translation>Dans cette lecture (%1)</translation>
    </message>
    <message>
        <source>Not found after the text changed (%1)</source>
        <translation>Introuvables depuis la modification du texte (%1)</translation>
    </message>
    <message>
        <source>Finds my notes in every reading; the list below shows what matches.</source>
        <translation>Trouve mes notes dans toutes les lectures ; la liste ci-dessous montre les résultats.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>My notes on this reading, the ones no longer found in its changed text, or what the search found; Enter opens a note at its passage.</source>
        <translation>Mes notes sur cette lecture, celles qui ne se retrouvent plus dans son texte modifié, ou les résultats de la recherche ; Entrée ouvre une note à son passage.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>(a highlight without a note)</source>
        <translation>(un surlignage sans note)</translation>
    </message>
    <message>
        <source>Two versions of a note (%1)</source>
        <translation>Deux versions d’une note (%1)</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Saved:
%1

%2:
%3</source>
        <translation>Enregistrée :
%1

%2 :
%3</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation>Garder la version enregistrée</translation>
    </message>
    <message>
        <source>Keep the other version</source>
        <translation>Garder l’autre version</translation>
    </message>
</context>
<context>
    <name>redletter::CatalogBackups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot back up the catalog: %1</source>
        <translation>Impossible de sauvegarder le catalogue : %1</translation>
    </message>
    <message>
        <source>Cannot back up the catalog: %1 cannot be written (%2)</source>
        <translation>Impossible de sauvegarder le catalogue : %1 ne peut pas être écrit (%2)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>not a Red Letter catalog</source>
        <translation>ce n’est pas un catalogue Red Letter</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2.</source>
        <translation>Impossible de mettre %1 de côté sous %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Impossible de copier %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation>Le catalogue n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 est illisible : %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Impossible de restaurer %1 : %2</translation>
    </message>
</context>
<context>
    <name>redletter::CatalogRecovery</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>Cannot make a working folder in %1: %2</source>
        <translation>Impossible de créer un dossier de travail dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to read it (is the disk full?).</source>
        <translation>Impossible de copier %1 pour le lire (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>Cannot make a new catalog: %1</source>
        <translation>Impossible de créer un nouveau catalogue : %1</translation>
    </message>
    <message>
        <source>Cannot write the recovered catalog: %1</source>
        <translation>Impossible d’écrire le catalogue récupéré : %1</translation>
    </message>
    <message>
        <source>Cannot save the notes of lost readings to %1: %2</source>
        <translation>Impossible d’enregistrer les notes des lectures perdues dans %1 : %2</translation>
    </message>
    <message>
        <source>The catalog %1 was damaged (%2).</source>
        <translation>Le catalogue %1 était endommagé (%2).</translation>
    </message>
    <message>
        <source>The damaged file is kept, unchanged, as %1.</source>
        <translation>Le fichier endommagé est conservé, intact, sous %1.</translation>
    </message>
    <message>
        <source>Nothing in it could be read, and there is no backup: Red Letter starts with a new, empty catalog.</source>
        <translation>Rien n’a pu y être lu et il n’existe aucune sauvegarde : Red Letter repart d’un catalogue neuf et vide.</translation>
    </message>
    <message>
        <source>Recovered from it — notes: %1, days of the reading history: %2, readings: %3.</source>
        <translation>Récupéré — notes : %1, jours de l’historique de lecture : %2, lectures : %3.</translation>
    </message>
    <message>
        <source>They were added to the backup of %1 (%2), which held more.</source>
        <translation>Ils ont été ajoutés à la sauvegarde du %1 (%2), qui en contenait davantage.</translation>
    </message>
    <message>
        <source>The catalog now holds — notes: %1, days of the reading history: %2, readings: %3.</source>
        <translation>Le catalogue contient désormais — notes : %1, jours de l’historique de lecture : %2, lectures : %3.</translation>
    </message>
    <message>
        <source>Not recovered — notes: %1 (%2).</source>
        <translation>Non récupéré — notes : %1 (%2).</translation>
    </message>
    <message>
        <source>Not recovered — readings: %1 (%2); import them again.</source>
        <translation>Non récupéré — lectures : %1 (%2) ; importez-les à nouveau.</translation>
    </message>
    <message>
        <source>Notes of readings that were not recovered: %1; they are saved in %2. Import those readings again, then that file with File › Import Notes.</source>
        <translation>Notes de lectures non récupérées : %1 ; elles sont enregistrées dans %2. Importez à nouveau ces lectures, puis ce fichier avec Fichier › Importer des notes.</translation>
    </message>
    <message>
        <source>Every note and reading the damaged file still names was recovered.</source>
        <translation>Chaque note et chaque lecture que le fichier endommagé mentionne encore a été récupérée.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
</context>
<context>
    <name>redletter::Citation</name>
    <message>
        <source>%1, introduction to %2</source>
        <translation>%1, introduction à %2</translation>
    </message>
    <message>
        <source>The editor</source>
        <translation>La rédaction</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lu le %1</translation>
    </message>
    <message>
        <source>translated by %1</source>
        <translation>traduit par %1</translation>
    </message>
</context>
<context>
    <name>redletter::CommandLine</name>
    <message>
        <source>Red Letter: daily left theory. 15 minutes or less. Refreshes at midnight.
Without options, opens the window on today&apos;s reading.</source>
        <translation>Red Letter&#xa0;: la théorie de gauche au quotidien. 15 minutes ou moins. Renouvelée à minuit.
Sans option, ouvre la fenêtre sur la lecture du jour.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Keep the catalog in DIR instead of the user&apos;s data directory.</source>
        <translation>Conserver le catalogue dans DIR plutôt que dans le dossier de données de l’utilisateur.</translation>
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD).</source>
        <translation>Faire comme si nous étions le DATE (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Print the day&apos;s reading as one JSON object and exit.</source>
        <translation>Écrire la lecture du jour sous forme d’un objet JSON et quitter.</translation>
    </message>
    <message>
        <source>Print the served days as JSON lines and exit.</source>
        <translation>Écrire les jours déjà servis en lignes JSON et quitter.</translation>
    </message>
    <message>
        <source>Render the window with the day&apos;s reading to FILE.png and exit.</source>
        <translation>Enregistrer la fenêtre avec la lecture du jour dans FILE.png et quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x900).</source>
        <translation>Taille de la fenêtre pour --screenshot (1280x900 par défaut).</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window (start at login).</source>
        <translation>Démarrer dans la zone de notification sans afficher la fenêtre (lancement à l’ouverture de session).</translation>
    </message>
    <message>
        <source>Start the clock at local time DATETIME and let it run.</source>
        <translation>Régler l’horloge sur l’heure locale DATETIME et la laisser tourner.</translation>
    </message>
    <message>
        <source>Export annotated passages, with the notes in the margin, to FILE.pdf.</source>
        <translation>Exporter les passages annotés, avec les notes en marge, dans FILE.pdf.</translation>
    </message>
    <message>
        <source>Export annotated passages to Markdown.</source>
        <translation>Exporter les passages annotés en Markdown.</translation>
    </message>
    <message>
        <source>Export my annotations as W3C Web Annotation JSON.</source>
        <translation>Exporter mes annotations au format JSON W3C Web Annotation.</translation>
    </message>
    <message>
        <source>Import W3C Web Annotation JSON into the catalog.</source>
        <translation>Importer du JSON W3C Web Annotation dans le catalogue.</translation>
    </message>
    <message>
        <source>Export annotations made on or after DATE.</source>
        <translation>Exporter les annotations faites le DATE ou après.</translation>
    </message>
    <message>
        <source>Export annotations made on or before DATE.</source>
        <translation>Exporter les annotations faites le DATE ou avant.</translation>
    </message>
    <message>
        <source>Export annotations with this tag.</source>
        <translation>Exporter les annotations portant cette étiquette.</translation>
    </message>
    <message>
        <source>With --export-pdf and --reading: the whole reading with all notes.</source>
        <translation>Avec --export-pdf et --reading&#xa0;: la lecture entière avec toutes les notes.</translation>
    </message>
    <message>
        <source>With --export-pdf: write PDF/A-1b.</source>
        <translation>Avec --export-pdf&#xa0;: écrire du PDF/A-1b.</translation>
    </message>
    <message>
        <source>With --export-pdf: A4 or Letter (default: from the locale).</source>
        <translation>Avec --export-pdf&#xa0;: A4 ou Letter (par défaut&#xa0;: selon la région).</translation>
    </message>
    <message>
        <source>--date wants a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date attend une date au format AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--pretend-now wants a local date and time as YYYY-MM-DDTHH:MM:SS, not &apos;%1&apos;</source>
        <translation>--pretend-now attend une date et une heure locales au format AAAA-MM-JJTHH:MM:SS, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--date and --pretend-now cannot be combined</source>
        <translation>--date et --pretend-now ne peuvent pas être combinées</translation>
    </message>
    <message>
        <source>--%1 goes with --export-pdf, --export-markdown or --export-annotations</source>
        <translation>--%1 s’emploie avec --export-pdf, --export-markdown ou --export-annotations</translation>
    </message>
    <message>
        <source>--whole-reading, --pdfa and --page-size go with --export-pdf</source>
        <translation>--whole-reading, --pdfa et --page-size s’emploient avec --export-pdf</translation>
    </message>
    <message>
        <source>--%1 wants a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--page-size is A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size vaut A4 ou Letter, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--whole-reading needs --reading ID</source>
        <translation>--whole-reading demande --reading ID</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--size goes with --screenshot</source>
        <translation>--size s’emploie avec --screenshot</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, like 1280x900, not &apos;%1&apos;</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, par exemple 1280x900, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import files or links (a page, a whole work from its contents page, an EPUB, a Gutenberg text, Markdown or a reading) into the catalog, report each, and exit.</source>
        <translation>Importer des fichiers ou des liens (une page, une œuvre entière depuis sa table des matières, un EPUB, un texte Gutenberg, du Markdown ou une lecture) dans le catalogue, rendre compte de chacun et quitter.</translation>
    </message>
    <message>
        <source>Print every reading in the catalog as JSON lines and exit.</source>
        <translation>Afficher chaque lecture du catalogue en lignes JSON et quitter.</translation>
    </message>
    <message>
        <source>Print reading ID in the reading format and exit.</source>
        <translation>Afficher la lecture ID au format de lecture et quitter.</translation>
    </message>
    <message>
        <source>--import needs at least one FILE or URL</source>
        <translation>--import demande au moins un FICHIER ou une URL</translation>
    </message>
    <message>
        <source>Make the reading or work ID the next thing served (a work, or a reading over 15 minutes, in parts from its next one) and exit.</source>
        <translation>Faire de la lecture ou de l’œuvre ID la prochaine servie (une œuvre, ou une lecture de plus de 15 minutes, en parties à partir de la suivante) et quitter.</translation>
    </message>
    <message>
        <source>Find QUERY&apos;s words in the readings and my notes; print the hits, best first, as JSON lines (id, title, part, snippet with the words in **, rank) and exit.</source>
        <translation>Chercher les mots de QUERY dans les textes et mes notes, afficher les résultats en lignes JSON, les meilleurs d’abord (id, title, part, snippet avec les mots entre **, rank), puis quitter.</translation>
    </message>
    <message>
        <source>--search needs the words to find</source>
        <translation>--search a besoin des mots à chercher</translation>
    </message>
    <message>
        <source>Export only this reading (its id); with --screenshot: show it.</source>
        <translation>N’exporter que cette lecture (son identifiant) ; avec --screenshot : l’afficher.</translation>
    </message>
    <message>
        <source>--reading goes with --screenshot, --export-pdf, --export-markdown or --export-annotations</source>
        <translation>--reading s’emploie avec --screenshot, --export-pdf, --export-markdown ou --export-annotations</translation>
    </message>
    <message>
        <source>Check reading-format files without importing them: print each problem as FILE:LINE:COL: message and exit 1 if any file has one.</source>
        <translation>Vérifier des fichiers au format de lecture sans les importer : afficher chaque problème sous la forme FILE:LINE:COL: message et quitter avec 1 si un fichier en a un.</translation>
    </message>
    <message>
        <source>--import, --check, --list, --search, --show, --today, --queue, --archive, --screenshot, --export-… and --import-annotations cannot be combined</source>
        <translation>--import, --check, --list, --search, --show, --today, --queue, --archive, --screenshot, --export-… et --import-annotations ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>--check needs at least one FILE</source>
        <translation>--check demande au moins un fichier (FILE)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Red Letter link (redletter://reading/ID#annotation-ID)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien Red Letter (redletter://reading/ID#annotation-ID)</translation>
    </message>
    <message>
        <source>one redletter:// link at a time</source>
        <translation>un seul lien redletter:// à la fois</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (links are imported with --import)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (les liens s’importent avec --import)</translation>
    </message>
    <message>
        <source>Files or links for --import; files for --check. Without an option: a redletter://reading/ID#annotation-ID link to open, or files (EPUB, HTML, Markdown) to import and open.</source>
        <translation>Fichiers ou liens pour --import&#xa0;; fichiers pour --check. Sans option&#xa0;: un lien redletter://reading/ID#annotation-ID à ouvrir, ou des fichiers (EPUB, HTML, Markdown) à importer et ouvrir.</translation>
    </message>
</context>
<context>
    <name>redletter::Commands</name>
    <message>
        <source>%1: there is no reading &apos;%2&apos; in the catalog</source>
        <translation>%1&#xa0;: le catalogue ne contient aucune lecture «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: nothing to export: no annotations match</source>
        <translation>%1&#xa0;: rien à exporter&#xa0;: aucune annotation ne correspond</translation>
    </message>
    <message>
        <source>%1 passage</source>
        <translation>%1 passage</translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation>%1 passages</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1 note</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>%1 note no longer found in the text, listed at the end</source>
        <translation>%1 note introuvable dans le texte, listée à la fin</translation>
    </message>
    <message>
        <source>%1 notes no longer found in the text, listed at the end</source>
        <translation>%1 notes introuvables dans le texte, listées à la fin</translation>
    </message>
    <message>
        <source>%1 of them not found in the reading&apos;s text (kept as orphaned)</source>
        <translation>dont %1 introuvable(s) dans le texte de la lecture (conservée(s) comme orphelines)</translation>
    </message>
    <message>
        <source>%1: no reading &apos;%2&apos; in the catalog (--list shows the ids)</source>
        <translation>%1 : aucune lecture « %2 » dans le catalogue (--list montre les identifiants)</translation>
    </message>
    <message>
        <source>Queued: %1 comes next.</source>
        <translation>En file&#xa0;: %1 vient ensuite.</translation>
    </message>
    <message>
        <source>annotation %1 (%2): no reading in this catalog for %3</source>
        <translation>annotation %1 (%2) : aucune lecture de ce catalogue pour %3</translation>
    </message>
    <message>
        <source>nothing was imported; import those readings first</source>
        <translation>rien n’a été importé ; importez d’abord ces lectures</translation>
    </message>
    <message>
        <source>%1 annotation added</source>
        <translation>%1 annotation ajoutée</translation>
    </message>
    <message>
        <source>%1 annotations added</source>
        <translation>%1 annotations ajoutées</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 mise(s) à jour</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignorée(s)</translation>
    </message>
    <message>
        <source>annotation %1 (%2)</source>
        <translation>annotation %1 (%2)</translation>
    </message>
    <message>
        <source>added as %1: its id belongs to a note on “%2”</source>
        <translation>ajoutée sous %1 : son identifiant appartient à une note sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>updated: newer than the saved note, whose version is kept as a conflict in My Notes</source>
        <translation>mise à jour : plus récente que la note enregistrée, dont la version est conservée comme conflit dans Mes notes</translation>
    </message>
    <message>
        <source>skipped: the saved note is newer; this version is kept as a conflict in My Notes</source>
        <translation>ignorée : la note enregistrée est plus récente ; cette version est conservée comme conflit dans Mes notes</translation>
    </message>
    <message>
        <source>skipped: unchanged</source>
        <translation>ignorée : inchangée</translation>
    </message>
    <message>
        <source>skipped: already imported as %1</source>
        <translation>ignorée : déjà importée sous %1</translation>
    </message>
</context>
<context>
    <name>redletter::DesktopIntegration</name>
    <message>
        <source>Start at Login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>The login entry cannot be changed.

%1</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session.

%1</translation>
    </message>
</context>
<context>
    <name>redletter::DocumentBuilder</name>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>About %1 min of text, %2 min of introduction and %3 min of notes, at %4 words a minute (%5 words).</source>
        <translation>Environ %1&#xa0;min de texte, %2&#xa0;min d’introduction et %3&#xa0;min de notes, à %4 mots par minute (%5 mots).</translation>
    </message>
    <message>
        <source>The editor puts it at %1 min.</source>
        <translation>La rédaction l’estime à %1 min.</translation>
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
        <translation>extrait de</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Introduction · %1</source>
        <translation>Introduction · %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>%1 · about %2 for you</source>
        <translation>%1 · environ %2 pour vous</translation>
    </message>
    <message>
        <source>At your pace of %1 words a minute: about %2 min.</source>
        <translation>À votre rythme de %1 mots par minute : environ %2 min.</translation>
    </message>
</context>
<context>
    <name>redletter::EpubReader</name>
    <message>
        <source>CRC error: the data is damaged</source>
        <translation>erreur CRC : les données sont endommagées</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>les données compressées sont endommagées</translation>
    </message>
    <message>
        <source>the archive ends in the middle of this entry (truncated)</source>
        <translation>l’archive s’arrête au milieu de cette entrée (tronquée)</translation>
    </message>
    <message>
        <source>compressed with a method that cannot be read</source>
        <translation>compressé avec une méthode illisible</translation>
    </message>
    <message>
        <source>encrypted (a book with DRM cannot be imported)</source>
        <translation>chiffré (un livre avec DRM ne peut pas être importé)</translation>
    </message>
    <message>
        <source>the archive&apos;s directory does not match its entries (damaged)</source>
        <translation>le répertoire de l’archive ne correspond pas à ses entrées (endommagée)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>un chemin absolu</translation>
    </message>
    <message>
        <source>a path that leads out of the book (&quot;..&quot;)</source>
        <translation>un chemin qui sort du livre (« .. »)</translation>
    </message>
    <message>
        <source>empty file: there is no book to import</source>
        <translation>fichier vide : il n’y a aucun livre à importer</translation>
    </message>
    <message>
        <source>truncated zip archive: the end of the file, with the archive&apos;s directory, is missing</source>
        <translation>archive zip tronquée : la fin du fichier, avec le répertoire de l’archive, manque</translation>
    </message>
    <message>
        <source>not a zip archive, so not an EPUB</source>
        <translation>pas une archive zip, donc pas un EPUB</translation>
    </message>
    <message>
        <source>damaged zip archive: its directory does not match its entries</source>
        <translation>archive zip endommagée : son répertoire ne correspond pas à ses entrées</translation>
    </message>
    <message>
        <source>a zip archive split into several parts</source>
        <translation>une archive zip découpée en plusieurs parties</translation>
    </message>
    <message>
        <source>unreadable zip archive (%1)</source>
        <translation>archive zip illisible (%1)</translation>
    </message>
    <message>
        <source>%1 entries in the archive; the limit is %2</source>
        <translation>%1 entrées dans l’archive ; la limite est de %2</translation>
    </message>
    <message>
        <source>unsafe entry name &quot;%1&quot;: %2</source>
        <translation>nom d’entrée dangereux « %1 » : %2</translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation>absent de l’archive</translation>
    </message>
    <message>
        <source>inflates to more than %1 MB, the limit for one entry (a zip bomb?)</source>
        <translation>se décompresse en plus de %1 Mo, la limite pour une entrée (une bombe zip ?)</translation>
    </message>
    <message>
        <source>the book inflates to more than %1 MB, the limit for a whole book</source>
        <translation>le livre se décompresse en plus de %1 Mo, la limite pour un livre entier</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>no %1: not an EPUB, or a damaged one</source>
        <translation>pas de %1 : pas un EPUB, ou un EPUB endommagé</translation>
    </message>
    <message>
        <source>names the package document &quot;%1&quot;, which is not in the archive</source>
        <translation>désigne le document de paquet « %1 », absent de l’archive</translation>
    </message>
    <message>
        <source>no &quot;mimetype&quot; entry marks the archive as an EPUB; read anyway</source>
        <translation>aucune entrée « mimetype » ne désigne l’archive comme EPUB ; lu quand même</translation>
    </message>
    <message>
        <source>the &quot;mimetype&quot; entry does not say %1; read anyway</source>
        <translation>l’entrée « mimetype » n’indique pas %1 ; lu quand même</translation>
    </message>
    <message>
        <source>the &quot;mimetype&quot; entry is not the first in the archive</source>
        <translation>l’entrée « mimetype » n’est pas la première de l’archive</translation>
    </message>
    <message>
        <source>names no package document (no rootfile with a full-path)</source>
        <translation>ne désigne aucun document de paquet (aucun rootfile avec full-path)</translation>
    </message>
    <message>
        <source>names a package document outside the book: &quot;%1&quot;</source>
        <translation>désigne un document de paquet hors du livre : « %1 »</translation>
    </message>
    <message>
        <source>not a package document (its root element is not &lt;package&gt;)</source>
        <translation>pas un document de paquet (son élément racine n’est pas &lt;package&gt;)</translation>
    </message>
    <message>
        <source>the manifest names a file outside the book: &quot;%1&quot;</source>
        <translation>le manifeste désigne un fichier hors du livre : « %1 »</translation>
    </message>
    <message>
        <source>no &lt;spine&gt;: the book does not say which chapters it has</source>
        <translation>pas de &lt;spine&gt; : le livre n’indique pas quels chapitres il contient</translation>
    </message>
    <message>
        <source>the spine names &quot;%1&quot;, which the manifest does not list</source>
        <translation>le spine désigne « %1 », que le manifeste ne liste pas</translation>
    </message>
    <message>
        <source>missing from the archive, but the spine names it</source>
        <translation>absent de l’archive, bien que le spine le désigne</translation>
    </message>
    <message>
        <source>%1 is called %2 in the archive (letter case differs)</source>
        <translation>%1 s’appelle %2 dans l’archive (la casse diffère)</translation>
    </message>
    <message>
        <source>the spine lists no chapters</source>
        <translation>le spine ne liste aucun chapitre</translation>
    </message>
    <message>
        <source>%1: %2; chapter titles taken from the chapters</source>
        <translation>%1 : %2 ; titres des chapitres tirés des chapitres eux-mêmes</translation>
    </message>
    <message>
        <source>%1: the table of contents</source>
        <translation>%1 : la table des matières</translation>
    </message>
    <message>
        <source>%1: not a text (%2)</source>
        <translation>%1 : pas un texte (%2)</translation>
    </message>
    <message>
        <source>%1: a converter&apos;s error page (&quot;%2&quot;)</source>
        <translation>%1 : une page d’erreur du convertisseur (« %2 »)</translation>
    </message>
    <message>
        <source>the book has no chapter with text</source>
        <translation>le livre n’a aucun chapitre contenant du texte</translation>
    </message>
    <message>
        <source>%1: the title page of the part &quot;%2&quot; (its name is in the titles of its chapters)</source>
        <translation>%1 : la page de titre de la partie « %2 » (son nom figure dans les titres de ses chapitres)</translation>
    </message>
    <message>
        <source>%1: a page with almost no text (a cover or title page)</source>
        <translation>%1 : une page presque sans texte (couverture ou page de titre)</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Chapitre %1</translation>
    </message>
    <message>
        <source>the notes file %1, its notes moved beside their references (%2)</source>
        <translation>le fichier de notes %1, ses notes placées à côté de leurs appels (%2)</translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size, the limit for one entry (a zip bomb?)</source>
        <translation>se décompresse à plus de %1 fois sa taille compressée, la limite pour une entrée (une bombe zip ?)</translation>
    </message>
</context>
<context>
    <name>redletter::ExportFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>aucun nom de fichier</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
</context>
<context>
    <name>redletter::ExportOptionsText</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Annotations, %1</source>
        <translation>Annotations, %1</translation>
    </message>
</context>
<context>
    <name>redletter::FindBar</name>
    <message>
        <source>Find in the reading</source>
        <translation>Chercher dans la lecture</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Finds the words in the reading as you type; Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar.</source>
        <translation>Trouve les mots dans la lecture au fil de la frappe ; Entrée va à l’occurrence suivante, Maj+Entrée à la précédente, Échap ferme la barre.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Aller à l’occurrence précédente</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Aller à l’occurrence suivante</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>redletter::HtmlMapper</name>
    <message>
        <source>the HTML parser could not start</source>
        <translation>l’analyseur HTML n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>elements are nested too deeply (more than %1 levels)</source>
        <translation>éléments imbriqués trop profondément (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>not an HTML document: no elements found</source>
        <translation>pas un document HTML : aucun élément trouvé</translation>
    </message>
    <message>
        <source>the page has no body text</source>
        <translation>la page ne contient aucun texte</translation>
    </message>
    <message>
        <source>breadcrumbs and page header (%1)</source>
        <translation>fil d’Ariane et en-tête de page (%1)</translation>
    </message>
    <message>
        <source>footer lines (%1)</source>
        <translation>lignes de pied de page (%1)</translation>
    </message>
    <message>
        <source>page notes (%1)</source>
        <translation>notes de page (%1)</translation>
    </message>
    <message>
        <source>navigation links (%1)</source>
        <translation>liens de navigation (%1)</translation>
    </message>
    <message>
        <source>images (%1)</source>
        <translation>images (%1)</translation>
    </message>
    <message>
        <source>page anchors (%1)</source>
        <translation>ancres de page (%1)</translation>
    </message>
    <message>
        <source>scripts and styles (%1)</source>
        <translation>scripts et styles (%1)</translation>
    </message>
    <message>
        <source>publication details not kept (%1)</source>
        <translation>détails de publication non repris (%1)</translation>
    </message>
    <message>
        <source>notes nothing refers to (%1)</source>
        <translation>notes auxquelles rien ne renvoie (%1)</translation>
    </message>
    <message>
        <source>the note mark &quot;%1&quot; links to %2, which is not in the book: the mark stays as text</source>
        <translation>l’appel de note «&#xa0;%1&#xa0;» renvoie à %2, qui n’est pas dans le livre&#xa0;: l’appel reste dans le texte</translation>
    </message>
    <message>
        <source>the note mark &quot;%1&quot; links to %2, where there is no note: the mark stays as text</source>
        <translation>l’appel de note «&#xa0;%1&#xa0;» renvoie à %2, où il n’y a pas de note&#xa0;: l’appel reste dans le texte</translation>
    </message>
    <message>
        <source>%1 more note marks whose notes cannot be found stay as text</source>
        <translation>%1 autres appels de note dont les notes sont introuvables restent dans le texte</translation>
    </message>
</context>
<context>
    <name>redletter::HtmlReader</name>
    <message>
        <source>the page says it is UTF-8, but byte 0x%1 at line %2, column %3 is not: read as windows-1252</source>
        <translation>la page se déclare en UTF-8, mais l’octet 0x%1 à la ligne %2, colonne %3 n’en est pas : lue en windows-1252</translation>
    </message>
    <message>
        <source>the page says it is %1, but its bytes are UTF-8: read as UTF-8</source>
        <translation>la page se déclare en %1, mais ses octets sont en UTF-8 : lue en UTF-8</translation>
    </message>
    <message>
        <source>the page&apos;s charset %1 is unknown or does not fit its bytes: read as %2</source>
        <translation>le jeu de caractères %1 de la page est inconnu ou ne correspond pas à ses octets : lue en %2</translation>
    </message>
</context>
<context>
    <name>redletter::ImportReport</name>
    <message>
        <source>Red Letter reading</source>
        <translation>lecture Red Letter</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>page HTML</translation>
    </message>
    <message>
        <source>contents page of a work</source>
        <translation>table des matières d’une œuvre</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>livre EPUB</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2, the work &quot;%3&quot; as %4 (%5 parts)</source>
        <translation>%1 : %2, l’œuvre « %3 » sous %4 (%5 parties)</translation>
    </message>
    <message>
        <source>Language: the source says &quot;%1&quot;, the text is &quot;%2&quot;</source>
        <translation>Langue : la source indique « %1 », le texte est en « %2 »</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Omis : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>My notes: %1 found as they were, %2 found approximately, %3 not found (kept as orphans)</source>
        <translation>Mes notes : %1 retrouvées telles quelles, %2 retrouvées approximativement, %3 introuvables (conservées comme orphelines)</translation>
    </message>
    <message>
        <source>%1: %2, the work &quot;%3&quot; as %4 (one part)</source>
        <translation>%1 : %2, l’œuvre « %3 » sous %4 (une partie)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; as %3 (%4 min; %5, %6, %7; language %8)</source>
        <translation>%1 : « %2 » sous %3 (%4 min ; %5, %6, %7 ; langue %8)</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnotes</source>
        <translation>
            <numerusform>%n note de bas de page</numerusform>
            <numerusform>%n notes de bas de page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n editor&apos;s notes</source>
        <translation>
            <numerusform>%n note de la rédaction</numerusform>
            <numerusform>%n notes de la rédaction</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>%1 of %2 sources imported.</source>
        <translation>%1 sources sur %2 importées.</translation>
    </message>
    <message>
        <source>%1 of %2 sources imported; %3 could not be imported and changed nothing.</source>
        <translation>%1 sources sur %2 importées ; %3 n’ont pas pu être importées et n’ont rien modifié.</translation>
    </message>
    <message>
        <source>Source and readings</source>
        <translation>Source et lectures</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Editor&apos;s notes</source>
        <translation>Notes de la rédaction</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>the work &quot;%1&quot;</source>
        <translation>l’œuvre « %1 »</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Each source imported, with the readings it became and what was dropped or changed; Enter opens a reading.</source>
        <translation>Chaque source importée, avec les lectures qu’elle a données et ce qui a été omis ou modifié ; Entrée ouvre une lecture.</translation>
    </message>
</context>
<context>
    <name>redletter::ImportService</name>
    <message>
        <source>cannot fetch links here</source>
        <translation>impossible de récupérer des liens ici</translation>
    </message>
    <message>
        <source>chapter %1 of %2 (%3): %4; nothing of the work was imported</source>
        <translation>chapitre %1 sur %2 (%3) : %4 ; rien de l’œuvre n’a été importé</translation>
    </message>
    <message>
        <source>the contents page links %1 pages; a work has at most %2 chapters</source>
        <translation>la table des matières renvoie à %1 pages ; une œuvre a au plus %2 chapitres</translation>
    </message>
    <message>
        <source>no text to import</source>
        <translation>aucun texte à importer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 paragraphs; the limit for one reading is %3</source>
        <translation>« %1 » a %2 paragraphes ; la limite pour une lecture est de %3</translation>
    </message>
</context>
<context>
    <name>redletter::InstallmentView</name>
    <message>
        <source>Part %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Tomorrow: Part %1 — %2</source>
        <translation>Demain&#xa0;: partie %1 — %2</translation>
    </message>
</context>
<context>
    <name>redletter::LibraryWindow</name>
    <message>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Read &amp;Next</source>
        <translation>Lire e&amp;nsuite</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Readings and works</source>
        <translation>Lectures et œuvres</translation>
    </message>
    <message>
        <source>Filter by title or author</source>
        <translation>Filtrer par titre ou auteur</translation>
    </message>
    <message>
        <source>Serve this reading or work next</source>
        <translation>Proposer ensuite cette lecture ou cette œuvre</translation>
    </message>
    <message>
        <source>Search readings and my notes</source>
        <translation>Rechercher dans les lectures et mes notes</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>&amp;Readings</source>
        <translation>&amp;Lectures</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>In progress: part %1 of %2</source>
        <translation>En cours : partie %1 sur %2</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message numerus="yes">
        <source>%n parts</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
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
            <numerusform>%n chapitre, %1 min</numerusform>
            <numerusform>%n chapitres, %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>My note on %1</source>
        <translation>Ma note sur %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
    <message>
        <source>Every reading and work of the catalog, chapters under their work; Enter opens one, Read Next makes it the next one served.</source>
        <translation>Toutes les lectures et œuvres du catalogue, les chapitres sous leur œuvre ; Entrée en ouvre une, « Lire ensuite » la propose comme la prochaine.</translation>
    </message>
    <message>
        <source>Shows only the readings whose title or author has these words.</source>
        <translation>N’affiche que les lectures dont le titre ou l’auteur contient ces mots.</translation>
    </message>
    <message>
        <source>Shows only the readings in this language.</source>
        <translation>N’affiche que les lectures dans cette langue.</translation>
    </message>
    <message>
        <source>Finds these words in the readings&apos; text and in my notes.</source>
        <translation>Trouve ces mots dans le texte des lectures et dans mes notes.</translation>
    </message>
    <message>
        <source>The best matches first; Enter opens the reading at the match.</source>
        <translation>Les meilleurs résultats d’abord ; Entrée ouvre la lecture à l’endroit trouvé.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Days served</source>
        <translation>Jours proposés</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Jours</translation>
    </message>
    <message>
        <source>Not read to the end</source>
        <translation>Pas lue jusqu’au bout</translation>
    </message>
</context>
<context>
    <name>redletter::LinkFetcher</name>
    <message>
        <source>not a valid link</source>
        <translation>lien non valide</translation>
    </message>
    <message>
        <source>only http and https links can be fetched (this is a %1 link)</source>
        <translation>seuls les liens http et https peuvent être récupérés (ceci est un lien %1)</translation>
    </message>
    <message>
        <source>announces %1, more than the limit of %2</source>
        <translation>annonce %1, plus que la limite de %2</translation>
    </message>
    <message>
        <source>sent compressed (%1) although asked not to</source>
        <translation>envoyé compressé (%1) alors que la demande était sans compression</translation>
    </message>
    <message>
        <source>larger than the limit of %1</source>
        <translation>dépasse la limite de %1</translation>
    </message>
    <message>
        <source>redirects more than %1 times</source>
        <translation>redirige plus de %1 fois</translation>
    </message>
    <message>
        <source>redirects to %1, which is not an http or https link</source>
        <translation>redirige vers %1, qui n’est pas un lien http ou https</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>%1 (redirected to %2)</source>
        <translation>%1 (redirigé vers %2)</translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation>le téléchargement a été annulé</translation>
    </message>
</context>
<context>
    <name>redletter::LinkImportProgress</name>
    <message>
        <source>Import from Link</source>
        <translation>Importer depuis un lien</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Fetching %1 (document %2)…</source>
        <translation>Téléchargement de %1 (document %2)…</translation>
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
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>La modification n’a pas pu être enregistrée.

%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Readings…</source>
        <translation>&amp;Importer des lectures…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>My Notes on This &amp;Reading…</source>
        <translation>Mes notes sur cette &amp;lecture…</translation>
    </message>
    <message>
        <source>This Reading in &amp;Full, with All Notes…</source>
        <translation>Cette lecture en &amp;entier, avec toutes les notes…</translation>
    </message>
    <message>
        <source>&amp;All My Notes…</source>
        <translation>&amp;Toutes mes notes…</translation>
    </message>
    <message>
        <source>Import &amp;Notes…</source>
        <translation>Importer des &amp;notes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>Copier avec la &amp;référence</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Surligner la sélection</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s Reading</source>
        <translation>Lecture du &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archives…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>S&amp;épia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Justify and Hyphenate</source>
        <translation>&amp;Justifier et couper les mots</translation>
    </message>
    <message>
        <source>Off: ragged-right text without hyphenation</source>
        <translation>Désactivé&#xa0;: texte en drapeau sans coupure des mots</translation>
    </message>
    <message>
        <source>&amp;Margin</source>
        <translation>&amp;Marge</translation>
    </message>
    <message>
        <source>&amp;Editor&apos;s Notes</source>
        <translation>Notes de la &amp;rédaction</translation>
    </message>
    <message>
        <source>&amp;Author&apos;s Footnotes</source>
        <translation>Notes de bas de page de l’&amp;auteur</translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation>&amp;Mes notes</translation>
    </message>
    <message>
        <source>My &amp;Notes Panel</source>
        <translation>Panneau «&#xa0;Mes &amp;notes&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Red Letter</source>
        <translation>À &amp;propos de Red Letter</translation>
    </message>
    <message>
        <source>About Red Letter</source>
        <translation>À propos de Red Letter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Red Letter&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Daily left theory. 15 minutes or less. Refreshes at midnight.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Red Letter&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;La théorie de gauche au quotidien. 15 minutes ou moins. Renouvelée à minuit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <source>Nothing to read today</source>
        <translation>Rien à lire aujourd’hui</translation>
    </message>
    <message>
        <source>%1 Import readings with File › Import Readings….</source>
        <translation>%1 Importez des lectures avec Fichier › Importer des lectures….</translation>
    </message>
    <message>
        <source>This reading cannot be shown</source>
        <translation>Impossible d’afficher cette lecture</translation>
    </message>
    <message>
        <source>The catalog %1 has no readable content for &apos;%2&apos;.</source>
        <translation>Le catalogue %1 n’a aucun contenu lisible pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>encore %1&#xa0;min</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Lecture terminée</translation>
    </message>
    <message>
        <source>%1 — Red Letter</source>
        <translation>%1 — Red Letter</translation>
    </message>
    <message>
        <source>From the catalog</source>
        <translation>Tiré du catalogue</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>There are no notes or highlights to export yet.</source>
        <translation>Il n’y a encore ni note ni surlignage à exporter.</translation>
    </message>
    <message>
        <source>PDF, notes in the margin (*.pdf)</source>
        <translation>PDF, notes en marge (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json)</source>
        <translation>W3C Web Annotations (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported %1 passages to %2</source>
        <translation>%1 passages exportés dans %2</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json);;All files (*)</source>
        <translation>W3C Web Annotations (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Readings</source>
        <translation>Importer des lectures</translation>
    </message>
    <message>
        <source>Texts (*.md *.markdown *.txt *.htm *.html *.xhtml *.epub);;All files (*)</source>
        <translation>Textes (*.md *.markdown *.txt *.htm *.html *.xhtml *.epub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import from &amp;Link…</source>
        <translation>Importer depuis un &amp;lien…</translation>
    </message>
    <message>
        <source>Import from Link</source>
        <translation>Importer depuis un lien</translation>
    </message>
    <message>
        <source>Address of a page, a work&apos;s contents page or an EPUB book (http or https):</source>
        <translation>Adresse d’une page, de la table des matières d’une œuvre ou d’un livre EPUB (http ou https) :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Red Letter imports links that start with http:// or https://; use Import Readings for files.</source>
        <translation>« %1 » n’est pas une adresse web. Red Letter importe les liens qui commencent par http:// ou https:// ; pour les fichiers, utilisez « Importer des lectures ».</translation>
    </message>
    <message>
        <source>Import from %1 cancelled; nothing was imported.</source>
        <translation>Importation depuis %1 annulée ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Read the &amp;Next Part Now</source>
        <translation>Lire la &amp;partie suivante maintenant</translation>
    </message>
    <message>
        <source>Read tomorrow&apos;s part now; it counts as read and the series goes on from there.</source>
        <translation>Lire dès maintenant la partie de demain&#xa0;; elle compte comme lue et la série reprend à partir de là.</translation>
    </message>
    <message>
        <source>&amp;Pause This Series</source>
        <translation>Mettre cette &amp;série en pause</translation>
    </message>
    <message>
        <source>No more parts of this work until you resume it.</source>
        <translation>Plus aucune partie de cette œuvre tant que vous ne la reprenez pas.</translation>
    </message>
    <message>
        <source>&amp;Skip Today&apos;s Reading</source>
        <translation>Passer la lecture du j&amp;our</translation>
    </message>
    <message>
        <source>Serve the next reading instead of today&apos;s.</source>
        <translation>Servir la lecture suivante à la place de celle du jour.</translation>
    </message>
    <message>
        <source>There is no next part to read: %1</source>
        <translation>Il n’y a pas de partie suivante à lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 read ahead: tomorrow brings the part after it.</source>
        <translation>%1 lue d’avance&#xa0;: demain vient la partie d’après.</translation>
    </message>
    <message>
        <source>Series paused: no more parts of it until you resume it here.</source>
        <translation>Série en pause&#xa0;: plus aucune partie tant que vous ne la reprenez pas ici.</translation>
    </message>
    <message>
        <source>Series resumed: its next part comes next.</source>
        <translation>Série reprise&#xa0;: sa partie suivante vient ensuite.</translation>
    </message>
    <message>
        <source>Skipped. Here is the next reading.</source>
        <translation>Passée. Voici la lecture suivante.</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;New Reading</source>
        <translation>&amp;Nouvelle lecture</translation>
    </message>
    <message>
        <source>&amp;Edit This Reading</source>
        <translation>&amp;Modifier cette lecture</translation>
    </message>
    <message>
        <source>There is no reading on screen to edit.</source>
        <translation>Aucune lecture affichée à modifier.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Minutes left</source>
        <translation>Minutes restantes</translation>
    </message>
    <message>
        <source>&amp;Next Note</source>
        <translation>Note &amp;suivante</translation>
    </message>
    <message>
        <source>Moves to the next note beside the visible text; Enter opens it</source>
        <translation>Passe à la note suivante à côté du texte visible ; Entrée l’ouvre</translation>
    </message>
    <message>
        <source>&amp;Previous Note</source>
        <translation>Note &amp;précédente</translation>
    </message>
    <message>
        <source>Moves to the previous note beside the visible text; Enter opens it</source>
        <translation>Passe à la note précédente à côté du texte visible ; Entrée l’ouvre</translation>
    </message>
    <message>
        <source>The day shown</source>
        <translation>Le jour affiché</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n jour d’affilée</numerusform>
            <numerusform>%n jours d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>Consecutive days on which you read a reading to its end, today included.</source>
        <translation>Jours d’affilée où vous avez lu une lecture jusqu’au bout, aujourd’hui compris.</translation>
    </message>
    <message>
        <source>Consecutive days on which you read a reading to its end; read today&apos;s to keep it going.</source>
        <translation>Jours d’affilée où vous avez lu une lecture jusqu’au bout&#xa0;; lisez celle d’aujourd’hui pour continuer la série.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Write to the Editors…</source>
        <translation>&amp;Écrire à la rédaction…</translation>
    </message>
    <message>
        <source>Corrections, suggestions for readings, or a word on the commentary: a mail to the editors.</source>
        <translation>Corrections, suggestions de lectures ou un mot sur le commentaire : un courriel à la rédaction.</translation>
    </message>
    <message>
        <source>No mail program opened. Write to %1</source>
        <translation>Aucun logiciel de courrier ne s’est ouvert. Écrivez à %1</translation>
    </message>
    <message>
        <source>The link names a reading that is not in the catalog: %1</source>
        <translation>Le lien désigne une lecture absente du catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The note of this link is no longer in the catalog, or its passage is gone from the text.</source>
        <translation>La note de ce lien n’est plus dans le catalogue, ou son passage a disparu du texte.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reading(s).</source>
        <translation>
            <numerusform>%n lecture importée.</numerusform>
            <numerusform>%n lectures importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to my notes not saved yet, kept until the catalog can be written (File › Export Unsaved Notes… saves them to a file): %1</source>
        <translation>
            <numerusform>%n modification de mes notes pas encore enregistrée, conservée jusqu’à ce que le catalogue puisse être modifié (Fichier › Exporter les notes non enregistrées… les enregistre dans un fichier) : %1</numerusform>
            <numerusform>%n modifications de mes notes pas encore enregistrées, conservées jusqu’à ce que le catalogue puisse être modifié (Fichier › Exporter les notes non enregistrées… les enregistre dans un fichier) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All my notes are saved.</source>
        <translation>Toutes mes notes sont enregistrées.</translation>
    </message>
    <message>
        <source>Export &amp;Unsaved Notes…</source>
        <translation>Exporter les notes &amp;non enregistrées…</translation>
    </message>
    <message>
        <source>The editors&apos; page could not be opened: %1</source>
        <translation>Impossible d’ouvrir la page de la rédaction : %1</translation>
    </message>
    <message>
        <source>Forget My Pace</source>
        <translation>Oublier mon rythme</translation>
    </message>
    <message>
        <source>The reading sessions could not be forgotten.

%1</source>
        <translation>Impossible d’effacer les séances de lecture mesurées.

%1</translation>
    </message>
    <message>
        <source>Daily left theory. 15 minutes or less. Refreshes at midnight.</source>
        <translation>La théorie de gauche au quotidien. 15 minutes ou moins. Renouvelée à minuit.</translation>
    </message>
    <message>
        <source>Export Unsaved Notes</source>
        <translation>Exporter les notes non enregistrées</translation>
    </message>
    <message>
        <source>Unsaved notes exported to %1; they are also still saved when the catalog can be written.</source>
        <translation>Notes non enregistrées exportées dans %1 ; elles seront aussi enregistrées dès que le catalogue pourra être modifié.</translation>
    </message>
</context>
<context>
    <name>redletter::MarkdownReader</name>
    <message>
        <source>front matter is not valid YAML: %1</source>
        <translation>l’en-tête (front matter) n’est pas du YAML valide : %1</translation>
    </message>
    <message>
        <source>front matter could not be read: %1</source>
        <translation>l’en-tête (front matter) n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Untitled text</source>
        <translation>Texte sans titre</translation>
    </message>
    <message>
        <source>front matter larger than %1 KB</source>
        <translation>en-tête (front matter) de plus de %1 Ko</translation>
    </message>
    <message>
        <source>unterminated front matter: expected a line &apos;%1&apos; after it</source>
        <translation>en-tête (front matter) non terminé : une ligne &apos;%1&apos; est attendue après</translation>
    </message>
    <message>
        <source>the front matter&apos;s other fields</source>
        <translation>les autres champs de l’en-tête (front matter)</translation>
    </message>
    <message>
        <source>block quotes nested %1 deep; the limit is %2</source>
        <translation>citations imbriquées sur %1 niveaux ; la limite est %2</translation>
    </message>
    <message>
        <source>a tool&apos;s label line</source>
        <translation>la ligne d’étiquette d’un outil</translation>
    </message>
    <message>
        <source>navigation links</source>
        <translation>liens de navigation</translation>
    </message>
    <message>
        <source>the page-wide quotation wrapper</source>
        <translation>le cadre de citation englobant toute la page</translation>
    </message>
    <message numerus="yes">
        <source>navigation links (%n)</source>
        <translation>
            <numerusform>liens de navigation (%n)</numerusform>
            <numerusform>liens de navigation (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>the table of contents</source>
        <translation>la table des matières</translation>
    </message>
    <message>
        <source>%1 footnote markers ([^…]); the limit is %2</source>
        <translation>%1 appels de note ([^…]) ; la limite est de %2</translation>
    </message>
</context>
<context>
    <name>redletter::MarkdownWriter</name>
    <message>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation>%1 passages</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>Notes orphelines</translation>
    </message>
    <message>
        <source>These annotations no longer match the text of their reading. Here is what they quoted, with their notes.</source>
        <translation>Ces annotations ne correspondent plus au texte de leur lecture. Voici ce qu’elles citaient, avec leurs notes.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>extrait de %1</translation>
    </message>
    <message>
        <source>Open in Red Letter</source>
        <translation>Ouvrir dans Red Letter</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>Note de bas de page %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
</context>
<context>
    <name>redletter::Notifier</name>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Today&apos;s reading: %1 · %2</source>
        <translation>Lecture du jour&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Today&apos;s reading: %1 · %2 · %3</source>
        <translation>Lecture du jour&#xa0;: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>redletter::PdfComposer</name>
    <message>
        <source>Orphaned notes</source>
        <translation>Notes orphelines</translation>
    </message>
    <message>
        <source>These annotations no longer match the text of their reading (it has changed since they were made). Here is what they quoted, with their notes.</source>
        <translation>Ces annotations ne correspondent plus au texte de leur lecture (il a changé depuis). Voici ce qu’elles citaient, avec leurs notes.</translation>
    </message>
    <message>
        <source>PDF export needs a QGuiApplication (for its fonts)</source>
        <translation>L’exportation PDF demande une QGuiApplication (pour ses polices)</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>le générateur PDF n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>the PDF writer could not add a page</source>
        <translation>le générateur PDF n’a pas pu ajouter de page</translation>
    </message>
</context>
<context>
    <name>redletter::PlainTextReader</name>
    <message>
        <source>every line was followed by a blank line; read as ordinary paragraphs</source>
        <translation>chaque ligne était suivie d’une ligne vide ; lu comme des paragraphes ordinaires</translation>
    </message>
    <message>
        <source>Untitled text</source>
        <translation>Texte sans titre</translation>
    </message>
    <message>
        <source>no text: only the Project Gutenberg header and licence</source>
        <translation>aucun texte : seulement l’en-tête et la licence du Projet Gutenberg</translation>
    </message>
    <message numerus="yes">
        <source>the Project Gutenberg header (%n lines)</source>
        <translation>
            <numerusform>l’en-tête du Projet Gutenberg (%n ligne)</numerusform>
            <numerusform>l’en-tête du Projet Gutenberg (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Project Gutenberg licence and footer (%n lines)</source>
        <translation>
            <numerusform>la licence et le pied de page du Projet Gutenberg (%n ligne)</numerusform>
            <numerusform>la licence et le pied de page du Projet Gutenberg (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project Gutenberg credits and notices (%n paragraphs)</source>
        <translation>
            <numerusform>crédits et mentions du Projet Gutenberg (%n paragraphe)</numerusform>
            <numerusform>crédits et mentions du Projet Gutenberg (%n paragraphes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the table of contents (%n entries)</source>
        <translation>
            <numerusform>la table des matières (%n entrée)</numerusform>
            <numerusform>la table des matières (%n entrées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Type size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>&amp;Type size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>Reading face</source>
        <translation>Police de lecture</translation>
    </message>
    <message>
        <source>Reading &amp;face:</source>
        <translation>&amp;Police de lecture :</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Justify the text</source>
        <translation>&amp;Justifier le texte</translation>
    </message>
    <message>
        <source>H&amp;yphenate justified text</source>
        <translation>&amp;Couper les mots du texte justifié</translation>
    </message>
    <message>
        <source>Ragged-right text is never hyphenated.</source>
        <translation>Un texte en drapeau n’est jamais coupé.</translation>
    </message>
    <message>
        <source>In the margin</source>
        <translation>Dans la marge</translation>
    </message>
    <message>
        <source>The &amp;editor&apos;s notes</source>
        <translation>Les notes de la &amp;rédaction</translation>
    </message>
    <message>
        <source>The &amp;author&apos;s footnotes</source>
        <translation>Les notes de l’&amp;auteur</translation>
    </message>
    <message>
        <source>&amp;My notes</source>
        <translation>&amp;Mes notes</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>Remind me &amp;at:</source>
        <translation>Me rappeler &amp;à :</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Suspendre les rappels</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>&amp;Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Starts Red Letter in the background when you log in, so the reminder comes.</source>
        <translation>Lance Red Letter en arrière-plan à l’ouverture de session, pour que le rappel arrive.</translation>
    </message>
    <message>
        <source>Reminders come while Red Letter runs. Midnight is when the day&apos;s reading changes.</source>
        <translation>Les rappels arrivent tant que Red Letter est lancé. La lecture du jour change à minuit.</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Rappel</translation>
    </message>
    <message>
        <source>&amp;Learn my pace from my reading</source>
        <translation>Apprendre mon &amp;rythme de lecture</translation>
    </message>
    <message>
        <source>A &amp;fixed pace:</source>
        <translation>Un rythme &amp;fixe :</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> mots par minute</translation>
    </message>
    <message>
        <source>Fixed pace in words a minute</source>
        <translation>Rythme fixe en mots par minute</translation>
    </message>
    <message>
        <source>&amp;Forget My Pace</source>
        <translation>&amp;Oublier mon rythme</translation>
    </message>
    <message>
        <source>Your pace changes only the time shown for you. Long works are still divided into the same daily parts.</source>
        <translation>Votre rythme ne change que le temps indiqué pour vous. Les œuvres longues restent découpées dans les mêmes parties quotidiennes.</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme l’environnement de bureau</translation>
    </message>
    <message>
        <source>Language of the menus</source>
        <translation>Langue des menus</translation>
    </message>
    <message>
        <source>&amp;Menus and dialogs:</source>
        <translation>&amp;Menus et dialogues :</translation>
    </message>
    <message>
        <source>Takes effect the next time Red Letter starts.</source>
        <translation>Prend effet au prochain lancement de Red Letter.</translation>
    </message>
    <message>
        <source>Languages I read</source>
        <translation>Langues que je lis</translation>
    </message>
    <message>
        <source>Languages I &amp;read:</source>
        <translation>Langues que je &amp;lis :</translation>
    </message>
    <message>
        <source>Readings in these languages come first in the daily rotation. None ticked: the desktop&apos;s languages.</source>
        <translation>Les lectures dans ces langues viennent en premier dans la rotation quotidienne. Aucune cochée : les langues de l’environnement de bureau.</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>The login entry cannot be changed.

%1</source>
        <translation>L’entrée de démarrage ne peut pas être modifiée.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Learned so far: about %1 words a minute, from %n reading(s).</source>
        <translation>
            <numerusform>Appris jusqu’ici : environ %1 mots par minute, sur %n lecture.</numerusform>
            <numerusform>Appris jusqu’ici : environ %1 mots par minute, sur %n lectures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not learned yet: after a few readings the time shown is also given at your pace. Until then: %1 words a minute.</source>
        <translation>Pas encore appris : après quelques lectures, le temps est aussi indiqué à votre rythme. D’ici là : %1 mots par minute.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Pa&amp;ce</source>
        <translation>R&amp;ythme</translation>
    </message>
</context>
<context>
    <name>redletter::PrintTypesetter</name>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Introduction · %1</source>
        <translation>Introduction · %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Red Letter · Annotations</source>
        <translation>Red Letter · Annotations</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message>
        <source>%1 passages</source>
        <translation>%1 passages</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lu le %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>extrait de %1</translation>
    </message>
</context>
<context>
    <name>redletter::ReaderView</name>
    <message>
        <source>Editor: </source>
        <translation>Rédaction : </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Note&#xa0;: </translation>
    </message>
    <message>
        <source>Your note — Ctrl+Enter keeps it, Esc cancels</source>
        <translation>Votre note — Ctrl+Entrée l’enregistre, Échap annule</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>Copier avec la &amp;référence</translation>
    </message>
    <message>
        <source>Add Note to Highlight…</source>
        <translation>Ajouter une note au surlignage…</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;Couleur du surlignage</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>Supprimer le &amp;surlignage</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight and Note</source>
        <translation>&amp;Supprimer le surlignage et la note</translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation>Note de la rédaction</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>Note de bas de page %1</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>The reading, with the margin notes beside it. Alt+Down and Alt+Up move through the notes beside the visible text; Enter opens the note, or edits it if it is yours.</source>
        <translation>La lecture, avec les notes en marge à côté. Alt+Bas et Alt+Haut parcourent les notes à côté du texte visible ; Entrée ouvre la note, ou la modifie si elle est de vous.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Your note in the margin. Ctrl+Enter keeps it, Esc cancels.</source>
        <translation>Votre note en marge. Ctrl+Entrée l’enregistre, Échap annule.</translation>
    </message>
</context>
<context>
    <name>redletter::ReadingEditor</name>
    <message>
        <source>Reading source</source>
        <translation>Source de la lecture</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Reading</source>
        <translation>&amp;Nouvelle lecture</translation>
    </message>
    <message>
        <source>&amp;Open Reading File…</source>
        <translation>&amp;Ouvrir un fichier de lecture…</translation>
    </message>
    <message>
        <source>Open Reading File</source>
        <translation>Ouvrir un fichier de lecture</translation>
    </message>
    <message>
        <source>Readings (*.md *.markdown *.txt)</source>
        <translation>Lectures (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save Reading As</source>
        <translation>Enregistrer la lecture sous</translation>
    </message>
    <message>
        <source>Readings (*.md)</source>
        <translation>Lectures (*.md)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Rechercher et &amp;remplacer…</translation>
    </message>
    <message>
        <source>Add Editor&apos;s &amp;Note</source>
        <translation>Ajouter une &amp;note de la rédaction</translation>
    </message>
    <message>
        <source>Select a passage in the preview: its note is written into the source</source>
        <translation>Sélectionnez un passage dans l’aperçu : sa note est écrite dans la source</translation>
    </message>
    <message>
        <source>The catalog has no reading &apos;%1&apos;.</source>
        <translation>Le catalogue ne contient aucune lecture « %1 ».</translation>
    </message>
    <message>
        <source>new reading</source>
        <translation>nouvelle lecture</translation>
    </message>
    <message>
        <source>%1[*] — Red Letter Editor</source>
        <translation>%1[*] — Éditeur Red Letter</translation>
    </message>
    <message>
        <source>Click to go there</source>
        <translation>Cliquer pour y aller</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
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
        <source>Save Reading</source>
        <translation>Enregistrer la lecture</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Not saved: %1. The catalog keeps the reading as it was until this is fixed.</source>
        <translation>Non enregistré : %1. Le catalogue garde la lecture telle quelle tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>Saved to %1, but not imported: %2</source>
        <translation>Enregistré dans %1, mais non importé : %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>My notes: %1 found again, %2 could not be found (they are listed in My Notes).</source>
        <translation>Mes notes : %1 retrouvées, %2 introuvables (elles figurent dans « Mes notes »).</translation>
    </message>
    <message>
        <source>Select a passage in the preview first.</source>
        <translation>Sélectionnez d’abord un passage dans l’aperçu.</translation>
    </message>
    <message>
        <source>An editor&apos;s note is on a passage within one paragraph.</source>
        <translation>Une note de la rédaction porte sur un passage à l’intérieur d’un seul paragraphe.</translation>
    </message>
    <message>
        <source>The passage is not in the source as written; mark it there with {==…==}{&gt;&gt;…&lt;&lt;}.</source>
        <translation>Le passage ne figure pas tel quel dans la source ; marquez-le là avec {==…==}{&gt;&gt;…&lt;&lt;}.</translation>
    </message>
    <message>
        <source>Write the note between {&gt;&gt; and &lt;&lt;}.</source>
        <translation>Écrivez la note entre {&gt;&gt; et &lt;&lt;}.</translation>
    </message>
    <message>
        <source>Could not write the autosave copy %1: %2</source>
        <translation>Impossible d’écrire la copie de sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>Unsaved changes to this reading from %1 were kept when the editor last closed without saving them.</source>
        <translation>Des modifications non enregistrées de cette lecture datant du %1 ont été conservées lors de la dernière fermeture de l’éditeur sans enregistrement.</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes; save to keep them.</source>
        <translation>Modifications non enregistrées récupérées ; enregistrez pour les garder.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>« %1 » contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>redletter::RegularFile</name>
    <message>
        <source>cannot read: no such file</source>
        <translation>illisible : fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read: a loop of symbolic links</source>
        <translation>illisible : une boucle de liens symboliques</translation>
    </message>
    <message>
        <source>cannot read: permission denied</source>
        <translation>illisible : permission refusée</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>cannot read: it is a folder, not a file</source>
        <translation>illisible : c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read: it is a named pipe (FIFO), not a file</source>
        <translation>illisible : c’est un tube nommé (FIFO), pas un fichier</translation>
    </message>
    <message>
        <source>cannot read: it is a device, not a file</source>
        <translation>illisible : c’est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read: it is a socket, not a file</source>
        <translation>illisible : c’est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read: not a regular file</source>
        <translation>illisible : pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>too large (%1 MB; the limit is %2 MB)</source>
        <translation>trop volumineux (%1 Mo ; la limite est de %2 Mo)</translation>
    </message>
</context>
<context>
    <name>redletter::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Red Letter copies the catalog once a day and keeps %n days. Restoring one replaces the catalog; the current one is kept in %1.</source>
        <translation>
            <numerusform>Red Letter copie le catalogue une fois par jour et conserve %n jour. Restaurer une copie remplace le catalogue ; l’actuel est conservé dans %1.</numerusform>
            <numerusform>Red Letter copie le catalogue une fois par jour et conserve %n jours. Restaurer une copie remplace le catalogue ; l’actuel est conservé dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lectures</translation>
    </message>
    <message>
        <source>Days served</source>
        <translation>Jours servis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>There is no backup yet: the first is made when Red Letter starts.</source>
        <translation>Aucune sauvegarde pour l’instant : la première est faite au démarrage de Red Letter.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>Aucune sauvegarde choisie.</translation>
    </message>
    <message>
        <source>Replace the catalog by the backup of %1 (%2 notes)? Notes and readings added since then are not in it; the current catalog is kept aside.</source>
        <translation>Remplacer le catalogue par la sauvegarde du %1 (%2 notes) ? Les notes et lectures ajoutées depuis n’y figurent pas ; le catalogue actuel est mis de côté.</translation>
    </message>
    <message>
        <source>The catalog is now the backup of %1. The catalog before is kept as %2.</source>
        <translation>Le catalogue est désormais la sauvegarde du %1. Le catalogue précédent est conservé sous %2.</translation>
    </message>
</context>
<context>
    <name>redletter::SourceFindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>From the top</source>
        <translation>Reprise depuis le début</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redletter::SourceHighlighting</name>
    <message>
        <source>No syntax colours: this build has no KDE Syntax-Highlighting</source>
        <translation>Pas de coloration syntaxique : cette version est compilée sans KDE Syntax-Highlighting</translation>
    </message>
    <message>
        <source>No syntax colours: the syntax definition &quot;%1&quot; was not found</source>
        <translation>Pas de coloration syntaxique : la définition de syntaxe « %1 » est introuvable</translation>
    </message>
</context>
<context>
    <name>redletter::TextSource</name>
    <message>
        <source>too large for a text (%1 MB; the limit is %2 MB)</source>
        <translation>trop volumineux pour un texte (%1 Mo ; la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>UTF-16 text; save the file as UTF-8</source>
        <translation>texte UTF-16 ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>binary data (NUL byte), not a text file</source>
        <translation>données binaires (octet NUL), pas un fichier texte</translation>
    </message>
    <message>
        <source>empty file: there is no text to import</source>
        <translation>fichier vide : il n’y a aucun texte à importer</translation>
    </message>
    <message>
        <source>not UTF-8 (byte 0x%1 at line %2, column %3): read as windows-1252</source>
        <translation>pas de l’UTF-8 (octet 0x%1 à la ligne %2, colonne %3) : lu comme windows-1252</translation>
    </message>
</context>
<context>
    <name>redletter::TrayIcon</name>
    <message>
        <source>Open Today&apos;s Reading</source>
        <translation>Ouvrir la lecture du jour</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archives…</translation>
    </message>
    <message>
        <source>Pause Reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>Reminder Time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>At Midnight</source>
        <translation>À minuit</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Autre heure…</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Red Letter</source>
        <translation>Red Letter</translation>
    </message>
    <message>
        <source>Custom (%1)…</source>
        <translation>Autre heure (%1)…</translation>
    </message>
    <message>
        <source>Remind me of the day&apos;s reading at:</source>
        <translation>Me rappeler la lecture du jour à&#xa0;:</translation>
    </message>
</context>
</TS>
