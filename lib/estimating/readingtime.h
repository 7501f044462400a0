// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"

namespace redletter {

//! How long a reading takes, split the way the page shows it.
struct ReadingTime
{
    int textWords = 0;         //!< the author's text, footnotes included
    int introductionWords = 0; //!< the editor's introduction
    int noteWords = 0;         //!< the editor's margin notes
    int wordsPerMinute = 0;    //!< the pace the figures were computed at
    double textMinutes = 0;
    double introductionMinutes = 0;
    double noteMinutes = 0;
    int minutes = 0;              //!< what the page shows as "N min"
    bool editorOverride = false;  //!< minutes came from the reading's `minutes:`
    /*!
     * The same reading at the reader's own pace (learned or chosen), shown beside the house
     * figure ("12 min · about 9 for you"); 0 when there is no own pace. Never used to cut parts.
     */
    int personalMinutes = 0;
    int personalWordsPerMinute = 0; //!< the pace personalMinutes is at; 0 without one

    int totalWords() const { return textWords + introductionWords + noteWords; }
};

/*!
 * Estimates reading time from word counts. Words are counted with QTextBoundaryFinder, so German
 * compounds and Russian text count as a reader sees them, and punctuation is not a word.
 */
class ReadingTimeEstimator
{
public:
    /*!
     * The default pace, in words per minute over introduction, text and notes together. Chosen so
     * that the estimate reproduces the publisher's own figure for its pages (the Red Letter sample,
     * 4,484 words, is printed as "12 min"); the numbers and the reasoning are in readingtime.cpp.
     */
    static const int DefaultWordsPerMinute;

    explicit ReadingTimeEstimator(int wordsPerMinute = DefaultWordsPerMinute);

    int wordsPerMinute() const { return m_wordsPerMinute; }

    ReadingTime estimate(const Reading &reading) const;

    //! Number of words in @p text (word boundaries of @p language's rules; Unicode default rules today).
    static int countWords(const QString &text);
    static int countWords(const QVector<Block> &blocks);
    //! Where each word of @p text starts (UTF-16 offsets, ascending): the words countWords() counts.
    static QVector<int> wordStarts(const QString &text);

    /*!
     * @p time with personalMinutes at @p wordsPerMinute (0 or less: none). The editor's own
     * figure, when there is one, is scaled by the ratio of the paces, so a reader twice as fast
     * as the house is told half the editor's time.
     */
    static ReadingTime withPersonalPace(ReadingTime time, int wordsPerMinute);

    //! Rounds exact minutes to what the publisher prints: up to the next whole minute, at least 1.
    static int roundMinutes(double exactMinutes);

private:
    int m_wordsPerMinute;
};

} // namespace redletter
