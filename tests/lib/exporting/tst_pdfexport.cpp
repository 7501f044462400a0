// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF is checked with the tools a reader's PDF meets in the world: qpdf (structure), pdffonts
// (embedding), pdftotext (the text, in order, column by column), pdfinfo (metadata, page size,
// PDF/A) and pdftoppm (the pages as pictures). Tests that need a tool skip when it is missing
// (install-deps installs poppler-utils and qpdf).
#include "exporting/pdfexport.h"
#include "exporting/passages.h"
#include "exporttestsupport.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace redletter;

class TestPdfExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void sample_thirtyAnnotations_isAWellFormedSearchableBook();
    void sample_pagesRenderedShowNothingOutsideTheirBoxes_data();
    void sample_pagesRenderedShowNothingOutsideTheirBoxes();
    void wholeReading_everyLineOnceAcrossPageBreaks();
    void wholeReading_noPageEndsOnAHyphen_data();
    void wholeReading_noPageEndsOnAHyphen();
    void orphans_areCountedAndListedAtTheEnd();
    void noteTooLongForTheMargin_isSetUnderItsPassage();
    void unwritablePath_isAClearError_andLeavesNoFile_data();
    void unwritablePath_isAClearError_andLeavesNoFile();
    void cancelMidway_leavesNoFile_andTheOldOneUntouched();
    void pdfA_option_data();
    void pdfA_option();
    void pageSize_data();
    void pageSize();
    void noSources_stillAValidPdf();

private:
    bool loadSample(int count, ExportSource *source);
    QTemporaryDir *dir = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString samplePath = QStringLiteral("red-letter/dictatorship-of-the-proletariat.md");

#define REQUIRE_TOOL(tool)                                                                        \
    do {                                                                                          \
        if (QStandardPaths::findExecutable(QStringLiteral(tool)).isEmpty())                       \
            QSKIP(tool " is not installed (poppler-utils, qpdf)");                                \
    } while (false)

//! pdftotext of one region of one page, in content-stream order (-raw), points as units.
QString pdfText(const QString &pdf, int page, const QRectF &region)
{
    QByteArray out;
    const QRect r = region.toAlignedRect();
    const int code = test::runTool(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                    QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                    QStringLiteral("-x"), QString::number(r.x()), QStringLiteral("-y"), QString::number(r.y()),
                                    QStringLiteral("-W"), QString::number(r.width()), QStringLiteral("-H"), QString::number(r.height()),
                                    pdf, QStringLiteral("-")},
                                   &out);
    return code == 0 ? QString::fromUtf8(out) : QString();
}

//! The text column (or the note column) of every page, page after page.
QString columnText(const QString &pdf, const ExportReport &report, bool notes)
{
    QString text;
    for (int p = 0; p < report.layout.size(); ++p) {
        const PageLayoutReport &page = report.layout.at(p);
        QRectF column = notes ? page.noteColumn : page.textColumn;
        // A little room for italic overhangs; the gutter is wider than this.
        column.adjust(-4, -2, 4, 2);
        text += pdfText(pdf, p + 1, column) + QLatin1Char('\n');
    }
    return text;
}

//! Finds each of @p parts in @p haystack, each at or after where the one before it starts.
void verifyInOrder(const QString &haystack, const QStringList &parts, const char *what)
{
    int from = 0;
    for (const QString &part : parts) {
        const int at = haystack.indexOf(part, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("%1 missing or out of order: %2").arg(QLatin1String(what), part)));
        from = at;
    }
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).height() > 0.01 && a.intersected(b).width() > 0.01;
}

} // namespace

void TestPdfExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPdfExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    dir = m_dir.get();
}

bool TestPdfExport::loadSample(int count, ExportSource *source)
{
    QString error;
    if (!test::sampleSource(test::corpusFile(samplePath), count, source, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestPdfExport::sample_thirtyAnnotations_isAWellFormedSearchableBook()
{
    REDLETTER_REQUIRE_CORPUS();
    REQUIRE_TOOL("qpdf");
    REQUIRE_TOOL("pdffonts");
    REQUIRE_TOOL("pdftotext");
    REQUIRE_TOOL("pdfinfo");
    ExportSource source;
    QVERIFY(loadSample(30, &source));
    ExportOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    const QString pdf = dir->filePath(QStringLiteral("sample.pdf"));
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({source}, options, pdf, &report, &error), qPrintable(error));
    QCOMPARE(report.highlights, 30);
    QVERIFY(report.orphaned.isEmpty());
    QVERIFY(report.passages > 0 && report.passages <= 30);
    QCOMPARE(report.readerNotes, 20); // two of three sample annotations carry a note
    QCOMPARE(report.layout.size(), report.pages);
    QCOMPARE(report.bytes, QFileInfo(pdf).size());

    // Structure.
    QByteArray out;
    QCOMPARE(test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}, &out), 0);
    QVERIFY2(out.contains("No syntax or stream encoding errors"), out.constData());

    // Every font embedded, and subset: Qt tags each subset in its FontDescriptor (/FontName
    // /QABCDE+Name); pdffonts' "sub" column reads /BaseFont, which Qt leaves untagged.
    QCOMPARE(test::runTool(QStringLiteral("pdffonts"), {pdf}, &out), 0);
    const QStringList fontRows = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontRows.isEmpty());
    bool garamond = false;
    for (const QString &row : fontRows) {
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type... encoding emb sub uni object ID: emb is the fifth column from the end.
        QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(row));
        garamond = garamond || row.startsWith(QLatin1String("EBGaramond"));
    }
    QVERIFY2(garamond, "the reading face, EB Garamond, is in the PDF");
    const QString qdf = dir->filePath(QStringLiteral("sample-qdf.pdf"));
    QCOMPARE(test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf}), 0);
    const QString expanded = QString::fromLatin1(test::readFile(qdf));
    const QRegularExpression fontName(QStringLiteral("/FontName /([A-Z]{6})\\+"));
    int tagged = 0;
    for (auto it = fontName.globalMatch(expanded); it.hasNext(); it.next())
        ++tagged;
    // One FontDescriptor per font pdffonts lists.
    QCOMPARE(tagged, int(fontRows.size()));

    // The source link is a real link.
    QVERIFY2(expanded.contains(QStringLiteral("/URI (") + source.reading.source.toString(QUrl::FullyEncoded) + QLatin1Char(')')),
             "the source URL is a /URI link annotation");

    // Metadata and pages.
    QCOMPARE(test::runTool(QStringLiteral("pdfinfo"), {pdf}, &out), 0);
    const QString info = QString::fromUtf8(out);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+The Dictatorship of the Proletariat"))), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Red Letter \\d"))), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(report.pages))), qPrintable(info));

    // Every highlight in the text column, in reading order; every note in the margin, in order.
    const PassageCollection collection = collectPassages({source}, options.scope);
    QStringList highlights;
    QStringList notes;
    for (const Passage &passage : collection.passages) {
        for (const PassageHighlight &h : passage.highlights) {
            const QString text = globalBlock(source.reading, h.block).text.mid(h.start, h.end - h.start);
            highlights << test::skeleton(text);
        }
        for (const PassageNote &note : passage.notes) {
            if (note.kind == PassageNote::ReaderNote)
                notes << test::skeleton(source.annotations.at(note.index).note, true);
            else if (note.kind == PassageNote::EditorialNote)
                notes << test::skeleton(source.reading.editorialNotes.at(note.index).text, true);
        }
    }
    QVERIFY(highlights.size() >= 30); // a highlight over two paragraphs counts twice
    const QString textColumn = test::skeleton(columnText(pdf, report, false));
    const QString noteColumn = test::skeleton(columnText(pdf, report, true), true);
    verifyInOrder(textColumn, highlights, "highlight");
    verifyInOrder(noteColumn, notes, "note");
    QVERIFY2(!textColumn.contains(test::skeleton(QStringLiteral("Remark 1 of the sample"))),
             "notes are in the margin, not in the text column");

    // Layout: notes apart from each other and inside the margin, text inside its column, nothing
    // below the bottom margin, each note on the page of its passage and beside its line (or just
    // below the note above it).
    for (int p = 0; p < report.layout.size(); ++p) {
        const PageLayoutReport &page = report.layout.at(p);
        QVector<PageBox> pageNotes;
        for (const PageBox &box : page.boxes) {
            if (box.kind == PageBox::Note) {
                pageNotes.append(box);
                QVERIFY(page.noteColumn.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box.rect));
                const bool besidePassage = std::any_of(page.boxes.cbegin(), page.boxes.cend(), [&](const PageBox &b) {
                    return b.kind == PageBox::Text && b.passage == box.passage
                        && box.anchorY >= b.rect.top() - 0.01 && box.anchorY <= b.rect.bottom() + 0.01;
                });
                QVERIFY2(besidePassage, qPrintable(QStringLiteral("page %1: a note away from its passage").arg(p + 1)));
            } else if (box.kind == PageBox::Text) {
                QVERIFY(page.textColumn.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box.rect));
            }
            if (box.kind == PageBox::Text || box.kind == PageBox::Note)
                QVERIFY2(box.rect.bottom() <= page.typeArea.bottom() + 0.01,
                         qPrintable(QStringLiteral("page %1: below the bottom margin").arg(p + 1)));
        }
        std::sort(pageNotes.begin(), pageNotes.end(), [](const PageBox &a, const PageBox &b) { return a.rect.top() < b.rect.top(); });
        for (int n = 0; n < pageNotes.size(); ++n) {
            if (n > 0)
                QVERIFY2(!overlaps(pageNotes.at(n - 1).rect, pageNotes.at(n).rect),
                         qPrintable(QStringLiteral("page %1: notes overlap").arg(p + 1)));
            const bool atItsLine = pageNotes.at(n).rect.top() <= pageNotes.at(n).anchorY + 0.01;
            const bool belowTheOneAbove = n > 0 && pageNotes.at(n).rect.top() - pageNotes.at(n - 1).rect.bottom() < 8;
            QVERIFY2(atItsLine || belowTheOneAbove, qPrintable(QStringLiteral("page %1: note %2 drifted").arg(p + 1).arg(n)));
        }
    }
}

void TestPdfExport::sample_pagesRenderedShowNothingOutsideTheirBoxes_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("name");
    QTest::newRow("annotated passages, A4") << int(ExportOptions::Scope::Annotations) << int(QPageSize::A4)
                                            << QStringLiteral("passages");
    // Split over pages between lines: a line drawn past the bottom margin would show here.
    QTest::newRow("the whole reading, Letter") << int(ExportOptions::Scope::WholeReading) << int(QPageSize::Letter)
                                               << QStringLiteral("whole");
}

void TestPdfExport::sample_pagesRenderedShowNothingOutsideTheirBoxes()
{
    REDLETTER_REQUIRE_CORPUS();
    REQUIRE_TOOL("pdftoppm");
    QFETCH(int, scope);
    QFETCH(int, pageSize);
    QFETCH(QString, name);
    ExportSource source;
    QVERIFY(loadSample(30, &source));
    ExportOptions options;
    options.scope = ExportOptions::Scope(scope);
    options.pageSize = QPageSize(QPageSize::PageSizeId(pageSize));
    // Kept next to the test binary, to be looked at.
    const QString pagesDir = QCoreApplication::applicationDirPath() + QStringLiteral("/tst_pdfexport-") + name;
    QDir(pagesDir).removeRecursively();
    QVERIFY(QDir().mkpath(pagesDir));
    const QString pdf = pagesDir + QStringLiteral("/sample.pdf");
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({source}, options, pdf, &report, &error), qPrintable(error));
    constexpr int dpi = 60;
    QCOMPARE(test::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                                         pdf, pagesDir + QStringLiteral("/page")}),
             0);
    const QStringList images = QDir(pagesDir).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), report.pages);
    const qreal scale = dpi / 72.0;
    for (int p = 0; p < images.size(); ++p) {
        const QImage image(pagesDir + QLatin1Char('/') + images.at(p));
        QVERIFY(!image.isNull());
        // Ink is allowed inside the boxes the report lists (and the note rules in the gutter);
        // anywhere else a pixel must be paper.
        QVector<QRect> allowed;
        for (const PageBox &box : report.layout.at(p).boxes) {
            const QRectF rect = box.kind == PageBox::Note ? box.rect.adjusted(-7, -2, 2, 2) : box.rect.adjusted(-4, -3, 4, 3);
            allowed.append(QRectF(rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale).toAlignedRect());
        }
        int stray = 0;
        int ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) > 200)
                    continue;
                ++ink;
                const bool inside = std::any_of(allowed.cbegin(), allowed.cend(), [&](const QRect &r) { return r.contains(x, y); });
                stray += inside ? 0 : 1;
            }
        }
        QVERIFY2(ink > 500, qPrintable(QStringLiteral("page %1 is blank").arg(p + 1)));
        QVERIFY2(stray == 0, qPrintable(QStringLiteral("page %1: %2 pixels of ink outside the layout's boxes").arg(p + 1).arg(stray)));

        // The same for the text in the PDF, which includes what a clip hides: a word outside
        // every box would be found by search and copied, but never seen.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            continue;
        QByteArray html;
        QCOMPARE(test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(p + 1),
                                                              QStringLiteral("-l"), QString::number(p + 1), pdf, QStringLiteral("-")},
                               &html),
                 0);
        static const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        int words = 0;
        for (auto it = word.globalMatch(QString::fromUtf8(html)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QPointF centre((m.captured(1).toDouble() + m.captured(3).toDouble()) / 2,
                                 (m.captured(2).toDouble() + m.captured(4).toDouble()) / 2);
            ++words;
            const bool inside = std::any_of(report.layout.at(p).boxes.cbegin(), report.layout.at(p).boxes.cend(),
                                            [&](const PageBox &box) { return box.rect.adjusted(-3, -3, 3, 3).contains(centre); });
            QVERIFY2(inside, qPrintable(QStringLiteral("page %1: \"%2\" at (%3, %4) is outside the layout")
                                            .arg(p + 1).arg(m.captured(5)).arg(centre.x()).arg(centre.y())));
        }
        QVERIFY(words > 20);
    }
}

void TestPdfExport::wholeReading_everyLineOnceAcrossPageBreaks()
{
    REDLETTER_REQUIRE_CORPUS();
    REQUIRE_TOOL("pdftotext");
    ExportSource source;
    QVERIFY(loadSample(30, &source));
    ExportOptions options;
    options.scope = ExportOptions::Scope::WholeReading;
    options.pageSize = QPageSize(QPageSize::Letter);
    const QString pdf = dir->filePath(QStringLiteral("whole.pdf"));
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({source}, options, pdf, &report, &error), qPrintable(error));
    QCOMPARE(report.passages, 1);
    QCOMPARE(report.highlights, 30);
    QCOMPARE(report.editorialNotes, int(source.reading.editorialNotes.size()));
    QVERIFY(report.pages > 5);

    // The text column, page after page, is the reading's text: a line lost or drawn twice at a
    // page break would break the match.
    QString expected;
    for (const Block &block : source.reading.introduction)
        expected += block.text;
    for (const Block &block : source.reading.body) {
        if (block.listItemStart && block.ordered)
            expected += QString::number(block.listNumber); // the label is set, not stored
        expected += block.text;
    }
    const QString textColumn = test::skeleton(columnText(pdf, report, false));
    QVERIFY2(textColumn.contains(test::skeleton(expected)), "the reading's text, whole and once");

    // Every editor's note and footnote in the margin.
    const QString noteColumn = test::skeleton(columnText(pdf, report, true), true);
    for (const RichText &note : source.reading.editorialNotes)
        QVERIFY2(noteColumn.contains(test::skeleton(note.text, true)), qPrintable(note.text));
    for (const Footnote &footnote : source.reading.footnotes)
        QVERIFY2(noteColumn.contains(test::skeleton(footnote.blocks.first().text, true)),
                 qPrintable(footnote.blocks.first().text));
    for (const PageLayoutReport &page : report.layout) {
        for (const PageBox &box : page.boxes)
            QVERIFY(box.rect.bottom() <= page.typeArea.bottom() + 0.01 || box.kind == PageBox::Folio);
    }

}

void TestPdfExport::wholeReading_noPageEndsOnAHyphen_data()
{
    QTest::addColumn<int>("pageSize");
    // Several page heights, so that some page would end on a hyphenated line without the rule.
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
    QTest::newRow("A5") << int(QPageSize::A5);
    QTest::newRow("B5") << int(QPageSize::B5);
    QTest::newRow("Legal") << int(QPageSize::Legal);
}

void TestPdfExport::wholeReading_noPageEndsOnAHyphen()
{
    REDLETTER_REQUIRE_CORPUS();
    REQUIRE_TOOL("pdftotext");
    QFETCH(int, pageSize);
    ExportSource source;
    QVERIFY(loadSample(0, &source));
    ExportOptions options;
    options.scope = ExportOptions::Scope::WholeReading;
    options.pageSize = QPageSize(QPageSize::PageSizeId(pageSize));
    const QString pdf = dir->filePath(QStringLiteral("whole.pdf"));
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({source}, options, pdf, &report, &error), qPrintable(error));
    // The last line of each page's text column is a whole word's end.
    int hyphenated = 0;
    for (int p = 0; p + 1 < report.layout.size(); ++p) {
        QRectF column = report.layout.at(p).textColumn;
        column.adjust(-4, -2, 4, 2);
        QStringList lines;
        for (const QString &line : pdfText(pdf, p + 1, column).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) // pdftotext ends a page with a form feed
                lines.append(line);
        }
        QVERIFY(!lines.isEmpty());
        const auto hyphen = [](const QString &line) {
            const QString end = line.trimmed();
            return end.endsWith(QLatin1Char('-')) || end.endsWith(QChar(0x00AD)) || end.endsWith(QChar(0x2010));
        };
        QVERIFY2(!hyphen(lines.last()), qPrintable(QStringLiteral("page %1 ends on \"%2\"").arg(p + 1).arg(lines.last())));
        for (const QString &line : lines)
            hyphenated += hyphen(line);
    }
    QVERIFY2(hyphenated > 5, "the reading is hyphenated, so the rule is put to the test");
}

void TestPdfExport::orphans_areCountedAndListedAtTheEnd()
{
    REDLETTER_REQUIRE_CORPUS();
    REQUIRE_TOOL("pdftotext");
    ExportSource source;
    QVERIFY(loadSample(5, &source));
    // Selectors that match nothing: one quote that is not in the text, one that is changed past
    // recognition.
    Annotation lost = source.annotations.first();
    lost.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    lost.quote.exact = QStringLiteral("a passage the editor has since removed from the reading entirely");
    lost.quote.prefix.clear();
    lost.quote.suffix.clear();
    lost.note = QStringLiteral("Orphaned remark alpha.");
    Annotation garbled = lost;
    garbled.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    garbled.quote.exact = QStringLiteral("zqxj vvkw plmn");
    garbled.note = QStringLiteral("Orphaned remark beta.");
    source.annotations << lost << garbled;

    // Kept next to the test binary, to be looked at.
    const QString pdf = QCoreApplication::applicationDirPath() + QStringLiteral("/tst_pdfexport-orphans.pdf");
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({source}, ExportOptions(), pdf, &report, &error), qPrintable(error));
    QCOMPARE(report.highlights, 5);
    QCOMPARE(report.orphaned.size(), 2);
    QCOMPARE(report.orphaned.at(0).quote, lost.quote.exact);
    QCOMPARE(report.orphaned.at(1).annotationId, garbled.id);

    QByteArray out;
    QCOMPARE(test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, &out), 0);
    const QString text = test::skeleton(QString::fromUtf8(out));
    const QString lastHighlight = test::skeleton(source.annotations.at(4).quote.exact);
    verifyInOrder(text, {test::skeleton(QStringLiteral("Orphaned notes")), test::skeleton(lost.quote.exact),
                         test::skeleton(lost.note), test::skeleton(garbled.quote.exact), test::skeleton(garbled.note)},
                  "orphan");
    QVERIFY(text.indexOf(test::skeleton(QStringLiteral("Orphaned notes"))) > text.indexOf(lastHighlight));
}

void TestPdfExport::noteTooLongForTheMargin_isSetUnderItsPassage()
{
    REQUIRE_TOOL("pdftotext");
    ExportSource source;
    source.reading = test::smallReading();
    const QString essay = QStringLiteral("Overlong remark: ") + QStringLiteral("the reader goes on and on here, ").repeated(160)
        + QStringLiteral("and stops at last.");
    source.annotations = {test::highlight(source.reading, 0, QStringLiteral("owned"), essay),
                          test::highlight(source.reading, 1, QStringLiteral("second"), QStringLiteral("A short remark."))};
    const QString pdf = QCoreApplication::applicationDirPath() + QStringLiteral("/tst_pdfexport-long-note.pdf");
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({source}, ExportOptions(), pdf, &report, &error), qPrintable(error));
    QCOMPARE(report.readerNotes, 2);
    QVERIFY(report.pages >= 2); // the essay runs over a page, split between its lines

    const QString textColumn = test::skeleton(columnText(pdf, report, false));
    const QString noteColumn = test::skeleton(columnText(pdf, report, true));
    QVERIFY2(textColumn.contains(test::skeleton(essay)), "the long note, whole, in the text column");
    QVERIFY(textColumn.indexOf(test::skeleton(essay)) > textColumn.indexOf(test::skeleton(QStringLiteral("Land yields rent"))));
    QVERIFY(!noteColumn.contains(test::skeleton(QStringLiteral("Overlong remark"))));
    QVERIFY(noteColumn.contains(test::skeleton(QStringLiteral("A short remark."))));
    for (const PageLayoutReport &page : report.layout) {
        for (const PageBox &box : page.boxes) {
            if (box.kind == PageBox::Text || box.kind == PageBox::Note)
                QVERIFY(box.rect.bottom() <= page.typeArea.bottom() + 0.01);
        }
    }
}

void TestPdfExport::unwritablePath_isAClearError_andLeavesNoFile_data()
{
    QTest::addColumn<QString>("relativePath");
    // Tests run as root: permissions stop nothing, so the paths are impossible rather than forbidden.
    QTest::newRow("under a regular file") << QStringLiteral("file.txt/export.pdf");
    QTest::newRow("in a folder that does not exist") << QStringLiteral("no/such/folder/export.pdf");
    QTest::newRow("a folder") << QStringLiteral("folder");
    QTest::newRow("no name") << QString();
}

void TestPdfExport::unwritablePath_isAClearError_andLeavesNoFile()
{
    QFETCH(QString, relativePath);
    QFile file(dir->filePath(QStringLiteral("file.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QDir(dir->path()).mkdir(QStringLiteral("folder")));
    const QString path = relativePath.isEmpty() ? QString() : dir->filePath(relativePath);

    ExportSource source;
    source.reading.id = QStringLiteral("r");
    source.reading.title = QStringLiteral("R");
    source.reading.body.append(Block{});
    source.reading.body.first().text = QStringLiteral("Some text to export.");
    ExportReport report;
    QString error;
    QVERIFY(!exportPdf({source}, ExportOptions(), path, &report, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": cannot write: ")), qPrintable(error));
    QVERIFY2(error.size() > path.size() + 16, qPrintable(error)); // and says why
    if (!path.isEmpty() && relativePath != QLatin1String("folder"))
        QVERIFY(!QFileInfo::exists(path));
    const QStringList left = QDir(dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QCOMPARE(left, (QStringList{QStringLiteral("file.txt"), QStringLiteral("folder")}));
    QCOMPARE(QFileInfo(dir->filePath(QStringLiteral("file.txt"))).size(), 0);
}

void TestPdfExport::cancelMidway_leavesNoFile_andTheOldOneUntouched()
{
    REDLETTER_REQUIRE_CORPUS();
    ExportSource source;
    QVERIFY(loadSample(30, &source));
    const QString path = dir->filePath(QStringLiteral("export.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the export of last week");
    old.close();

    for (const int stopAt : {3, 20, 26}) { // typesetting, and then drawing the pages
        int calls = 0;
        int lastTotal = 0;
        QString error;
        ExportReport report;
        const bool ok = exportPdf({source}, ExportOptions(), path, &report, &error, [&](int done, int total) {
            ++calls;
            lastTotal = total;
            Q_UNUSED(done);
            return calls < stopAt;
        });
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("Export cancelled"));
        QCOMPARE(calls, stopAt);
        QVERIFY(lastTotal >= stopAt);
        QCOMPARE(test::readFile(path), QByteArray("the export of last week"));
        QCOMPARE(QDir(dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("export.pdf")});
    }
}

void TestPdfExport::pdfA_option_data()
{
    QTest::addColumn<bool>("pdfA");
    QTest::newRow("plain PDF 1.4") << false;
    QTest::newRow("PDF/A-1b") << true;
}

void TestPdfExport::pdfA_option()
{
    REQUIRE_TOOL("pdfinfo");
    REQUIRE_TOOL("qpdf");
    QFETCH(bool, pdfA);
    ExportSource source;
    source.reading.id = QStringLiteral("r");
    source.reading.title = QStringLiteral("Archival");
    source.reading.body.append(Block{});
    source.reading.body.first().text = QStringLiteral("Kept for a long time.");
    source.annotations.append(makeAnnotation(AnnotatableText(source.reading), 0, 4, QDateTime::currentDateTimeUtc()));
    ExportOptions options;
    options.pdfA = pdfA;
    const QString pdf = dir->filePath(QStringLiteral("archive.pdf"));
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({source}, options, pdf, &report, &error), qPrintable(error));
    QByteArray out;
    QCOMPARE(test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}, &out), 0);
    QCOMPARE(test::runTool(QStringLiteral("pdfinfo"), {pdf}, &out), 0);
    QVERIFY2(QString::fromUtf8(out).contains(QRegularExpression(QStringLiteral("PDF version:\\s+1\\.4"))), out.constData());
    QCOMPARE(test::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}, &out), 0);
    QCOMPARE(out.contains("pdfaid:part=\"1\""), pdfA);
    QCOMPARE(out.contains("pdfaid:conformance=\"B\""), pdfA);
    if (pdfA) {
        QVERIFY(out.contains("<dc:title>"));
        const QString qdf = dir->filePath(QStringLiteral("archive-qdf.pdf"));
        QCOMPARE(test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf}), 0);
        QVERIFY2(test::readFile(qdf).contains("/OutputIntents"), "PDF/A needs an output intent");
    }
}

void TestPdfExport::pageSize_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("pdfinfoSays");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("(A4)");
    QTest::newRow("US Letter") << int(QPageSize::Letter) << QStringLiteral("(letter)");
}

void TestPdfExport::pageSize()
{
    REQUIRE_TOOL("pdfinfo");
    QFETCH(int, pageSize);
    QFETCH(QString, pdfinfoSays);
    ExportSource source;
    source.reading.id = QStringLiteral("r");
    source.reading.title = QStringLiteral("Paper");
    source.reading.body.append(Block{});
    source.reading.body.first().text = QStringLiteral("On what paper?");
    ExportOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(pageSize));
    options.scope = ExportOptions::Scope::WholeReading;
    const QString pdf = dir->filePath(QStringLiteral("paper.pdf"));
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({source}, options, pdf, &report, &error), qPrintable(error));
    QByteArray out;
    QCOMPARE(test::runTool(QStringLiteral("pdfinfo"), {pdf}, &out), 0);
    const QString info = QString::fromUtf8(out);
    const QRegularExpressionMatch line = QRegularExpression(QStringLiteral("Page size:\\s+(.*)\\n")).match(info);
    QVERIFY2(line.hasMatch() && line.captured(1).contains(pdfinfoSays), qPrintable(info));
    const QSizeF points = options.pageSize.size(QPageSize::Point);
    QCOMPARE(qRound(report.pageSize.width()), qRound(points.width()));
    QCOMPARE(qRound(report.pageSize.height()), qRound(points.height()));
}

void TestPdfExport::noSources_stillAValidPdf()
{
    REQUIRE_TOOL("qpdf");
    const QString pdf = dir->filePath(QStringLiteral("empty.pdf"));
    ExportReport report;
    QString error;
    QVERIFY2(exportPdf({}, ExportOptions(), pdf, &report, &error), qPrintable(error));
    QCOMPARE(report.pages, 1);
    QCOMPARE(report.passages, 0);
    QCOMPARE(test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}), 0);
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
