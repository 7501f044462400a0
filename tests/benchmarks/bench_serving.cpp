// SPDX-License-Identifier: GPL-3.0-or-later
// The day's pick at scale (issue 9, "Speed": the day's pick ≤ 5 ms on 10,000 readings), taken
// apart: reading what the pick needs from the catalog, the pick itself, and serving a new day
// (pick, page content, record). Run on a catalog bench_catalog generated and kept:
//   bench_catalog --keep DIR; bench_serving DIR/bench-catalog.sqlite
// Works on a copy, so the kept catalog stays as generated.
#include "catalog/catalog.h"
#include "schedule/clock.h"
#include "schedule/dailypick.h"
#include "schedule/dailyschedule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace redletter;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

double p95(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(std::min(values.size() - 1, size_t(double(values.size()) * 0.95)));
}

template<typename F>
std::vector<double> timed(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f(i);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_serving CATALOG.sqlite (from bench_catalog --keep DIR)\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), path)) {
        out << "cannot copy " << argv[1] << "\n";
        return 1;
    }
    Catalog catalog;
    QString error;
    if (!catalog.open(path, &error)) {
        out << error << "\n";
        return 1;
    }
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    DailySchedule schedule(catalog, clock);
    schedule.setLanguages({QStringLiteral("en")});
    const int readings = catalog.readingCount();

    // The stored rotation (schema v11): stored once after a change of the catalog, then a new
    // day's pick reads a few rows of it, in a schedule just made as at start-up.
    const auto storing = timed(1, [&](int) { (void)schedule.pick(QDate(2026, 1, 1)); });
    const auto storedPick = timed(21, [&](int day) {
        DailySchedule fresh(catalog, clock);
        fresh.setLanguages({QStringLiteral("en")});
        (void)fresh.pick(QDate(2027, 1, 1).addDays(day));
    });
    const auto entries = timed(21, [&](int) { (void)schedule.store().pickEntries(); });
    const auto inputs = timed(21, [&](int) { (void)schedule.pickInput(QDate(2026, 1, 1)); });
    const PickInput input = schedule.pickInput(QDate(2026, 1, 1));
    const auto pick = timed(21, [&](int) { (void)pickForDay(input); });
    // Days bench_catalog did not serve (it served from 1 January 2026).
    const auto serve = timed(30, [&](int day) {
        if (!schedule.serve(QDate(2027, 1, 1).addDays(day), &error))
            out << "cannot serve: " << error << "\n";
    });
    const auto served = timed(30, [&](int day) { (void)schedule.page(QDate(2027, 1, 1).addDays(day), &error); });
    // A reader of a year: the stored order's walk passes over every unit served this round.
    for (int day = 30; day < 395; ++day) {
        if (!schedule.serve(QDate(2027, 1, 1).addDays(day), &error))
            out << "cannot serve: " << error << "\n";
    }
    const auto afterAYear = timed(21, [&](int day) {
        DailySchedule fresh(catalog, clock);
        fresh.setLanguages({QStringLiteral("en")});
        (void)fresh.pick(QDate(2028, 2, 1).addDays(day));
    });
    out << "bench_serving: " << readings << " readings\n"
        << "the first pick, storing the rotation: " << storing.front() << " ms (once after the catalog changed)\n"
        << "the pick from the stored rotation:    median " << median(storedPick) << " ms, p95 " << p95(storedPick)
        << " ms (a schedule just made, as at start-up)\n"
        << "the same after a year served:         median " << median(afterAYear) << " ms, p95 " << p95(afterAYear)
        << " ms\n"
        << "reading the pick's entries:           median " << median(entries) << " ms, p95 " << p95(entries) << " ms\n"
        << "the pick's inputs (entries cached):   median " << median(inputs) << " ms, p95 " << p95(inputs) << " ms\n"
        << "the pick over them (pickForDay):      median " << median(pick) << " ms, p95 " << p95(pick) << " ms\n"
        << "serve a new day (read, pick, record): median " << median(serve) << " ms, p95 " << p95(serve) << " ms\n"
        << "a served day's page (stored text):    median " << median(served) << " ms, p95 " << p95(served) << " ms\n";
    return 0;
}
