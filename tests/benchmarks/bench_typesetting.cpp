// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for the reading view's typesetting (not a pass/fail test):
//  - time to typeset the Red Letter sample with 50 margin notes (its 6 plus 44 of the reader's),
//  - time to lay it out again after a width change, notes placed again,
//  - the share of justified lines whose word spaces stretch over 1.5 times a normal space,
//    with and without hyphenation.
// Run: build/<preset>/tests/benchmarks/bench_typesetting (needs ../shared/corpus).
#include "estimating/readingtime.h"
#include "importing/importer.h"
#include "testsupport.h"
#include "typesetting/documentbuilder.h"
#include "typesetting/marginplacement.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cstdio>

using namespace redletter;

namespace {

struct Typeset
{
    std::unique_ptr<QTextDocument> document = std::make_unique<QTextDocument>();
    QVector<MarginNote> notes;
    std::vector<std::unique_ptr<QTextDocument>> noteDocuments;
};

//! Everything the view does for a reading: the text, the notes, their layout and places.
Typeset typeset(const Reading &reading, const Typography &typography, qreal width)
{
    Typeset result;
    const DocumentBuilder builder(typography);
    result.notes = builder.build(reading, ReadingTimeEstimator().estimate(reading), result.document.get());
    // Up to 50 notes: the reading's own, then the reader's on every few paragraphs.
    for (QTextBlock block = result.document->begin(); block.isValid() && result.notes.size() < 50; block = block.next()) {
        if (block.length() < 80)
            continue;
        MarginNote note;
        note.kind = MarginNote::ReaderNote;
        note.anchorStart = block.position() + 10;
        note.anchorEnd = block.position() + 60;
        note.text.text = QStringLiteral("A reader's note of a sentence or two, to see how the margin fills up.");
        result.notes.append(note);
    }
    for (const MarginNote &note : result.notes) {
        auto document = std::make_unique<QTextDocument>();
        builder.buildNote(note, document.get());
        result.noteDocuments.push_back(std::move(document));
    }
    result.document->setTextWidth(width);
    return result;
}

void place(Typeset &set, const Typography &typography)
{
    QAbstractTextDocumentLayout *layout = set.document->documentLayout();
    layout->blockBoundingRect(set.document->lastBlock());
    QVector<MarginBox> boxes;
    for (size_t i = 0; i < set.noteDocuments.size(); ++i) {
        set.noteDocuments[i]->setTextWidth(typography.marginWidth());
        boxes.append({lineRectAt(set.document.get(), set.notes[int(i)].anchorStart).top(),
                      set.noteDocuments[i]->size().height()});
    }
    const QVector<qreal> ys = placeMarginNotes(boxes, 10, 0, layout->documentSize().height());
    Q_UNUSED(ys);
}

double medianMs(QVector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples[samples.size() / 2];
}

//! Share of justified, non-final lines whose spaces stretch over 1.5 times a normal space.
std::pair<double, int> looseLines(QTextDocument *document, const Typography &typography)
{
    const qreal normalSpace = QFontMetricsF(typography.textFont()).horizontalAdvance(QLatin1Char(' '));
    int lines = 0;
    int loose = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().alignment() != Qt::AlignJustify || !block.layout())
            continue;
        QTextLayout *layout = block.layout();
        for (int i = 0; i + 1 < layout->lineCount(); ++i) { // the last line is not justified
            const QTextLine line = layout->lineAt(i);
            const QString text = block.text().mid(line.textStart(), line.textLength()).trimmed();
            const int spaces = int(text.count(QLatin1Char(' ')));
            if (spaces == 0)
                continue;
            ++lines;
            const qreal extra = (line.width() - line.naturalTextWidth()) / spaces;
            if ((normalSpace + extra) / normalSpace > 1.5)
                ++loose;
        }
    }
    return {lines ? double(loose) / lines : 0, lines};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    if (test::corpusDir().isEmpty()) {
        std::printf("bench_typesetting: ../shared/corpus is missing; nothing to measure\n");
        return 0;
    }
    Reading reading;
    SourceError error;
    if (!Importer::importFile(test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md")), &reading, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    const Typography typography;
    const qreal width = typography.measureWidth() + 80;
    const int runs = 15;

    QVector<double> build;
    QVector<double> relayout;
    int notes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Typeset set = typeset(reading, typography, width);
        place(set, typography);
        build.append(timer.nsecsElapsed() / 1e6);
        notes = set.notes.size();

        // A width change: the text reflows (the view keeps the measure, so it is the window
        // growing or shrinking by the margin) and the notes are placed again.
        timer.restart();
        set.document->setTextWidth(width * (run % 2 ? 1.2 : 0.8));
        place(set, typography);
        relayout.append(timer.nsecsElapsed() / 1e6);
    }

    Typeset hyphenated = typeset(reading, typography, typography.measureWidth());
    place(hyphenated, typography);
    Typography noHyphens = typography;
    noHyphens.hyphenate = false;
    Typeset unhyphenated = typeset(reading, noHyphens, typography.measureWidth());
    place(unhyphenated, noHyphens);
    const auto withHyphens = looseLines(hyphenated.document.get(), typography);
    const auto withoutHyphens = looseLines(unhyphenated.document.get(), noHyphens);

    std::printf("Red Letter sample (%d words), %d margin notes, measure %.0f px, median of %d runs\n",
                ReadingTimeEstimator().estimate(reading).totalWords(), notes, typography.measureWidth(), runs);
    std::printf("typeset with notes placed:    %8.1f ms\n", medianMs(build));
    std::printf("relayout on a width change:   %8.1f ms\n", medianMs(relayout));
    std::printf("justified lines with spaces over 1.5x normal: %.1f%% of %d lines with hyphenation, "
                "%.1f%% of %d without\n",
                withHyphens.first * 100, withHyphens.second, withoutHyphens.first * 100, withoutHyphens.second);
    return 0;
}
