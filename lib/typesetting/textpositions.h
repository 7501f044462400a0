// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextLayout>
#include <QVector>

#include <functional>

namespace redletter {

//! A space Qt breaks a line after and justifies (not the no-break ones).
bool isBreakableSpace(QChar c);

/*!
 * Where each position of a paragraph stands, as Qt shapes it, as if the whole paragraph were one
 * unjustified line: what the paragraph setter measures its words, spaces and hyphens with.
 *
 * QTextLine::cursorToX() adds up the glyphs' advances from its line's start to the position,
 * which on one line as long as the paragraph is all the text before it. Laid out on lines of
 * about a hundred characters, a position's x is its line's x plus the advances of the lines
 * before it: the same sum of the same advances (whole 1/64 pixels, so added exactly). But Qt
 * also adds up, on every call, the advances from the start of the item (the run of one format)
 * to the line's start (QTextEngine::shapeLine()), so asking it for every word makes measuring
 * quadratic in the length of a paragraph's runs (the setter asks for as few as it can).
 * (QTextLine::glyphRuns() would hand a line's glyphs out in one call, but it shows the hyphen
 * of a line ending on a soft hyphen, which every later cursorToX() then counts, and it moves the
 * glyphs after a letter from a fallback font: it measures nothing here.)
 */
class TextPositions
{
public:
    TextPositions() = default;

    /*!
     * Lays @p layout's text out (between beginLayout() and endLayout()) on lines of about
     * @p columns characters, each as wide as a one-line paragraph (cursorToX() stops at a line's
     * width, and a line's trailing spaces may pass it).
     */
    static TextPositions onNewLines(QTextLayout *layout, int columns = 100);

    /*!
     * The lines @p layout (of @p text) has now, Qt's own, laid out with the text's formats and no
     * letter spacing of the setter's, while the layout's option is flush left and not wrapping
     * (cursorToX() neither justifies nor stops at the width): a run's shaping does not depend on
     * where its lines end, so a position's x is the same sum of the same advances as on lines of
     * the setter's, without laying the paragraph out and shaping it once more. False where a
     * line's glyphs are not as Qt laid it out (justified since, by drawing it or asking for a
     * cursor's place, or shaped without a letter spacing it was laid out with).
     * @p hyphenAt(k): the width of the hyphen Qt draws where a line ends on the soft hyphen at k.
     */
    static bool ofLaidOutLines(const QTextLayout *layout, const QString &text,
                               const std::function<qreal(int)> &hyphenAt, TextPositions *positions);

    //! Whether a line starts at @p position, and where it stands then (into @p x, if given:
    //! known without asking Qt).
    bool atLineStart(int position, qreal *x = nullptr) const;

    qreal x(int position) const;

private:
    void addUpLines();

    QVector<QTextLine> m_lines;
    QVector<int> m_starts;
    QVector<qreal> m_lineX;
};

} // namespace redletter
