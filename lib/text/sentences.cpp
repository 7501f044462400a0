// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentences.h"

#include <QStringView>
#include <QTextBoundaryFinder>

namespace redletter {
namespace sentences {

namespace {

enum Flag {
    //! Never ends a sentence: "Vol. XXIII", "cf. Marx", "Mr. Smith".
    Always = 0x1,
    //! Ends a sentence unless a number follows ("no. 5" but "he said no. Then").
    BeforeNumberOnly = 0x2,
    //! The number after it belongs to it: the space after it does not break.
    Reference = 0x4,
    //! With Reference: lower-case roman numerals count too ("p. xiv").
    SmallRoman = 0x8,
    /*!
     * Closes a list and so often a sentence ("land, tools, etc. Then …", "usw. Danach"): ends
     * one before a capital like any word, never before a lower-case continuation.
     */
    EndsList = 0x10,
};

struct Abbreviation
{
    const char16_t *word;
    int flags;
};

// One table for every language of the catalog (English, German, French, Russian). Single
// letters ("J." in "J. V. Stalin", "e." in "e.g.") never end a sentence and are not listed.
constexpr Abbreviation abbreviations[] = {
    // References
    {u"p", Always | Reference | SmallRoman},
    {u"pp", Always | Reference | SmallRoman},
    {u"vol", Always | Reference},
    {u"vols", Always | Reference},
    {u"ch", Always | Reference | SmallRoman},
    {u"chap", Always | Reference | SmallRoman},
    {u"no", BeforeNumberOnly | Reference},
    {u"nos", Always | Reference},
    {u"s", Always | Reference},       // German "Seite"
    {u"bd", Always | Reference},      // German "Band"
    {u"nr", Always | Reference},      // German "Nummer"
    {u"т", Always | Reference},       // Russian "том"
    {u"с", Always | Reference},       // Russian "страница"
    {u"гл", Always | Reference},      // Russian "глава"
    {u"art", BeforeNumberOnly},
    {u"sec", Always},
    {u"fig", Always},
    // Scholarly apparatus
    {u"cf", Always},
    {u"ibid", Always},
    {u"op", Always},
    {u"cit", Always},
    {u"ed", Always},
    {u"eds", Always},
    {u"trans", Always},
    {u"etc", EndsList},
    {u"vs", Always},
    {u"vgl", Always},                 // German "vergleiche"
    {u"usw", EndsList},               // German "und so weiter"
    {u"др", EndsList},                // Russian "и др.", "and others"
    {u"см", Always},                  // Russian "смотри"
    // Titles before names
    {u"mr", Always},
    {u"mrs", Always},
    {u"ms", Always},
    {u"dr", Always},
    {u"st", Always},
};

/*!
 * Abbreviations of two letters, each with its full stop, that close a list like "etc." ("и т. д.",
 * "и т. п."); every other pair of initials ("z. B.", "т. е.", "J. V.") never ends a sentence.
 */
constexpr const char16_t *listEndingPairs[][2] = {
    {u"т", u"д"}, // и так далее
    {u"т", u"п"}, // и тому подобное
};

//! Whether the initial @p letter at @p at (its full stop after it) closes a list with the initial before it.
bool endsListPair(const QString &text, int at)
{
    // "т. д": the initial before is at at - 3, with its full stop and a space.
    if (at < 3 || text.at(at - 1) != QLatin1Char(' ') || text.at(at - 2) != QLatin1Char('.')
        || !text.at(at - 3).isLetter() || (at >= 4 && text.at(at - 4).isLetter()))
        return false;
    const QString first = text.at(at - 3).toLower();
    const QString second = text.at(at).toLower();
    for (const auto &pair : listEndingPairs) {
        if (QStringView(first) == QStringView(pair[0]) && QStringView(second) == QStringView(pair[1]))
            return true;
    }
    return false;
}

const Abbreviation *find(const QString &word)
{
    if (word.isEmpty())
        return nullptr;
    // Only the first letter may differ in case: "Vol." and "vol.", not "VOL.".
    QString key = word;
    key[0] = key.at(0).toLower();
    for (const Abbreviation &abbreviation : abbreviations) {
        if (QStringView(key) == QStringView(abbreviation.word))
            return &abbreviation;
    }
    return nullptr;
}

} // namespace

bool isAbbreviation(const QString &word)
{
    return find(word) != nullptr;
}

bool isReferenceAbbreviation(const QString &word, bool *smallRomanToo)
{
    const Abbreviation *abbreviation = find(word);
    if (smallRomanToo)
        *smallRomanToo = abbreviation && (abbreviation->flags & SmallRoman);
    return abbreviation && (abbreviation->flags & Reference);
}

bool isReaderBoundary(const QString &text, int position)
{
    if (position <= 0 || position >= text.size())
        return true;
    int next = position;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    bool numberFollows = false;
    if (next < text.size()) {
        const QChar c = text.at(next);
        if (c.isLower() || c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char(';')
            || c == QLatin1Char(':'))
            return false;
        numberFollows = c.isDigit() || c == QLatin1Char('I') || c == QLatin1Char('V') || c == QLatin1Char('X');
    }
    int end = position;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    static const QString closers = QStringLiteral("\"')]\u201D\u2019\u00BB");
    while (end > 0 && closers.contains(text.at(end - 1)))
        --end;
    if (end == 0 || text.at(end - 1) != QLatin1Char('.'))
        return true;
    int wordStart = end - 1;
    while (wordStart > 0 && text.at(wordStart - 1).isLetter())
        --wordStart;
    const int length = end - 1 - wordStart;
    if (length == 1)
        return endsListPair(text, wordStart); // an initial, or the end of "и т. д."
    const Abbreviation *abbreviation = find(text.mid(wordStart, length));
    if (!abbreviation || (abbreviation->flags & EndsList))
        return true;
    return (abbreviation->flags & BeforeNumberOnly) && !numberFollows;
}

QVector<int> boundaries(const QString &text)
{
    QVector<int> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    for (int at = int(finder.toNextBoundary()); at > 0 && at < text.size(); at = int(finder.toNextBoundary())) {
        if (isReaderBoundary(text, at))
            result.append(at);
    }
    return result;
}

int startOf(const QString &text, int position)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    finder.setPosition(position);
    if (finder.isAtBoundary() && position < text.size() && isReaderBoundary(text, position))
        return position;
    while (true) {
        const int start = int(finder.toPreviousBoundary());
        if (start <= 0)
            return 0;
        if (isReaderBoundary(text, start))
            return start;
    }
}

int endOf(const QString &text, int position)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    finder.setPosition(position);
    if (finder.isAtBoundary() && position > 0 && isReaderBoundary(text, position))
        return position;
    while (true) {
        const int end = int(finder.toNextBoundary());
        if (end < 0 || end >= text.size())
            return int(text.size());
        if (isReaderBoundary(text, end))
            return end;
    }
}

int startBefore(const QString &text, int end)
{
    if (end <= 0)
        return 0;
    return startOf(text, end - 1);
}

int firstEnd(const QString &text)
{
    int end = endOf(text, 0);
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return end;
}

} // namespace sentences
} // namespace redletter
