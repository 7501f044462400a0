// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimating/readingtime.h"

namespace redletter {

// PLACEHOLDER: being written (estimator).
const int ReadingTimeEstimator::DefaultWordsPerMinute = 300;
ReadingTimeEstimator::ReadingTimeEstimator(int wordsPerMinute) : m_wordsPerMinute(wordsPerMinute) {}
ReadingTime ReadingTimeEstimator::estimate(const Reading &) const { return {}; }
int ReadingTimeEstimator::countWords(const QString &) { return 0; }
int ReadingTimeEstimator::countWords(const QVector<Block> &) { return 0; }
int ReadingTimeEstimator::roundMinutes(double) { return 0; }

} // namespace redletter
