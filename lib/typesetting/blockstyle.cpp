// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/blockstyle.h"

#include <QFontMetricsF>
#include <QTextCursor>

namespace redletter {

BlockSpacing BlockSpacing::print()
{
    // The screen's figures times printDisplayScale (3/4), written out so that the two media can be
    // read side by side; tst_blockstyle checks the rule. Indents and paragraph spacing: as on screen.
    BlockSpacing s;
    s.headingAbove = 1.05;
    s.flushFirstHeading = true;
    s.headingBelow = 0.375;
    s.breakAround = 0.6;
    s.codeAround = 0.375;
    s.quoteAround = 0.6;
    s.listAround = 0.525;
    // The header: not a display space of the text, so not scaled (see BlockSpacing).
    s.headerTitleLeading = 1.2;
    s.headerTitleBelow = 0.25;
    s.headerLineLeading = 1.35;
    s.headerLineBelow = 0;
    s.headerTitleSize = 1.7;
    s.headerAboveReading = 3;
    s.headerAboveSection = 2.4;
    return s;
}

void setLeading(QTextBlockFormat *format, qreal factor, qreal pixelSize)
{
    format->setLineHeight(factor * pixelSize, QTextBlockFormat::FixedHeight);
}

QTextBlockFormat blockFormatFor(const Typography &t, const BlockSpacing &s, const Block &block,
                                const Block *previous, bool spaced, qreal pixelSize)
{
    const qreal em = t.textSize();
    QTextBlockFormat format;
    setLeading(&format, t.lineHeight, pixelSize);
    format.setAlignment(t.justify ? Qt::AlignJustify : Qt::AlignLeft);
    if (t.justify && t.letterSpacingStretch > 0)
        format.setProperty(LetterStretchProperty, t.letterSpacingStretch);
    const bool afterSameKind = previous && previous->kind == Block::Paragraph
        && previous->quoteDepth == block.quoteDepth && previous->listDepth == 0 && block.listDepth == 0;
    switch (block.kind) {
    case Block::Heading:
        format.setTopMargin(previous || !s.flushFirstHeading ? em * s.headingAbove : 0);
        format.setBottomMargin(em * s.headingBelow);
        format.setAlignment(Qt::AlignLeft);
        setLeading(&format, 1.25, pixelSize);
        format.setProperty(KeepWithNextProperty, true);
        break;
    case Block::ThematicBreak:
        format.setAlignment(Qt::AlignHCenter);
        format.setTopMargin(em * s.breakAround);
        format.setBottomMargin(em * s.breakAround);
        break;
    case Block::CodeBlock:
        format.setAlignment(Qt::AlignLeft);
        format.setLeftMargin(em * s.codeIndent);
        format.setTopMargin(em * s.codeAround);
        format.setBottomMargin(em * s.codeAround);
        break;
    case Block::Paragraph:
        // Paragraphs are marked by an indent, or (the editor's voice, lists, quotes) by space:
        // never both.
        if (spaced || block.quoteDepth > 0 || block.listDepth > 0) {
            if (previous)
                format.setTopMargin(em * s.spacedParagraph);
        } else if (afterSameKind) {
            format.setTextIndent(em * s.paragraphIndent);
        }
        break;
    }
    if (block.quoteDepth > 0) {
        format.setLeftMargin(em * s.quoteIndent * block.quoteDepth);
        format.setRightMargin(em * s.quoteRight);
        if (!previous || previous->quoteDepth < block.quoteDepth)
            format.setTopMargin(em * s.quoteAround);
    } else if (previous && previous->quoteDepth > 0) {
        format.setTopMargin(em * s.quoteAround);
        format.setTextIndent(0);
    }
    if (previous && previous->listDepth > 0 && block.listDepth == 0) {
        format.setTopMargin(em * s.listAround);
        format.setTextIndent(0);
    }
    if (block.listDepth > 0) {
        if (!previous || previous->listDepth == 0)
            format.setTopMargin(em * s.listAround);
        format.setLeftMargin(format.leftMargin() + em * s.listIndent * block.listDepth);
        format.setTextIndent(0);
    }
    if (previous && previous->kind == Block::Heading)
        format.setTextIndent(0);
    return format;
}

QTextCharFormat sized(QTextCharFormat format, qreal pixelSize)
{
    QFont font = format.font();
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    format.setFont(font, QTextCharFormat::FontPropertiesSpecifiedOnly);
    format.setFontFamilies(font.families());
    return format;
}

QTextCharFormat blockCharFormat(const Typography &t, const Block &block, const QTextCharFormat &base)
{
    QTextCharFormat format = base;
    if (block.kind == Block::Heading) {
        QFont font = t.headingFont(block.headingLevel);
        // Keep the flow's style strategy (print sets its fonts without OpenType shaping).
        font.setStyleStrategy(base.font().styleStrategy());
        format.setFont(font, QTextCharFormat::FontPropertiesAll);
        format.setForeground(t.theme.ink);
    } else if (block.quoteDepth > 0) {
        format = sized(format, base.font().pixelSize() * 0.93);
    }
    if (t.justify && block.kind != Block::Heading && t.wordSpaceShrink > 0) {
        // In the font's own pixels, so the screen and the PDF (whose pixels are the printer's)
        // close spaces by the same share.
        const qreal space = QFontMetricsF(format.font()).horizontalAdvance(QLatin1Char(' '));
        format.setFontWordSpacing(-t.wordSpaceShrink * space);
    }
    return format;
}

QString listLabel(const Block &block)
{
    static const QString bullets[] = {QStringLiteral("\u2022"), QStringLiteral("\u25E6"),
                                      QStringLiteral("\u2013")};
    return (block.ordered ? QString::number(block.listNumber) + QLatin1Char('.')
                          : bullets[qMax(0, block.listDepth - 1) % 3])
        + QChar(0x2002); // en space
}

void insertListLabel(QTextCursor *cursor, const Block &block, QTextCharFormat format, const QColor &ink)
{
    const QString label = listLabel(block);
    // The en space that ends the label is part of the hang, not a word space that may close.
    format.setFontWordSpacing(0);
    QTextBlockFormat hanging = cursor->blockFormat();
    hanging.setTextIndent(-QFontMetricsF(format.font()).horizontalAdvance(label));
    cursor->setBlockFormat(hanging);
    format.setForeground(ink);
    cursor->insertText(label, format);
}

QString thematicBreakText()
{
    return QStringLiteral("*\u2003*\u2003*");
}

RichText joinedParagraphs(const QVector<Block> &blocks)
{
    RichText text;
    for (const Block &block : blocks) {
        if (!text.text.isEmpty())
            text.text.append(QChar(QChar::LineSeparator));
        const int offset = int(text.text.size());
        text.text.append(block.text);
        for (StyleRange style : block.styles) {
            style.start += offset;
            style.end += offset;
            text.styles.append(style);
        }
    }
    return text;
}

} // namespace redletter
