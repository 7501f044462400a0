// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/pagelayout.h"

#include "typesetting/marginplacement.h"

#include <algorithm>

namespace redletter {

namespace {

constexpr qreal Tolerance = 0.01;

qreal lineBottom(const LayoutLine &line)
{
    return line.top + line.height;
}

qreal sliceHeight(const LayoutItem &item, int first, int last)
{
    return lineBottom(item.lines.at(last)) - item.lines.at(first).top;
}

class Paginator
{
public:
    Paginator(const QVector<LayoutItem> &items, const PageFrame &frame) : items(items), frame(frame)
    {
        result.pages.append(PagePlan());
    }

    Pagination run()
    {
        for (int i = 0; i < items.size(); ++i)
            place(i);
        if (result.pages.size() > 1 && result.pages.last().slices.isEmpty())
            result.pages.removeLast();
        return result;
    }

private:
    bool pageEmpty() const { return result.pages.last().slices.isEmpty(); }

    void newPage()
    {
        result.pages.append(PagePlan());
        y = frame.top;
        noteFloor = frame.top;
    }

    //! Where the notes of lines [first, last] go if first's top is at @p top; empty if they do not fit.
    bool placeNotes(int item, int first, int last, qreal top, QVector<NotePlacement> *placed) const
    {
        const LayoutItem &it = items.at(item);
        QVector<MarginBox> boxes;
        QVector<int> which;
        for (int n = 0; n < it.notes.size(); ++n) {
            const LayoutNote &note = it.notes.at(n);
            if (note.line < first || note.line > last)
                continue;
            boxes.append({top + it.lines.at(note.line).top - it.lines.at(first).top, note.height});
            which.append(n);
        }
        // A passage's notes may be pulled up to make room at the foot, but not beside the
        // passage above it; running text's notes flow on below the notes before them.
        const qreal floor = it.clearNotes ? qMax(noteFloor, top) : noteFloor;
        const QVector<qreal> ys = placeMarginNotes(boxes, frame.noteSpacing, floor, frame.bottom);
        bool fits = true;
        for (int k = 0; k < boxes.size(); ++k) {
            if (ys.at(k) + boxes.at(k).height > frame.bottom + Tolerance)
                fits = false;
            if (placed)
                placed->append({item, which.at(k), ys.at(k), boxes.at(k).anchorY});
        }
        return fits;
    }

    //! The lowest last line for a slice from @p first at @p top that fits with its notes, or -1.
    int findBreak(int item, int first, qreal top, bool goodBreaksOnly) const
    {
        const LayoutItem &it = items.at(item);
        const int count = int(it.lines.size());
        int best = -1;
        for (int last = first; last < count; ++last) {
            if (top + sliceHeight(it, first, last) > frame.bottom + Tolerance)
                break;
            const bool allowed = last == count - 1 || !goodBreaksOnly || it.lines.at(last).breakAfter;
            if (allowed && placeNotes(item, first, last, top, nullptr))
                best = last;
        }
        return best;
    }

    //! Whether the whole of @p item, with its notes, fits on an empty page.
    bool fitsOnEmptyPage(int item) const
    {
        const LayoutItem &it = items.at(item);
        if (frame.top + sliceHeight(it, 0, int(it.lines.size()) - 1) > frame.bottom + Tolerance)
            return false;
        Paginator empty(items, frame);
        return empty.placeNotes(item, 0, int(it.lines.size()) - 1, frame.top, nullptr);
    }

    //! Where the first line of @p item goes on the current page.
    qreal itemTop(const LayoutItem &item) const
    {
        if (pageEmpty())
            return frame.top;
        qreal top = y + item.spaceBefore;
        if (item.clearNotes && noteFloor > frame.top)
            top = qMax(top, noteFloor - frame.noteSpacing + item.spaceBefore);
        return top;
    }

    /*!
     * Whether @p item and what must follow it on the page fit below y: the next item whole if it
     * is kept together (and could be), else its first lines.
     */
    bool fitsWithNext(int item) const
    {
        const LayoutItem &it = items.at(item);
        qreal bottom = itemTop(it) + sliceHeight(it, 0, int(it.lines.size()) - 1);
        if (item + 1 < items.size()) {
            const LayoutItem &next = items.at(item + 1);
            const int all = int(next.lines.size());
            const qreal whole = sliceHeight(next, 0, all - 1);
            const bool together = next.keepTogether && frame.top + whole <= frame.bottom + Tolerance;
            const int lines = together ? all : qMin(all, qMax(1, frame.minimumLines));
            bottom += next.spaceBefore + sliceHeight(next, 0, lines - 1);
        }
        return bottom <= frame.bottom + Tolerance;
    }

    void place(int item)
    {
        const LayoutItem &it = items.at(item);
        if (it.lines.isEmpty())
            return;
        if (!pageEmpty() && (it.newPage || (it.keepWithNext && !fitsWithNext(item))))
            newPage();
        const int count = int(it.lines.size());
        int first = 0;
        while (first < count) {
            const qreal top = first == 0 ? itemTop(it) : frame.top;
            int last = findBreak(item, first, top, true);
            if (last < 0)
                last = findBreak(item, first, top, false);
            if (!pageEmpty()) {
                const bool whole = first == 0 && last == count - 1;
                if (first == 0 && !whole && it.keepTogether && fitsOnEmptyPage(item)) {
                    newPage();
                    continue;
                }
                if (last < 0 || (last < count - 1 && last - first + 1 < frame.minimumLines)) {
                    newPage();
                    continue;
                }
            } else if (last < 0) {
                // Not even one line fits on an empty page: set it anyway rather than lose it.
                last = first;
                ++result.overfull;
            }
            PagePlan &page = result.pages.last();
            page.slices.append({item, first, last, top});
            QVector<NotePlacement> notes;
            placeNotes(item, first, last, top, &notes);
            for (const NotePlacement &note : notes) {
                noteFloor = qMax(noteFloor, note.y + it.notes.at(note.note).height + frame.noteSpacing);
                page.notes.append(note);
            }
            y = top + sliceHeight(it, first, last);
            first = last + 1;
            if (first < count)
                newPage();
        }
    }

    const QVector<LayoutItem> &items;
    const PageFrame &frame;
    Pagination result;
    qreal y = frame.top;
    qreal noteFloor = frame.top;
};

} // namespace

Pagination paginate(const QVector<LayoutItem> &items, const PageFrame &frame)
{
    return Paginator(items, frame).run();
}

} // namespace redletter
