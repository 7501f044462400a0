// SPDX-License-Identifier: GPL-3.0-or-later
// --export-pdf, --export-markdown, --export-annotations and --import-annotations as the command
// line runs them: the W3C JSON round trip between two installs, bad input, no partial files.
#include "annotations/annotatabletext.h"
#include "annotations/annotation.h"
#include "annotations/annotationjson.h"
#include "appcontext.h"
#include "application.h"
#include "commandline.h"
#include "commands.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace redletter;

class TestExportCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripBetweenInstalls();
    void pdfAndMarkdownExports();
    void filtersByTagAndDate();
    void malformedJsonIsAClearErrorAndChangesNothing();
    void selectorsThatMatchNothingAreImportedAsOrphans();
    void unwritablePathLeavesNoFile();
    void importReportsWhatWasAddedUpdatedAndSkippedAndWhy();
    void importRefusesTheWholeFileForAnUnknownReadingOrADuplicateId();

private:
    struct Install
    {
        std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
        std::unique_ptr<AppContext> context;
    };
    static void open(Install *install);
    int run(Install &install, const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    QVector<Annotation> annotate(Install &install, int count);
    //! @p annotations as a W3C AnnotationPage file in the first install's folder.
    QString writeAnnotations(const QString &name, const QVector<Annotation> &annotations, const QString &source = {});

    Install m_first;
};

static QString sampleId()
{
    return QStringLiteral("joseph-stalin--the-dictatorship-of-the-proletariat");
}

void TestExportCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestExportCommands::open(Install *install)
{
    QString error;
    install->context = test::openTestContext(
        *install->dir, QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone("Europe/Berlin")), &error);
    QVERIFY2(install->context, qPrintable(error));
    const QString sample = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    QVERIFY2(test::importSources(*install->context, {sample}, &error), qPrintable(error));
}

void TestExportCommands::init()
{
    REDLETTER_REQUIRE_CORPUS();
    m_first = Install();
    open(&m_first);
}

void TestExportCommands::cleanup()
{
    m_first = Install();
}

int TestExportCommands::run(Install &install, const QStringList &arguments, QString *out, QString *err)
{
    const CommandLine commandLine = parseCommandLine(QStringList{QStringLiteral("redletter")} + arguments);
    if (commandLine.mode == CommandLine::Mode::Error) {
        if (err)
            *err = commandLine.errorText;
        return 2;
    }
    QString o;
    QString e;
    QTextStream outStream(&o);
    QTextStream errStream(&e);
    const int status = commandLine.mode == CommandLine::Mode::ImportAnnotations
        ? commands::importAnnotations(*install.context, commandLine.exportFile, outStream, errStream)
        : commands::exportAnnotations(*install.context, commandLine, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return status;
}

QVector<Annotation> TestExportCommands::annotate(Install &install, int count)
{
    Catalog &catalog = install.context->catalog();
    const AnnotatableText text(*catalog.reading(sampleId()));
    QVector<Annotation> made;
    // Fixed places spread over the text: every n-th sentence start, a few words long.
    const int step = int(text.text().size()) / (count + 1);
    for (int i = 1; i <= count; ++i) {
        int start = i * step;
        while (start < text.text().size() && !text.text().at(start).isLetter())
            ++start;
        Annotation annotation = makeAnnotation(text, start, start + 40,
                                               QDateTime(QDate(2026, 11, 20 + i % 5), QTime(12, 0), Qt::UTC),
                                               i % 2 ? QStringLiteral("yellow") : QStringLiteral("blue"));
        annotation.note = i % 3 ? QStringLiteral("My note number %1.").arg(i) : QString();
        annotation.tags = i % 4 == 0 ? QStringList{QStringLiteral("state")} : QStringList();
        QString error;
        if (!catalog.saveAnnotation(annotation, &error))
            qWarning() << error;
        made.append(annotation);
    }
    return made;
}

static QVector<Annotation> sortedById(QVector<Annotation> list)
{
    std::sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) { return a.id < b.id; });
    return list;
}

void TestExportCommands::roundTripBetweenInstalls()
{
    const QVector<Annotation> made = annotate(m_first, 12);
    QCOMPARE(m_first.context->catalog().annotations(sampleId()).size(), 12);
    const QString json = m_first.dir->filePath(QStringLiteral("notes.json"));
    QString out;
    QString err;
    QCOMPARE(run(m_first, {QStringLiteral("--export-annotations"), json}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("12 passage")) || out.contains(QLatin1String("passage")), qPrintable(out));
    const QJsonObject page = QJsonDocument::fromJson(test::readFile(json)).object();
    QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 12);

    // A fresh data dir on another machine: import, then export again.
    Install second;
    open(&second);
    QCOMPARE(run(second, {QStringLiteral("--import-annotations"), json}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("12 annotation")), qPrintable(out));
    QCOMPARE(sortedById(second.context->catalog().annotations(sampleId())),
             sortedById(m_first.context->catalog().annotations(sampleId())));
    const QString again = second.dir->filePath(QStringLiteral("again.json"));
    QCOMPARE(run(second, {QStringLiteral("--export-annotations"), again}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(test::readFile(again)), QJsonDocument::fromJson(test::readFile(json)));

    // Importing the same file twice changes nothing.
    QCOMPARE(run(second, {QStringLiteral("--import-annotations"), json}, &out, &err), 0);
    QCOMPARE(second.context->catalog().annotations(sampleId()).size(), made.size());
}

void TestExportCommands::pdfAndMarkdownExports()
{
    annotate(m_first, 6);
    const QString pdf = m_first.dir->filePath(QStringLiteral("notes.pdf"));
    QString out;
    QString err;
    QCOMPARE(run(m_first, {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--reading"), sampleId(),
                           QStringLiteral("--page-size"), QStringLiteral("Letter")},
                 &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String(" page")), qPrintable(out));
    QVERIFY(test::readFile(pdf).startsWith("%PDF-"));

    const QString whole = m_first.dir->filePath(QStringLiteral("whole.pdf"));
    QCOMPARE(run(m_first, {QStringLiteral("--export-pdf"), whole, QStringLiteral("--reading"), sampleId(),
                           QStringLiteral("--whole-reading")},
                 &out, &err),
             0);
    QVERIFY(QFileInfo(whole).size() > QFileInfo(pdf).size());

    const QString markdown = m_first.dir->filePath(QStringLiteral("notes.md"));
    QCOMPARE(run(m_first, {QStringLiteral("--export-markdown"), markdown}, &out, &err), 0);
    const QString text = QString::fromUtf8(test::readFile(markdown));
    QVERIFY(text.startsWith(QLatin1String("---\n")));
    QVERIFY(text.contains(QLatin1String("My note number 1.")));
    QVERIFY(text.contains(QLatin1String("redletter://reading/") + sampleId()));
}

void TestExportCommands::filtersByTagAndDate()
{
    annotate(m_first, 12); // tags "state" on 4 and 8 and 12; created on 2026-11-21…25
    const QString json = m_first.dir->filePath(QStringLiteral("tagged.json"));
    QCOMPARE(run(m_first, {QStringLiteral("--export-annotations"), json, QStringLiteral("--tag"), QStringLiteral("state")}), 0);
    QCOMPARE(QJsonDocument::fromJson(test::readFile(json)).object().value(QStringLiteral("items")).toArray().size(), 3);
    const QString dated = m_first.dir->filePath(QStringLiteral("dated.json"));
    QCOMPARE(run(m_first, {QStringLiteral("--export-annotations"), dated, QStringLiteral("--from"),
                           QStringLiteral("2026-11-22"), QStringLiteral("--to"), QStringLiteral("2026-11-22")}),
             0);
    // i % 5 == 2: i = 2, 7, 12
    QCOMPARE(QJsonDocument::fromJson(test::readFile(dated)).object().value(QStringLiteral("items")).toArray().size(), 3);
    QString err;
    QCOMPARE(run(m_first, {QStringLiteral("--export-annotations"), dated, QStringLiteral("--tag"), QStringLiteral("none")},
                 nullptr, &err),
             1);
    QVERIFY2(err.contains(QLatin1String("nothing to export")), qPrintable(err));
}

void TestExportCommands::malformedJsonIsAClearErrorAndChangesNothing()
{
    annotate(m_first, 3);
    const QString bad = m_first.dir->filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\": \"AnnotationPage\", \"items\": [ {\"type\": \"Annotation\", ");
    file.close();
    QString err;
    QCOMPARE(run(m_first, {QStringLiteral("--import-annotations"), bad}, nullptr, &err), 1);
    QVERIFY2(err.startsWith(bad + QLatin1String(": ")), qPrintable(err));
    QCOMPARE(m_first.context->catalog().annotations(sampleId()).size(), 3);
    QCOMPARE(run(m_first, {QStringLiteral("--import-annotations"), m_first.dir->filePath(QStringLiteral("missing.json"))},
                 nullptr, &err),
             1);
    QVERIFY2(err.contains(QLatin1String("cannot read")), qPrintable(err));
}

void TestExportCommands::selectorsThatMatchNothingAreImportedAsOrphans()
{
    annotate(m_first, 4);
    const QString json = m_first.dir->filePath(QStringLiteral("notes.json"));
    QCOMPARE(run(m_first, {QStringLiteral("--export-annotations"), json}), 0);
    // Another edition of the text, in effect: two quotes that appear nowhere.
    QJsonObject page = QJsonDocument::fromJson(test::readFile(json)).object();
    QJsonArray items = page.value(QStringLiteral("items")).toArray();
    for (int i = 0; i < 2; ++i) {
        QJsonObject item = items[i].toObject();
        QJsonObject target = item.value(QStringLiteral("target")).toObject();
        QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QJsonArray changed;
        for (const QJsonValue &selector : selectors) {
            QJsonObject s = selector.toObject();
            if (s.value(QStringLiteral("type")).toString() == QLatin1String("TextQuoteSelector")) {
                s.insert(QStringLiteral("exact"), QStringLiteral("words that were never in this text at all, %1").arg(i));
                s.insert(QStringLiteral("prefix"), QString());
                s.insert(QStringLiteral("suffix"), QString());
            }
            changed.append(s);
        }
        target.insert(QStringLiteral("selector"), changed);
        item.insert(QStringLiteral("target"), target);
        items[i] = item;
    }
    page.insert(QStringLiteral("items"), items);
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(page).toJson());
    file.close();

    Install second;
    open(&second);
    QString out;
    QCOMPARE(run(second, {QStringLiteral("--import-annotations"), json}, &out), 0);
    QVERIFY2(out.contains(QLatin1String("4 annotations added, 0 updated, 0 skipped")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("2 of them not found")), qPrintable(out));
    QCOMPARE(second.context->catalog().orphanedAnnotations(sampleId()).size(), 2);
}

void TestExportCommands::unwritablePathLeavesNoFile()
{
    annotate(m_first, 2);
    // Under a regular file: no directory can be made there, even by root.
    const QString blocker = m_first.dir->filePath(QStringLiteral("plain-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    const QString path = blocker + QLatin1String("/out.pdf");
    QString err;
    QCOMPARE(run(m_first, {QStringLiteral("--export-pdf"), path}, nullptr, &err), 1);
    QVERIFY2(err.contains(QLatin1String("cannot write")), qPrintable(err));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_first.dir->path()).entryList(QDir::Files).filter(QLatin1String("out")).size(), 0);
}

QString TestExportCommands::writeAnnotations(const QString &name, const QVector<Annotation> &annotations,
                                            const QString &source)
{
    QJsonArray items;
    for (const Annotation &annotation : annotations)
        items.append(toW3cJson(annotation, source.isEmpty() ? readingUrn(annotation.readingId) : source));
    QJsonObject page{{QStringLiteral("type"), QStringLiteral("AnnotationPage")}, {QStringLiteral("items"), items}};
    const QString path = m_first.dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(page).toJson()) <= 0)
        qWarning() << "cannot write" << path;
    return path;
}

void TestExportCommands::importReportsWhatWasAddedUpdatedAndSkippedAndWhy()
{
    const QVector<Annotation> made = annotate(m_first, 3); // notes 1 and 2; modified 2026-11-21 and -22
    Catalog &catalog = m_first.context->catalog();
    Annotation older = made.at(0);
    older.note = QStringLiteral("What I wrote before.");
    older.modified = made.at(0).modified.addDays(-1);
    Annotation newer = made.at(1);
    newer.note = QStringLiteral("What I wrote on my laptop later.");
    newer.modified = made.at(1).modified.addDays(1);
    Annotation fresh = made.at(2);
    fresh.id = QStringLiteral("0b7e3c44-5d1a-4f2e-9c61-2f1f5a6b7c8d");
    fresh.note = QStringLiteral("A new note.");
    const QString json = writeAnnotations(QStringLiteral("mixed.json"), {older, newer, made.at(2), fresh});

    QString out;
    QString err;
    QCOMPARE(run(m_first, {QStringLiteral("--import-annotations"), json}, &out, &err), 0);
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines, (QStringList{
                        json + QStringLiteral(": 1 annotation added, 1 updated, 2 skipped"),
                        json + QStringLiteral(": annotation 1 (%1): skipped: the saved note is newer; this version is kept"
                                              " as a conflict in My Notes").arg(older.id),
                        json + QStringLiteral(": annotation 2 (%1): updated: newer than the saved note, whose version is"
                                              " kept as a conflict in My Notes").arg(newer.id),
                        json + QStringLiteral(": annotation 3 (%1): skipped: unchanged").arg(made.at(2).id),
                    }));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(catalog.annotation(older.id)->note, made.at(0).note);
    QCOMPARE(catalog.annotation(older.id)->modified, made.at(0).modified);
    QCOMPARE(catalog.annotation(newer.id)->note, newer.note);
    QCOMPARE(catalog.annotation(fresh.id)->note, fresh.note);
    QCOMPARE(catalog.annotationConflicts(sampleId()).size(), 2);
}

void TestExportCommands::importRefusesTheWholeFileForAnUnknownReadingOrADuplicateId()
{
    const QVector<Annotation> made = annotate(m_first, 2);
    Catalog &catalog = m_first.context->catalog();
    Annotation fresh = made.at(0);
    fresh.id = QStringLiteral("0b7e3c44-5d1a-4f2e-9c61-2f1f5a6b7c8d");
    Annotation elsewhere = fresh;
    elsewhere.id = QStringLiteral("1c8f4d55-6e2b-4a3f-8d72-3a2a6b7c8d9e");
    elsewhere.readingId = QStringLiteral("no-such-reading");
    const QString unknown = writeAnnotations(QStringLiteral("unknown.json"), {fresh, elsewhere});
    QString out;
    QString err;
    QCOMPARE(run(m_first, {QStringLiteral("--import-annotations"), unknown}, &out, &err), 1);
    QCOMPARE(err.trimmed().split(QLatin1Char('\n')),
             (QStringList{unknown + QStringLiteral(": annotation 2 (%1): no reading in this catalog for "
                                                   "urn:redletter:reading:no-such-reading").arg(elsewhere.id),
                          unknown + QStringLiteral(": nothing was imported; import those readings first")}));
    QVERIFY(out.isEmpty());
    QVERIFY(!catalog.annotation(fresh.id));

    Annotation again = fresh;
    again.note = QStringLiteral("the same id again");
    const QString twice = writeAnnotations(QStringLiteral("twice.json"), {fresh, made.at(1), again});
    QCOMPARE(run(m_first, {QStringLiteral("--import-annotations"), twice}, &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("annotations 1 and 3 both have the id %1; nothing was imported").arg(fresh.id)),
             qPrintable(err));
    QVERIFY(!catalog.annotation(fresh.id));
    QCOMPARE(catalog.annotations(sampleId()).size(), 2);
}

QTEST_MAIN(TestExportCommands)
#include "tst_exportcommands.moc"
