// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/pagelayout.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace redletter;

class TestPageLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void itemsFollowEachOther_withSpaceBetween();
    void spaceBefore_isDroppedAtTheTopOfAPage();
    void itemThatDoesNotFit_startsTheNextPage_whenItFitsOnOne();
    void tallItem_isSplitBetweenLines_nothingLostOrRepeated();
    void split_prefersGoodBreaks_noWidowsOrOrphans();
    void split_neverLeavesOneLineAtTheFoot();
    void notes_goWithTheirLines_acrossASplit();
    void notesThatDoNotFit_pushTheItemToTheNextPage();
    void nextPassage_startsBelowTheNotesOfTheLastOne();
    void runningText_letsItsNotesFlow();
    void heading_isNeverLastOnAPage();
    void newPageItem_startsAPage();
    void lineTallerThanThePage_isSetAndCountedOverfull();
    void randomItems_invariants_data();
    void randomItems_invariants();
};

namespace {

PageFrame frame(qreal top = 100, qreal bottom = 1100, qreal spacing = 6)
{
    PageFrame f;
    f.top = top;
    f.bottom = bottom;
    f.noteSpacing = spacing;
    f.minimumLines = 2;
    return f;
}

//! @p count lines of @p height, in paragraphs of @p paragraph lines (good breaks between them only).
LayoutItem item(int count, qreal height = 20, int paragraph = 0)
{
    LayoutItem it;
    for (int i = 0; i < count; ++i) {
        LayoutLine line;
        line.top = i * height;
        line.height = height;
        line.breakAfter = paragraph <= 0 || (i + 1) % paragraph == 0;
        it.lines.append(line);
    }
    return it;
}

qreal bottomOf(const LayoutItem &item, const SlicePlacement &slice)
{
    const LayoutLine &last = item.lines.at(slice.lastLine);
    return slice.y + last.top + last.height - item.lines.at(slice.firstLine).top;
}

//! Every line of every item placed exactly once, in order, and every note once.
void verifyComplete(const QVector<LayoutItem> &items, const Pagination &pagination)
{
    QVector<int> nextLine(items.size(), 0);
    QVector<QVector<int>> notesSeen(items.size());
    int lastItem = 0;
    for (const PagePlan &page : pagination.pages) {
        for (const SlicePlacement &slice : page.slices) {
            QVERIFY(slice.item >= lastItem);
            lastItem = slice.item;
            QCOMPARE(slice.firstLine, nextLine[slice.item]);
            QVERIFY(slice.lastLine >= slice.firstLine);
            nextLine[slice.item] = slice.lastLine + 1;
        }
        for (const NotePlacement &note : page.notes) {
            QVERIFY(!notesSeen[note.item].contains(note.note));
            notesSeen[note.item].append(note.note);
            const int line = items.at(note.item).notes.at(note.note).line;
            const bool onThisPage = std::any_of(page.slices.cbegin(), page.slices.cend(), [&](const SlicePlacement &s) {
                return s.item == note.item && line >= s.firstLine && line <= s.lastLine;
            });
            QVERIFY2(onThisPage, "a note is on the page of its line");
        }
    }
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(nextLine[i], int(items.at(i).lines.size()));
        QCOMPARE(notesSeen[i].size(), items.at(i).notes.size());
    }
}

//! Nothing below the bottom, notes apart from each other, slices apart from each other.
void verifyNoOverlap(const QVector<LayoutItem> &items, const PageFrame &f, const Pagination &pagination)
{
    for (const PagePlan &page : pagination.pages) {
        qreal previousBottom = f.top - 1;
        for (const SlicePlacement &slice : page.slices) {
            QVERIFY(slice.y >= f.top - 0.01);
            QVERIFY(slice.y >= previousBottom - 0.01);
            previousBottom = bottomOf(items.at(slice.item), slice);
            QVERIFY2(previousBottom <= f.bottom + 0.01, "text below the bottom margin");
        }
        QVector<QPair<qreal, qreal>> notes;
        for (const NotePlacement &note : page.notes)
            notes.append({note.y, note.y + items.at(note.item).notes.at(note.note).height});
        std::sort(notes.begin(), notes.end());
        for (int n = 0; n < notes.size(); ++n) {
            QVERIFY(notes.at(n).first >= f.top - 0.01);
            QVERIFY2(notes.at(n).second <= f.bottom + 0.01, "a note below the bottom margin");
            if (n > 0)
                QVERIFY2(notes.at(n).first >= notes.at(n - 1).second + f.noteSpacing - 0.01, "notes overlap");
        }
    }
}

} // namespace

void TestPageLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPageLayout::itemsFollowEachOther_withSpaceBetween()
{
    LayoutItem a = item(5);
    LayoutItem b = item(3);
    b.spaceBefore = 30;
    const Pagination result = paginate({a, b}, frame());
    QCOMPARE(result.pages.size(), 1);
    QCOMPARE(result.pages.first().slices.size(), 2);
    QCOMPARE(result.pages.first().slices.at(0).y, 100.0);
    QCOMPARE(result.pages.first().slices.at(1).y, 100.0 + 5 * 20 + 30);
    QCOMPARE(result.overfull, 0);
}

void TestPageLayout::spaceBefore_isDroppedAtTheTopOfAPage()
{
    LayoutItem a = item(48); // 960 of 1000
    LayoutItem b = item(5);
    b.spaceBefore = 30;
    const Pagination result = paginate({a, b}, frame());
    QCOMPARE(result.pages.size(), 2);
    QCOMPARE(result.pages.at(1).slices.first().y, 100.0);
}

void TestPageLayout::itemThatDoesNotFit_startsTheNextPage_whenItFitsOnOne()
{
    const QVector<LayoutItem> items{item(40), item(20)}; // 800 + 400 > 1000
    const Pagination result = paginate(items, frame());
    QCOMPARE(result.pages.size(), 2);
    QCOMPARE(result.pages.at(1).slices.size(), 1);
    QCOMPARE(result.pages.at(1).slices.first().firstLine, 0);
    QCOMPARE(result.pages.at(1).slices.first().lastLine, 19);
}

void TestPageLayout::tallItem_isSplitBetweenLines_nothingLostOrRepeated()
{
    const QVector<LayoutItem> items{item(10), item(120)};
    const PageFrame f = frame();
    const Pagination result = paginate(items, f);
    QCOMPARE(result.pages.size(), 3); // 10 + 40 | 50 | 30
    verifyComplete(items, result);
    verifyNoOverlap(items, f, result);
    // The tall item starts right after the short one rather than on a new page, and fills pages.
    QCOMPARE(result.pages.at(0).slices.size(), 2);
    QCOMPARE(result.pages.at(0).slices.at(1).lastLine, 39);
    QCOMPARE(result.pages.at(1).slices.first().lastLine, 89);
}

void TestPageLayout::split_prefersGoodBreaks_noWidowsOrOrphans()
{
    // Paragraphs of 7 lines: the page holds 50 lines, so the break goes after line 48 (7 × 7).
    const QVector<LayoutItem> items{item(100, 20, 7)};
    const Pagination result = paginate(items, frame());
    QVERIFY(result.pages.size() >= 3);
    QCOMPARE(result.pages.at(0).slices.first().lastLine, 48);
    QCOMPARE(result.pages.at(1).slices.first().firstLine, 49);
    verifyComplete(items, result);
}

void TestPageLayout::split_neverLeavesOneLineAtTheFoot()
{
    // After 49 lines, one line's room is left: the split item starts the next page instead.
    const QVector<LayoutItem> items{item(49), item(80)};
    const Pagination result = paginate(items, frame());
    QCOMPARE(result.pages.at(0).slices.size(), 1);
    QCOMPARE(result.pages.at(1).slices.first().item, 1);
    QCOMPARE(result.pages.at(1).slices.first().firstLine, 0);
    verifyComplete(items, result);
}

void TestPageLayout::notes_goWithTheirLines_acrossASplit()
{
    LayoutItem tall = item(80);
    tall.notes = {{5, 40}, {45, 40}, {55, 40}, {79, 40}};
    const QVector<LayoutItem> items{tall};
    const PageFrame f = frame();
    const Pagination result = paginate(items, f);
    QCOMPARE(result.pages.size(), 2);
    verifyComplete(items, result);
    verifyNoOverlap(items, f, result);
    // Each note at the height of its line on its page.
    for (const PagePlan &page : result.pages) {
        const SlicePlacement &slice = page.slices.first();
        for (const NotePlacement &note : page.notes) {
            const int line = tall.notes.at(note.note).line;
            QCOMPARE(note.anchorY, slice.y + tall.lines.at(line).top - tall.lines.at(slice.firstLine).top);
            QVERIFY(note.y <= note.anchorY + 0.01 || note.note == 0);
        }
    }
}

void TestPageLayout::notesThatDoNotFit_pushTheItemToTheNextPage()
{
    // The second item's text fits below the first, but its note (300 tall, on its last line) does not.
    LayoutItem first = item(35); // 700
    LayoutItem second = item(5); // 100, fits: 800 + spacing
    second.notes = {{4, 300}};
    const QVector<LayoutItem> items{first, second};
    const PageFrame f = frame();
    const Pagination result = paginate(items, f);
    // Placed at 800 + 80 = 880 the note would be pulled up to 800..1100: it fits. Make it not fit:
    LayoutItem bigger = second;
    bigger.notes = {{4, 350}};
    const Pagination pushed = paginate({first, bigger}, f);
    verifyNoOverlap({first, bigger}, f, pushed);
    QCOMPARE(result.pages.size(), 1);
    QCOMPARE(pushed.pages.size(), 2);
    QCOMPARE(pushed.pages.at(1).slices.first().item, 1);
}

void TestPageLayout::nextPassage_startsBelowTheNotesOfTheLastOne()
{
    LayoutItem first = item(2); // 40 tall, with a note 200 tall
    first.notes = {{0, 200}};
    LayoutItem second = item(2);
    second.spaceBefore = 10;
    second.notes = {{0, 20}};
    const Pagination result = paginate({first, second}, frame());
    QCOMPARE(result.pages.size(), 1);
    const PagePlan &page = result.pages.first();
    QCOMPARE(page.slices.at(1).y, 100.0 + 200 + 10);
    QCOMPARE(page.notes.at(1).y, page.slices.at(1).y); // beside its line, not pushed away
}

void TestPageLayout::runningText_letsItsNotesFlow()
{
    LayoutItem first = item(2);
    first.notes = {{0, 200}};
    LayoutItem second = item(2);
    second.clearNotes = false;
    second.notes = {{0, 20}};
    const Pagination result = paginate({first, second}, frame());
    const PagePlan &page = result.pages.first();
    QCOMPARE(page.slices.at(1).y, 140.0);
    QCOMPARE(page.notes.at(1).y, 100.0 + 200 + 6); // below the note above, away from its line
}

void TestPageLayout::heading_isNeverLastOnAPage()
{
    LayoutItem heading = item(2);
    heading.keepWithNext = true;
    const QVector<LayoutItem> items{item(46), heading, item(10)};
    const Pagination result = paginate(items, frame());
    QCOMPARE(result.pages.size(), 2);
    QCOMPARE(result.pages.at(0).slices.size(), 1);
    QCOMPARE(result.pages.at(1).slices.first().item, 1);
    QCOMPARE(result.pages.at(1).slices.at(1).item, 2);
}

void TestPageLayout::newPageItem_startsAPage()
{
    LayoutItem fresh = item(2);
    fresh.newPage = true;
    const Pagination result = paginate({item(2), fresh}, frame());
    QCOMPARE(result.pages.size(), 2);
    QCOMPARE(result.pages.at(1).slices.first().item, 1);
}

void TestPageLayout::lineTallerThanThePage_isSetAndCountedOverfull()
{
    LayoutItem huge;
    huge.lines = {{0, 1500, true}};
    const Pagination result = paginate({item(3), huge, item(3)}, frame());
    QCOMPARE(result.overfull, 1);
    QCOMPARE(result.pages.size(), 3);
    verifyComplete({item(3), huge, item(3)}, result);
}

void TestPageLayout::randomItems_invariants_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestPageLayout::randomItems_invariants()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QVector<LayoutItem> items;
    const int count = 5 + random.bounded(25);
    for (int i = 0; i < count; ++i) {
        LayoutItem it = item(1 + random.bounded(70), 12 + random.bounded(10), 2 + random.bounded(8));
        it.spaceBefore = random.bounded(40);
        it.keepTogether = random.bounded(4) != 0;
        it.keepWithNext = random.bounded(8) == 0;
        it.clearNotes = random.bounded(3) != 0;
        const int notes = random.bounded(6);
        for (int n = 0; n < notes; ++n)
            it.notes.append({random.bounded(int(it.lines.size())), qreal(20 + random.bounded(100))});
        std::sort(it.notes.begin(), it.notes.end(), [](const LayoutNote &a, const LayoutNote &b) { return a.line < b.line; });
        items.append(it);
    }
    const PageFrame f = frame(80, 1000, 5);
    const Pagination result = paginate(items, f);
    QCOMPARE(result.overfull, 0);
    verifyComplete(items, result);
    verifyNoOverlap(items, f, result);
    // A kept-together item that fits on a page is never split.
    for (int i = 0; i < items.size(); ++i) {
        const LayoutItem &it = items.at(i);
        const qreal height = it.lines.last().top + it.lines.last().height;
        qreal notes = 0;
        for (const LayoutNote &note : it.notes)
            notes += note.height + f.noteSpacing;
        if (!it.keepTogether || height > f.bottom - f.top || notes > f.bottom - f.top)
            continue;
        int slices = 0;
        for (const PagePlan &page : result.pages) {
            for (const SlicePlacement &slice : page.slices)
                slices += slice.item == i;
        }
        QVERIFY2(slices == 1, qPrintable(QStringLiteral("item %1 split in %2").arg(i).arg(slices)));
    }
}

QTEST_GUILESS_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
