// SPDX-License-Identifier: GPL-3.0-or-later
// Part ↔ source mapping on the real Manifesto work (5 chapters, planned into parts): a note made
// on a part must be stored on the chapter it lies in, at the chapter's own offsets.
#include "installments/installmentplanner.h"
#include "installments/installmentview.h"
#include "installments/partmapping.h"

#include "importing/importservice.h"
#include "schedule/servingstore.h"
#include "testsupport.h"

#include <QTest>

using namespace redletter;

namespace {

const QString ManifestoSite = QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm");

//! A corpus source read as the import service reads it (readings and work title), no catalog.
using Source = ImportedText;

Source read(const QString &relative)
{
    return test::readCorpusSource(relative);
}

} // namespace

class TestPartMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manifestoPart2_passageMapsToItsChapterAndBack();
    void cutParagraph_eachPartHoldsItsSide();
    void servedPage_keepsTheOriginsThroughJson();
};

void TestPartMapping::manifestoPart2_passageMapsToItsChapterAndBack()
{
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(ManifestoSite);
    QCOMPARE(source.readings.size(), 5);
    const InstallmentPlan plan = InstallmentPlanner().plan(source.readings, source.workTitle);
    QCOMPARE(plan.parts.size(), 4);
    const Installment part1 = InstallmentView::build(source.readings, plan, 0);
    const Installment part2 = InstallmentView::build(source.readings, plan, 1);
    const Reading &preface = source.readings.at(0);
    const Reading &chapter1 = source.readings.at(1);

    // Part 2 opens with the preface's 1892 Polish edition (preface block 48); its block 13 is the
    // heading the part view adds for Chapter I, whose opening paragraphs follow.
    const QString famous = QStringLiteral("The history of all hitherto existing society is the history of class struggles.");
    QCOMPARE(part2.reading.body.at(21).text, famous);
    QCOMPARE(chapter1.body.at(7).text, famous);
    // "class struggles" starts at UTF-16 offset 63 (counted: 4+8+3+4+9+9+8+3+4+8+3).
    const SourcePlace place = toSourcePlace(part2, TextLocation{TextLocation::Body, 21, 63});
    QCOMPARE(place, (SourcePlace{chapter1.id, 7, 63}));
    QCOMPARE(chapter1.body.at(place.block).text.mid(place.offset, 15), QStringLiteral("class struggles"));
    QCOMPARE(toPartLocation(part2, place), (TextLocation{TextLocation::Body, 21, 63}));
    // The end of the sentence (79 units) is still in the part: a range ending there maps.
    QCOMPARE(toPartLocation(part2, SourcePlace{chapter1.id, 7, 79}), (TextLocation{TextLocation::Body, 21, 79}));

    // The added chapter heading and the introduction have no place in the chapter's body.
    QCOMPARE(part2.reading.body.at(13).text, QStringLiteral("Chapter I. Bourgeois and Proletarians"));
    QVERIFY(!toSourcePlace(part2, TextLocation{TextLocation::Body, 13, 5}).isValid());
    QVERIFY(!toSourcePlace(part2, TextLocation{TextLocation::Introduction, 0, 0}).isValid());
    QVERIFY(!toSourcePlace(part2, TextLocation{TextLocation::Body, int(part2.reading.body.size()), 0}).isValid());

    // Preface block 47 (Engels' 1890 signature) closes part 1; part 2 does not hold it.
    QCOMPARE(toPartLocation(part1, SourcePlace{preface.id, 47, 9}), (TextLocation{TextLocation::Body, 48, 9}));
    QVERIFY(!toPartLocation(part2, SourcePlace{preface.id, 47, 9}).isValid());
    QCOMPARE(toSourcePlace(part2, TextLocation{TextLocation::Body, 0, 4}), (SourcePlace{preface.id, 48, 4}));
    // Same block index, another chapter: the reading id decides.
    QVERIFY(!toPartLocation(part2, SourcePlace{source.readings.at(2).id, 7, 63}).isValid());
}

void TestPartMapping::cutParagraph_eachPartHoldsItsSide()
{
    // A paragraph "First half. Second half." (24 units) cut after "First half. " (12 units):
    // part A ends with its first 12 units, part B starts with the rest at source offset 12.
    Installment a;
    a.reading.body.append(Block());
    a.reading.body[0].text = QStringLiteral("First half. ");
    a.origins.append(BlockOrigin{0, QStringLiteral("r"), 3, 0});
    Installment b;
    b.reading.body.append(Block());
    b.reading.body[0].text = QStringLiteral("Second half.");
    b.origins.append(BlockOrigin{0, QStringLiteral("r"), 3, 12});

    QCOMPARE(toSourcePlace(b, TextLocation{TextLocation::Body, 0, 7}), (SourcePlace{QStringLiteral("r"), 3, 19}));
    QCOMPARE(toPartLocation(b, SourcePlace{QStringLiteral("r"), 3, 19}), (TextLocation{TextLocation::Body, 0, 7}));
    QVERIFY(!toPartLocation(b, SourcePlace{QStringLiteral("r"), 3, 5}).isValid());
    QCOMPARE(toPartLocation(a, SourcePlace{QStringLiteral("r"), 3, 5}), (TextLocation{TextLocation::Body, 0, 5}));
    // The cut itself: the end of A, the start of B.
    QCOMPARE(toPartLocation(a, SourcePlace{QStringLiteral("r"), 3, 12}), (TextLocation{TextLocation::Body, 0, 12}));
    QCOMPARE(toPartLocation(b, SourcePlace{QStringLiteral("r"), 3, 12}), (TextLocation{TextLocation::Body, 0, 0}));
    QCOMPARE(toPartLocation(b, SourcePlace{QStringLiteral("r"), 3, 24}), (TextLocation{TextLocation::Body, 0, 12}));
    QVERIFY(!toPartLocation(b, SourcePlace{QStringLiteral("r"), 3, 25}).isValid());
}

void TestPartMapping::servedPage_keepsTheOriginsThroughJson()
{
    // The window maps a served day's stored page, not a fresh plan: the origins must survive it.
    REDLETTER_REQUIRE_CORPUS();
    const Source source = read(ManifestoSite);
    const InstallmentPlan plan = InstallmentPlanner().plan(source.readings, source.workTitle);
    const Installment part2 = InstallmentView::build(source.readings, plan, 1);
    ServedText stored;
    QString error;
    QVERIFY2(ServedText::fromJson(ServedText::of(part2).toJson(), &stored, &error), qPrintable(error));
    QCOMPARE(stored.origins, part2.origins);
    const Installment shown = stored.labels();
    QCOMPARE(toSourcePlace(shown, TextLocation{TextLocation::Body, 21, 63}),
             (SourcePlace{source.readings.at(1).id, 7, 63}));
    QVERIFY(!toSourcePlace(shown, TextLocation{TextLocation::Body, 13, 0}).isValid());
}

QTEST_GUILESS_MAIN(TestPartMapping)
#include "tst_partmapping.moc"
