// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for the installment planner (not a pass/fail test):
//  - time to plan State and Revolution (one reading, ~39,000 words, 594 blocks) into parts,
//  - time to plan it again with three parts served (the re-import path),
//  - time to build all its part views,
//  - the same plan for the Manifesto as a work of 5 chapters.
// Run: build/<preset>/tests/benchmarks/bench_installments (needs ../shared/corpus).
#include "importing/importservice.h"
#include "installments/installmentplanner.h"
#include "installments/installmentview.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace redletter;

namespace {

bool read(const QString &relative, ImportedText *text)
{
    FormatInput input;
    SourceError error;
    SourceReport report;
    if (!ImportService::readFile(test::corpusFile(relative), &input, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return false;
    }
    if (!ImportService::readInput(input, {}, &report, text)) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error.toString()));
        return false;
    }
    return true;
}

//! Median wall time of @p runs runs of @p work, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const char *name, const ImportedText &text, int runs)
{
    const InstallmentPlanner planner;
    InstallmentPlan plan;
    const double planMs = medianMs(runs, [&] { plan = planner.plan(text.readings, text.workTitle); });
    int blocks = 0;
    for (const Reading &reading : text.readings)
        blocks += int(reading.body.size());
    std::printf("%s: %d words, %d blocks, %d parts, spread %.2f min\n", name, plan.totalWords, blocks,
                int(plan.parts.size()), plan.spreadMinutes());
    for (int p = 0; p < plan.parts.size(); ++p)
        std::printf("  part %d: %.2f min (%d words)\n", p + 1, plan.parts.at(p).minutes, plan.parts.at(p).words);
    const int served = std::min(3, int(plan.parts.size()));
    const double replanMs = medianMs(runs, [&] { planner.replan(text.readings, text.workTitle, plan, served); });
    int viewBlocks = 0; // used, so that the views are really built
    const double viewsMs = medianMs(runs, [&] {
        for (int p = 0; p < plan.parts.size(); ++p)
            viewBlocks += int(InstallmentView::build(text.readings, plan, p).reading.body.size());
    });
    std::printf("  plan %.2f ms, replan with %d served %.2f ms, all part views %.2f ms (median of %d; %d blocks set)\n",
                planMs, served, replanMs, viewsMs, runs, viewBlocks / runs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (test::corpusDir().isEmpty()) {
        std::fprintf(stderr, "../shared/corpus is not there\n");
        return 1;
    }
    ImportedText lenin;
    ImportedText manifesto;
    if (!read(QStringLiteral("plain/miaderived_lenin_state-and-revolution.txt"), &lenin)
        || !read(QStringLiteral("mia/sites/marx-engels-communist-manifesto/index.htm"), &manifesto))
        return 1;
    report("State and Revolution", lenin, 21);
    report("Manifesto (work)", manifesto, 21);
    return 0;
}
