// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimating/pace.h"

#include <algorithm>
#include <cmath>

namespace redletter::pace {

namespace {

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    const int n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

PaceSample measureSession(const QVector<PacePoint> &points)
{
    PaceSample sample;
    // A window collects consecutive intervals until it is long enough to judge its rate.
    qint64 windowMsecs = 0;
    int windowWords = 0;
    const auto closeWindow = [&] {
        if (windowMsecs > 0) {
            const double rate = windowWords * 60000.0 / windowMsecs;
            if (rate <= SkimWordsPerMinute && rate >= StallWordsPerMinute) {
                sample.words += windowWords;
                sample.seconds += windowMsecs / 1000.0;
            }
        }
        windowMsecs = 0;
        windowWords = 0;
    };
    for (int i = 1; i < points.size(); ++i) {
        const PacePoint &from = points[i - 1];
        const PacePoint &to = points[i];
        const qint64 elapsed = to.msecs - from.msecs;
        if (elapsed <= 0 || elapsed > IdleMsecs || !from.visible || !to.visible) {
            closeWindow(); // away, hidden, or a clock that went back: the stretch ends here
            continue;
        }
        const int progress = std::max(0, to.wordsPassed - from.wordsPassed);
        windowMsecs += elapsed;
        windowWords += progress;
        // A window closes on progress: 90 s on one page followed by a scroll is one page read.
        if (windowMsecs >= WindowMsecs && progress > 0)
            closeWindow();
    }
    closeWindow();
    return sample;
}

PaceEstimate estimatePace(const QVector<PaceSample> &sessions)
{
    QVector<double> rates;
    for (int i = sessions.size() - 1; i >= 0 && rates.size() < RecentSessions; --i) {
        const PaceSample &s = sessions[i];
        if (s.seconds >= MinimumSessionSeconds && s.words >= MinimumSessionWords && std::isfinite(s.seconds))
            rates.append(s.wordsPerMinute());
    }
    PaceEstimate estimate;
    if (rates.size() < MinimumSessions)
        return estimate;
    const double middle = median(rates);
    QVector<double> deviations;
    for (double rate : std::as_const(rates))
        deviations.append(std::abs(rate - middle));
    // 1.4826 × MAD estimates the standard deviation of normal data; a floor of 5 % of the median
    // keeps a run of near-identical sessions from rejecting an ordinary one.
    const double spread = std::max(1.4826 * median(deviations), 0.05 * middle);
    QVector<double> kept;
    for (double rate : std::as_const(rates)) {
        if (std::abs(rate - middle) <= 3 * spread)
            kept.append(rate);
    }
    estimate.sessionsRejected = rates.size() - kept.size();
    if (kept.size() < MinimumSessions)
        return estimate;
    estimate.sessionsUsed = kept.size();
    estimate.wordsPerMinute = int(std::lround(median(kept)));
    return estimate;
}

} // namespace redletter::pace
