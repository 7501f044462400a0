// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/words.h"

#include <QTextBoundaryFinder>

namespace redletter {
namespace words {

namespace {

/*!
 * The UAX #29 Word_Break values of the characters segmented here (ALetter, Numeric, Extend and
 * Format, MidLetter, MidNumLet and Single_Quote, MidNum, Other) as Qt tailors them (a colon
 * separates, a full stop joins digits only), and Unknown for the others. tst_words checks every
 * character given a value against QTextBoundaryFinder.
 */
enum class Kind { Unknown, Letter, Digit, Extend, MidLetter, MidNumLet, MidNum, Other };

Kind kindOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
            return Kind::Letter;
        if (u >= '0' && u <= '9')
            return Kind::Digit;
        switch (u) {
        case '\'':
            return Kind::MidNumLet;
        case '.': case ',': case ';': // Qt's tailoring: a full stop joins digits, not letters ("e.g" is two)
            return Kind::MidNum;
        case '_':
            return Kind::Unknown; // ExtendNumLet
        default:
            return Kind::Other;
        }
    }
    switch (u) {
    case 0x00AD: // soft hyphen (Format)
        return Kind::Extend;
    case 0x00B7: case 0x0387: case 0x2027:
        return Kind::MidLetter;
    case 0x2018: case 0x2019: case 0x2024:
        return Kind::MidNumLet;
    case 0x037E:
        return Kind::MidNum;
    case 0x2044: // fraction slash (MidNum, though a math symbol)
        return Kind::Unknown;
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2008: case 0x2009: case 0x200A:
        return Kind::Other;
    default:
        break;
    }
    // Latin, IPA, Greek and Cyrillic, the Latin and Greek extensions, general punctuation.
    const bool alphabetic = u < 0x0530 || (u >= 0x1E00 && u < 0x2000);
    const bool punctuation = u >= 0x2010 && u < 0x2060;
    if (!alphabetic && !punctuation)
        return Kind::Unknown;
    switch (c.category()) {
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other:
        return alphabetic ? Kind::Letter : Kind::Unknown;
    case QChar::Mark_NonSpacing: case QChar::Mark_SpacingCombining: case QChar::Mark_Enclosing:
        return alphabetic ? Kind::Extend : Kind::Unknown;
    case QChar::Punctuation_Dash: case QChar::Punctuation_Open: case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote: case QChar::Punctuation_FinalQuote: case QChar::Punctuation_Other:
    case QChar::Symbol_Math: case QChar::Symbol_Currency: case QChar::Symbol_Other:
        return Kind::Other;
    default:
        return Kind::Unknown; // modifier symbols, superscript digits, connectors, formats
    }
}

bool joinsLetters(Kind k) { return k == Kind::MidLetter || k == Kind::MidNumLet; }
bool joinsDigits(Kind k) { return k == Kind::MidNum || k == Kind::MidNumLet; }

bool containsLetterOrNumber(const QString &text, int start, int end)
{
    // Code points, not UTF-16 units: letters outside the BMP (CJK extension B, mathematical
    // alphanumerics) count too.
    for (int i = start; i < end; ++i) {
        uint codePoint = text.at(i).unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < end && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::isLetterOrNumber(codePoint))
            return true;
    }
    return false;
}

QVector<Span> askedOfQt(const QString &text)
{
    QVector<Span> spans;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int start = 0;
    for (int end = int(finder.toNextBoundary()); end != -1; end = int(finder.toNextBoundary())) {
        if (end > start && containsLetterOrNumber(text, start, end))
            spans.append({start, end});
        start = end;
    }
    return spans;
}

} // namespace

QVector<Span> of(const QString &text)
{
    const int length = int(text.size());
    QVector<Kind> kinds(length);
    for (int i = 0; i < length; ++i) {
        kinds[i] = kindOf(text.at(i));
        if (kinds.at(i) == Kind::Unknown)
            return askedOfQt(text);
    }
    // The next character at or after @p i that is not Extend (WB4: marks and formats go with
    // the character before them).
    const auto nextBase = [&](int i) {
        while (i < length && kinds.at(i) == Kind::Extend)
            ++i;
        return i;
    };
    QVector<Span> spans;
    int i = 0;
    while (i < length) {
        const Kind kind = kinds.at(i);
        if (kind != Kind::Letter && kind != Kind::Digit) {
            ++i;
            continue;
        }
        const int start = i;
        Kind last = kind; // the word's last letter or digit
        int end = nextBase(i + 1);
        while (end < length) {
            const Kind next = kinds.at(end);
            if (next == Kind::Letter || next == Kind::Digit) { // WB5, WB8, WB9, WB10
                last = next;
                end = nextBase(end + 1);
                continue;
            }
            const int after = nextBase(end + 1);
            const Kind beyond = after < length ? kinds.at(after) : Kind::Other;
            const bool joined = (last == Kind::Letter && joinsLetters(next) && beyond == Kind::Letter) // WB6, WB7
                || (last == Kind::Digit && joinsDigits(next) && beyond == Kind::Digit);            // WB11, WB12
            if (!joined)
                break;
            last = beyond;
            end = nextBase(after + 1);
        }
        spans.append({start, end});
        i = end;
    }
    return spans;
}

} // namespace words
} // namespace redletter
