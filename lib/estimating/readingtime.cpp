// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimating/readingtime.h"

#include "text/words.h"

#include <cmath>

namespace redletter {

// The publisher's pace, recovered from its own page. The Red Letter sample (corpus
// red-letter/dictatorship-of-the-proletariat) is printed as "Estimated Reading Time: 12 min". Parsed
// and counted by countWords() below it has 4,484 words: 411 of introduction, 4,014 of text
// (footnotes included), 59 of editorial notes. Rounding up, a pace P prints 12 when
// 11 < 4484 / P <= 12: any pace from 374 to 407 wpm; the round ones are 380, 390 and 400.
// 390 puts the sample at 11.50 minutes, the middle of the 12-minute band, so a few words more or
// less (a corrected typo, an added note, a tokenizer difference between Qt versions) do not move
// the printed figure; 380 (11.80) and 400 (11.21) sit near the band's edges.
// It is faster than readers really are: adults read non-fiction silently at about 238 wpm on
// average, most between 175 and 300 (Brysbaert 2019, "How many words do we read per minute?").
// Like most publishers' figures it is optimistic; the reader's own measured pace, once learned,
// should replace it.
const int ReadingTimeEstimator::DefaultWordsPerMinute = 390;

ReadingTimeEstimator::ReadingTimeEstimator(int wordsPerMinute)
    // A pace of zero or less would divide by zero or give negative times: fall back to the default.
    : m_wordsPerMinute(wordsPerMinute > 0 ? wordsPerMinute : DefaultWordsPerMinute)
{
}

//! Calls @p onWord with the start offset of every word of @p text, in order.
template<typename OnWord>
static void forEachWord(const QString &text, OnWord onWord)
{
    // Unicode word boundaries (UAX #29) cut "don't", "1924" and "Klassenkämpfe" as one word each
    // and give every run of punctuation or spaces its own segment; those segments are not words.
    for (const words::Span &word : words::of(text))
        onWord(word.start);
}

int ReadingTimeEstimator::countWords(const QString &text)
{
    int words = 0;
    forEachWord(text, [&words](int) { ++words; });
    return words;
}

QVector<int> ReadingTimeEstimator::wordStarts(const QString &text)
{
    QVector<int> starts;
    forEachWord(text, [&starts](int start) { starts.append(start); });
    return starts;
}

int ReadingTimeEstimator::countWords(const QVector<Block> &blocks)
{
    int words = 0;
    for (const Block &block : blocks)
        words += countWords(block.text);
    return words;
}

int ReadingTimeEstimator::roundMinutes(double exactMinutes)
{
    // Publishers' reading-time plugins print the ceiling with a floor of one minute: a page is never
    // "0 min", and a reader who is promised 12 minutes should not need 12 and a half.
    if (!(exactMinutes > 1.0)) // also catches NaN
        return 1;
    return static_cast<int>(std::ceil(exactMinutes));
}

ReadingTime ReadingTimeEstimator::estimate(const Reading &reading) const
{
    ReadingTime time;
    time.wordsPerMinute = m_wordsPerMinute;
    time.textWords = countWords(reading.body);
    for (const Footnote &footnote : reading.footnotes)
        time.textWords += countWords(footnote.blocks);
    time.introductionWords = countWords(reading.introduction);
    for (const RichText &note : reading.editorialNotes)
        time.noteWords += countWords(note.text);

    const double pace = m_wordsPerMinute;
    time.textMinutes = time.textWords / pace;
    time.introductionMinutes = time.introductionWords / pace;
    time.noteMinutes = time.noteWords / pace;

    if (reading.editorMinutes > 0) {
        time.minutes = reading.editorMinutes;
        time.editorOverride = true;
    } else {
        // From the total, not the sum of the parts' minutes: three divisions could round to just
        // above a whole minute and push the ceiling one minute up.
        time.minutes = roundMinutes(time.totalWords() / pace);
    }
    return time;
}

ReadingTime ReadingTimeEstimator::withPersonalPace(ReadingTime time, int wordsPerMinute)
{
    if (wordsPerMinute <= 0 || time.wordsPerMinute <= 0) {
        time.personalMinutes = 0;
        time.personalWordsPerMinute = 0;
        return time;
    }
    const double houseMinutes = time.editorOverride ? double(time.minutes) : time.totalWords() / double(time.wordsPerMinute);
    time.personalMinutes = roundMinutes(houseMinutes * time.wordsPerMinute / wordsPerMinute);
    time.personalWordsPerMinute = wordsPerMinute;
    return time;
}

} // namespace redletter
