// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/markdownexport.h"
#include "typesetting/citation.h"
#include "exporttestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redletter;

class TestMarkdownExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void annotationAppLink_data();
    void annotationAppLink();
    void frontMatter_forObsidian();
    void passage_isAQuoteWithItsHighlightMarked_notesAndCitationBelow();
    void citation_quotesTheTitleByTheReadingsLanguage_data();
    void citation_quotesTheTitleByTheReadingsLanguage();
    void citation_namesTheTranslator();
    void longParagraph_isQuotedWithEllipses();
    void overlappingHighlights_areOneMark();
    void emphasisCrossingAHighlight_nestsProperly();
    void markdownInTheText_isEscaped_data();
    void markdownInTheText_isEscaped();
    void severalReadings_getAHeadingEach();
    void orphans_areListedAtTheEnd();
    void wholeReading_everyBlockWithItsNotesAfterIt();
    void sample_everyHighlightAndNoteInReadingOrder();
    void exportMarkdown_writesTheFile_orFailsCleanly();
    void exportMarkdown_cancelled_leavesNoFile();
};

namespace {

ExportSource smallSource(const QVector<Annotation> &annotations)
{
    ExportSource source;
    source.reading = test::smallReading();
    source.servedOn = QDate(2026, 11, 24);
    source.annotations = annotations;
    return source;
}

//! The part of @p markdown after the front matter and the title lines.
QString body(const QString &markdown)
{
    const int title = markdown.indexOf(QStringLiteral("\n# "));
    const int byline = markdown.indexOf(QStringLiteral("\n\n"), title + 1) + 2;
    return markdown.mid(markdown.indexOf(QStringLiteral("\n\n"), byline) + 2);
}

} // namespace

void TestMarkdownExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMarkdownExport::annotationAppLink_data()
{
    QTest::addColumn<QString>("readingId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain id") << QStringLiteral("primer-the-state")
                              << QStringLiteral("redletter://reading/primer-the-state#annotation-6f1c");
    QTest::newRow("id with letters that have no ASCII form")
        << QStringLiteral("ленин--государство")
        << QStringLiteral("redletter://reading/%D0%BB%D0%B5%D0%BD%D0%B8%D0%BD--%D0%B3%D0%BE%D1%81%D1%83%D0%B4%D0%B0%D1%80%D1%81%D1%82%D0%B2%D0%BE#annotation-6f1c");
}

void TestMarkdownExport::annotationAppLink()
{
    QFETCH(QString, readingId);
    QFETCH(QString, expected);
    const QUrl link = redletter::annotationAppLink(readingId, QStringLiteral("6f1c"));
    QCOMPARE(link.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(link.scheme(), QStringLiteral("redletter"));
    QCOMPARE(link.host(), QStringLiteral("reading"));
    QCOMPARE(link.path(), QLatin1Char('/') + readingId);
    QCOMPARE(link.fragment(), QStringLiteral("annotation-6f1c"));
}

void TestMarkdownExport::frontMatter_forObsidian()
{
    const Reading reading = test::smallReading();
    Annotation tagged = test::highlight(reading, 0, QStringLiteral("owned"), QStringLiteral("Who owns it?"));
    tagged.tags = QStringList{QStringLiteral("rent theory"), QStringLiteral("land")};
    ExportOptions options;
    options.exportedOn = QDate(2026, 12, 1);
    options.title = QStringLiteral("Rent \"and\" land");
    ExportReport report;
    const QString markdown = markdownDocument({smallSource({tagged})}, options, &report);
    QVERIFY2(markdown.startsWith(QStringLiteral(
                 "---\n"
                 "title: \"Rent \\\"and\\\" land\"\n"
                 "authors: [\"A. Writer\"]\n"
                 "from: 2026-11-24\n"
                 "to: 2026-11-24\n"
                 "passages: 1\n"
                 "notes: 1\n"
                 "tags: [\"red-letter\", \"rent-theory\", \"land\"]\n"
                 "source: \"https://example.org/rent\"\n"
                 "exported: 2026-12-01\n"
                 "---\n\n"
                 "# Rent \"and\" land\n\n"
                 "*A. Writer* · 24 November 2026 · 1 passage\n\n")),
             qPrintable(markdown));
    QCOMPARE(report.passages, 1);
    QCOMPARE(report.readerNotes, 1);
}

void TestMarkdownExport::passage_isAQuoteWithItsHighlightMarked_notesAndCitationBelow()
{
    const Reading reading = test::smallReading();
    const Annotation annotation = test::highlight(reading, 0, QStringLiteral("owned"),
                                                  QStringLiteral("Who owns it?\n\nAnd since when?"));
    const QString markdown = markdownDocument({smallSource({annotation})}, ExportOptions(), nullptr);
    const QString expected =
        QStringLiteral("> Land yields rent because it is ==owned==<sup>1</sup>, not because it works.\n"
                       "\n"
                       "- **Editor:** Owned by whom?\n"
                       "- **Note:** Who owns it?\n"
                       "\n"
                       "  And since when?\n"
                       "- **Footnote 1:** Ricardo, ch.\u00A02.\n"
                       "\n"
                       "— A. Writer, “On Rent”, *Essays* (1901) · read 24 November 2026 · "
                       "[source](https://example.org/rent) · [Open in Red Letter](redletter://reading/test--rent#annotation-")
        + annotation.id + QStringLiteral(")\n\n");
    QCOMPARE(body(markdown), expected);
}

void TestMarkdownExport::citation_quotesTheTitleByTheReadingsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("\u201COn Rent\u201D");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("\u201EOn Rent\u201C");
    QTest::newRow("Swiss German") << QStringLiteral("de-CH") << QStringLiteral("\u00ABOn Rent\u00BB");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("\u00AB\u202FOn Rent\u202F\u00BB");
    QTest::newRow("Russian") << QStringLiteral("ru") << QStringLiteral("\u00ABOn Rent\u00BB");
    QTest::newRow("a language without a table: English marks") << QStringLiteral("la")
                                                                << QStringLiteral("\u201COn Rent\u201D");
}

void TestMarkdownExport::citation_quotesTheTitleByTheReadingsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    Reading reading = test::smallReading();
    reading.language = language;
    ExportSource source = smallSource({test::highlight(reading, 0, QStringLiteral("owned"))});
    source.reading = reading;
    const QString markdown = markdownDocument({source}, ExportOptions(), nullptr);
    const QString citation = QStringLiteral("\n\u2014 A. Writer, ") + title + QStringLiteral(", *Essays* (1901)");
    QVERIFY2(markdown.contains(citation), qPrintable(markdown));
}

void TestMarkdownExport::citation_namesTheTranslator()
{
    // A translation is cited with its translator, in every medium's citation (one Citation).
    Reading reading = test::smallReading();
    reading.translator = QStringLiteral("B. Translator");
    ExportSource source = smallSource({test::highlight(reading, 0, QStringLiteral("owned"))});
    source.reading = reading;
    const QString markdown = markdownDocument({source}, ExportOptions(), nullptr);
    const QString citation = QStringLiteral("\n\u2014 A. Writer, \u201COn Rent\u201D, *Essays* (1901), translated by B. Translator");
    QVERIFY2(markdown.contains(citation), qPrintable(markdown));
    // Copy with Citation and the PDF render the same parts.
    QVERIFY2(Citation::of(reading).toPlainText().contains(QStringLiteral("(1901), translated by B. Translator")),
             qPrintable(Citation::of(reading).toPlainText()));
    // Only when the editor's introduction is cited is the translator not the point.
    QVERIFY(!Citation::of(reading, {}, true).toPlainText().contains(QStringLiteral("translated")));
}

void TestMarkdownExport::longParagraph_isQuotedWithEllipses()
{
    const Reading reading = test::smallReading();
    const QString markdown = markdownDocument({smallSource({test::highlight(reading, 2, QStringLiteral("number 15 says"))})},
                                              ExportOptions(), nullptr);
    const QRegularExpression quote(QStringLiteral("\n> … Sentence number \\d+ .*==number 15 says==.* about rent\\. …\n"));
    QVERIFY2(quote.match(markdown).hasMatch(), qPrintable(markdown));
}

void TestMarkdownExport::overlappingHighlights_areOneMark()
{
    const Reading reading = test::smallReading();
    const QString markdown = markdownDocument(
        {smallSource({test::highlight(reading, 0, QStringLiteral("yields rent because")),
                      test::highlight(reading, 0, QStringLiteral("because it is")),
                      test::highlight(reading, 0, QStringLiteral("works"))})},
        ExportOptions(), nullptr);
    QVERIFY2(markdown.contains(QStringLiteral("> Land ==yields rent because it is== owned<sup>1</sup>, not because it ==works==.\n")),
             qPrintable(markdown));
}

void TestMarkdownExport::emphasisCrossingAHighlight_nestsProperly()
{
    Reading reading = test::smallReading();
    // *rent because it* emphasised; "because it is owned" highlighted: they cross.
    reading.body[0].styles.append({StyleRange::Emphasis, 12, 27, {}});
    ExportSource source = smallSource({test::highlight(reading, 0, QStringLiteral("because it is owned"))});
    source.reading = reading;
    const QString markdown = markdownDocument({source}, ExportOptions(), nullptr);
    QVERIFY2(markdown.contains(QStringLiteral("> Land yields *rent* ==*because it* is owned==<sup>1</sup>, not")),
             qPrintable(markdown));
}

void TestMarkdownExport::markdownInTheText_isEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("emphasis and strong markers") << QStringLiteral("a *b* and __c__ d") << QStringLiteral("a \\*b\\* and \\_\\_c\\_\\_ d");
    QTest::newRow("links, html, marks") << QStringLiteral("[x](y) <b> a == b") << QStringLiteral("\\[x\\](y) \\<b\\> a \\=\\= b");
    QTest::newRow("a heading at the start") << QStringLiteral("# not a heading") << QStringLiteral("\\# not a heading");
    QTest::newRow("a numbered list at the start") << QStringLiteral("1917. A year.") << QStringLiteral("1917\\. A year.");
    QTest::newRow("a bullet at the start") << QStringLiteral("- not a list") << QStringLiteral("\\- not a list");
    QTest::newRow("dollars are not maths") << QStringLiteral("$5 and $6") << QStringLiteral("\\$5 and \\$6");
}

void TestMarkdownExport::markdownInTheText_isEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    Reading reading;
    reading.id = QStringLiteral("r");
    reading.title = QStringLiteral("R");
    reading.body.append(test::paragraph(text));
    ExportSource source;
    source.reading = reading;
    const QString last = text.right(1);
    const AnnotatableText annotatable(reading);
    const int end = annotatable.toTextOffset({TextLocation::Body, 0, int(text.size())});
    source.annotations = {makeAnnotation(annotatable, end - 1, end, QDateTime::currentDateTimeUtc())};
    const QString markdown = markdownDocument({source}, ExportOptions(), nullptr);
    const QString expected = written.left(written.size() - last.size()) + QStringLiteral("==") + last + QStringLiteral("==");
    QVERIFY2(markdown.contains(QStringLiteral("\n> ") + expected + QLatin1Char('\n')), qPrintable(markdown));
}

void TestMarkdownExport::severalReadings_getAHeadingEach()
{
    const Reading reading = test::smallReading();
    ExportSource first = smallSource({test::highlight(reading, 0, QStringLiteral("owned"))});
    ExportSource second = smallSource({test::highlight(reading, 1, QStringLiteral("second"))});
    second.reading.id = QStringLiteral("test--rent-again");
    second.reading.title = QStringLiteral("On Rent, Again");
    second.servedOn = QDate(2026, 11, 26);
    const QString markdown = markdownDocument({first, second}, ExportOptions(), nullptr);
    QVERIFY(markdown.contains(QStringLiteral("\n# Annotations, 24\u201326 November 2026\n")));
    const int a = markdown.indexOf(QStringLiteral("\n## On Rent\n"));
    const int b = markdown.indexOf(QStringLiteral("\n## On Rent, Again\n"));
    QVERIFY(a > 0 && b > a);
    QVERIFY(markdown.indexOf(QStringLiteral("==second==")) > b);
    QVERIFY(markdown.contains(QStringLiteral("redletter://reading/test--rent-again#annotation-")));
}

void TestMarkdownExport::orphans_areListedAtTheEnd()
{
    const Reading reading = test::smallReading();
    Annotation lost;
    lost.id = QStringLiteral("lost-1");
    lost.readingId = reading.id;
    lost.quote.exact = QStringLiteral("words that are gone");
    lost.note = QStringLiteral("It was *here*.");
    ExportReport report;
    const QString markdown = markdownDocument({smallSource({test::highlight(reading, 0, QStringLiteral("owned")), lost})},
                                              ExportOptions(), &report);
    QCOMPARE(report.orphaned.size(), 1);
    const int heading = markdown.indexOf(QStringLiteral("\n## Orphaned notes\n"));
    QVERIFY(heading > markdown.indexOf(QStringLiteral("==owned==")));
    QVERIFY2(markdown.mid(heading).contains(QStringLiteral("> words that are gone\n\n- **Note:** It was \\*here\\*.\n")),
             qPrintable(markdown));
    QVERIFY(markdown.mid(heading).contains(QStringLiteral("(redletter://reading/test--rent#annotation-lost-1)")));
}

void TestMarkdownExport::wholeReading_everyBlockWithItsNotesAfterIt()
{
    const Reading reading = test::smallReading();
    ExportOptions options;
    options.scope = ExportOptions::Scope::WholeReading;
    const QString markdown = markdownDocument(
        {smallSource({test::highlight(reading, 1, QStringLiteral("second"), QStringLiteral("Why second?"))})}, options, nullptr);
    const QStringList parts{QStringLiteral("\n## On Rent\n"), QStringLiteral("\nRead this slowly.\n"),
                            QStringLiteral("\nLand yields rent because it is owned<sup>1</sup>, not because it works.\n"),
                            QStringLiteral("- **Editor:** Owned by whom?\n"), QStringLiteral("- **Footnote 1:** Ricardo, ch.\u00A02.\n"),
                            QStringLiteral("\nA ==second== paragraph follows here.\n\n- **Note:** Why second?\n"),
                            QStringLiteral("\nSentence number 1 says"), QStringLiteral("- **Editor:** A long one.\n")};
    int from = 0;
    for (const QString &part : parts) {
        const int at = markdown.indexOf(part, from);
        QVERIFY2(at >= 0, qPrintable(part + QStringLiteral(" in ") + markdown));
        from = at;
    }
    QVERIFY(!markdown.contains(QStringLiteral("\n> Land"))); // the reading itself is not a quotation
}

void TestMarkdownExport::sample_everyHighlightAndNoteInReadingOrder()
{
    REDLETTER_REQUIRE_CORPUS();
    ExportSource source;
    QString error;
    QVERIFY2(test::sampleSource(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")), 30,
                                &source, &error),
             qPrintable(error));
    ExportReport report;
    const QString markdown = markdownDocument({source}, ExportOptions(), &report);
    QCOMPARE(report.highlights, 30);
    // Each marked run is well formed: an even number of "==" on every line.
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const int marks = int(line.count(QRegularExpression(QStringLiteral("(?<!\\\\)=="))));
        QVERIFY2(marks % 2 == 0, qPrintable(line));
    }
    QString withoutMarks = markdown;
    withoutMarks.remove(QRegularExpression(QStringLiteral("<sup>[^<]*</sup>"))); // footnote marks
    const QString letters = test::skeleton(withoutMarks, true);
    int previous = 0;
    QVector<int> order(source.annotations.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return source.annotations.at(a).position.start < source.annotations.at(b).position.start;
    });
    for (const int i : order) {
        const Annotation &annotation = source.annotations.at(i);
        const int at = letters.indexOf(test::skeleton(annotation.quote.exact, true), previous);
        QVERIFY2(at >= 0, qPrintable(annotation.quote.exact));
        previous = at;
        if (!annotation.note.isEmpty())
            QVERIFY(letters.contains(test::skeleton(annotation.note, true)));
    }
    // One link back into the app per passage.
    QCOMPARE(int(markdown.count(QStringLiteral("](redletter://reading/") + source.reading.id + QStringLiteral("#annotation-"))),
             report.passages);
}

void TestMarkdownExport::exportMarkdown_writesTheFile_orFailsCleanly()
{
    QTemporaryDir dir;
    const Reading reading = test::smallReading();
    const QVector<ExportSource> sources{smallSource({test::highlight(reading, 0, QStringLiteral("owned"))})};
    const QString path = dir.filePath(QStringLiteral("notes.md"));
    ExportReport report;
    QString error;
    QVERIFY2(exportMarkdown(sources, ExportOptions(), path, &report, &error), qPrintable(error));
    QCOMPARE(QString::fromUtf8(test::readFile(path)), markdownDocument(sources, ExportOptions(), nullptr));
    QCOMPARE(report.bytes, QFileInfo(path).size());

    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString impossible = dir.filePath(QStringLiteral("file/notes.md"));
    QVERIFY(!exportMarkdown(sources, ExportOptions(), impossible, &report, &error));
    QVERIFY2(error.startsWith(impossible + QStringLiteral(": cannot write: ")), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("file"), QStringLiteral("notes.md")}));
}

void TestMarkdownExport::exportMarkdown_cancelled_leavesNoFile()
{
    QTemporaryDir dir;
    const Reading reading = test::smallReading();
    const QVector<ExportSource> sources{smallSource({test::highlight(reading, 0, QStringLiteral("owned")),
                                                     test::highlight(reading, 1, QStringLiteral("second"))})};
    const QString path = dir.filePath(QStringLiteral("notes.md"));
    QString error;
    int calls = 0;
    QVERIFY(!exportMarkdown(sources, ExportOptions(), path, nullptr, &error, [&](int, int) { return ++calls < 2; }));
    QCOMPARE(error, QStringLiteral("Export cancelled"));
    QCOMPARE(calls, 2);
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
