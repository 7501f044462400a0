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
    {u"etc", Always},
    {u"vs", Always},
    {u"vgl", Always},                 // German "vergleiche"
    {u"usw", Always},                 // German "und so weiter"
    {u"см", Always},                  // Russian "смотри"
    // Titles before names
    {u"mr", Always},
    {u"mrs", Always},
    {u"ms", Always},
    {u"dr", Always},
    {u"st", Always},
};

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
        return false; // an initial
    const Abbreviation *abbreviation = find(text.mid(wordStart, length));
    if (!abbreviation)
        return true;
    return (abbreviation->flags & BeforeNumberOnly) && !numberFollows;
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
