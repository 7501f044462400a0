// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/smartpunctuation.h"

#include "text/sentences.h"

#include <QStringList>

namespace redletter {

namespace {

constexpr char16_t noBreakSpace = 0x00A0;
constexpr char16_t narrowNoBreakSpace = 0x202F;
constexpr char16_t enDash = 0x2013;
constexpr char16_t emDash = 0x2014;
constexpr char16_t hyphen = 0x2010;
constexpr char16_t ellipsis = 0x2026;
constexpr char16_t apostrophe = 0x2019; // RIGHT SINGLE QUOTATION MARK, the typographic apostrophe

//! The quotation marks and spacing of one language.
struct Conventions
{
    bool quotes = false; //!< false: a language we have no table for, straight quotes stay
    QChar primaryOpen;
    QChar primaryClose;
    QChar secondaryOpen;
    QChar secondaryClose;
    //! Curly secondary marks in the text stand for nested double quotes (fr, ru), not single ones.
    bool secondaryIsDouble = false;
    bool frenchSpacing = false;   //!< U+202F inside « » and before ; ! ?, U+00A0 before :
    bool englishElisions = false; //!< '90s, 'tis, rock 'n' roll
    QChar spacedDash{enDash};
};

Conventions conventionsFor(const QString &language)
{
    QString tag = language.trimmed().toLower();
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    const QStringList parts = tag.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    const QString primary = parts.value(0);
    const bool swiss = parts.contains(QLatin1String("ch")) || parts.contains(QLatin1String("li"));

    const auto marks = [](char16_t primaryOpen, char16_t primaryClose, char16_t secondaryOpen,
                          char16_t secondaryClose) {
        Conventions c;
        c.quotes = true;
        c.primaryOpen = QChar(primaryOpen);
        c.primaryClose = QChar(primaryClose);
        c.secondaryOpen = QChar(secondaryOpen);
        c.secondaryClose = QChar(secondaryClose);
        return c;
    };
    Conventions c;
    if (primary == QLatin1String("en")) {
        c = marks(u'“', u'”', u'‘', u'’');
        c.englishElisions = true;
    } else if (primary == QLatin1String("de") && swiss) {
        c = marks(u'«', u'»', u'‹', u'›');
    } else if (primary == QLatin1String("de")) {
        c = marks(u'„', u'“', u'‚', u'‘');
    } else if (primary == QLatin1String("fr")) {
        c = marks(u'«', u'»', u'“', u'”');
        c.secondaryIsDouble = true;
        c.frenchSpacing = true;
    } else if (primary == QLatin1String("ru")) {
        c = marks(u'«', u'»', u'„', u'“');
        c.secondaryIsDouble = true;
        c.spacedDash = QChar(emDash);
    }
    return c;
}

bool isDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(hyphen) || c == QChar(enDash) || c == QChar(emDash);
}

bool isHorizontalSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(noBreakSpace) || c == QChar(narrowNoBreakSpace);
}

bool isRomanNumeral(const QString &token, bool lowerCaseToo)
{
    static const QString upper = QStringLiteral("IVXLCDM");
    static const QString lower = QStringLiteral("ivxlcdm");
    bool allUpper = true;
    bool allLower = lowerCaseToo;
    for (QChar c : token) {
        allUpper = allUpper && upper.contains(c);
        allLower = allLower && lower.contains(c);
    }
    return !token.isEmpty() && (allUpper || allLower);
}

bool isNumber(const QString &token)
{
    for (QChar c : token) {
        if (!c.isDigit())
            return false;
    }
    return !token.isEmpty();
}

class Smartener
{
public:
    Smartener(const QString &text, const Conventions &conventions) : text(text), c(conventions) {}

    QVector<TextEdit> run()
    {
        const int length = int(text.size());
        int i = 0;
        while (i < length) {
            const QChar ch = text.at(i);
            if (ch == QLatin1Char('.'))
                i = dots(i);
            else if (ch == QLatin1Char('-'))
                i = hyphens(i);
            else if (ch == QLatin1Char('"') && c.quotes)
                i = doubleQuote(i);
            else if (ch == QLatin1Char('\''))
                i = singleQuote(i);
            else if (ch == QLatin1Char(' ') || ch == QChar(noBreakSpace))
                i = space(i);
            else
                i = curlyQuote(i);
        }
        return edits;
    }

private:
    enum class Kind { Double, Single };
    enum class Level { Primary, Secondary };
    struct OpenQuote
    {
        Kind kind;
        Level level;
    };

    QChar at(int i) const { return i >= 0 && i < int(text.size()) ? text.at(i) : QChar(); }
    bool blankOrEnd(int i) const { return i >= int(text.size()) || text.at(i).isSpace(); }

    void edit(int start, int end, const QString &replacement)
    {
        edits.append(TextEdit{start, end, replacement});
    }
    int editedUpTo() const { return edits.isEmpty() ? 0 : edits.last().end; }

    //! What stands before @p i makes a quote there an opening one.
    bool openingContext(int i) const
    {
        if (i == 0 || lastOpeningQuote == i - 1)
            return true;
        const QChar before = text.at(i - 1);
        return before.isSpace() || isDash(before) || before == QLatin1Char('(') || before == QLatin1Char('[')
            || before == QLatin1Char('{') || before == QLatin1Char('<')
            || (c.quotes && (before == c.primaryOpen || before == c.secondaryOpen));
    }

    int innermost(Kind kind) const
    {
        for (int k = int(stack.size()) - 1; k >= 0; --k) {
            if (stack.at(k).kind == kind)
                return k;
        }
        return -1;
    }
    int innermost(Level level) const
    {
        for (int k = int(stack.size()) - 1; k >= 0; --k) {
            if (stack.at(k).level == level)
                return k;
        }
        return -1;
    }

    QChar openMark(Level level) const { return level == Level::Primary ? c.primaryOpen : c.secondaryOpen; }
    QChar closeMark(Level level) const { return level == Level::Primary ? c.primaryClose : c.secondaryClose; }

    //! Opens a quote at @p i; French spacing takes the space after it into the edit.
    int open(int i, Kind kind, Level level)
    {
        stack.append(OpenQuote{kind, level});
        lastOpeningQuote = i;
        if (c.frenchSpacing && level == Level::Primary) {
            const int end = isHorizontalSpace(at(i + 1)) ? i + 2 : i + 1;
            edit(i, end, QString(openMark(level)) + QChar(narrowNoBreakSpace));
            return end;
        }
        edit(i, i + 1, QString(openMark(level)));
        return i + 1;
    }

    //! Closes the innermost quote of @p kind (an unmatched one closes at the primary level).
    int close(int i, Kind kind)
    {
        const int k = innermost(kind);
        const Level level = k >= 0 ? stack.at(k).level : Level::Primary;
        if (k >= 0)
            stack.resize(k);
        if (c.frenchSpacing && level == Level::Primary) {
            const int start = isHorizontalSpace(at(i - 1)) && editedUpTo() <= i - 1 ? i - 1 : i;
            edit(start, i + 1, QString(QChar(narrowNoBreakSpace)) + closeMark(level));
        } else {
            edit(i, i + 1, QString(closeMark(level)));
        }
        return i + 1;
    }

    int dots(int i)
    {
        int end = i;
        while (at(end) == QLatin1Char('.'))
            ++end;
        if (end - i == 3)
            edit(i, end, QString(QChar(ellipsis)));
        return end;
    }

    int hyphens(int i)
    {
        int end = i;
        while (at(end) == QLatin1Char('-'))
            ++end;
        const int run = end - i;
        if (run == 3) {
            edit(i, end, QString(QChar(emDash)));
        } else if (run == 2) {
            edit(i, end, QString(QChar(enDash)));
        } else if (run == 1) {
            const bool spaced = i >= 2 && isHorizontalSpace(at(i - 1)) && isHorizontalSpace(at(i + 1));
            if (spaced)
                edit(i, end, QString(c.spacedDash));
            else if (isNumberRange(i))
                edit(i, end, QString(QChar(enDash)));
        }
        return end; // four or more hyphens are a rule or a blank to fill in: left alone
    }

    //! "1914-1918", "pp. 173-190"; not dates (1917-10-25), ISBNs or names ("B-52").
    bool isNumberRange(int i) const
    {
        if (!at(i - 1).isDigit() || !at(i + 1).isDigit())
            return false;
        int before = i - 1;
        while (at(before).isDigit())
            --before;
        int after = i + 1;
        while (at(after).isDigit())
            ++after;
        // Part of something longer: 1917-10-25, 3-12-345678-9, B-52, 1.5-2.5, 12/3-4.
        const auto joined = [this](int position, int beyond) {
            const QChar ch = at(position);
            return ch == QLatin1Char('-') || ch == QLatin1Char('/') || ch.isLetter()
                || ((ch == QLatin1Char('.') || ch == QLatin1Char(',')) && at(beyond).isDigit());
        };
        return !joined(before, before - 1) && !joined(after, after + 1);
    }

    int doubleQuote(int i)
    {
        const bool openingSide = openingContext(i);
        const bool nextBlank = blankOrEnd(i + 1);
        const bool doubleIsOpen = innermost(Kind::Double) >= 0;
        bool opening;
        if (openingSide && !nextBlank)
            opening = true;
        else if (openingSide) // free-standing, as in French " mot ": pair it up
            opening = !doubleIsOpen;
        else // after a word: closing, unless nothing is open and a word follows (word"quote")
            opening = !doubleIsOpen && at(i + 1).isLetterOrNumber();
        if (!opening)
            return close(i, Kind::Double);
        const bool insidePrimary = !stack.isEmpty() && stack.last().level == Level::Primary;
        return open(i, Kind::Double, insidePrimary ? Level::Secondary : Level::Primary);
    }

    int singleQuote(int i)
    {
        const QChar before = at(i - 1);
        const QChar after = at(i + 1);
        if (before.isLetterOrNumber() && after.isLetter()) { // don't, l'homme, 1930's
            edit(i, i + 1, QString(QChar(apostrophe)));
            return i + 1;
        }
        if (!c.quotes)
            return i + 1;
        const bool openingSide = openingContext(i);
        if (openingSide && c.englishElisions) {
            if (const int end = elision(i); end > i)
                return end;
        }
        const bool singleIsOpen = innermost(Kind::Single) >= 0;
        if (openingSide && !blankOrEnd(i + 1))
            return open(i, Kind::Single, Level::Secondary);
        if (singleIsOpen)
            return close(i, Kind::Single);
        if (!openingSide) // workers' party
            edit(i, i + 1, QString(QChar(apostrophe)));
        return i + 1;
    }

    //! English words that start with an apostrophe; the end of what was edited, or @p i.
    int elision(int i)
    {
        if (matchesWord(i + 1, QLatin1String("n")) && at(i + 2) == QLatin1Char('\'')) { // rock 'n' roll
            edit(i, i + 1, QString(QChar(apostrophe)));
            edit(i + 2, i + 3, QString(QChar(apostrophe)));
            return i + 3;
        }
        const bool decade = at(i + 1).isDigit() && at(i + 2).isDigit() && !at(i + 3).isDigit();
        static const QLatin1String words[] = {QLatin1String("tis"), QLatin1String("twas"),
                                              QLatin1String("em"), QLatin1String("cause"),
                                              QLatin1String("til")};
        bool elided = decade;
        for (const QLatin1String &word : words)
            elided = elided || matchesWord(i + 1, word);
        if (!elided)
            return i;
        edit(i, i + 1, QString(QChar(apostrophe)));
        return i + 1;
    }

    //! @p word (any case) stands at @p i and is not the start of a longer word.
    bool matchesWord(int i, QLatin1String word) const
    {
        for (int k = 0; k < int(word.size()); ++k) {
            if (at(i + k).toLower() != word.at(k))
                return false;
        }
        return !at(i + int(word.size())).isLetter();
    }

    int space(int i)
    {
        const bool plain = text.at(i) == QLatin1Char(' ');
        if (plain && (afterReferenceAbbreviation(i) || beforePerCent(i))) {
            edit(i, i + 1, QString(QChar(noBreakSpace)));
            return i + 1;
        }
        if (c.frenchSpacing) {
            const QChar after = at(i + 1);
            if (after == QLatin1Char(';') || after == QLatin1Char('!') || after == QLatin1Char('?')
                || after == c.primaryClose || at(i - 1) == c.primaryOpen) {
                edit(i, i + 1, QString(QChar(narrowNoBreakSpace)));
            } else if (after == QLatin1Char(':') && plain) {
                edit(i, i + 1, QString(QChar(noBreakSpace)));
            }
        }
        return i + 1;
    }

    //! "Vol. XXIII", "p. 355", "pp. 173": the space at @p i keeps the reference together.
    bool afterReferenceAbbreviation(int i) const
    {
        int start = i;
        while (start > 0 && !text.at(start - 1).isSpace() && text.at(start - 1) != QLatin1Char('(')
               && text.at(start - 1) != QLatin1Char('['))
            --start;
        if (i - start < 2 || text.at(i - 1) != QLatin1Char('.'))
            return false;
        bool smallRomanToo = false;
        if (!sentences::isReferenceAbbreviation(text.mid(start, i - start - 1), &smallRomanToo))
            return false;
        int end = i + 1;
        while (at(end).isLetterOrNumber())
            ++end;
        const QString reference = text.mid(i + 1, end - i - 1);
        return isNumber(reference) || isRomanNumeral(reference, smallRomanToo);
    }

    bool beforePerCent(int i) const
    {
        return at(i - 1).isDigit() && matchesWord(i + 1, QLatin1String("per"))
            && at(i + 4) == QLatin1Char(' ') && matchesWord(i + 5, QLatin1String("cent"));
    }

    //! Curly quotes already in the text are kept; they count for nesting.
    int curlyQuote(int i)
    {
        if (!c.quotes)
            return i + 1;
        const QChar ch = text.at(i);
        if (ch == c.primaryOpen) {
            stack.append(OpenQuote{Kind::Double, Level::Primary});
        } else if (ch == c.secondaryOpen) {
            stack.append(OpenQuote{c.secondaryIsDouble ? Kind::Double : Kind::Single, Level::Secondary});
        } else if (ch == c.primaryClose) {
            if (const int k = innermost(Level::Primary); k >= 0)
                stack.resize(k);
        } else if (ch == c.secondaryClose) {
            // ’ is also the apostrophe in English: only a mark after a word can close.
            const bool closes = ch != QChar(apostrophe) || !at(i + 1).isLetter();
            if (const int k = innermost(Level::Secondary); k >= 0 && closes)
                stack.resize(k);
        }
        return i + 1;
    }

    const QString &text;
    const Conventions c;
    QVector<TextEdit> edits;
    QVector<OpenQuote> stack;
    int lastOpeningQuote = -1; //!< where the last straight quote turned into an opening one
};

} // namespace

QVector<TextEdit> smartPunctuationEdits(const QString &text, const QString &language)
{
    return Smartener(text, conventionsFor(language)).run();
}

QString quoted(const QString &text, const QString &language)
{
    Conventions c = conventionsFor(language);
    if (!c.quotes)
        c = conventionsFor(QStringLiteral("en"));
    const QString inside = c.frenchSpacing ? QString(QChar(narrowNoBreakSpace)) : QString();
    return c.primaryOpen + inside + text + inside + c.primaryClose;
}

QString smartenPunctuation(const QString &text, const QString &language)
{
    return applyEdits(text, smartPunctuationEdits(text, language)).text;
}

} // namespace redletter
