// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What lib/text/words and lib/typesetting/breakopportunities must find, asked of
// QTextBoundaryFinder over the whole text: tst_words, tst_breakopportunities and the fuzz target
// "segments" compare the modules with these.

#include "text/words.h"
#include "typesetting/textpositions.h"

#include <QStringList>
#include <QTextBoundaryFinder>

namespace redletter::test {

//! QTextBoundaryFinder's word segments of @p text with a letter or a number in them.
inline QVector<words::Span> referenceWords(const QString &text)
{
    QVector<words::Span> spans;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int start = 0;
    for (int end = int(finder.toNextBoundary()); end != -1; end = int(finder.toNextBoundary())) {
        bool word = false;
        for (int i = start; i < end && !word; ++i) {
            uint c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < end && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            }
            word = QChar::isLetterOrNumber(c);
        }
        if (end > start && word)
            spans.append({start, end});
        start = end;
    }
    return spans;
}

//! UAX #14's break opportunities in @p text over the whole text, spaces as Qt breaks them.
inline QVector<int> referenceLineBreaks(const QString &text)
{
    QVector<bool> allowed(text.size() + 1, false);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    for (int k = int(finder.toNextBoundary()); k > 0; k = int(finder.toNextBoundary())) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::BreakOpportunity)
            allowed[k] = true;
    }
    for (int k = 1; k < text.size(); ++k) {
        if (isBreakableSpace(text.at(k - 1)) && !isBreakableSpace(text.at(k)))
            allowed[k] = true;
        else if (isBreakableSpace(text.at(k)))
            allowed[k] = false;
    }
    QVector<int> positions;
    for (int k = 1; k < text.size(); ++k) {
        if (allowed.at(k))
            positions.append(k);
    }
    positions.append(int(text.size()));
    return positions;
}

/*!
 * Calls @p check(u, text) with every character U+0021–U+20FF (the segmenters decide characters of
 * those ranges themselves) in the arrangements that decide a word's ends and a line's breaks
 * around it: between letters and between digits, after and before a word, doubled, after a
 * space, a stop, a comma, a soft hyphen and a hyphen, in brackets and in quotes. Returns how
 * many texts it made.
 */
template<typename Check>
int forEveryCharacterArranged(Check check)
{
    const QChar shy(0x00AD);
    int made = 0;
    for (uint u = 0x21; u < 0x2100; ++u) {
        if (QChar::isSurrogate(u))
            continue;
        const QString c = QString(QChar(ushort(u)));
        const QStringList arrangements{
            QStringLiteral("ab") + c + QStringLiteral("cd"), QStringLiteral("12") + c + QStringLiteral("34"),
            QStringLiteral("a") + c + QStringLiteral("1"), QStringLiteral("1") + c + QStringLiteral("a"),
            c + QStringLiteral("word"), QStringLiteral("word") + c, QStringLiteral("a") + c + c + QStringLiteral("b"),
            QStringLiteral("x ") + c + QStringLiteral(" y"), QStringLiteral("x ") + c + QStringLiteral("y z"),
            QStringLiteral("é") + c + QStringLiteral("ß"), QStringLiteral("a.") + c + QStringLiteral("b"),
            QStringLiteral("a.") + c + QStringLiteral("1"), QStringLiteral("1,") + c + QStringLiteral("2"),
            QStringLiteral("a") + shy + c + QStringLiteral("b"), QStringLiteral("ab-") + c + QStringLiteral("d"),
            QStringLiteral("(") + c + QStringLiteral(")"), QStringLiteral("“") + c + QStringLiteral("”"),
        };
        for (const QString &text : arrangements) {
            check(u, text);
            ++made;
        }
    }
    return made;
}

} // namespace redletter::test
