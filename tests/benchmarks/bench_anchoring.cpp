// SPDX-License-Identifier: GPL-3.0-or-later
// Re-anchoring time for 200 annotations on a book-length text (Lenin, The State and Revolution,
// about 40,000 words), after edits of several kinds. Prints figures; not a pass/fail test.
#include "annotations/anchoring.h"
#include "annotations/annotatabletext.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace redletter;

namespace {

struct Scenario
{
    QString name;
    std::function<QString(const QString &, const QVector<Annotation> &)> edit;
};

//! Median wall time of @p runs calls of reanchorAll, in milliseconds.
double medianMilliseconds(const QString &text, const QVector<Annotation> &annotations, int runs, ReanchorReport *report)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        *report = reanchorAll(text, annotations);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const QString path = test::corpusFile(QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt"));
    QFile file(path);
    if (test::corpusDir().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        out << "bench_anchoring: skipped, " << path << " is not there\n";
        return 0;
    }
    const QString original = QString::fromUtf8(file.readAll());
    const AnnotatableText originalText = AnnotatableText::fromPlainText(original);
    const int words = int(original.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());

    QRandomGenerator random(1917);
    QVector<Annotation> annotations;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 200; ++i) {
        const int length = 20 + random.bounded(181);
        const int start = random.bounded(int(original.size()) - length);
        annotations.append(makeAnnotation(originalText, start, start + length, now));
    }

    const QVector<Scenario> scenarios = {
        {QStringLiteral("unchanged text"), [](const QString &text, const QVector<Annotation> &) -> QString { return text; }},
        {QStringLiteral("paragraph inserted at the start"),
         [](const QString &text, const QVector<Annotation> &) -> QString {
             return QStringLiteral("A new preface by the editor.\n\n") + text;
         }},
        {QStringLiteral("200 small edits all over"),
         [](const QString &text, const QVector<Annotation> &) -> QString {
             QRandomGenerator editRandom(1918);
             QString edited = text;
             for (int i = 0; i < 200; ++i)
                 edited.replace(editRandom.bounded(int(edited.size()) - 5), editRandom.bounded(3), QStringLiteral("xy"));
             return edited;
         }},
        {QStringLiteral("a typo fixed inside every passage (all fuzzy)"),
         [&originalText](const QString &text, const QVector<Annotation> &list) -> QString {
             QString edited = text;
             // Back to front, so that earlier offsets stay valid.
             QVector<int> middles;
             for (const Annotation &annotation : list) {
                 middles.append((originalText.toUtf16(annotation.position.start)
                                 + originalText.toUtf16(annotation.position.end))
                                / 2);
             }
             std::sort(middles.begin(), middles.end(), std::greater<int>());
             for (const int middle : std::as_const(middles))
                 edited.insert(middle, QLatin1Char('q'));
             return edited;
         }},
        {QStringLiteral("passages deleted (all orphaned)"),
         [&originalText](const QString &text, const QVector<Annotation> &list) -> QString {
             QString edited = text;
             QVector<std::pair<int, int>> ranges;
             for (const Annotation &annotation : list)
                 ranges.append({originalText.toUtf16(annotation.position.start), originalText.toUtf16(annotation.position.end)});
             std::sort(ranges.begin(), ranges.end(), std::greater<std::pair<int, int>>());
             int cut = int(edited.size());
             for (const auto &range : std::as_const(ranges)) {
                 const int end = std::min(range.second, cut);
                 if (range.first < end)
                     edited.remove(range.first, end - range.first);
                 cut = std::min(cut, range.first);
             }
             return edited;
         }},
    };

    out << QStringLiteral("Re-anchoring %1 annotations (20–200 characters) in %2 words, %3 UTF-16 units; "
                          "median of 5 runs\n")
               .arg(annotations.size())
               .arg(words)
               .arg(original.size());
    for (const Scenario &scenario : scenarios) {
        const QString text = scenario.edit(original, annotations);
        ReanchorReport report;
        const double milliseconds = medianMilliseconds(text, annotations, 5, &report);
        out << QStringLiteral("  %1: %2 ms (%3 µs per annotation) — exact %4, fuzzy %5, orphaned %6\n")
                   .arg(scenario.name, -48)
                   .arg(milliseconds, 8, 'f', 1)
                   .arg(milliseconds * 1000 / annotations.size(), 7, 'f', 0)
                   .arg(report.exact)
                   .arg(report.fuzzy)
                   .arg(report.orphaned);
    }
    return 0;
}
