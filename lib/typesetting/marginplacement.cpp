// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/marginplacement.h"

#include <algorithm>
#include <numeric>

namespace redletter {

QVector<qreal> placeMarginNotes(const QVector<MarginBox> &boxes, qreal spacing, qreal top,
                                qreal bottom)
{
    const int count = boxes.size();
    QVector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return boxes[a].anchorY < boxes[b].anchorY; });

    // Push down: each note at its anchor, or just below its predecessor.
    QVector<qreal> y(count);
    qreal nextFree = top;
    for (int i : order) {
        y[i] = qMax(boxes[i].anchorY, nextFree);
        nextFree = y[i] + boxes[i].height + spacing;
    }

    // Pull up: walk back from the last note, moving each up only as far as the one below needs.
    qreal limit = bottom;
    for (int k = count - 1; k >= 0; --k) {
        const int i = order[k];
        const qreal latestTop = limit - boxes[i].height;
        if (y[i] > latestTop)
            y[i] = latestTop;
        limit = y[i] - spacing;
    }

    // If pulling up went above the top, the column is simply too full: restore a downward,
    // overlap-free stack from the top; the overflow then extends past the bottom.
    nextFree = top;
    for (int i : order) {
        y[i] = qMax(y[i], nextFree);
        nextFree = y[i] + boxes[i].height + spacing;
    }
    return y;
}

} // namespace redletter
