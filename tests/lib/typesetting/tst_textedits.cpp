// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/textedits.h"

#include <QRegularExpression>
#include <QTest>

using namespace redletter;

using Edits = QVector<TextEdit>;
using Offsets = QVector<int>;
Q_DECLARE_METATYPE(Edits)

class TestTextEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_data();
    void apply();
    void chained_mapsFromTheFirstText();
    void overlappingEdit_isDroppedWithWarning();
    void insertions_mapLikeInsertionEdits();
};

void TestTextEdits::apply_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Offsets>("offsetMap");

    QTest::newRow("no edits: identity")
        << QStringLiteral("abc") << Edits{} << QStringLiteral("abc") << Offsets{0, 1, 2, 3};
    QTest::newRow("insertion goes before the character at its offset")
        << QStringLiteral("abcd") << Edits{{2, 2, QStringLiteral("-")}} << QStringLiteral("ab-cd")
        << Offsets{0, 1, 3, 4, 5};
    QTest::newRow("two insertions at one offset keep their order")
        << QStringLiteral("ab") << Edits{{1, 1, QStringLiteral("x")}, {1, 1, QStringLiteral("y")}}
        << QStringLiteral("axyb") << Offsets{0, 3, 4};
    QTest::newRow("shrinking replacement: inside clamps to its end")
        << QStringLiteral("a...b") << Edits{{1, 4, QStringLiteral("…")}} << QStringLiteral("a…b")
        << Offsets{0, 1, 2, 2, 2, 3};
    QTest::newRow("growing replacement: inside maps into it")
        << QStringLiteral("a\"b") << Edits{{1, 2, QStringLiteral("«_")}} << QStringLiteral("a«_b")
        << Offsets{0, 1, 3, 4};
    QTest::newRow("deletion") << QStringLiteral("abc") << Edits{{1, 2, QString()}} << QStringLiteral("ac")
                              << Offsets{0, 1, 1, 2};
    QTest::newRow("edit at the end") << QStringLiteral("ab") << Edits{{2, 2, QStringLiteral("!")}}
                                     << QStringLiteral("ab!") << Offsets{0, 1, 3};
    QTest::newRow("replacement followed by insertion at its end")
        << QStringLiteral("a--b") << Edits{{1, 3, QStringLiteral("–")}, {3, 3, QStringLiteral("^")}}
        << QStringLiteral("a–^b") << Offsets{0, 1, 2, 3, 4};
}

void TestTextEdits::apply()
{
    QFETCH(QString, text);
    QFETCH(Edits, edits);
    QFETCH(QString, expected);
    QFETCH(Offsets, offsetMap);
    const EditedText edited = applyEdits(text, edits);
    QCOMPARE(edited.text, expected);
    QCOMPARE(edited.offsetMap, offsetMap);
    for (int offset = 0; offset <= int(text.size()); ++offset)
        QCOMPARE(mapOffset(edits, offset), offsetMap.at(offset));
    QCOMPARE(edited.mapOffset(-5), offsetMap.first());
    QCOMPARE(edited.mapOffset(int(text.size()) + 5), offsetMap.last());
}

void TestTextEdits::chained_mapsFromTheFirstText()
{
    const QString original = QStringLiteral("wait... revolution");
    const EditedText first = applyEdits(original, {{4, 7, QStringLiteral("…")}});
    QCOMPARE(first.text, QStringLiteral("wait… revolution"));
    const int word = int(first.text.indexOf(QStringLiteral("revolution")));
    const EditedText second = applyEdits(first, {{word + 3, word + 3, QStringLiteral("\u00AD")}});
    QCOMPARE(second.text, QStringLiteral("wait… rev\u00ADolution"));
    QCOMPARE(second.offsetMap.size(), original.size() + 1);

    QVector<StyleRange> styles{{StyleRange::Emphasis, 8, int(original.size()), {}}};
    second.mapRanges(&styles);
    QCOMPARE(second.text.mid(styles.first().start, styles.first().end - styles.first().start),
             QStringLiteral("rev\u00ADolution"));
}

void TestTextEdits::overlappingEdit_isDroppedWithWarning()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("overlaps or is out of range")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("overlaps or is out of range")));
    const EditedText edited = applyEdits(QStringLiteral("abcdef"),
                                         {{1, 3, QStringLiteral("X")},
                                          {2, 4, QStringLiteral("Y")},   // overlaps the first
                                          {5, 9, QStringLiteral("Z")}}); // beyond the end
    QCOMPARE(edited.text, QStringLiteral("aXdef"));
    QCOMPARE(edited.offsetMap.size(), 7);
}

void TestTextEdits::insertions_mapLikeInsertionEdits()
{
    const QString text = QStringLiteral("dictatorship");
    const QVector<int> positions{3, 5, 8};
    const Edits edits = insertionsAt(positions, QStringLiteral("\u00AD"));
    const EditedText edited = applyEdits(text, edits);
    QCOMPARE(edited.text, QStringLiteral("dic\u00ADta\u00ADtor\u00ADship"));
    for (int offset = 0; offset <= int(text.size()); ++offset) {
        QCOMPARE(mapOffset(positions, offset), edited.mapOffset(offset));
        QCOMPARE(mapOffset(edits, offset), edited.mapOffset(offset));
    }
}

QTEST_GUILESS_MAIN(TestTextEdits)
#include "tst_textedits.moc"
