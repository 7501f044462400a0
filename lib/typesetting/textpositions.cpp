// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/textpositions.h"

#include <algorithm>
#include <cmath>

namespace redletter {

namespace {

constexpr QChar softHyphen(0x00AD);

} // namespace

bool isBreakableSpace(QChar c)
{
    return c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F) && c != QChar(0x2007);
}

TextPositions TextPositions::onNewLines(QTextLayout *layout, int columns)
{
    TextPositions positions;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setNumColumns(columns, 1e7);
        positions.m_lines.append(line);
        positions.m_starts.append(line.textStart());
    }
    positions.addUpLines();
    return positions;
}

bool TextPositions::ofLaidOutLines(const QTextLayout *layout, const QString &text,
                                   const std::function<qreal(int)> &hyphenAt, TextPositions *positions)
{
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        positions->m_lines.append(line);
        positions->m_starts.append(line.textStart());
        int contentEnd = line.textStart() + line.textLength();
        while (contentEnd > line.textStart() && isBreakableSpace(text.at(contentEnd - 1)))
            --contentEnd;
        // Each line's text as shaped now must be as wide as Qt found it when it laid the line
        // out, to the 1/64 pixel: a justified line's spaces are wider, a line laid out with a
        // letter spacing since cleared (clearFormats() keeps the lines) narrower. Qt counts the
        // hyphen of a line ending on a soft hyphen into its width, not into its cursor's. The
        // advance, not the natural width: that adds a negative right bearing, and where a line
        // ends next to the start of a run (ParagraphSetter::prepare() splits paragraphs into
        // runs) Qt adds the bearing of some other glyph (1 and 3 px on two of the sample's lines).
        const qreal hyphen = contentEnd > line.textStart() && text.at(contentEnd - 1) == softHyphen
            ? hyphenAt(contentEnd - 1) : 0;
        if (std::abs(line.cursorToX(contentEnd) - line.x() + hyphen - line.horizontalAdvance()) > 1.0 / 128)
            return false;
    }
    positions->addUpLines();
    return true;
}

bool TextPositions::atLineStart(int position, qreal *x) const
{
    const auto at = std::lower_bound(m_starts.cbegin(), m_starts.cend(), position);
    if (at == m_starts.cend() || *at != position)
        return false;
    if (x)
        *x = m_lineX.at(int(at - m_starts.cbegin()));
    return true;
}

qreal TextPositions::x(int position) const
{
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), position);
    const int i = qMax(0, int(after - m_starts.cbegin()) - 1);
    if (i >= m_lines.size())
        return 0;
    return m_lineX.at(i) + m_lines.at(i).cursorToX(position) - m_lines.at(i).x();
}

void TextPositions::addUpLines()
{
    qreal x = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        m_lineX.append(x);
        if (i + 1 < m_lines.size()) // the line with its trailing spaces
            x += m_lines.at(i).cursorToX(m_starts.at(i + 1)) - m_lines.at(i).x();
    }
}

} // namespace redletter
