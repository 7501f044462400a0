// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

/*!
 * Search snippets made in C++ from the text itself, for Catalog::searchWithSnippets().
 *
 * FTS5's snippet() fetches the whole column (for a reading, its text gathered from the JSON
 * content), tokenizes all of it twice and scores every match against every other: 5 to 15 ms
 * for the 20 hits of a common word on bench_catalog's catalog, most of the search. Here the
 * matched words are found with the tokenizer's own rules (SQLite's unicode61 with
 * remove_diacritics 2), reading the text only up to the passage that is shown.
 *
 * The rules, as SQLite 3.40 applies them (tst_searchtext compares them with SQLite for every
 * character of the Latin, Greek, Cyrillic and punctuation blocks, and on the corpus texts):
 * a token is a run of letters, digits (Unicode categories L*, N*), private-use characters and
 * the combining diacritics SQLite removes; it is case-folded, and a Latin letter whose canonical
 * decomposition is an ASCII letter with such diacritics becomes that letter ("État" → "etat",
 * "Kämpfe" → "kampfe"); Cyrillic and Greek keep their marks ("й", "ё", "ά"). What differs
 * (letters added to Unicode after SQLite's 6.1 tables, a few Greek and Cyrillic capitals
 * folded only by newer Unicode, "ǡ") can only make a match go unseen here: the caller then asks
 * FTS5's snippet() for that hit.
 */
namespace redletter::searchtext {

//! [start, end) UTF-16 offsets of one token in a text.
struct TokenSpan
{
    int start = 0;
    int end = 0;
};

//! The tokens of @p text, in order, as unicode61 splits it.
QVector<TokenSpan> tokenSpans(QStringView text);

//! @p token (one token) folded as unicode61 with remove_diacritics 2 indexes it.
QString foldedToken(QStringView token);

/*!
 * The phrases FTS5 matches for the words of a query (each word quoted, as Catalog's ftsQuery()
 * writes them): each phrase the folded tokens of one word, in order. Words without tokens are left out.
 */
QVector<QStringList> queryPhrases(const QStringList &words);

//! A passage of a text around its matches, with the matched words marked.
struct Snippet
{
    QString text;                          //!< plain text, "…" where it was cut
    QVector<QPair<int, int>> highlights;   //!< [start, end) UTF-16 ranges of text that matched
};

/*!
 * The passage of @p text of at most @p windowTokens tokens that holds the most of @p phrases
 * (the first such passage): from a few words before its first match (more when the line ends
 * soon after) to its last match and on, neither before the start of the first match's line
 * (block) nor past the end of the last match's line. A passage that reaches the start or end
 * of its line takes that line's leading or trailing punctuation; "…" marks text left out before
 * it, and after it within its last line. False when no phrase occurs in @p text.
 */
bool snippetAround(QStringView text, const QVector<QStringList> &phrases, int windowTokens, Snippet *snippet);

} // namespace redletter::searchtext
