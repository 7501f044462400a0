// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/marginplacement.h"

#include <QTest>

using namespace redletter;

using Boxes = QVector<MarginBox>;
using Places = QVector<qreal>;
Q_DECLARE_METATYPE(Boxes)

class TestMarginPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void places_data();
    void places();
    void neverOverlapsAndStaysNearAnchors_data();
    void neverOverlapsAndStaysNearAnchors();
};

void TestMarginPlacement::places_data()
{
    QTest::addColumn<Boxes>("boxes");
    QTest::addColumn<qreal>("bottom");
    QTest::addColumn<Places>("expected");

    // spacing 10, top 0 in all rows
    QTest::newRow("empty") << Boxes{} << qreal(1000) << Places{};
    QTest::newRow("one note sits at its anchor") << Boxes{{120, 40}} << qreal(1000) << Places{120};
    QTest::newRow("far apart notes do not move") << Boxes{{100, 40}, {300, 40}} << qreal(1000) << Places{100, 300};
    QTest::newRow("second pushed below the first") << Boxes{{100, 40}, {110, 40}} << qreal(1000) << Places{100, 150};
    QTest::newRow("chain of pushes") << Boxes{{100, 40}, {110, 40}, {120, 40}} << qreal(1000)
                                     << Places{100, 150, 200};
    QTest::newRow("input order does not matter, anchors do")
        << Boxes{{110, 40}, {100, 40}} << qreal(1000) << Places{150, 100};
    QTest::newRow("equal anchors keep input order") << Boxes{{100, 20}, {100, 20}} << qreal(1000)
                                                    << Places{100, 130};
    QTest::newRow("note above the top is moved down") << Boxes{{-30, 20}} << qreal(1000) << Places{0};
    QTest::newRow("last note pulled up to fit the bottom") << Boxes{{900, 200}} << qreal(1000) << Places{800};
    QTest::newRow("pull-up moves the one above only as needed")
        << Boxes{{500, 100}, {850, 200}} << qreal(1000) << Places{500, 800};
    QTest::newRow("pull-up cascades") << Boxes{{700, 100}, {850, 200}} << qreal(1000) << Places{690, 800};
    QTest::newRow("too full: stacked from the top, overflow below")
        << Boxes{{0, 400}, {10, 400}, {20, 400}} << qreal(1000) << Places{0, 410, 820};
}

void TestMarginPlacement::places()
{
    QFETCH(Boxes, boxes);
    QFETCH(qreal, bottom);
    QFETCH(Places, expected);
    QCOMPARE(placeMarginNotes(boxes, 10, 0, bottom), expected);
}

void TestMarginPlacement::neverOverlapsAndStaysNearAnchors_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random crowd %1").arg(seed))) << seed;
}

void TestMarginPlacement::neverOverlapsAndStaysNearAnchors()
{
    QFETCH(int, seed);
    // A small deterministic generator: the same crowd every run.
    quint32 state = quint32(seed) * 2654435761u;
    const auto next = [&state](int range) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(range));
    };
    Boxes boxes;
    const int count = 1 + next(30);
    qreal totalHeight = 0;
    for (int i = 0; i < count; ++i) {
        boxes.append({qreal(next(3000)), qreal(20 + next(120))});
        totalHeight += boxes.last().height + 8;
    }
    const qreal bottom = 3200;
    const Places y = placeMarginNotes(boxes, 8, 0, bottom);
    QCOMPARE(y.size(), count);
    QVector<int> order(count);
    for (int i = 0; i < count; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return boxes[a].anchorY < boxes[b].anchorY; });
    for (int k = 0; k < count; ++k) {
        const int i = order[k];
        QVERIFY(y[i] >= 0);
        if (k + 1 < count) {
            const int j = order[k + 1];
            QVERIFY2(y[i] + boxes[i].height + 8 <= y[j] + 1e-9, "notes keep anchor order without overlap");
        }
        if (totalHeight <= bottom)
            QVERIFY2(y[i] + boxes[i].height <= bottom + 1e-9, "everything fits when it can");
        // A note only moves down as far as a run of notes above it forces it: below note m's
        // anchor by the heights of the notes from m on. (It may move up, when the bottom forces.)
        qreal forced = boxes[i].anchorY;
        for (int m = 0; m < k; ++m) {
            qreal run = boxes[order[m]].anchorY;
            for (int n = m; n < k; ++n)
                run += boxes[order[n]].height + 8;
            forced = qMax(forced, run);
        }
        QVERIFY(y[i] <= forced + 1e-9);
    }
}

QTEST_GUILESS_MAIN(TestMarginPlacement)
#include "tst_marginplacement.moc"
