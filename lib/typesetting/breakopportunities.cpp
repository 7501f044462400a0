// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/breakopportunities.h"

#include "typesetting/textpositions.h"

#include <QTextBoundaryFinder>

namespace redletter {

namespace {

constexpr QChar softHyphen(0x00AD);

/*!
 * The UAX #14 classes of the characters decided here (their Line_Break values): letters of the
 * alphabetic scripts and combining marks (AL, CM), digits (NU), quotation marks (QU), opening and
 * closing brackets (OP, CP) and infix separators (IS), and the soft hyphen (BA).
 */
enum class Simple { No, Letter, Digit, Quote, Open, Close, Infix, SoftHyphen };

Simple simpleClass(QChar c)
{
    const char16_t u = c.unicode();
    if (u == softHyphen)
        return Simple::SoftHyphen;
    switch (u) {
    case '\'': case '"': case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A:
        return Simple::Quote;
    case '(': case '[': case 0x201A: case 0x201E: // the low quotation marks are opening punctuation
        return Simple::Open;
    case ')': case ']':
        return Simple::Close;
    case '.': case ',': case ':': case ';':
        return Simple::Infix;
    default:
        break;
    }
    // Latin, Greek, Cyrillic and Armenian (Hebrew, from U+0590, breaks differently after a
    // hyphen), and the Latin and Greek extensions.
    const bool alphabetic = u < 0x0590 || (u >= 0x1E00 && u < 0x2000);
    if (u >= '0' && u <= '9')
        return Simple::Digit;
    if (alphabetic && (c.isLetter() || c.category() == QChar::Mark_NonSpacing))
        return Simple::Letter;
    return Simple::No;
}

/*!
 * Whether UAX #14 lets a line break between @p before and @p after, two characters of the
 * classes above with no space between them; false in @p decided where the pair is not one of
 * those it is sure of.
 */
bool breaksBetween(Simple before, Simple after, bool *decided)
{
    *decided = true;
    if (after == Simple::Quote || after == Simple::Close || after == Simple::Infix || after == Simple::SoftHyphen)
        return false; // × QU, × CP, × IS, × BA
    if (before == Simple::Quote || before == Simple::Open)
        return false; // QU ×, OP ×
    const bool alphanumeric = before == Simple::Letter || before == Simple::Digit;
    if (after == Simple::Letter || after == Simple::Digit) {
        if (alphanumeric || before == Simple::Close)
            return false; // AL × AL, AL × NU, NU × AL, NU × NU, X CM*, CP × (AL | NU)
        if (before == Simple::Infix && after == Simple::Letter)
            return false; // IS × AL (a digit after a stop only in a number: ask)
        if (before == Simple::SoftHyphen && after == Simple::Letter)
            return true; // BA ÷
    }
    if (after == Simple::Open && alphanumeric)
        return false; // (AL | NU) × OP
    *decided = false;
    return false;
}

} // namespace

QVector<int> lineBreakOpportunities(const QString &text)
{
    const int length = int(text.size());
    QVector<int> positions;
    int wordStart = 0;
    while (wordStart < length) {
        // A word: the characters up to the next space a line breaks at.
        int wordEnd = wordStart;
        while (wordEnd < length && !isBreakableSpace(text.at(wordEnd)))
            ++wordEnd;
        QVector<int> inside;
        bool decided = true;
        Simple before = wordStart < wordEnd ? simpleClass(text.at(wordStart)) : Simple::No;
        decided = before != Simple::No;
        for (int k = wordStart + 1; decided && k < wordEnd; ++k) {
            const Simple after = simpleClass(text.at(k));
            if (after == Simple::No) {
                decided = false;
                break;
            }
            if (breaksBetween(before, after, &decided))
                inside.append(k);
            before = after;
        }
        if (!decided && wordEnd - wordStart > 1) {
            inside.clear();
            // The space before the word is its context (UAX #14 has rules for what follows one).
            const int from = wordStart > 0 ? wordStart - 1 : 0;
            const QString word = text.mid(from, wordEnd - from);
            QTextBoundaryFinder finder(QTextBoundaryFinder::Line, word);
            for (int k = int(finder.toNextBoundary()); k > 0; k = int(finder.toNextBoundary())) {
                const int at = from + k;
                if (at > wordStart && at < wordEnd && (finder.boundaryReasons() & QTextBoundaryFinder::BreakOpportunity))
                    inside.append(at);
            }
        }
        positions += inside;
        // After the word, its spaces: a line breaks after the last of them.
        int next = wordEnd;
        while (next < length && isBreakableSpace(text.at(next)))
            ++next;
        if (next < length && next > wordEnd)
            positions.append(next);
        wordStart = next;
    }
    positions.append(length);
    return positions;
}

} // namespace redletter
