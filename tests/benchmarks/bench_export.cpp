// SPDX-License-Identifier: GPL-3.0-or-later
// Export time and file size: the sample reading with 30 annotations, and a study packet of 200
// passages across 20 readings (the 8 built-in primers and the sample, cycled; 10 highlights on
// different paragraphs of each, so 200 passages). Prints figures;
// not a pass/fail test. `bench_export --keep DIR` leaves the files in DIR to look at.
#include "../lib/exporting/exporttestsupport.h"
#include "exporting/markdownexport.h"
#include "exporting/pdfexport.h"
#include "exporting/w3cexport.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace redletter;

namespace {

using ExportFunction = std::function<bool(const QVector<ExportSource> &, const ExportOptions &,
                                          const QString &, ExportReport *, QString *)>;

struct Figures
{
    double milliseconds = 0;
    ExportReport report;
    QString error;
};

//! Median of @p runs exports.
Figures measure(const ExportFunction &run, const QVector<ExportSource> &sources,
                const ExportOptions &options, const QString &path, int runs)
{
    Figures figures;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run(sources, options, path, &figures.report, &figures.error))
            return figures;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    figures.milliseconds = times[times.size() / 2];
    return figures;
}

void print(QTextStream &out, const QString &what, const Figures &figures)
{
    if (!figures.error.isEmpty()) {
        out << QStringLiteral("  %1: FAILED: %2\n").arg(what, figures.error);
        return;
    }
    out << QStringLiteral("  %1  %2 ms  %3 KiB")
               .arg(what, -9)
               .arg(figures.milliseconds, 8, 'f', 1)
               .arg(double(figures.report.bytes) / 1024.0, 8, 'f', 1);
    if (figures.report.pages > 0)
        out << QStringLiteral("  %1 pages").arg(figures.report.pages);
    out << QStringLiteral("  (%1 passages, %2 notes, %3 orphaned)\n")
               .arg(figures.report.passages)
               .arg(figures.report.notes())
               .arg(figures.report.orphaned.size());
}

void runAll(QTextStream &out, const QString &title, const QVector<ExportSource> &sources,
            const QDir &dir, const QString &stem, int runs)
{
    ExportOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    out << title << '\n';
    const ExportFunction pdf = [](auto &&...args) { return exportPdf(args...); };
    const ExportFunction markdown = [](auto &&...args) { return exportMarkdown(args...); };
    const ExportFunction json = [](auto &&...args) { return exportW3cJson(args...); };
    print(out, QStringLiteral("PDF"), measure(pdf, sources, options, dir.filePath(stem + QStringLiteral(".pdf")), runs));
    options.pdfA = true;
    print(out, QStringLiteral("PDF/A-1b"), measure(pdf, sources, options, dir.filePath(stem + QStringLiteral("-pdfa.pdf")), runs));
    options.pdfA = false;
    print(out, QStringLiteral("Markdown"), measure(markdown, sources, options, dir.filePath(stem + QStringLiteral(".md")), runs));
    print(out, QStringLiteral("W3C JSON"), measure(json, sources, options, dir.filePath(stem + QStringLiteral(".json")), runs));
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);

    QTemporaryDir temporary;
    QDir dir(temporary.path());
    const int keep = app.arguments().indexOf(QStringLiteral("--keep"));
    if (keep > 0 && keep + 1 < app.arguments().size()) {
        dir = QDir(app.arguments().at(keep + 1));
        dir.mkpath(QStringLiteral("."));
    }

    const QString samplePath = test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"));
    if (test::corpusDir().isEmpty()) {
        out << "bench_export: skipped, the corpus is not there\n";
        return 0;
    }
    ExportSource sample;
    QString error;
    if (!test::sampleSource(samplePath, 30, &sample, &error)) {
        out << "bench_export: " << error << '\n';
        return 1;
    }
    runAll(out, QStringLiteral("Sample reading, 30 annotations (median of 5):"), {sample}, dir,
           QStringLiteral("sample-30"), 5);

    QVector<Reading> readings;
    const QStringList primers = QDir(test::sourceDir() + QStringLiteral("/resources/catalog"))
                                    .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &file : primers) {
        if (file == QLatin1String("README.md"))
            continue;
        Reading reading;
        if (test::importReading(test::sourceDir() + QStringLiteral("/resources/catalog/") + file, &reading, &error))
            readings.append(reading);
        else
            out << "bench_export: " << error << '\n';
    }
    readings.append(sample.reading);
    QVector<ExportSource> packet;
    for (int i = 0; i < 20; ++i) {
        ExportSource source;
        source.reading = readings.at(i % readings.size());
        source.servedOn = QDate(2026, 11, 1).addDays(i);
        source.annotations = test::makeSampleAnnotations(
            source.reading, 10, 2000 + quint32(i), QDateTime(source.servedOn, QTime(8, 0), Qt::UTC),
            /*distinctParagraphs=*/true);
        packet.append(source);
    }
    runAll(out, QStringLiteral("Study packet, 200 passages across 20 readings (median of 3):"), packet,
           dir, QStringLiteral("packet-200"), 3);
    return 0;
}
