// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/searchtext.h"

#include <algorithm>
#include <vector>

namespace redletter::searchtext {

namespace {

// The combining diacritics unicode61 folds away (to nothing) with remove_diacritics: they are
// part of a token, not a break in it ("Ka\u0308mpfe" is the one token "kampfe"). Measured on
// SQLite 3.40; the other combining marks separate tokens.
bool isRemovedDiacritic(char32_t c)
{
    return (c >= 0x300 && c <= 0x304) || (c >= 0x306 && c <= 0x30C) || c == 0x30F || c == 0x311 || c == 0x31B
        || (c >= 0x323 && c <= 0x328) || c == 0x32D || c == 0x32E || c == 0x330 || c == 0x331;
}

bool isTokenCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (isRemovedDiacritic(c))
        return true;
    // Unicode 6.3's directional isolates are unassigned in SQLite's tables, which count
    // unassigned code points as letters.
    if (c >= 0x2066 && c <= 0x2069)
        return true;
    switch (QChar::category(uint(c))) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

//! @p c as unicode61 (remove_diacritics 2) indexes it; 0 for a diacritic it drops.
char32_t foldUncached(char32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
    if (isRemovedDiacritic(c))
        return 0;
    if (c == 0x1E0 || c == 0x1E1) // "ǡ": SQLite's diacritics table stops short of it
        return 0x1E1;
    char32_t folded = char32_t(QChar::toCaseFolded(uint(c)));
    if (folded == c) // "İ" has no simple case folding; SQLite lowers it to "i"
        folded = char32_t(QChar::toLower(uint(c)));
    if (folded >= 0x80 && folded <= 0xFFFF && QChar::decompositionTag(uint(folded)) == QChar::Canonical) {
        const QString decomposed = QString(QChar(char16_t(folded))).normalized(QString::NormalizationForm_D);
        const QChar base = decomposed.at(0);
        const bool diacriticsOnly = std::all_of(decomposed.begin() + 1, decomposed.end(), [](QChar mark) {
            return isRemovedDiacritic(mark.unicode());
        });
        if (base.unicode() < 0x80 && base.isLetter() && diacriticsOnly)
            return base.toLower().unicode();
    }
    return folded;
}

// Most text is in the first blocks (Latin, Greek, Cyrillic, punctuation): folded once, looked up.
constexpr char32_t CachedFolds = 0x2000;

char32_t fold(char32_t c)
{
    static const std::vector<char32_t> table = [] {
        std::vector<char32_t> folds(CachedFolds);
        for (char32_t i = 0; i < CachedFolds; ++i)
            folds[i] = foldUncached(i);
        return folds;
    }();
    return c < CachedFolds ? table[c] : foldUncached(c);
}

//! The code point at @p i of @p text, and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, int i, int *units)
{
    const QChar high = text.at(i);
    if (high.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(high, text.at(i + 1));
    }
    *units = 1;
    return high.unicode();
}

void appendCodePoint(QString *out, char32_t c)
{
    if (c > 0xFFFF) {
        out->append(QChar(QChar::highSurrogate(uint(c))));
        out->append(QChar(QChar::lowSurrogate(uint(c))));
    } else {
        out->append(QChar(char16_t(c)));
    }
}

//! Reads a text token by token, from its start, no further than asked.
class TokenReader
{
public:
    explicit TokenReader(QStringView text) : m_text(text) {}

    //! The next token; false at the end of the text.
    bool next(TokenSpan *span)
    {
        int units = 1;
        while (m_position < m_text.size() && !isTokenCharacter(codePointAt(m_text, m_position, &units)))
            m_position += units;
        if (m_position >= m_text.size())
            return false;
        span->start = m_position;
        while (m_position < m_text.size() && isTokenCharacter(codePointAt(m_text, m_position, &units)))
            m_position += units;
        span->end = m_position;
        return true;
    }

private:
    QStringView m_text;
    int m_position = 0;
};

//! Whether @p token folds to @p folded; compared as it is folded, without building the fold.
bool foldsTo(QStringView token, QStringView folded)
{
    int units = 1;
    int at = 0;
    for (int i = 0; i < token.size(); i += units) {
        const char32_t c = fold(codePointAt(token, i, &units));
        if (c == 0)
            continue;
        if (c > 0xFFFF) {
            if (at + 1 >= folded.size() || folded.at(at) != QChar(QChar::highSurrogate(uint(c)))
                || folded.at(at + 1) != QChar(QChar::lowSurrogate(uint(c)))) {
                return false;
            }
            at += 2;
        } else {
            if (at >= folded.size() || folded.at(at).unicode() != c)
                return false;
            ++at;
        }
    }
    return at == folded.size();
}

void foldInto(QStringView token, QString *out)
{
    out->clear();
    int units = 1;
    for (int i = 0; i < token.size(); i += units) {
        const char32_t folded = fold(codePointAt(token, i, &units));
        if (folded != 0)
            appendCodePoint(out, folded);
    }
}

struct Match
{
    int phrase = 0;
    int firstToken = 0; //!< index into the tokens read
    int lastToken = 0;
};

} // namespace

QVector<TokenSpan> tokenSpans(QStringView text)
{
    QVector<TokenSpan> spans;
    TokenReader reader(text);
    TokenSpan span;
    while (reader.next(&span))
        spans.append(span);
    return spans;
}

QString foldedToken(QStringView token)
{
    QString folded;
    foldInto(token, &folded);
    return folded;
}

QVector<QStringList> queryPhrases(const QStringList &words)
{
    QVector<QStringList> phrases;
    for (const QString &word : words) {
        QStringList tokens;
        for (const TokenSpan &span : tokenSpans(word))
            tokens.append(foldedToken(QStringView(word).mid(span.start, span.end - span.start)));
        if (!tokens.isEmpty())
            phrases.append(tokens);
    }
    return phrases;
}

bool snippetAround(QStringView text, const QVector<QStringList> &phrases, int windowTokens, Snippet *snippet)
{
    if (phrases.isEmpty() || windowTokens <= 0)
        return false;
    int longestPhrase = 1;
    for (const QStringList &phrase : phrases)
        longestPhrase = std::max(longestPhrase, int(phrase.size()));

    // Tokens are read (and folded) only as far as needed: up to a window that holds every
    // phrase, or to the end of the text when none does. A common word stops the reading within
    // its first lines, however long the reading is.
    TokenReader reader(text);
    QVector<TokenSpan> tokens;
    QVector<Match> matches;
    bool more = true;
    const auto readToken = [&]() {
        TokenSpan span;
        if (!more || !reader.next(&span)) {
            more = false;
            return false;
        }
        tokens.append(span);
        return true;
    };
    const auto matchesAt = [&](int first, int phrase) {
        const QStringList &words = phrases.at(phrase);
        while (more && tokens.size() < first + words.size())
            readToken();
        if (tokens.size() < first + words.size())
            return false;
        for (int k = 0; k < words.size(); ++k) {
            const TokenSpan &span = tokens.at(first + k);
            if (!foldsTo(text.mid(span.start, span.end - span.start), words.at(k)))
                return false;
        }
        return true;
    };
    // The best window so far: the most distinct phrases within windowTokens tokens of its first match.
    int bestStart = -1;
    int bestCount = 0;
    int bestEnd = -1;
    // Scores the window that starts at the first match not yet scored, then drops that match.
    const auto scoreFirstWindow = [&]() {
        const Match &first = matches.first();
        QVector<bool> seen(phrases.size(), false);
        int count = 0;
        int end = first.lastToken;
        for (const Match &m : std::as_const(matches)) {
            if (m.lastToken >= first.firstToken + windowTokens)
                break;
            // The window reaches as far as its last new phrase: repeats of a word already in
            // it do not pull it into the next line.
            if (!seen.at(m.phrase)) {
                seen[m.phrase] = true;
                ++count;
                end = std::max(end, m.lastToken);
            }
        }
        if (count > bestCount) {
            bestCount = count;
            bestStart = first.firstToken;
            bestEnd = end;
        }
        matches.removeFirst();
    };
    int scanned = 0;
    while (bestCount < phrases.size() && (scanned < tokens.size() || readToken())) {
        for (int p = 0; p < phrases.size(); ++p) {
            if (matchesAt(scanned, p))
                matches.append({p, scanned, scanned + int(phrases.at(p).size()) - 1});
        }
        ++scanned;
        // A window is scored once no later match can fall into it.
        while (!matches.isEmpty() && bestCount < phrases.size()
               && scanned >= matches.first().firstToken + windowTokens + longestPhrase) {
            scoreFirstWindow();
        }
    }
    // The windows the end of the text left open.
    while (!matches.isEmpty() && bestCount < phrases.size())
        scoreFirstWindow();
    if (bestStart < 0)
        return false;

    // The passage stays within the line (block) of its first match: a few words before the
    // match, the rest after it; more before when the line ends sooner. A passage that reaches
    // the start or end of its line takes the punctuation there too.
    const auto lineBreakBetween = [&](int a, int b) {
        return text.mid(tokens.at(a).end, tokens.at(b).start - tokens.at(a).end).contains(QLatin1Char('\n'));
    };
    constexpr int WordsBefore = 3;
    const int room = std::max(0, windowTokens - (bestEnd - bestStart + 1));
    int before = 0;
    while (before < room && bestStart - before > 0 && !lineBreakBetween(bestStart - before - 1, bestStart - before))
        ++before;
    int after = 0;
    while (after < room) {
        const int next = bestEnd + after + 1;
        if (next >= tokens.size() && !readToken())
            break;
        if (lineBreakBetween(next - 1, next))
            break;
        ++after;
    }
    const int trail = std::min(after, room - std::min(before, WordsBefore));
    const int first = bestStart - std::min(before, room - trail);
    const int last = bestEnd + trail;

    int from = tokens.at(first).start;
    if (first == 0 || lineBreakBetween(first - 1, first))
        from = int(text.left(from).lastIndexOf(QLatin1Char('\n'))) + 1;
    const bool nextToken = last + 1 < tokens.size() || readToken();
    int to = tokens.at(last).end;
    const bool cutInsideLine = nextToken && !lineBreakBetween(last, last + 1);
    if (!cutInsideLine) {
        const int lineEnd = int(text.mid(to).indexOf(QLatin1Char('\n')));
        to = lineEnd < 0 ? int(text.size()) : to + lineEnd;
    }

    snippet->text.clear();
    snippet->highlights.clear();
    if (from > 0)
        snippet->text.append(QChar(0x2026));
    const int offset = int(snippet->text.size()) - from;
    const QStringView passage = text.mid(from, to - from);
    snippet->text.append(passage.data(), int(passage.size())); // Qt 5 has no append(QStringView)
    if (cutInsideLine)
        snippet->text.append(QChar(0x2026));
    // Every match inside the passage is marked, as FTS5's snippet() marks them.
    for (int i = first; i <= last; ++i) {
        for (int p = 0; p < phrases.size(); ++p) {
            const int end = i + int(phrases.at(p).size()) - 1;
            if (end <= last && matchesAt(i, p)) {
                snippet->highlights.append({tokens.at(i).start + offset, tokens.at(end).end + offset});
                i = end; // overlapping matches are marked once
                break;
            }
        }
    }
    return !snippet->highlights.isEmpty();
}

} // namespace redletter::searchtext
