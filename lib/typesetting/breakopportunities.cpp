// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/breakopportunities.h"

#include "typesetting/textpositions.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace redletter {

namespace {

constexpr QChar softHyphen(0x00AD);

/*!
 * The UAX #14 classes of the characters decided here (their Line_Break values): letters of the
 * alphabetic scripts (AL), combining marks (CM), digits (NU), quotation marks (QU), opening and
 * closing brackets (OP, CP), infix separators (IS), the soft hyphen (BA), the hyphen-minus (HY),
 * the exclamation and question marks (EX), the ellipsis (IN) and the no-break spaces (GL).
 */
enum class Simple { No, Letter, Mark, Digit, Quote, Open, Close, Infix, SoftHyphen, Hyphen, Exclamation, Ellipsis, Glue };

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
    case '-':
        return Simple::Hyphen;
    case '!': case '?':
        return Simple::Exclamation;
    case 0x2026:
        return Simple::Ellipsis;
    case 0x00A0: case 0x202F:
        return Simple::Glue;
    default:
        break;
    }
    // Latin, Greek, Cyrillic and Armenian (Hebrew, from U+0590, breaks differently after a
    // hyphen), and the Latin and Greek extensions.
    const bool alphabetic = u < 0x0590 || (u >= 0x1E00 && u < 0x2000);
    if (u >= '0' && u <= '9')
        return Simple::Digit;
    // Not the spacing modifier letters (some break before them, BB) nor the combining grapheme
    // joiner and double diacritics (no-break glue, GL).
    const bool modifier = u >= 0x02B0 && u < 0x0300;
    const bool glue = u == 0x034F || (u >= 0x035C && u <= 0x0362);
    if (alphabetic && !modifier && c.isLetter())
        return Simple::Letter;
    if (alphabetic && !glue && c.isMark())
        return Simple::Mark;
    return Simple::No;
}

/*!
 * Whether UAX #14 lets a line break between @p before and @p after, two characters of the
 * classes above with no space between them, @p earlier the one before @p before (Simple::No at
 * the word's start); false in @p decided where the pair is not one of those it is sure of.
 */
bool breaksBetween(Simple earlier, Simple before, Simple after, bool *decided)
{
    *decided = true;
    switch (after) {
    case Simple::Quote: case Simple::Close: case Simple::Infix: case Simple::SoftHyphen:
    case Simple::Hyphen: case Simple::Exclamation:
        return false; // × QU, × CP, × IS, × BA, × HY, × EX
    case Simple::Ellipsis:
        // (AL | NU | EX | IN) × IN; Unicode 14 made it × IN, which Qt 5's tables do not have.
        if (before == Simple::Letter || before == Simple::Digit || before == Simple::Exclamation
            || before == Simple::Ellipsis)
            return false;
        *decided = false;
        return false;
    case Simple::Glue:
        if (before == Simple::SoftHyphen || before == Simple::Hyphen)
            break; // [^SP BA HY] × GL does not hold
        return false;
    default:
        break;
    }
    if (before == Simple::Quote || before == Simple::Open || before == Simple::Glue)
        return false; // QU ×, OP ×, GL ×
    const bool alphanumeric = before == Simple::Letter || before == Simple::Digit;
    // A hyphen between letters or digits and a letter: "so-called" breaks after it. (Before a
    // digit it does not, in a number, and at a word's start newer Unicode keeps it to its word:
    // asked.)
    if (before == Simple::Hyphen && after == Simple::Letter && (earlier == Simple::Letter || earlier == Simple::Digit))
        return true;
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

/*!
 * Whether @p c is of the alphabetic scripts, the general punctuation or the Latin-1 signs. Qt
 * breaks Thai, Lao, Khmer and Myanmar by dictionary over each run of their script, and which run
 * a neutral character (a quotation mark, a digit) joins depends on what stands before it, in an
 * earlier word too: a word is decided by itself only in a paragraph of these characters.
 */
bool ofTheAlphabeticScripts(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x0590 || (u >= 0x1E00 && u < 0x2070);
}

//! The break opportunities UAX #14 finds in the whole of @p text, as flags by position.
QVector<bool> wholeTextOpportunities(const QString &text)
{
    QVector<bool> allowed(text.size() + 1, false);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    for (int k = int(finder.toNextBoundary()); k > 0; k = int(finder.toNextBoundary()))
        allowed[k] = (finder.boundaryReasons() & QTextBoundaryFinder::BreakOpportunity) != 0;
    return allowed;
}

} // namespace

QVector<int> lineBreakOpportunities(const QString &text)
{
    const int length = int(text.size());
    // Only in a text of the alphabetic scripts is a word decided by itself.
    const bool local = std::all_of(text.cbegin(), text.cend(), ofTheAlphabeticScripts);
    QVector<int> positions;
    QVector<bool> whole; // the whole text's opportunities, once a word needs them
    int wordStart = 0;
    while (wordStart < length) {
        // A word: the characters up to the next space a line breaks at.
        int wordEnd = wordStart;
        while (wordEnd < length && !isBreakableSpace(text.at(wordEnd)))
            ++wordEnd;
        QVector<int> inside;
        Simple before = local && wordStart < wordEnd ? simpleClass(text.at(wordStart)) : Simple::No;
        Simple earlier = Simple::No;
        bool decided = before != Simple::No;
        for (int k = wordStart + 1; decided && k < wordEnd; ++k) {
            const Simple after = simpleClass(text.at(k));
            if (after == Simple::No || before == Simple::Mark) { // a mark that starts the word: ask
                decided = false;
                break;
            }
            if (after == Simple::Mark)
                continue; // × CM, and the mark goes as the character it is on (X CM* → X)
            if (breaksBetween(earlier, before, after, &decided))
                inside.append(k);
            earlier = before;
            before = after;
        }
        if (!decided && wordEnd - wordStart > 1) {
            inside.clear();
            if (whole.isEmpty())
                whole = wholeTextOpportunities(text);
            for (int k = wordStart + 1; k < wordEnd; ++k) {
                if (whole.at(k))
                    inside.append(k);
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
