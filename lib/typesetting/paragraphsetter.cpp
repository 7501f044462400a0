// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/paragraphsetter.h"

#include "typesetting/blockstyle.h"
#include "typesetting/breakopportunities.h"
#include "typesetting/textpositions.h"
#include "util/logging.h"

#include <QAbstractTextDocumentLayout>
#include <QDebug>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace redletter {

namespace {

constexpr QChar softHyphen(0x00AD);

/*!
 * Qt measures a line with the right bearing of its last glyph (an italic f leans out) and the
 * hyphen's own glyph: where it finds a chosen line too wide, the paragraph is broken again
 * leaving this much room on every line.
 */
constexpr qreal bearingAllowance = 1.0;
//! How far a set line's text may pass its width (rounding) before the setter tries again.
constexpr qreal overfullTolerance = 0.5;

/*!
 * The length of the runs ParagraphSetter::prepare() splits a paragraph into, in characters. Every
 * QTextLine::cursorToX() adds up the advances from the start of its position's run to the start
 * of its line (QTextEngine::shapeLine()), so on Qt's lines of a paragraph of one format, which the
 * setter measures, each word measured cost a sum over all the text before it. Runs of 200
 * characters cut that to a sum over at most two lines; each run is shaped apart (HarfBuzz set up
 * once more), and the runs are gone once the setter has set the block. Between 128 and 260
 * characters, setting the sample takes the same to within 1 % (bench_typesetting's instructions).
 */
constexpr int measuringRunLength = 200;

//! Whether @p formats are no more than the runs prepare() split a paragraph into (no letter spacing).
bool onlyMeasuringRuns(const QVector<QTextLayout::FormatRange> &formats)
{
    return std::all_of(formats.cbegin(), formats.cend(), [](const QTextLayout::FormatRange &range) {
        return range.format.propertyCount() == 1 && range.format.hasProperty(ParagraphSetter::MeasuringRunProperty);
    });
}

//! The lines a block was given: its breaks (where each line ends) and each line's place.
struct SetLines
{
    QVector<int> ends;
    QVector<qreal> widths;
    QVector<qreal> ys;
    int extraLines = 0;  //!< lines more than Qt gave the block (ChooseLineCount)
    qreal lineSpacing = 0;

    bool matches(const QTextLayout *layout) const
    {
        if (layout->lineCount() != ends.size())
            return false;
        for (int i = 0; i < ends.size(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (line.textStart() + line.textLength() != ends.at(i) || line.width() != widths.at(i)
                || line.y() != ys.at(i))
                return false;
        }
        return true;
    }

    static SetLines of(const QTextLayout *layout)
    {
        SetLines lines;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.ends.append(line.textStart() + line.textLength());
            lines.widths.append(line.width());
            lines.ys.append(line.y());
        }
        return lines;
    }
};

//! A breaking the setter chose, and what it was chosen for: Qt laying the block out again at
//! the same widths (a window resized, a margin grown) gets the same breaking without a search.
using LetterSpacing = QVector<QTextLayout::FormatRange>;

struct Breaking
{
    QString text;
    QVector<int> formats;  //!< each fragment's length and char format index: what was measured
    QVector<qreal> widths; //!< of the first line and the others Qt gave the block
    int count = 0;         //!< ParagraphSetter::LineCount
    qreal letterSpacing = 0;
    QVector<int> ends;
    LetterSpacing spacing; //!< the lines' letter spacing, as the layout's additional formats
};

//! What a block's breaking was measured from besides its text: its fragments' char formats.
QVector<int> fragmentFormats(const QTextBlock &block)
{
    QVector<int> formats;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        formats.append(it.fragment().length());
        formats.append(it.fragment().charFormatIndex());
    }
    return formats;
}

struct Measurement;

/*!
 * What the setter did to a document's blocks, so that a second call leaves them alone, and the
 * breakings it chose. It lives as a child of the document. The lines it set are forgotten when
 * the document changes or Qt lays it out again; a breaking is kept, and used again only for the same text, formats and widths (a
 * frame format change, as the reader makes on every resize, lays everything out again).
 */
class Memo : public QObject
{
public:
    explicit Memo(QTextDocument *document) : QObject(document)
    {
        connect(document, &QTextDocument::contentsChange, this, [this] {
            if (!editing)
                set.clear();
        });
        // Qt laid (some of) the document out again: a block whose lines came out as the setter
        // had set them still needs its count of Qt's lines taken again (its margin depends on it).
        connect(document->documentLayout(), &QAbstractTextDocumentLayout::update, this, [this] { set.clear(); });
    }

    static Memo *of(QTextDocument *document)
    {
        for (QObject *child : document->children()) {
            if (auto *memo = dynamic_cast<Memo *>(child))
                return memo;
        }
        return new Memo(document);
    }

    QHash<const QTextLayout *, SetLines> set;
    QHash<const QTextLayout *, Breaking> breakings;
    /*!
     * Blocks set without letter spacing: Qt's greedy breaking, run over a block whose letters the
     * setter spaced (Qt keeps the spacing when it lays the block out again), can need more lines
     * than the setter's breaking; a bottom margin cannot take lines away (Qt lets the next
     * block's top margin win over a smaller one), so such a block does without.
     */
    QSet<const QTextLayout *> withoutLetters;
    //! Each block's pieces as measured, used again while their text and formats stay.
    QHash<const QTextLayout *, std::shared_ptr<const Measurement>> measurements;
    bool editing = false; //!< the setter is changing margins: keep what is remembered
    bool busy = false;    //!< setDocument() is running (a view resized by its margin edits may call again)
};

bool isExplicitHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2013) || c == QChar(0x2014);
}

//! Natural widths of a space and a hyphen in the character format at each fragment.
struct FragmentMetrics
{
    int start;
    int end;
    qreal space;
    qreal hyphen;
    qreal wordSpacing; //!< QFont::wordSpacing(): negative where justified text lets spaces close
    /*!
     * How far a justified line may space this fragment's letters apart, in pixels a character:
     * the setter's letter spacing share of the type size; 0 where the text has a letter spacing
     * of its own (small capitals), which the setter would override.
     */
    qreal letterStretch;
    //! No letter spacing of its own: a space here is as wide as the font's space (see paragraphItems()).
    bool plainSpaces;
    int format; //!< the fragment's index in the document's formats (QTextFragment::charFormatIndex())
};

QVector<FragmentMetrics> fragmentMetrics(const QTextBlock &block, qreal letterSpacing)
{
    QVector<FragmentMetrics> result;
    const QFont base = block.document() ? block.document()->defaultFont() : QFont();
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QFont font = fragment.charFormat().font().resolve(base);
        const QFontMetricsF metrics(font);
        const int start = fragment.position() - block.position();
        // QTextCharFormat::setFont() writes a letter spacing of 0 % or 100 % (none) into every format.
        const qreal own = font.letterSpacing();
        const bool ownSpacing = font.letterSpacingType() == QFont::PercentageSpacing
            ? !(qFuzzyIsNull(own) || qFuzzyCompare(own, 100.0))
            : !qFuzzyIsNull(own);
        const qreal size = font.pixelSize() > 0 ? font.pixelSize() : QFontInfo(font).pixelSize();
        result.append({start, start + fragment.length(), metrics.horizontalAdvance(QLatin1Char(' ')),
                       metrics.horizontalAdvance(QLatin1Char('-')), font.wordSpacing(),
                       ownSpacing ? 0 : letterSpacing * size, !ownSpacing, fragment.charFormatIndex()});
    }
    return result;
}

/*!
 * A paragraph's pieces as the breaker takes them (widths as Qt shapes them, stretch, shrink,
 * hyphens), which depend on its text, its fragments' character formats, the document's font and
 * paint device, the letter spacing allowed and the mode, and not on the widths of its lines: a
 * block set again at another measure, or tried again with a different count of lines, is not
 * measured again.
 */
struct Measurement
{
    QString text;
    QVector<QPair<int, QTextCharFormat>> fragments; //!< each one's length and character format
    QFont font;
    const QPaintDevice *device = nullptr;
    qreal letterSpacing = 0;
    int mode = 0;
    QVector<FragmentMetrics> metrics;
    QVector<ParagraphItem> items;

    static Measurement of(const QTextBlock &block, qreal letterSpacing, LineBreakParameters::Mode mode)
    {
        Measurement m;
        m.text = block.text();
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it)
            m.fragments.append({it.fragment().length(), it.fragment().charFormat()});
        m.font = block.document()->defaultFont();
        m.device = block.document()->documentLayout()->paintDevice();
        m.letterSpacing = letterSpacing;
        m.mode = int(mode);
        return m;
    }

    bool sameSource(const Measurement &other) const
    {
        return text == other.text && fragments == other.fragments && font == other.font && device == other.device
            && letterSpacing == other.letterSpacing && mode == other.mode;
    }
};

const FragmentMetrics *metricsAt(const QVector<FragmentMetrics> &metrics, int position)
{
    for (const FragmentMetrics &m : metrics) {
        if (position >= m.start && position < m.end)
            return &m;
    }
    return metrics.isEmpty() ? nullptr : &metrics.last();
}

struct LineGeometry
{
    QPointF position;
    qreal width;
    bool leadingIncluded;
};

qreal widestLine(const QVector<LineGeometry> &geometry)
{
    qreal widest = 0;
    for (const LineGeometry &g : geometry)
        widest = qMax(widest, g.width);
    return widest;
}

/*!
 * Sets @p line (already created, in a layout being laid out) to end at @p target in a line of
 * @p width. Qt ends a line at the last break where it has at most n glyph clusters; a cluster is
 * a character or fewer (ligatures), so the character count is the first guess.
 */
bool setLineEnd(QTextLine &line, int target, qreal width)
{
    int n = target - line.textStart();
    int low = 1;
    int high = std::numeric_limits<int>::max() / 2;
    for (int attempt = 0; attempt < 12 && low <= high; ++attempt) {
        line.setNumColumns(n, width);
        const int end = line.textStart() + line.textLength();
        if (end == target)
            return true;
        if (end > target) {
            high = n - 1;
            n = qMax(low, n - (end - target));
        } else {
            low = n + 1;
            n = qMin(high, n + (target - end));
        }
    }
    return false;
}

//! Qt's own breaking again, in the same places (what the document layout had made).
void layOutGreedily(QTextLayout *layout, const QTextOption &option, const QVector<LineGeometry> &geometry)
{
    layout->setTextOption(option);
    layout->beginLayout();
    for (const LineGeometry &g : geometry) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(g.width);
        line.setPosition(g.position);
        line.setLeadingIncluded(g.leadingIncluded);
    }
    layout->endLayout();
}

} // namespace

LineBreakParameters ParagraphSetter::parameters(LineBreakParameters::Mode mode)
{
    LineBreakParameters p;
    p.mode = mode;
    p.tolerance = 1.0; // spaces at most 1.5 times their width, where the words allow
    p.linePenalty = 10;
    p.hyphenPenalty = 50;
    p.flaggedDemerits = 3000;
    p.fitnessDemerits = 3000;
    p.looseRunDemerits = 2000;
    // A paragraph that cannot be set within the tolerance: as few lines past it as possible
    // (more than any badness short of the emergency's over-full lines), then the usual demerits.
    p.looseLineDemerits = 1e9;
    p.looserPass = false;
    p.maxConsecutiveHyphens = 2;
    p.hyphenBeforeLastLine = false;
    p.shortLastLine = 0.15;
    p.shortLastLineDemerits = 5000;
    return p;
}

namespace {

//! What setting one block did.
struct BlockResult
{
    bool set = false;    //!< its lines were broken again now
    bool setter = false; //!< its lines are the setter's (now or from before)
    int extraLines = 0;  //!< lines more than Qt gave it
    qreal lineSpacing = 0;
    bool spaced = false; //!< its letters were spaced now, which Qt's layout did not know
    /*!
     * Its letters were spaced and its lines left for Qt to lay out again (DeferPlacing): it has
     * no lines until the document is laid out again from it.
     */
    bool deferred = false;
};

/*!
 * Whether a block whose letter spacing changes is laid out by the setter at once, or left to
 * Qt: changing a layout's additional formats clears its lines, and Qt lays the block out again
 * (greedily, over the spaced letters) at the document's next layout, which setDocument() forces.
 * Laying the lines out first would shape the paragraph once more only for Qt to throw the lines
 * away; Qt's greedy lines over the spaced letters are mostly the setter's own (about 85 % of the
 * sample's blocks), and the others are set from the breaking remembered.
 */
enum class Placing { Now, DeferWhereFormatsChange };

/*!
 * How paragraphItems() measures a word space. Every QTextLine::cursorToX() adds up the glyphs'
 * advances from the start of its run (of one format, at most one of prepare()'s runs) to the
 * position (QTextEngine::shapeLine()), so asking for both ends of every space costs a sum over
 * up to two lines a space. A single U+0020 in a run without letter spacing of its own is as wide as the font's
 * space (and its word spacing) wherever the font does not kern spaces, and the words' ends are
 * still asked of Qt: where a line of Qt's starts after such a space, its x, which is known
 * exactly, checks the sum, and a paragraph whose check fails is measured with every space asked.
 */
enum class Spaces { FromTheFont, AskedOfQt };

/*!
 * The items of @p text for the breaker, measured by @p line, the whole paragraph unjustified (so
 * every piece is measured as Qt shapes it). Empty where Spaces::FromTheFont does not add up.
 * Every piece is asked of Qt: on the runs ParagraphSetter::prepare() splits a paragraph into, a
 * QTextLine::cursorToX() is cheap, and remembering the widths of words met before (with their
 * neighbours, checked against Qt's sums) cost the sample's setting more than it saved (5 %).
 */
QVector<ParagraphItem> paragraphItems(const QString &text, const QVector<FragmentMetrics> &metrics,
                                      const TextPositions &line, LineBreakParameters::Mode mode,
                                      const LineBreakParameters &p, Spaces spaces)
{
    const QVector<int> breaks = lineBreakOpportunities(text);
    const bool justified = mode == LineBreakParameters::Justified;
    // Letter spacing stretches every character of a justified line, spaces included.
    const auto letterStretch = [&](int from, int to) {
        qreal stretch = 0;
        if (!justified)
            return stretch;
        for (const FragmentMetrics &m : metrics) {
            const int overlap = qMin(to, m.end) - qMax(from, m.start);
            if (overlap > 0)
                stretch += overlap * m.letterStretch;
        }
        return stretch;
    };
    QVector<ParagraphItem> items;
    items.reserve(breaks.size() * 3);
    int start = 0;
    qreal x = line.x(0);
    for (const int next : breaks) {
        int contentEnd = next;
        while (contentEnd > start && isBreakableSpace(text.at(contentEnd - 1)))
            --contentEnd;
        const bool hyphenated = contentEnd > start && text.at(contentEnd - 1) == softHyphen;
        const int boxEnd = hyphenated ? contentEnd - 1 : contentEnd;
        const qreal boxRight = line.x(boxEnd);
        if (boxEnd > start) {
            ParagraphItem box = ParagraphItem::box(boxRight - x);
            box.stretch = letterStretch(start, boxEnd);
            items.append(box);
        }
        qreal right = boxRight;
        if (contentEnd < next) {
            const FragmentMetrics *m = spaces == Spaces::FromTheFont && next == contentEnd + 1
                    && next < text.size() && text.at(contentEnd) == QLatin1Char(' ')
                ? metricsAt(metrics, contentEnd) : nullptr;
            if (m && m->plainSpaces) {
                right = boxRight + m->space + m->wordSpacing;
                qreal exact = 0;
                if (line.atLineStart(next, &exact) && std::abs(exact - right) > 1.0 / 128)
                    return {};
            } else {
                right = line.x(next);
            }
        }
        if (next >= text.size()) {
            items.append(ParagraphItem::glue(0, 1e6, 0, next));
            items.append(ParagraphItem::penaltyItem(0, -ParagraphItem::ForcedBreak, false, next));
        } else if (contentEnd < next) {
            // A space set narrower (Typography::wordSpaceShrink) is a space of its full width
            // that may shrink by the difference.
            const FragmentMetrics *m = metricsAt(metrics, contentEnd);
            const qreal shrink = m && justified ? qMax<qreal>(0, -m->wordSpacing) : 0;
            const qreal space = right - boxRight + shrink;
            // The space's own letter spacing is part of its stretch, not added to it: at a ratio
            // of 1 the space, letter spacing and justification together, is 1.5 times its width.
            const qreal stretch = justified ? space / 2 : 0;
            items.append(ParagraphItem::glue(space, stretch, shrink, next));
        } else if (hyphenated) {
            const FragmentMetrics *m = metricsAt(metrics, contentEnd - 1);
            items.append(ParagraphItem::penaltyItem(m ? m->hyphen : 0, p.hyphenPenalty, true, next));
        } else {
            const bool explicitHyphen = contentEnd > start && isExplicitHyphen(text.at(contentEnd - 1));
            items.append(ParagraphItem::penaltyItem(0, explicitHyphen ? p.hyphenPenalty : 0, explicitHyphen, next));
        }
        x = right;
        start = next;
    }
    return items;
}

/*!
 * The adjustment ratio of the loosest line of Qt's breaking (@p greedyEnds) of @p items: a
 * breaking that works, which bounds the breaker's last pass and keeps its search small.
 */
double loosestRatio(const QVector<ParagraphItem> &items, const QVector<int> &greedyEnds,
                    const QVector<LineGeometry> &geometry, const LineBreakParameters &run)
{
    double loosest = 3 * run.tolerance; // room for the limits (a hyphen before the last line) where Qt has none
    int k = 0;
    for (int i = 0; i + 1 < greedyEnds.size(); ++i) {
        qreal natural = 0;
        qreal stretch = run.raggedStretch;
        bool first = true;
        for (; k < items.size(); ++k) {
            const ParagraphItem &item = items.at(k);
            if (item.type != ParagraphItem::Box && item.position == greedyEnds.at(i)) {
                if (item.type == ParagraphItem::Penalty)
                    natural += item.width;
                ++k;
                break;
            }
            if (item.type == ParagraphItem::Box || (item.type == ParagraphItem::Glue && !first)) {
                natural += item.width;
                stretch += item.stretch;
            }
            first = first && item.type != ParagraphItem::Box;
        }
        if (stretch > 0)
            loosest = std::max(loosest, double((geometry.at(i).width - natural) / stretch));
    }
    return loosest * 1.01 + 0.01;
}

/*!
 * The letter spacing of lines ending at @p ends with adjustment ratios @p ratios: each line's
 * letters take their share of its slack (the ratio times their stretch, at most all of it), as
 * the breaker reckoned; Qt's justification gives the word spaces the rest. Qt spaces letters in
 * 1/64 pixels: rounding every letter's share down leaves up to a pixel a line, which Qt gives its
 * few spaces (a line the breaker set at 1.49 times a space came out at 1.53). On a line whose
 * spaces are stretched by half of what they may (spreadExactlyFrom) or more, the first letters of
 * a run get 1/64 more, until the run's spacing is its share to within 1/64 pixel, and the line
 * never comes out wider than its measure. A looser line's spaces are at most 1.25 times their
 * width before that pixel, which at the reader's type size keeps even a line's only space under
 * 1.5 times, and the line keeps one spacing for the run: each range of its own is a run Qt shapes apart, and a second
 * range on every line cost laying the spaced letters out (Qt's and the setter's) about 6 % of
 * typesetting the sample (bench_typesetting).
 */
constexpr double spreadExactlyFrom = 0.5; //!< the share of its stretch a line's spaces take

LetterSpacing letterSpacingOf(const QVector<int> &ends, const QVector<double> &ratios,
                              const QVector<FragmentMetrics> &metrics)
{
    LetterSpacing spacing;
    int start = 0;
    for (int i = 0; i + 1 < ends.size() && i < ratios.size(); ++i) {
        const int end = ends.at(i);
        const double share = qMin(1.0, ratios.at(i));
        for (const FragmentMetrics &m : metrics) {
            const int from = qMax(start, m.start);
            const int to = qMin(end, m.end);
            const double exact = share * m.letterStretch * 64; // in 1/64 pixels a letter
            if (to <= from || !(exact > 0))
                continue;
            const double base = std::floor(exact);
            const int fuller = share < spreadExactlyFrom
                ? 0 : qBound(0, int(std::floor((exact - base) * (to - from) + 1e-6)), to - from);
            const auto spaced = [&](int rangeStart, int rangeEnd, double sixtyFourths) {
                if (rangeEnd <= rangeStart || !(sixtyFourths > 0))
                    return;
                QTextLayout::FormatRange range;
                range.start = rangeStart;
                range.length = rangeEnd - rangeStart;
                range.format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
                range.format.setFontLetterSpacing(sixtyFourths / 64);
                spacing.append(range);
            };
            spaced(from, from + fuller, base + 1);
            spaced(from + fuller, to, base);
        }
        start = end;
    }
    return spacing;
}

BlockResult setBlockLines(const QTextBlock &block, ParagraphSetter::LineCount count, Placing placing = Placing::Now)
{
    BlockResult result;
    QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() < 2 || !block.document())
        return result;
    const QTextOption option = layout->textOption();
    const Qt::Alignment alignment = option.alignment() & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute;
    LineBreakParameters::Mode mode;
    if (alignment == Qt::AlignJustify)
        mode = LineBreakParameters::Justified;
    else if (alignment == Qt::AlignLeft || alignment == Qt::AlignLeading)
        mode = LineBreakParameters::RaggedRight;
    else
        return result;
    if (option.wrapMode() != QTextOption::WordWrap && option.wrapMode() != QTextOption::WrapAtWordBoundaryOrAnywhere)
        return result;
    Memo *memo = Memo::of(const_cast<QTextDocument *>(block.document()));
    // Letters are spaced only where the number of lines is chosen: keeping Qt's count means
    // keeping the count of Qt's greedy breaking, which the spaced letters would change.
    const qreal letterSpacing = mode == LineBreakParameters::Justified && count == ParagraphSetter::ChooseLineCount
            && !memo->withoutLetters.contains(layout)
        ? block.blockFormat().doubleProperty(LetterStretchProperty) : 0;
    const QString text = block.text();
    if (text.contains(QChar::ObjectReplacementCharacter) || text.contains(QChar::LineSeparator)
        || text.contains(QLatin1Char('\t')) || block.textDirection() == Qt::RightToLeft)
        return result;

    const auto known = memo->set.constFind(layout);
    if (known != memo->set.constEnd() && known->matches(layout)) {
        result.setter = true;
        result.extraLines = known->extraLines;
        result.lineSpacing = known->lineSpacing;
        return result;
    }

    // The lines Qt gave the block: their places and widths stay, and lines the breaker adds
    // below them follow at the same spacing.
    const int qtLineCount = layout->lineCount();
    QVector<LineGeometry> geometry;
    QVector<int> greedyEnds;
    geometry.reserve(qtLineCount);
    for (int i = 0; i < qtLineCount; ++i) {
        const QTextLine line = layout->lineAt(i);
        geometry.append({line.position(), line.width(), line.leadingIncluded()});
        greedyEnds.append(line.textStart() + line.textLength());
    }
    // The first line's width (an indent) and the others': Qt's count of lines may differ as it
    // lays the block out again (its letters spaced), the widths do not.
    const QVector<qreal> widths{geometry.at(0).width, geometry.at(1).width};
    const qreal lineSpacing = geometry.at(qtLineCount - 1).position.y() - geometry.at(qtLineCount - 2).position.y();
    const auto geometryOf = [&](int i) {
        if (i < qtLineCount)
            return geometry.at(i);
        LineGeometry g = geometry.last();
        g.position.ry() += (i - qtLineCount + 1) * lineSpacing;
        return g;
    };
    // Lines from here on are as wide as the last of Qt's (the breaker's search keeps it small).
    int uniformFrom = qtLineCount - 1;
    while (uniformFrom > 0 && geometry.at(uniformFrom - 1).width == geometry.last().width)
        --uniformFrom;
    const auto remember = [&](int lines) {
        SetLines setLines = SetLines::of(layout);
        setLines.extraLines = lines - qtLineCount;
        setLines.lineSpacing = lineSpacing;
        memo->set.insert(layout, setLines);
        result.extraLines = setLines.extraLines;
        result.lineSpacing = lineSpacing;
    };
    // QT_LOGGING_RULES="redletter.typesetting.debug=true" prints how each block is set.
    const bool debug = lcTypesetting().isDebugEnabled();

    // Word wrap only while the lines are set: Qt's "or anywhere" would split a word when the
    // column count is met.
    QTextOption wordWrap = option;
    wordWrap.setWrapMode(QTextOption::WordWrap);

    int failedLine = -1; //!< the line placeLines() could not set as asked
    //! Lays the lines out to end at @p ends, @p line being the first, already created.
    const auto placeLines = [&](QTextLine line, const QVector<int> &ends) {
        for (int i = 0; i < ends.size(); ++i) {
            failedLine = i;
            if (i > 0)
                line = layout->createLine();
            const LineGeometry g = geometryOf(i);
            if (!line.isValid() || !setLineEnd(line, ends.at(i), g.width)) {
                if (debug)
                    qCDebug(lcTypesetting) << "  line" << i << "asked to end at" << ends.at(i) << "ends at"
                            << line.textStart() + line.textLength() << text.mid(line.textStart(), 90);
                return false;
            }
            line.setPosition(g.position);
            line.setLeadingIncluded(g.leadingIncluded);
            // Qt's shaping of the spaced letters is what the line is, not the breaker's sums.
            if (line.naturalTextWidth() > g.width + overfullTolerance) {
                if (debug)
                    qCDebug(lcTypesetting) << "  line" << i << "over-full:" << line.naturalTextWidth() << "in" << g.width
                            << text.mid(line.textStart(), line.textLength());
                return false;
            }
        }
        failedLine = -1;
        return true;
    };

    // Qt laid the block out again at the same widths: the breaking chosen before still holds.
    const auto remembered = memo->breakings.constFind(layout);
    const QVector<int> formats = fragmentFormats(block);
    if (remembered != memo->breakings.constEnd() && remembered->text == text && remembered->widths == widths
        && remembered->count == count && remembered->letterSpacing == letterSpacing
        && remembered->formats == formats) {
        // Qt's greedy breaking over the letters as spaced often comes out as the setter's: the
        // lines Qt laid out are the ones the setter would lay out (same ends, widths and places),
        // and laying them out again would only shape the paragraph once more.
        if (layout->formats().size() == remembered->spacing.size() && greedyEnds == remembered->ends) {
            remember(int(remembered->ends.size()));
            result.set = result.setter = true;
            return result;
        }
        // Qt keeps a layout's additional formats when it lays the block out again.
        if (layout->formats().size() != remembered->spacing.size()) {
            layout->setFormats(remembered->spacing);
            result.spaced = !remembered->spacing.isEmpty();
        }
        layout->setTextOption(wordWrap);
        layout->beginLayout();
        const bool ok = placeLines(layout->createLine(), remembered->ends);
        layout->endLayout();
        layout->setTextOption(option);
        if (ok) {
            remember(int(remembered->ends.size()));
            result.set = result.setter = true;
            return result;
        }
        memo->breakings.remove(layout);
    }

    // Measured with the letters as the text has them, not as a previous setting spaced them.
    Measurement source = Measurement::of(block, letterSpacing, mode);
    std::shared_ptr<const Measurement> measured = memo->measurements.value(layout);
    if (measured && !measured->sameSource(source))
        measured.reset();
    const QVector<FragmentMetrics> metrics = measured ? measured->metrics : fragmentMetrics(block, letterSpacing);
    // Qt's lines as it laid them out, before any are set: they measure the pieces as well (over
    // the runs of prepare(), if it split the paragraph, but no letter spacing).
    const bool qtLines = onlyMeasuringRuns(layout->formats());
    bool formatsChanged = false; //!< Qt will lay the block out again (its lines are cleared)
    if (!qtLines) {
        layout->clearFormats();
        formatsChanged = true;
    }
    // Measured flush left: every cursorToX() on a justified line justifies it first.
    QTextOption measuring = wordWrap;
    measuring.setAlignment(Qt::AlignLeft);
    const LineBreakParameters p = ParagraphSetter::parameters(mode);
    const auto measuredItems = [&]() {
        if (!measured) {
            QTextOption asLaidOut = measuring;
            asLaidOut.setWrapMode(QTextOption::NoWrap);
            layout->setTextOption(asLaidOut);
            TextPositions positions;
            const auto hyphenAt = [&](int k) {
                const FragmentMetrics *m = metricsAt(metrics, k);
                return m ? m->hyphen : 0;
            };
            if (qtLines && TextPositions::ofLaidOutLines(layout, text, hyphenAt, &positions)) {
                if (debug)
                    qCDebug(lcTypesetting, "paragraph setter: block %d measured on Qt's lines", block.blockNumber());
                source.items = paragraphItems(text, metrics, positions, mode, p, Spaces::FromTheFont);
                if (source.items.isEmpty())
                    source.items = paragraphItems(text, metrics, positions, mode, p, Spaces::AskedOfQt);
                layout->setTextOption(option);
            } else {
                layout->setTextOption(measuring);
                layout->beginLayout();
                // The whole paragraph unjustified measures every piece as Qt shapes it.
                const TextPositions line = TextPositions::onNewLines(layout);
                source.items = paragraphItems(text, metrics, line, mode, p, Spaces::FromTheFont);
                if (source.items.isEmpty())
                    source.items = paragraphItems(text, metrics, line, mode, p, Spaces::AskedOfQt);
                layout->endLayout();
            }
            source.metrics = metrics;
            measured = std::make_shared<const Measurement>(std::move(source));
            memo->measurements.insert(layout, measured);
        }
        return measured->items;
    };
    QVector<qreal> room; // more room on the lines Qt found too wide, by line
    const auto attempt = [&](qreal allowance, int lineCount) {
        const QVector<ParagraphItem> items = measuredItems();
        LineBreakParameters run = p;
        run.lineCount = lineCount;
        run.uniformWidthFrom = qMax(uniformFrom, int(room.size()));
        if (mode == LineBreakParameters::RaggedRight)
            run.raggedStretch = widestLine(geometry) / 6;
        run.emergencyTolerance = loosestRatio(items, greedyEnds, geometry, run);
        const LineBreaking breaking = breakLines(
            items, [&](int i) { return geometryOf(i).width - allowance - (i < room.size() ? room.at(i) : 0); }, run);

        // Fewer lines than Qt's greedy breaking found would leave a gap below the block that
        // the document layout keeps; it only happens where Qt measured a line differently.
        bool ok = breaking.valid && (lineCount > 0 ? breaking.breaks.size() == lineCount
                                                   : breaking.breaks.size() >= qtLineCount);
        if (debug)
            qCDebug(lcTypesetting, "paragraph setter: block %d, %d lines, %s, demerits %g", block.blockNumber(),
                  int(breaking.breaks.size()), ok ? "set" : "no breaking", breaking.demerits);
        QVector<int> ends;
        for (int i = 0; ok && i < breaking.breaks.size(); ++i)
            ends.append(items.at(breaking.breaks.at(i)).position);
        const LetterSpacing spacing = ok ? letterSpacingOf(ends, breaking.ratios, metrics) : LetterSpacing();
        if (!spacing.isEmpty()) {
            layout->setFormats(spacing);
            formatsChanged = true;
        } else if (!layout->formats().isEmpty()) {
            // The runs prepare() split the paragraph into are for measuring it, not for its lines.
            layout->clearFormats();
            formatsChanged = true;
        }
        // The first breaking of a block whose formats changed: Qt lays it out again anyway. A
        // breaking that Qt's layout then cannot reproduce is tried again with more room.
        if (ok && formatsChanged && placing == Placing::DeferWhereFormatsChange && allowance == 0 && room.isEmpty()) {
            memo->breakings.insert(layout, {text, formats, widths, int(count), letterSpacing, ends, spacing});
            result.deferred = true;
            result.spaced = !spacing.isEmpty();
            return int(ends.size());
        }
        if (debug)
            qCDebug(lcTypesetting) << "  letter spacing" << letterSpacing << ":" << spacing.size() << "ranges; ratios" << breaking.ratios;
        layout->setTextOption(wordWrap);
        layout->beginLayout();
        ok = ok && placeLines(layout->createLine(), ends);
        layout->endLayout();
        layout->setTextOption(option);
        if (ok)
            memo->breakings.insert(layout, {text, formats, widths, int(count), letterSpacing, ends, spacing});
        else if (!spacing.isEmpty())
            layout->clearFormats();
        result.spaced = ok && !spacing.isEmpty();
        return ok ? int(ends.size()) : 0;
    };
    // Where Qt finds a chosen line too wide (or will not end it where asked: Qt's fit test counts
    // a point or so more than the line's natural width, a hyphen of a word before it, where the
    // breaker's line is shrunk to its limit), that line is given a point of room and the
    // paragraph broken again, a few times; then every line is, with a point and with three. A
    // line shrunk to its limit can come out up to 1.5 px wider than the breaker reckoned (Lenin's
    // State and Revolution has four such), and the last resort, Qt's greedy breaking, knows
    // nothing of the hyphen limits.
    const qreal allowances[] = {0, bearingAllowance, 3 * bearingAllowance};
    const auto attempts = [&](int lineCount) {
        int set = 0;
        for (const qreal allowance : allowances) {
            room.clear();
            for (int retry = 0; !set && retry < (allowance > 0 ? 1 : 4); ++retry) {
                set = attempt(allowance, lineCount);
                if (set || failedLine < 0)
                    break;
                if (room.size() <= failedLine)
                    room.resize(failedLine + 1);
                room[failedLine] += bearingAllowance;
            }
            if (set)
                break;
        }
        return set;
    };
    int lines = count == ParagraphSetter::ChooseLineCount ? attempts(0) : 0;
    if (result.deferred) {
        result.set = result.setter = true;
        return result;
    }
    if (!lines)
        lines = attempts(qtLineCount);
    if (!lines) {
        if (debug)
            qCDebug(lcTypesetting, "paragraph setter: block %d: Qt would not break where asked", block.blockNumber());
        if (!layout->formats().isEmpty())
            layout->clearFormats();
        layOutGreedily(layout, option, geometry);
        remember(qtLineCount);
        return result;
    }
    remember(lines);
    result.set = result.setter = true;
    return result;
}

/*!
 * Gives each block of @p margins its new bottom margin, as one edit that neither goes on an empty
 * undo stack nor marks the document modified (it is layout, not the reader's or editor's edit).
 */
void setBottomMargins(QTextDocument *document, Memo *memo, const QVector<QPair<int, qreal>> &margins)
{
    const bool modified = document->isModified();
    const bool undo = document->isUndoRedoEnabled() && document->availableUndoSteps() == 0;
    if (undo)
        document->setUndoRedoEnabled(false);
    memo->editing = true;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const auto &margin : margins) {
        const QTextBlock block = document->findBlockByNumber(margin.first);
        QTextBlockFormat format = block.blockFormat();
        const qreal base = ParagraphSetter::baseBottomMargin(format);
        format.setBottomMargin(margin.second);
        if (qFuzzyCompare(1 + margin.second, 1 + base))
            format.clearProperty(ParagraphSetter::BaseBottomMarginProperty);
        else
            format.setProperty(ParagraphSetter::BaseBottomMarginProperty, base);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
    // Laid out again from the first block changed to the end: laying out only the changed blocks,
    // Qt moves the blocks below by the height of their layouts as they stand, which counts the
    // lines the setter added to a block on top of the margin that makes room for them.
    const int from = document->findBlockByNumber(margins.first().first).position();
    document->markContentsDirty(from, document->characterCount() - from);
    memo->editing = false;
    if (undo)
        document->setUndoRedoEnabled(true);
    document->setModified(modified);
}

} // namespace

bool ParagraphSetter::setBlock(const QTextBlock &block, LineCount count)
{
    return setBlockLines(block, count).set;
}

int ParagraphSetter::setDocument(QTextDocument *document, LineCount count)
{
    keepShaping(document);
    int set = 0;
    Memo *memo = Memo::of(document);
    if (count == KeepLineCount) {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            set += setBlockLines(block, count).set;
        return set;
    }
    if (memo->busy)
        return 0;
    memo->busy = true;
    // The measurements of blocks that are gone (the document cleared and built again) are dropped.
    if (!memo->measurements.isEmpty()) {
        QSet<const QTextLayout *> layouts;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            layouts.insert(block.layout());
        for (auto it = memo->measurements.begin(); it != memo->measurements.end();)
            it = layouts.contains(it.key()) ? std::next(it) : memo->measurements.erase(it);
    }
    // The blocks whose margins changed are laid out by Qt again and set again from the breaking
    // remembered. Qt's greedy count may differ once a block's letters are spaced (Qt keeps the
    // spacing as it lays out again), which needs one more margin change; then nothing changes.
    bool relaidWithLetters = false;
    for (int pass = 0; pass < 4; ++pass) {
        document->documentLayout()->blockBoundingRect(document->lastBlock()); // lays it all out
        QVector<QPair<int, qreal>> margins;
        bool spaced = false; // a block whose margin would change has letters Qt has not laid out
        int deferredFrom = -1; // the first block left for Qt to lay out with its letters spaced
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            BlockResult result = setBlockLines(block, count,
                                               relaidWithLetters ? Placing::Now : Placing::DeferWhereFormatsChange);
            if (result.deferred) {
                if (deferredFrom < 0)
                    deferredFrom = block.position();
                set += result.set;
                continue; // no lines until Qt lays it out again: its margin is seen to next pass
            }
            if (result.setter && result.extraLines < 0 && !memo->withoutLetters.contains(block.layout())) {
                memo->withoutLetters.insert(block.layout());
                if (lcTypesetting().isDebugEnabled())
                    qCDebug(lcTypesetting, "paragraph setter: block %d set again without letter spacing (Qt needs %d lines fewer)",
                          block.blockNumber(), -result.extraLines);
                memo->set.remove(block.layout());
                result = setBlockLines(block, count);
            }
            set += result.set;
            const QTextBlockFormat format = block.blockFormat();
            const qreal base = ParagraphSetter::baseBottomMargin(format);
            qreal wanted = base;
            if (result.setter && result.extraLines > 0) {
                // Qt lets the larger of a block's bottom and the next one's top margin stand
                // between them: the added lines go below that.
                const QTextBlock next = block.next();
                const bool collapses = next.isValid() && document->frameAt(next.position()) == document->frameAt(block.position());
                wanted = result.extraLines * result.lineSpacing + (collapses ? qMax(base, next.blockFormat().topMargin()) : base);
            }
            if (std::abs(wanted - format.bottomMargin()) > 0.01) {
                margins.append({block.blockNumber(), wanted});
                spaced = spaced || result.spaced;
            }
        }
        if (deferredFrom >= 0) {
            // Qt lays the blocks whose letters were spaced out again (their lines were cleared),
            // and every block below them; the next pass sets them from the breakings remembered.
            relaidWithLetters = true;
            const int from = margins.isEmpty()
                ? deferredFrom
                : qMin(deferredFrom, document->findBlockByNumber(margins.first().first).position());
            document->markContentsDirty(from, document->characterCount() - from);
            --pass;
            continue;
        }
        if (margins.isEmpty() || pass == 3)
            break;
        if (spaced && !relaidWithLetters) {
            // A block's count of Qt's lines, against which its added lines are counted, is taken
            // from Qt's layout of it; with its letters newly spaced Qt's greedy breaking often
            // takes the setter's lines, and the margin would grow now only to shrink in the next
            // pass, each time laying the rest of the document out again and setting it again.
            // Qt lays the same blocks out with their letters first (it would with the margins),
            // and the margins are taken from that.
            relaidWithLetters = true;
            const int from = document->findBlockByNumber(margins.first().first).position();
            document->markContentsDirty(from, document->characterCount() - from);
            --pass; // no margin changed: the passes count the margin changes
            continue;
        }
        setBottomMargins(document, memo, margins);
    }
    memo->busy = false;
    return set;
}

void ParagraphSetter::keepShaping(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (QTextLayout *layout = block.layout())
            layout->setCacheEnabled(true);
    }
}

void ParagraphSetter::prepare(QTextDocument *document)
{
    keepShaping(document);
    const QTextOption::WrapMode wrap = document->defaultTextOption().wrapMode();
    if (wrap != QTextOption::WordWrap && wrap != QTextOption::WrapAtWordBoundaryOrAnywhere)
        return;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        const QString text = block.text();
        if (!layout || layout->lineCount() > 0 || !layout->formats().isEmpty() || text.size() < measuringRunLength * 3 / 2)
            continue;
        // The blocks setBlockLines() sets (it finds out again once Qt has laid them out).
        const Qt::Alignment alignment = block.blockFormat().alignment() & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute;
        if ((alignment != Qt::AlignJustify && alignment != Qt::AlignLeft) || block.textDirection() == Qt::RightToLeft
            || text.contains(QChar::ObjectReplacementCharacter) || text.contains(QChar::LineSeparator)
            || text.contains(QLatin1Char('\t')))
            continue;
        const auto range = [](int start, int end) {
            QTextLayout::FormatRange run;
            run.start = start;
            run.length = end - start;
            run.format.setProperty(MeasuringRunProperty, true);
            return run;
        };
        QVector<QTextLayout::FormatRange> runs;
        int start = 0;
        // Each run ends at a word's start, and the last is at least half as long as the others.
        for (int i = measuringRunLength; i < text.size() - measuringRunLength / 2; ++i) {
            if (text.at(i - 1) == QLatin1Char(' ') && !text.at(i).isSpace()) {
                runs.append(range(start, i));
                start = i;
                i += measuringRunLength - 1;
            }
        }
        if (runs.isEmpty())
            continue;
        runs.append(range(start, int(text.size())));
        layout->setFormats(runs);
    }
}

qreal ParagraphSetter::baseBottomMargin(const QTextBlockFormat &format)
{
    return format.hasProperty(BaseBottomMarginProperty) ? format.doubleProperty(BaseBottomMarginProperty)
                                                        : format.bottomMargin();
}

bool ParagraphSetter::endsWithHyphen(const QTextBlock &block, int line)
{
    const QTextLayout *layout = block.layout();
    if (!layout || line < 0 || line >= layout->lineCount() - 1)
        return false;
    const QTextLine textLine = layout->lineAt(line);
    const int end = textLine.textStart() + textLine.textLength();
    const QString text = block.text();
    return end > 0 && end <= text.size() && (text.at(end - 1) == softHyphen || isExplicitHyphen(text.at(end - 1)));
}

} // namespace redletter
