// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for the reading view's typesetting (not a pass/fail test), Qt's greedy line
// breaking against the paragraph setter's Knuth–Plass breaking (paragraphsetter.h), keeping Qt's
// number of lines ("K-P fixed") and choosing it ("K-P free", what the reader and the PDF use):
//  - time to typeset the Red Letter sample with 50 margin notes (its 6 plus 44 of the reader's),
//  - time to lay it out again after a width change, notes placed again,
//  - on the sample, on long corpus texts (English, German) and an essay of ours (Russian), with
//    rigid word spaces, with spaces that may close (Typography::wordSpaceShrink) and with letters
//    that may be spaced as well (what the reader sets): the share of justified lines whose
//    word spaces stretch over 1.5 times a normal space, the loosest line, hyphens per 100 lines,
//    lines wider than their measure, and runs of two very loose lines.
// Times are wall clock and the thread's CPU time (the machine may be shared: CPU time is the
// steadier figure); under callgrind, the steps are the functions typesetStep(), resizeStep()
// and measureStep() (callgrind_annotate --inclusive=yes gives each one's instructions).
// Run: build/<preset>/tests/benchmarks/bench_typesetting [--runs N] [--timing-only]
//      [--line-digests] [--breaking greedy|fixed|free]   (needs ../shared/corpus)
// --line-digests prints a digest of every setting's lines (where they end, their places, the
// letter spacing), so that a change meant to make the setter faster can show it sets the same.
// REDLETTER_BENCH_ONLY=German (a word of a text's name): that text in the reader's setting only,
// no timing; REDLETTER_BENCH_LOOSE=1 prints its loose lines, =2 with their paragraphs.
#include "estimating/readingtime.h"
#include "importing/importer.h"
#include "testsupport.h"
#include "typesetting/documentbuilder.h"
#include "typesetting/marginplacement.h"
#include "typesetting/paragraphsetter.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

using namespace redletter;

namespace {

struct Typeset
{
    std::unique_ptr<QTextDocument> document = std::make_unique<QTextDocument>();
    QVector<MarginNote> notes;
    std::vector<std::unique_ptr<QTextDocument>> noteDocuments;
};

enum class Breaking { Greedy, KnuthPlassFixed, KnuthPlassFree };

//! Everything the view does for a reading: the text, the notes, their layout and places.
Typeset typeset(const Reading &reading, const Typography &typography, qreal width, Breaking breaking)
{
    Typeset result;
    const DocumentBuilder builder(typography);
    result.notes = builder.build(reading, ReadingTimeEstimator().estimate(reading), result.document.get());
    // Qt's greedy breaking as it is without the setter: not over the runs the builder splits
    // paragraphs into for the setter to measure (ParagraphSetter::prepare()).
    if (breaking == Breaking::Greedy) {
        for (QTextBlock block = result.document->begin(); block.isValid(); block = block.next())
            block.layout()->clearFormats();
    }
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

const char *breakingName(Breaking breaking)
{
    switch (breaking) {
    case Breaking::Greedy: return "greedy (Qt)";
    case Breaking::KnuthPlassFixed: return "K-P fixed";
    case Breaking::KnuthPlassFree: return "K-P free";
    }
    return "";
}

void setParagraphs(QTextDocument *document, Breaking breaking)
{
    if (breaking == Breaking::KnuthPlassFixed)
        ParagraphSetter::setDocument(document, ParagraphSetter::KeepLineCount);
    else if (breaking == Breaking::KnuthPlassFree)
        ParagraphSetter::setDocument(document, ParagraphSetter::ChooseLineCount);
}

void place(Typeset &set, const Typography &typography, Breaking breaking)
{
    QAbstractTextDocumentLayout *layout = set.document->documentLayout();
    layout->blockBoundingRect(set.document->lastBlock());
    // as the reader does, before it looks at where its anchors are
    setParagraphs(set.document.get(), breaking);
    QVector<MarginBox> boxes;
    const qreal marginWidth = typography.marginWidth(); // measured once, as ReaderView::relayout() does
    for (size_t i = 0; i < set.noteDocuments.size(); ++i) {
        set.noteDocuments[i]->setTextWidth(marginWidth);
        boxes.append({lineRectAt(set.document.get(), set.notes[int(i)].anchorStart).top(),
                      set.noteDocuments[i]->size().height()});
    }
    const QVector<qreal> ys = placeMarginNotes(boxes, 10, 0, layout->documentSize().height());
    Q_UNUSED(ys);
}

//! Wall clock and the calling thread's CPU time of one step.
class StepTimer
{
public:
    StepTimer() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = threadCpuNs();
    }
    double wallMs() const { return m_wall.nsecsElapsed() / 1e6; }
    double cpuMs() const { return (threadCpuNs() - m_cpu) / 1e6; }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

// The three timed steps, each a function of its own so that a profile names them.
Q_NEVER_INLINE Typeset typesetStep(const Reading &reading, const Typography &typography, qreal width, Breaking breaking)
{
    Typeset set = typeset(reading, typography, width, breaking);
    place(set, typography, breaking);
    return set;
}

/*!
 * The reader's window resized: the view keeps the measure, moving the text column by the root
 * frame's margins, and the notes are placed again. In the order ReaderView::resizeEvent() takes:
 * QTextBrowser's resize sets the document's width (Qt lays out lazily, the first part), then
 * relayout() sets the frame's margins (Qt lays the whole document out at once).
 */
Q_NEVER_INLINE void resizeStep(Typeset &set, const Typography &typography, qreal width, qreal grown, Breaking breaking)
{
    set.document->setTextWidth(width + grown);
    QTextFrameFormat frame = set.document->rootFrame()->frameFormat();
    frame.setLeftMargin(set.document->documentMargin() + grown); // the right margin stays
    set.document->rootFrame()->setFrameFormat(frame);
    place(set, typography, breaking);
}

//! A width change of the text itself (as a zoom): every paragraph is broken again.
Q_NEVER_INLINE void measureStep(Typeset &set, const Typography &typography, qreal textWidth, Breaking breaking)
{
    set.document->setTextWidth(textWidth);
    place(set, typography, breaking);
}

double medianMs(QVector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples[samples.size() / 2];
}

struct Figures
{
    int lines = 0;      //!< justified lines with a word space, the last of each paragraph not counted
    int loose = 0;      //!< of them, spaces over 1.5 times a normal space
    double worst = 1;   //!< the widest word space, in normal spaces
    int hyphens = 0;    //!< lines ending on a hyphen (soft or written), of all lines
    int allLines = 0;
    int overfull = 0;   //!< lines whose text is wider than the line
    int looseRuns = 0;  //!< two loose lines in a row
    int hyphenRuns = 0; //!< three hyphenated lines in a row (the setter allows two)
    int hyphenBeforeLast = 0;

    double looseShare() const { return lines ? 100.0 * loose / lines : 0; }
    double hyphensPer100() const { return allLines ? 100.0 * hyphens / allLines : 0; }
};

Figures figures(QTextDocument *document, const Typography &typography)
{
    const qreal normalSpace = QFontMetricsF(typography.textFont()).horizontalAdvance(QLatin1Char(' '));
    // REDLETTER_BENCH_LOOSE=1 prints every loose line, to see why it is loose; =2 its paragraph too.
    const bool showLoose = qEnvironmentVariableIsSet("REDLETTER_BENCH_LOOSE");
    const bool showParagraph = qgetenv("REDLETTER_BENCH_LOOSE") == "2";
    Figures f;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const bool justified = block.blockFormat().alignment() == Qt::AlignJustify;
        const QString blockText = block.text();
        bool previousLoose = false;
        int hyphenRun = 0;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            ++f.allLines;
            const bool hyphen = ParagraphSetter::endsWithHyphen(block, i);
            f.hyphens += hyphen;
            hyphenRun = hyphen ? hyphenRun + 1 : 0;
            f.hyphenRuns += hyphenRun > 2;
            f.hyphenBeforeLast += hyphen && i == layout->lineCount() - 2;
            if (line.naturalTextWidth() > line.width() + 0.5)
                ++f.overfull;
            if (!justified || i + 1 == layout->lineCount()) // the last line is not justified
                continue;
            // The word spaces as set: each space's advance on the justified line (its set width,
            // its letter spacing and what justification added), over a normal space.
            int end = line.textStart() + line.textLength();
            while (end > line.textStart() && blockText.at(end - 1).isSpace())
                --end;
            qreal spaceWidths = 0;
            int spaces = 0;
            for (int k = line.textStart(); k < end; ++k) {
                if (blockText.at(k) != QLatin1Char(' '))
                    continue;
                spaceWidths += line.cursorToX(k + 1) - line.cursorToX(k);
                ++spaces;
            }
            if (spaces == 0)
                continue;
            ++f.lines;
            const double factor = spaceWidths / spaces / normalSpace;
            f.worst = std::max(f.worst, factor);
            const bool loose = factor > 1.5;
            f.loose += loose;
            f.looseRuns += loose && previousLoose;
            previousLoose = loose;
            if (loose && showLoose)
                std::printf("    loose %.2fx, block %d line %d of %d, %d spaces: %s\n", factor, block.blockNumber(), i + 1,
                            layout->lineCount(), spaces, qPrintable(blockText.mid(line.textStart(), line.textLength())));
            if (loose && showParagraph) {
                for (int j = 0; j < layout->lineCount(); ++j) {
                    const QTextLine each = layout->lineAt(j);
                    std::printf("      %s\n", qPrintable(blockText.mid(each.textStart(), each.textLength()).remove(QChar(0x00AD))));
                }
            }
        }
    }
    return f;
}

/*!
 * A digest of where every line of @p document ends, its width and place, and the letter spacing
 * the setter gave it: two settings with the same digest chose the same lines (--line-digests).
 */
QByteArray lineDigest(QTextDocument *document)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        out << block.blockNumber() << layout->lineCount() << layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            out << line.textStart() << line.textLength() << line.width() << line.position();
        }
        for (const QTextLayout::FormatRange &range : layout->formats())
            out << range.start << range.length << range.format.fontLetterSpacing();
    }
    out << document->size();
    hash.addData(data);
    return hash.result().toHex().left(16);
}

void printFigures(const char *name, const char *breaking, const Figures &f)
{
    std::printf("  %-34s %-17s %5.1f%% of %4d lines over 1.5x, loosest %.2fx, %4.1f hyphens/100 lines, "
                "%d over-full, %d loose pairs, %d hyphen runs > 2, %d before a last line\n",
                name, breaking, f.looseShare(), f.lines, f.worst, f.hyphensPer100(), f.overfull, f.looseRuns,
                f.hyphenRuns, f.hyphenBeforeLast);
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
    int runs = 15;
    bool timingOnly = false;
    bool lineDigests = false;
    QVector<Breaking> breakings{Breaking::Greedy, Breaking::KnuthPlassFixed, Breaking::KnuthPlassFree};
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = qMax(1, std::atoi(argv[++i]));
        } else if (!std::strcmp(argv[i], "--timing-only")) {
            timingOnly = true;
        } else if (!std::strcmp(argv[i], "--line-digests")) {
            lineDigests = true;
        } else if (!std::strcmp(argv[i], "--breaking") && i + 1 < argc) {
            const char *name = argv[++i];
            breakings.clear();
            breakings.append(!std::strcmp(name, "greedy") ? Breaking::Greedy
                                 : !std::strcmp(name, "fixed") ? Breaking::KnuthPlassFixed
                                                               : Breaking::KnuthPlassFree);
        } else {
            std::fprintf(stderr, "usage: bench_typesetting [--runs N] [--timing-only] [--line-digests] [--breaking greedy|fixed|free]\n");
            return 2;
        }
    }

    // REDLETTER_BENCH_ONLY=WORD: only the texts whose name contains WORD, in the reader's setting
    // (hyphens, spaces that close, letters spaced, K-P free), and no timing: for looking at lines.
    const QString only = qEnvironmentVariable("REDLETTER_BENCH_ONLY");
    if (!only.isEmpty())
        breakings.clear();

    if (!breakings.isEmpty())
        std::printf("Red Letter sample (%d words), measure %.0f px, median of %d runs, wall clock / thread CPU time\n",
                    ReadingTimeEstimator().estimate(reading).totalWords(), typography.measureWidth(), runs);
    for (const Breaking breaking : breakings) {
        QVector<double> build, buildCpu;
        QVector<double> relayout, relayoutCpu;
        QVector<double> resize, resizeCpu;
        int notes = 0;
        for (int run = 0; run < runs; ++run) {
            StepTimer timer;
            Typeset set = typesetStep(reading, typography, width, breaking);
            build.append(timer.wallMs());
            buildCpu.append(timer.cpuMs());
            notes = set.notes.size();
            QByteArray digests;
            if (lineDigests && run < 2)
                digests += "typeset " + lineDigest(set.document.get());

            const qreal grown = run % 2 ? 120 : 40;
            timer.restart();
            resizeStep(set, typography, width, grown, breaking);
            resize.append(timer.wallMs());
            resizeCpu.append(timer.cpuMs());
            if (lineDigests && run < 2)
                digests += ", resized " + lineDigest(set.document.get());

            timer.restart();
            measureStep(set, typography, grown + width * (run % 2 ? 1.2 : 0.8), breaking);
            relayout.append(timer.wallMs());
            relayoutCpu.append(timer.cpuMs());
            if (lineDigests && run < 2)
                std::printf("  %-13s run %d lines: %s, measure changed %s\n", breakingName(breaking), run,
                            digests.constData(), lineDigest(set.document.get()).constData());
        }
        std::printf("  %-13s typeset with %d notes placed %6.1f / %6.1f ms, window resized (measure kept) %6.1f / %6.1f ms, "
                    "measure changed %6.1f / %6.1f ms\n",
                    breakingName(breaking), notes, medianMs(build), medianMs(buildCpu), medianMs(resize),
                    medianMs(resizeCpu), medianMs(relayout), medianMs(relayoutCpu));
    }
    if (timingOnly)
        return 0;

    struct Text
    {
        const char *name;
        QString path; //!< absolute
    };
    // The corpus has no Russian text and third-party text is never copied into the project: the
    // Russian one is an essay of ours (tests/data/README.md), shorter than the other two.
    const QVector<Text> texts{
        {"Red Letter sample (en)", test::corpusFile(QStringLiteral("red-letter/dictatorship-of-the-proletariat.md"))},
        {"Lenin, State and Revolution (en)", test::corpusFile(QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt"))},
        {"Manifest, German original (de)", test::corpusFile(QStringLiteral("markdown/comtext_marx-engels_manifest_de.md"))},
        {"Red Letter essay, Russian (ru)", test::sourceDir() + QStringLiteral("/tests/data/reading-in-installments.ru.md")},
    };
    std::printf("Justified text at the reader's measure (%.0f px):\n", typography.measureWidth());
    for (const Text &t : texts) {
        if (!only.isEmpty() && !QString::fromUtf8(t.name).contains(only))
            continue;
        // Read as the import service reads it (a Gutenberg-style text has no front matter);
        // a work's parts are set one after the other, as the reader would serve them.
        Reading text;
        if (!test::readWholeSource(t.path, &text)) {
            std::fprintf(stderr, "%s: nothing read\n", qPrintable(t.path));
            return 1;
        }
        for (const bool hyphenate : {true, false}) {
            // Rigid spaces (as before wordSpaceShrink), spaces that may close to 80 %, and those
            // with letters that may be spaced apart (Typography::letterSpacingStretch).
            enum Spacing { Rigid, Close, Letters };
            for (const Spacing spacing : {Rigid, Close, Letters}) {
                if (!only.isEmpty() && (spacing != Letters || !hyphenate))
                    continue;
                Typography setting = typography;
                setting.hyphenate = hyphenate;
                setting.wordSpaceShrink = spacing == Rigid ? 0 : typography.wordSpaceShrink;
                setting.letterSpacingStretch = spacing == Letters ? typography.letterSpacingStretch : 0;
                const QByteArray name = QByteArray(t.name) + (hyphenate ? "" : ", no hyphens");
                for (const Breaking breaking : {Breaking::Greedy, Breaking::KnuthPlassFixed, Breaking::KnuthPlassFree}) {
                    if ((spacing == Letters || !only.isEmpty()) && breaking != Breaking::KnuthPlassFree)
                        continue; // letters are spaced only where the setter chooses the count of lines
                    Typeset set = typeset(text, setting, typography.measureWidth(), breaking);
                    place(set, setting, breaking);
                    const QByteArray label = QByteArray(breakingName(breaking)).replace(" (Qt)", "")
                        + (spacing == Rigid ? ", rigid" : spacing == Close ? ", close" : ", letters");
                    printFigures(name.constData(), label.constData(), figures(set.document.get(), setting));
                    if (lineDigests)
                        std::printf("    lines %s\n", lineDigest(set.document.get()).constData());
                }
            }
        }
    }
    return 0;
}
