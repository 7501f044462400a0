// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importer.h"
#include "installments/installmentview.h"
#include "testsupport.h"
#include "typesetting/documentbuilder.h"

#include <QCoreApplication>
#include <QTest>
#include <QScopeGuard>
#include <QTranslator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace redletter;

class TestDocumentBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerShowsMetadataAndMinutes();
    void anchorsMapToTheirPassagesInTheDocument();
    void emphasisQuotesAndListsAreSet();
    void notesComeInDocumentOrder();
    void sampleHasAllItsNotesAnchoredToTheRightText();
    void noteDocumentCarriesLabelAndStyledText();
    void setTextIsSmartenedAndHyphenated_readingUntouched();
    void raggedRightIsNotHyphenated();
    void documentMapFindsEverySourceLetter();
    void installmentLines_frameThePartAndKeepNotesInPlace();
    void headerWords_followTheReadingsLanguage_notTheUi();
};

static Reading smallReading()
{
    Reading r;
    r.id = QStringLiteral("test--small");
    r.title = QStringLiteral("On Rent");
    r.author = QStringLiteral("A. Writer");
    r.work = QStringLiteral("Essays");
    r.year = 1901;
    r.tagline = QStringLiteral("Rent is a claim, not a product");
    Block intro;
    intro.text = QStringLiteral("Read this slowly.");
    r.introduction.append(intro);

    Block p1;
    p1.text = QStringLiteral("Land yields rent because it is owned, not because it works.");
    p1.styles.append({StyleRange::Emphasis, 31, 36, {}}); // "owned"
    p1.anchors.append({Anchor::FootnoteReference, 36, 36, 0});
    p1.anchors.append({Anchor::EditorialNote, 0, 19, 0}); // "Land yields rent be"
    r.body.append(p1);

    Block quote;
    quote.text = QStringLiteral("A quoted line.");
    quote.quoteDepth = 1;
    r.body.append(quote);

    for (int i = 1; i <= 2; ++i) {
        Block item;
        item.text = QStringLiteral("Item %1").arg(i);
        item.listDepth = 1;
        item.ordered = true;
        item.listNumber = i;
        item.listItemStart = true;
        r.body.append(item);
    }
    Block last;
    last.text = QStringLiteral("The end of the matter.");
    last.anchors.append({Anchor::EditorialNote, 4, 7, 1}); // "end"
    r.body.append(last);

    Footnote note;
    note.label = QStringLiteral("7");
    Block noteText;
    noteText.text = QStringLiteral("Ricardo, Principles, ch. 2.");
    noteText.styles.append({StyleRange::Emphasis, 9, 19, {}});
    note.blocks.append(noteText);
    r.footnotes.append(note);
    r.editorialNotes.append({QStringLiteral("Owned by whom?"), {}});
    r.editorialNotes.append({QStringLiteral("Is it?"), {{StyleRange::Emphasis, 3, 5, {}}}});
    return r;
}

static ReadingTime minutes(int m)
{
    ReadingTime t;
    t.minutes = m;
    t.wordsPerMinute = 300;
    return t;
}

//! Text of the document between two positions, as a reader sees it (soft hyphens are invisible).
static QString textAt(QTextDocument *doc, int start, int end)
{
    QTextCursor c(doc);
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    return c.selectedText().remove(QChar(0x00AD));
}

static QString visibleText(const QTextDocument &doc)
{
    return doc.toPlainText().remove(QChar(0x00AD));
}

void TestDocumentBuilder::headerShowsMetadataAndMinutes()
{
    QTextDocument doc;
    DocumentBuilder(Typography()).build(smallReading(), minutes(7), &doc, QDate(2026, 11, 24));
    const QString text = visibleText(doc);
    QVERIFY(text.contains(QLatin1String("On Rent")));
    QVERIFY(text.contains(QLatin1String("A. Writer")));
    QVERIFY(text.contains(QLatin1String("from Essays, 1901")));
    QVERIFY(text.contains(QLatin1String("7 min")));
    QVERIFY(text.contains(QLatin1String("Read this slowly.")));
    QVERIFY(text.contains(QLatin1String("Rent is a claim, not a product")));
    QVERIFY(text.indexOf(QLatin1String("Read this slowly.")) < text.indexOf(QLatin1String("Land yields")));
    QCOMPARE(doc.metaInformation(QTextDocument::DocumentTitle), QStringLiteral("On Rent"));
}

void TestDocumentBuilder::anchorsMapToTheirPassagesInTheDocument()
{
    QTextDocument doc;
    const QVector<MarginNote> notes = DocumentBuilder(Typography()).build(smallReading(), minutes(3), &doc);
    QCOMPARE(notes.size(), 3);
    for (const MarginNote &note : notes) {
        const QString anchored = textAt(&doc, note.anchorStart, note.anchorEnd);
        if (note.kind == MarginNote::Footnote) {
            QCOMPARE(anchored, QStringLiteral("7"));
            QCOMPARE(note.label, QStringLiteral("7"));
            // Set with a no-break space between "ch." and its number.
            QCOMPARE(note.text.text, QStringLiteral("Ricardo, Principles, ch.\u00A02."));
            QTextCursor mark(&doc);
            mark.setPosition(note.anchorEnd);
            QCOMPARE(mark.charFormat().verticalAlignment(), QTextCharFormat::AlignSuperScript);
            // The mark follows "owned" directly.
            QCOMPARE(textAt(&doc, note.anchorStart - 5, note.anchorStart), QStringLiteral("owned"));
        } else if (note.index == 0) {
            QCOMPARE(anchored, QStringLiteral("Land yields rent be"));
        } else {
            QCOMPARE(anchored, QStringLiteral("end"));
        }
    }
}

void TestDocumentBuilder::emphasisQuotesAndListsAreSet()
{
    QTextDocument doc;
    DocumentBuilder(Typography()).build(smallReading(), minutes(3), &doc);
    const int owned = doc.toPlainText().indexOf(QLatin1String("owned"));
    QVERIFY(owned > 0);
    QTextCursor c(&doc);
    c.setPosition(owned + 2);
    QVERIFY(c.charFormat().fontItalic());
    c.setPosition(owned - 3);
    QVERIFY(!c.charFormat().fontItalic());

    bool sawQuote = false;
    int listItems = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String("A quoted line."))
            sawQuote = block.blockFormat().leftMargin() > 0;
        if (block.text().contains(QLatin1String("Item "))) {
            // The number hangs in the indent: "2." stays 2 whatever the list starts with.
            ++listItems;
            QVERIFY2(block.text().startsWith(QString::number(listItems) + QLatin1Char('.') + QChar(0x2002) + QLatin1String("Item ")),
                     qPrintable(block.text()));
            QVERIFY(block.blockFormat().leftMargin() > 0);
            QVERIFY(block.blockFormat().textIndent() < 0);
        }
    }
    QVERIFY(sawQuote);
    QCOMPARE(listItems, 2);
}

void TestDocumentBuilder::notesComeInDocumentOrder()
{
    QTextDocument doc;
    const QVector<MarginNote> notes = DocumentBuilder(Typography()).build(smallReading(), minutes(3), &doc);
    for (int i = 1; i < notes.size(); ++i)
        QVERIFY(notes[i - 1].anchorStart <= notes[i].anchorStart);
    doc.setTextWidth(600);
    qreal lastY = -1;
    for (const MarginNote &note : notes) {
        const QRectF line = lineRectAt(&doc, note.anchorStart);
        QVERIFY(line.height() > 0);
        QVERIFY(line.top() >= lastY);
        lastY = line.top();
    }
}

void TestDocumentBuilder::sampleHasAllItsNotesAnchoredToTheRightText()
{
    REDLETTER_REQUIRE_CORPUS();
    Reading reading;
    SourceError error;
    QVERIFY2(Importer::importFile(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")),
                                  &reading, &error),
             qPrintable(error.toString()));
    QTextDocument doc;
    const QVector<MarginNote> notes =
        DocumentBuilder(Typography()).build(reading, ReadingTimeEstimator().estimate(reading), &doc);
    int editorial = 0;
    int footnotes = 0;
    for (const MarginNote &note : notes) {
        const QString anchored = textAt(&doc, note.anchorStart, note.anchorEnd);
        if (note.kind == MarginNote::Footnote) {
            ++footnotes;
            QCOMPARE(anchored, note.label);
            QVERIFY(note.text.text.contains(QLatin1String("Stalin")));
        } else {
            ++editorial;
            QVERIFY2(!anchored.trimmed().isEmpty(), "an editorial note marks a passage");
        }
    }
    QCOMPARE(editorial, 3);
    QCOMPARE(footnotes, 3);
    const QString text = visibleText(doc);
    QVERIFY(text.contains(QLatin1String("the rule-unrestricted by law and based on force-of the proletariat")));
    QVERIFY(!text.contains(QLatin1String("{==")));
    QVERIFY(!text.contains(QLatin1String("[^")));
}

void TestDocumentBuilder::noteDocumentCarriesLabelAndStyledText()
{
    QTextDocument doc;
    const Reading reading = smallReading();
    const QVector<MarginNote> notes = DocumentBuilder(Typography()).build(reading, minutes(3), &doc);
    for (const MarginNote &note : notes) {
        QTextDocument noteDoc;
        DocumentBuilder(Typography()).buildNote(note, &noteDoc);
        const QString text = noteDoc.toRawText(); // toPlainText() would turn no-break spaces into spaces
        QVERIFY2(text.endsWith(note.text.text), qPrintable(text));
        if (note.kind == MarginNote::Footnote) {
            QVERIFY(text.startsWith(QLatin1String("7")));
            const int italic = text.indexOf(QLatin1String("Principles"));
            QTextCursor c(&noteDoc);
            c.setPosition(italic + 3);
            QVERIFY(c.charFormat().fontItalic());
        } else {
            QVERIFY(text.startsWith(QLatin1String("Editor")));
        }
    }
}

void TestDocumentBuilder::setTextIsSmartenedAndHyphenated_readingUntouched()
{
    Reading reading;
    reading.title = QStringLiteral("On \"Hyphenation\"");
    reading.language = QStringLiteral("en");
    Block block;
    block.text = QStringLiteral("He said \"hyphenation matters\" -- and then... nothing.");
    block.anchors.append({Anchor::EditorialNote, 9, 20, 0}); // hyphenation
    block.styles.append({StyleRange::Emphasis, 21, 28, {}});  // matters
    reading.body.append(block);
    reading.editorialNotes.append({QStringLiteral("It's \"said\"."), {}});
    const Reading before = reading;

    QTextDocument doc;
    const QVector<MarginNote> notes = DocumentBuilder(Typography()).build(reading, minutes(1), &doc);
    QCOMPARE(reading, before);
    const QString text = doc.toPlainText();
    QVERIFY2(visibleText(doc).contains(
                 QStringLiteral("He said \u201Chyphenation matters\u201D \u2013 and then\u2026 nothing.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("hy\u00ADphen\u00ADation")), qPrintable(text));
    QVERIFY(visibleText(doc).contains(QStringLiteral("On \u201CHyphenation\u201D")));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(textAt(&doc, notes[0].anchorStart, notes[0].anchorEnd), QStringLiteral("hyphenation"));
    QCOMPARE(notes[0].text.text, QStringLiteral("It\u2019s \u201Csaid\u201D."));

    // The emphasis still covers exactly "matters", soft hyphens or not.
    QString italic;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().fontItalic())
                italic += it.fragment().text();
        }
    }
    QCOMPARE(italic.remove(QChar(0x00AD)), QStringLiteral("matters"));
}

void TestDocumentBuilder::raggedRightIsNotHyphenated()
{
    Typography ragged;
    ragged.justify = false;
    QTextDocument doc;
    DocumentBuilder(ragged).build(smallReading(), minutes(3), &doc);
    QVERIFY(!doc.toPlainText().contains(QChar(0x00AD)));
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        QVERIFY(block.blockFormat().alignment() != Qt::AlignJustify);

    QTextDocument justified;
    DocumentBuilder(Typography()).build(smallReading(), minutes(3), &justified);
    QVERIFY(justified.toPlainText().contains(QChar(0x00AD)));
}

void TestDocumentBuilder::documentMapFindsEverySourceLetter()
{
    REDLETTER_REQUIRE_CORPUS();
    Reading reading;
    SourceError error;
    QVERIFY2(Importer::importFile(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")),
                                  &reading, &error),
             qPrintable(error.toString()));
    QTextDocument doc;
    DocumentMap map;
    DocumentBuilder(Typography()).build(reading, ReadingTimeEstimator().estimate(reading), &doc, {}, &map);
    const QString text = doc.toRawText();
    int checked = 0;
    for (auto part : {TextLocation::Introduction, TextLocation::Body}) {
        const QVector<Block> &blocks = part == TextLocation::Introduction ? reading.introduction : reading.body;
        for (int b = 0; b < blocks.size(); ++b) {
            for (int o = 0; o < blocks[b].text.size(); ++o) {
                const QChar source = blocks[b].text.at(o);
                if (!source.isLetterOrNumber())
                    continue; // quotes and dashes are changed by design
                const TextLocation location{part, b, o};
                const int position = map.documentPosition(location);
                QVERIFY(position >= 0);
                QCOMPARE(text.at(position), source);
                QVERIFY2(map.location(position) == location, qPrintable(QStringLiteral("%1 %2 %3 -> %4 %5 %6 at %7").arg(int(part)).arg(b).arg(o).arg(int(map.location(position).part)).arg(map.location(position).block).arg(map.location(position).offset).arg(position)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 20000);
    // The header is not part of the reading's text.
    QVERIFY(!map.location(0).isValid());
}

void TestDocumentBuilder::installmentLines_frameThePartAndKeepNotesInPlace()
{
    const PartLines lines{InstallmentView::partLabel(3, 7), QStringLiteral("Chapter I \u00B7 Chapter II"),
                          InstallmentView::closingLine(4, QStringLiteral("Chapter II"), true)};
    QCOMPARE(lines.part, QStringLiteral("Part 3 of 7"));
    QCOMPARE(lines.next, QStringLiteral("Tomorrow: Part 4 \u2014 Chapter II (continued)"));
    QTextDocument whole;
    const QVector<MarginNote> wholeNotes = DocumentBuilder(Typography()).build(smallReading(), minutes(7), &whole);
    QTextDocument part;
    const QVector<MarginNote> partNotes =
        DocumentBuilder(Typography()).build(smallReading(), minutes(7), &part, QDate(), nullptr, lines);
    const QString text = visibleText(part);
    // "Part 3 of 7" right above the title, the chapters below the byline, "Tomorrow" last.
    const QStringList blocks = text.split(QLatin1Char('\n'));
    const int partAt = int(blocks.indexOf(QStringLiteral("Part 3 of 7")));
    QVERIFY2(partAt >= 0, qPrintable(text));
    QCOMPARE(blocks.value(partAt + 1), QStringLiteral("On Rent"));
    const int chaptersAt = int(blocks.indexOf(QStringLiteral("Chapter I \u00B7 Chapter II")));
    QVERIFY(chaptersAt > partAt + 1);
    QVERIFY(text.indexOf(QLatin1String("Chapter I \u00B7 Chapter II")) < text.indexOf(QLatin1String("7 min")));
    QCOMPARE(blocks.constLast(), lines.next);
    QVERIFY(!visibleText(whole).contains(QLatin1String("Part 3 of 7")));
    QVERIFY(!visibleText(whole).contains(QLatin1String("Tomorrow")));
    // The notes still sit on their passages, only further down.
    QCOMPARE(partNotes.size(), wholeNotes.size());
    for (int i = 0; i < partNotes.size(); ++i) {
        QCOMPARE(textAt(&part, partNotes.at(i).anchorStart, partNotes.at(i).anchorEnd),
                 textAt(&whole, wholeNotes.at(i).anchorStart, wholeNotes.at(i).anchorEnd));
        QVERIFY(partNotes.at(i).anchorStart > wholeNotes.at(i).anchorStart);
    }
}

void TestDocumentBuilder::headerWords_followTheReadingsLanguage_notTheUi()
{
    // The UI speaks French (its translator installed as the app's); the page speaks the reading's.
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/redletter_fr.qm")));
    QCoreApplication::installTranslator(&french);
    const auto uninstall = qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
    QCOMPARE(InstallmentView::partLabel(3, 7), QStringLiteral("Partie 3 sur 7")); // the UI's words

    Reading german = smallReading();
    german.language = QStringLiteral("de");
    german.editor = QStringLiteral("Die Redaktion");
    const PartLines germanLines{InstallmentView::partLabel(3, 7, german.language), QString(),
                                InstallmentView::closingLine(4, QStringLiteral("Kapitel II"), true, german.language)};
    QTextDocument doc;
    const QVector<MarginNote> notes =
        DocumentBuilder(Typography()).build(german, minutes(7), &doc, QDate(2026, 11, 24), nullptr, germanLines);
    const QStringList blocks = visibleText(doc).split(QLatin1Char('\n'));
    QVERIFY2(blocks.contains(QStringLiteral("Teil 3 von 7")), qPrintable(blocks.join(QLatin1Char('|'))));
    QVERIFY(blocks.contains(QStringLiteral("aus Essays, 1901")));
    QVERIFY(blocks.contains(QStringLiteral("7 Min.")));
    QVERIFY(blocks.contains(QStringLiteral("Einführung · Die Redaktion")));
    QVERIFY(blocks.contains(QStringLiteral("Red Letter · 24. November 2026"))
            || blocks.contains(QStringLiteral("Red Letter · Dienstag, 24. November 2026")));
    QCOMPARE(blocks.constLast(), QStringLiteral("Morgen: Teil 4 — Kapitel II (Fortsetzung)"));
    // The margin's labels too: the editor's note is "Redaktion" in German, whatever the UI says.
    QTextDocument noteDoc;
    DocumentBuilder(Typography()).buildNote(notes.constFirst(), &noteDoc, german.language);
    QCOMPARE(notes.constFirst().kind, MarginNote::EditorialNote);
    QVERIFY2(noteDoc.toPlainText().startsWith(QStringLiteral("Redaktion\u2002")), qPrintable(noteDoc.toPlainText()));

    // An English reading in the French UI says "from" and "Introduction".
    Reading english = smallReading();
    english.language = QStringLiteral("en");
    QTextDocument englishDoc;
    DocumentBuilder(Typography()).build(english, minutes(7), &englishDoc);
    const QString englishText = visibleText(englishDoc);
    QVERIFY(englishText.contains(QLatin1String("from Essays, 1901")));
    QVERIFY(englishText.contains(QLatin1String("Introduction")));
    QVERIFY(englishText.contains(QLatin1String("7 min")));

    // A French reading in the French UI: French, as the UI.
    Reading french2 = smallReading();
    french2.language = QStringLiteral("fr");
    QTextDocument frenchDoc;
    DocumentBuilder(Typography()).build(french2, minutes(7), &frenchDoc);
    QVERIFY2(visibleText(frenchDoc).contains(QStringLiteral("Introduction")), qPrintable(visibleText(frenchDoc)));
    QVERIFY(!visibleText(frenchDoc).contains(QLatin1String("from Essays")));
}

QTEST_MAIN(TestDocumentBuilder)
#include "tst_documentbuilder.moc"
