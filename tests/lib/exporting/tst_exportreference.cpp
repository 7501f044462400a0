// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files for the exports (after KSyntaxHighlighting's autotests/reference): the Markdown
// export and the text of the PDF export (pdftotext) of fixed inputs are compared with the files in
// tests/lib/exporting/reference/, so that every change to how a text is set shows up in review as
// a diff. Beside them, the blocks of the reader's document and of the PDF's as they are formatted
// (margins, indents, alignment, leading, in ems of the text size): what pdftotext cannot show,
// the vertical rhythm of each medium (BlockSpacing::screen() and ::print()), side by side. The inputs are the project's own readings (resources/catalog, by the Red Letter editors)
// and the made-up reading of exporttestsupport.h: no third-party text.
//
// A deliberate change: run scripts/update-references.sh, read the diff, commit it.
#include "exporting/markdownexport.h"
#include "exporting/passages.h"
#include "exporting/pdfexport.h"
#include "exporting/printtypesetter.h"
#include "typesetting/documentbuilder.h"
#include "exporttestsupport.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace redletter;

Q_DECLARE_METATYPE(redletter::ExportSource)

class TestExportReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markdown_data();
    void markdown();
    void pdfText_data();
    void pdfText();
    void blockFormats_data();
    void blockFormats();

private:
    static void compareWithReference(const QString &name, const QByteArray &actual);
};

namespace {

ExportSource catalogReading(const QString &file)
{
    ExportSource source;
    SourceError error;
    const bool ok = Importer::importFile(test::sourceDir() + QStringLiteral("/resources/catalog/") + file,
                                         &source.reading, &error);
    if (!ok)
        qWarning("%s", qPrintable(error.toString()));
    source.servedOn = QDate(2026, 11, 24);
    return source;
}

//! The made-up reading with a highlight, a reader's note and a tag.
ExportSource annotatedSmallReading()
{
    ExportSource source;
    source.reading = test::smallReading();
    source.servedOn = QDate(2026, 11, 24);
    source.annotations.append(test::highlight(source.reading, 0, QStringLiteral("owned"),
                                              QStringLiteral("Who owns it?\n\nAnd since when?")));
    source.annotations.append(test::highlight(source.reading, 2, QStringLiteral("number 15 says"),
                                              QStringLiteral("The \"middle\" of it -- see p. 3.")));
    // Fixed ids: the links back into the app are part of the reference.
    source.annotations[0].id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    source.annotations[1].id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    return source;
}

/*!
 * One line a block of @p document: its margins, first-line indent and leading in ems of @p em,
 * its alignment, the keep properties, and the start of its text (enough to tell which block).
 */
QByteArray blockFormatLines(QTextDocument *document, qreal em)
{
    const auto ems = [em](qreal value) { return QString::number(value / em, 'f', 2); };
    QString out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat f = block.blockFormat();
        const Qt::Alignment a = f.alignment() & Qt::AlignHorizontal_Mask;
        const QString align = a == Qt::AlignJustify ? QStringLiteral("justify")
            : a == Qt::AlignHCenter                 ? QStringLiteral("center")
            : a == Qt::AlignRight                   ? QStringLiteral("right")
                                                    : QStringLiteral("left");
        const QString leading = f.lineHeightType() == QTextBlockFormat::FixedHeight ? ems(f.lineHeight())
                                                                                    : QStringLiteral("-");
        QString text = block.text();
        text.remove(QChar(QChar::SoftHyphen));
        text.replace(QChar(QChar::LineSeparator), QLatin1Char(' '));
        if (text.size() > 40)
            text = text.left(40) + QChar(0x2026);
        out += QStringLiteral("above %1 below %2 left %3 right %4 indent %5 leading %6 %7%8%9 | %10\n")
                   .arg(ems(f.topMargin()), ems(f.bottomMargin()), ems(f.leftMargin()), ems(f.rightMargin()),
                        ems(f.textIndent()), leading, align,
                        f.boolProperty(KeepWithNextProperty) ? QStringLiteral(" keep-next") : QString(),
                        f.boolProperty(KeepWithPreviousProperty) ? QStringLiteral(" keep-previous") : QString(),
                        text);
    }
    return out.toUtf8();
}

ExportOptions options(ExportOptions::Scope scope)
{
    ExportOptions o;
    o.scope = scope;
    o.pageSize = QPageSize(QPageSize::A4);
    o.exportedOn = QDate(2026, 11, 30);
    return o;
}

} // namespace

void TestExportReference::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(!catalogReading(QStringLiteral("klassenkampf.md")).reading.body.isEmpty());
}

void TestExportReference::compareWithReference(const QString &name, const QByteArray &actual)
{
    // What this build writes goes next to the test binary; the update script copies it over.
    const QString outputDir = QCoreApplication::applicationDirPath() + QStringLiteral("/reference-output");
    QVERIFY(QDir().mkpath(outputDir));
    QFile output(outputDir + QLatin1Char('/') + name);
    QVERIFY(output.open(QIODevice::WriteOnly | QIODevice::Truncate));
    output.write(actual);
    output.close();

    const QString referencePath = test::sourceDir() + QStringLiteral("/tests/lib/exporting/reference/") + name;
    QFile reference(referencePath);
    QVERIFY2(reference.open(QIODevice::ReadOnly),
             qPrintable(referencePath + QStringLiteral(" is missing: run scripts/update-references.sh")));
    const QList<QByteArray> expectedLines = reference.readAll().split('\n');
    const QList<QByteArray> actualLines = actual.split('\n');
    for (int i = 0; i < qMax(expectedLines.size(), actualLines.size()); ++i) {
        const QByteArray expected = expectedLines.value(i);
        const QByteArray got = actualLines.value(i);
        if (expected != got) {
            QFAIL(qPrintable(QStringLiteral("%1:%2: differs from %3 (diff them; a deliberate change: "
                                            "scripts/update-references.sh)\n  expected: %4\n  actual:   %5")
                                 .arg(referencePath)
                                 .arg(i + 1)
                                 .arg(output.fileName(), QString::fromUtf8(expected), QString::fromUtf8(got))));
        }
    }
}

void TestExportReference::markdown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ExportSource>("source");
    QTest::addColumn<int>("scope");
    QTest::newRow("annotations") << QStringLiteral("rent-annotations.md") << annotatedSmallReading()
                                 << int(ExportOptions::Scope::Annotations);
    QTest::newRow("German reading in full") << QStringLiteral("klassenkampf-whole.md")
                                            << catalogReading(QStringLiteral("klassenkampf.md"))
                                            << int(ExportOptions::Scope::WholeReading);
}

void TestExportReference::markdown()
{
    QFETCH(QString, name);
    QFETCH(ExportSource, source);
    QFETCH(int, scope);
    const QString markdown = markdownDocument({source}, options(ExportOptions::Scope(scope)), nullptr);
    compareWithReference(name, markdown.toUtf8());
}

void TestExportReference::pdfText_data()
{
    markdown_data();
}

void TestExportReference::pdfText()
{
    QFETCH(QString, name);
    QFETCH(ExportSource, source);
    QFETCH(int, scope);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is not installed (poppler-utils, scripts/install-deps.sh test)");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("export.pdf"));
    QString error;
    QVERIFY2(exportPdf({source}, options(ExportOptions::Scope(scope)), pdf, nullptr, &error), qPrintable(error));
    QByteArray text;
    QCOMPARE(test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                       QStringLiteral("-")},
                           &text),
             0);
    // Line by line, as the lines are set (so a change of line breaking shows), trailing space trimmed.
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    compareWithReference(QString(name).replace(QStringLiteral(".md"), QStringLiteral(".pdf.txt")),
                         lines.join('\n'));
}

void TestExportReference::blockFormats_data()
{
    QTest::addColumn<QString>("file");
    // The German primer has quotations and a list; the English one headings, footnotes and notes.
    QTest::newRow("German primer") << QStringLiteral("klassenkampf");
    QTest::newRow("English primer") << QStringLiteral("the-state");
}

void TestExportReference::blockFormats()
{
    QFETCH(QString, file);
    const ExportSource source = catalogReading(file + QStringLiteral(".md"));
    QVERIFY(!source.reading.body.isEmpty());
    const Typography typography;

    // The reader's page (lib/typesetting/documentbuilder), with BlockSpacing::screen().
    QTextDocument screen;
    DocumentBuilder(typography).build(source.reading, ReadingTime(), &screen, source.servedOn);
    compareWithReference(file + QStringLiteral(".screen-blocks.txt"),
                         blockFormatLines(&screen, typography.textSize()));

    // The PDF's whole-reading passage (lib/exporting/printtypesetter), with BlockSpacing::print().
    const PrintTypesetter typesetter(typography, PrintGeometry::forPage(QPageSize(QPageSize::A4), 10));
    const PassageCollection collection = collectPassages({source}, ExportOptions::Scope::WholeReading);
    QCOMPARE(collection.passages.size(), 1);
    const TypesetItem item = typesetter.passage(source, collection.passages.first(), 0, false);
    compareWithReference(file + QStringLiteral(".print-blocks.txt"),
                         blockFormatLines(item.document.get(), typesetter.typography().textSize()));
}

QTEST_MAIN(TestExportReference)
#include "tst_exportreference.moc"
