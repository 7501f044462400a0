// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/exportoptions.h"

#include <QStandardPaths>
#include <QTest>

using namespace redletter;

class TestExportOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultPageSizeForLocale_data();
    void defaultPageSizeForLocale();
    void filterSources_data();
    void filterSources();
    void filterSources_dropsReadingsLeftWithoutAnnotations();
    void formatDateRange_data();
    void formatDateRange();
    void formatCitationDate_dropsTheWeekday_data();
    void formatCitationDate_dropsTheWeekday();
    void exportDateRange_prefersReadingDates();
    void defaultExportTitle();
};

namespace {

Annotation annotation(const QString &id, const QDateTime &created, const QStringList &tags = {})
{
    Annotation a;
    a.id = id;
    a.quote.exact = QStringLiteral("quoted");
    a.created = created;
    a.modified = created;
    a.tags = tags;
    return a;
}

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

//! Two readings: "state" (tagged "lenin") with annotations a1 (1 Nov, #study) and a2 (3 Nov);
//! "value" with a3 (5 Nov, #Study) and a4 (9 Nov).
QVector<ExportSource> twoReadings()
{
    ExportSource state;
    state.reading.id = QStringLiteral("state");
    state.reading.title = QStringLiteral("The State");
    state.reading.tags = QStringList{QStringLiteral("lenin")};
    state.annotations = {annotation(QStringLiteral("a1"), utc(2026, 11, 1), {QStringLiteral("study")}),
                         annotation(QStringLiteral("a2"), utc(2026, 11, 3))};
    ExportSource value;
    value.reading.id = QStringLiteral("value");
    value.reading.title = QStringLiteral("Value");
    value.annotations = {annotation(QStringLiteral("a3"), utc(2026, 11, 5), {QStringLiteral("Study")}),
                         annotation(QStringLiteral("a4"), utc(2026, 11, 9))};
    return {state, value};
}

QStringList ids(const QVector<ExportSource> &sources)
{
    QStringList result;
    for (const ExportSource &source : sources) {
        for (const Annotation &a : source.annotations)
            result << a.id;
    }
    return result;
}

} // namespace

void TestExportOptions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportOptions::defaultPageSizeForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("United States: Letter") << QStringLiteral("en_US") << int(QPageSize::Letter);
    QTest::newRow("English Canada: Letter") << QStringLiteral("en_CA") << int(QPageSize::Letter);
    QTest::newRow("French Canada: Letter") << QStringLiteral("fr_CA") << int(QPageSize::Letter);
    QTest::newRow("Mexico: Letter") << QStringLiteral("es_MX") << int(QPageSize::Letter);
    QTest::newRow("Philippines: Letter") << QStringLiteral("en_PH") << int(QPageSize::Letter);
    QTest::newRow("Chile: Letter") << QStringLiteral("es_CL") << int(QPageSize::Letter);
    QTest::newRow("United Kingdom: A4") << QStringLiteral("en_GB") << int(QPageSize::A4);
    QTest::newRow("Germany: A4") << QStringLiteral("de_DE") << int(QPageSize::A4);
    QTest::newRow("Spain: A4") << QStringLiteral("es_ES") << int(QPageSize::A4);
    QTest::newRow("Japan: A4") << QStringLiteral("ja_JP") << int(QPageSize::A4);
    QTest::newRow("the C locale: A4") << QStringLiteral("C") << int(QPageSize::A4);
}

void TestExportOptions::defaultPageSizeForLocale()
{
    QFETCH(QString, locale);
    QFETCH(int, pageSize);
    QCOMPARE(int(redletter::defaultPageSizeForLocale(QLocale(locale)).id()), pageSize);
}

void TestExportOptions::filterSources_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    QTest::newRow("no filter: everything") << QDate() << QDate() << QString() << none
                                           << QStringList{QStringLiteral("a1"), QStringLiteral("a2"),
                                                          QStringLiteral("a3"), QStringLiteral("a4")};
    QTest::newRow("date range, both ends inclusive")
        << QDate(2026, 11, 3) << QDate(2026, 11, 5) << QString() << none
        << QStringList{QStringLiteral("a2"), QStringLiteral("a3")};
    QTest::newRow("only a first day") << QDate(2026, 11, 5) << QDate() << QString() << none
                                      << QStringList{QStringLiteral("a3"), QStringLiteral("a4")};
    QTest::newRow("annotation tag, any case")
        << QDate() << QDate() << QStringLiteral("STUDY") << none
        << QStringList{QStringLiteral("a1"), QStringLiteral("a3")};
    QTest::newRow("reading tag takes all of that reading's annotations")
        << QDate() << QDate() << QStringLiteral("lenin") << none
        << QStringList{QStringLiteral("a1"), QStringLiteral("a2")};
    QTest::newRow("selection by id") << QDate() << QDate() << QString()
                                     << QStringList{QStringLiteral("a4"), QStringLiteral("a2")}
                                     << QStringList{QStringLiteral("a2"), QStringLiteral("a4")};
    QTest::newRow("tag and date range together")
        << QDate(2026, 11, 2) << QDate(2026, 11, 30) << QStringLiteral("study") << none
        << QStringList{QStringLiteral("a3")};
}

void TestExportOptions::filterSources()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, tag);
    QFETCH(QStringList, selection);
    QFETCH(QStringList, expected);
    AnnotationFilter filter;
    filter.from = from;
    filter.to = to;
    filter.tag = tag;
    filter.annotationIds = selection;
    QCOMPARE(ids(redletter::filterSources(twoReadings(), filter)), expected);
}

void TestExportOptions::filterSources_dropsReadingsLeftWithoutAnnotations()
{
    AnnotationFilter filter;
    filter.from = QDate(2026, 11, 5);
    const QVector<ExportSource> filtered = redletter::filterSources(twoReadings(), filter);
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(filtered.first().reading.id, QStringLiteral("value"));
}

void TestExportOptions::formatDateRange_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one day") << QDate(2026, 11, 24) << QDate(2026, 11, 24) << QStringLiteral("24 November 2026");
    QTest::newRow("only a last day") << QDate() << QDate(2026, 11, 24) << QStringLiteral("24 November 2026");
    QTest::newRow("same month") << QDate(2026, 11, 3) << QDate(2026, 11, 24)
                                << QStringLiteral("3\u201324 November 2026");
    QTest::newRow("same year") << QDate(2026, 10, 30) << QDate(2026, 11, 2)
                               << QStringLiteral("30 October \u2013 2 November 2026");
    QTest::newRow("across a new year") << QDate(2026, 12, 30) << QDate(2027, 1, 2)
                                       << QStringLiteral("30 December 2026 \u2013 2 January 2027");
}

void TestExportOptions::formatDateRange()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, expected);
    QCOMPARE(redletter::formatDateRange(first, last, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             expected);
}

void TestExportOptions::formatCitationDate_dropsTheWeekday_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("British English") << QStringLiteral("en_GB") << QStringLiteral("24 November 2026");
    QTest::newRow("American English") << QStringLiteral("en_US") << QStringLiteral("November 24, 2026");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("24. November 2026");
}

void TestExportOptions::formatCitationDate_dropsTheWeekday()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(redletter::formatCitationDate(QDate(2026, 11, 24), QLocale(locale)), expected);
}

void TestExportOptions::exportDateRange_prefersReadingDates()
{
    QVector<ExportSource> sources = twoReadings();
    QDate first;
    QDate last;
    redletter::exportDateRange(sources, &first, &last);
    QCOMPARE(first, QDate(2026, 11, 1)); // annotation dates: nothing was dated as read
    QCOMPARE(last, QDate(2026, 11, 9));

    sources[0].servedOn = QDate(2026, 10, 20);
    sources[1].servedOn = QDate(2026, 10, 22);
    redletter::exportDateRange(sources, &first, &last);
    QCOMPARE(first, QDate(2026, 10, 20));
    QCOMPARE(last, QDate(2026, 10, 22));
}

void TestExportOptions::defaultExportTitle()
{
    QVector<ExportSource> sources = twoReadings();
    QCOMPARE(redletter::defaultExportTitle({sources.first()}), QStringLiteral("The State"));
    QVERIFY2(redletter::defaultExportTitle(sources).startsWith(QStringLiteral("Annotations, ")),
             qPrintable(redletter::defaultExportTitle(sources)));
    QVERIFY(redletter::defaultExportTitle(sources).contains(QStringLiteral("2026")));
    ExportSource undated;
    undated.reading.title = QStringLiteral("A");
    ExportSource undatedToo;
    undatedToo.reading.title = QStringLiteral("B");
    QCOMPARE(redletter::defaultExportTitle({undated, undatedToo}), QStringLiteral("Annotations"));
}

QTEST_GUILESS_MAIN(TestExportOptions)
#include "tst_exportoptions.moc"
