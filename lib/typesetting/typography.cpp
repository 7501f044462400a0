// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/typography.h"

#include <QFontMetricsF>

namespace redletter {

Theme Theme::forKind(Kind kind)
{
    Theme t;
    t.kind = kind;
    switch (kind) {
    case Light:
        t.paper = QColor(0xfd, 0xfc, 0xf9);
        t.ink = QColor(0x1d, 0x1b, 0x19);
        t.mutedInk = QColor(0x6b, 0x65, 0x5f);
        t.accent = QColor(0xb0, 0x1e, 0x1e);
        t.editorPaper = QColor(0xf4, 0xef, 0xe8);
        t.editorInk = QColor(0x33, 0x2e, 0x2a);
        t.anchorUnderline = QColor(0xc4, 0x5a, 0x4a);
        t.anchorHighlight = QColor(0xf7, 0xdf, 0xd6);
        break;
    case Sepia:
        t.paper = QColor(0xf4, 0xec, 0xd8);
        t.ink = QColor(0x3b, 0x2f, 0x22);
        t.mutedInk = QColor(0x6a, 0x58, 0x43); // 4.5:1 also on the editor's paper and a hovered note
        t.accent = QColor(0x9a, 0x28, 0x18); // 4.5:1 also over a highlight in the introduction
        t.editorPaper = QColor(0xea, 0xdf, 0xc4);
        t.editorInk = QColor(0x45, 0x38, 0x2a);
        t.anchorUnderline = QColor(0xb4, 0x5e, 0x3e);
        t.anchorHighlight = QColor(0xec, 0xcf, 0xb0);
        break;
    case Dark:
        t.paper = QColor(0x1c, 0x1b, 0x1a);
        t.ink = QColor(0xe6, 0xe1, 0xd9);
        t.mutedInk = QColor(0xa0, 0x98, 0x8e);
        t.accent = QColor(0xef, 0x6f, 0x5e);
        t.editorPaper = QColor(0x27, 0x25, 0x23);
        t.editorInk = QColor(0xd8, 0xd2, 0xc8);
        t.anchorUnderline = QColor(0xd0, 0x6a, 0x58);
        t.anchorHighlight = QColor(0x3a, 0x25, 0x20); // dark enough for the accent and muted labels on it
        break;
    }
    // The masthead is part of the page: the same paper, the tagline in the chrome's muted ink
    // (it was the desktop's "mid" grey before: 1.9:1 on a light window, below WCAG AA).
    t.mastheadPaper = t.paper;
    t.taglineInk = t.mutedInk;
    return t;
}

QColor Theme::highlight(const QString &name) const
{
    if (kind == Dark) {
        // On dark paper a light tint would take the light text's contrast away: deep, opaque tints
        // keep the text, the editor's voice and the red footnote marks at 4.5:1 (WCAG AA) over them.
        if (name == QLatin1String("green"))
            return QColor(0x16, 0x34, 0x13);
        if (name == QLatin1String("blue"))
            return QColor(0x1c, 0x2d, 0x4a);
        if (name == QLatin1String("pink"))
            return QColor(0x45, 0x20, 0x3a);
        return QColor(0x35, 0x2b, 0x08); // yellow, and anything unknown
    }
    QColor colour;
    if (name == QLatin1String("green"))
        colour = QColor(0x8f, 0xd1, 0x7a);
    else if (name == QLatin1String("blue"))
        colour = QColor(0x86, 0xb8, 0xf0);
    else if (name == QLatin1String("pink"))
        colour = QColor(0xf2, 0x9c, 0xc4);
    else
        colour = QColor(0xf6, 0xd3, 0x5b); // yellow, and anything unknown
    // A tint on paper: strong enough to see, light enough to read through.
    colour.setAlpha(120);
    return colour;
}

static QFont fontFrom(const QStringList &families, qreal pixelSize)
{
    QFont font(families.value(0));
    font.setFamilies(families);
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setKerning(true);
    return font;
}

QFont Typography::textFont() const
{
    return fontFrom(textFamilies, textSize());
}

QFont Typography::editorFont() const
{
    // Charis is larger on the body than Garamond; this keeps the two voices visually level.
    return fontFrom(editorFamilies, textSize() * 0.84);
}

QFont Typography::noteFont() const
{
    return fontFrom(editorFamilies, textSize() * noteScale);
}

QFont Typography::headingFont(int level) const
{
    const qreal scale = level <= 1 ? 1.3 : level == 2 ? 1.12 : 1.0;
    QFont font = fontFrom(textFamilies, textSize() * scale);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont Typography::titleFont() const
{
    return fontFrom(textFamilies, textSize() * 2.0);
}

qreal Typography::measureWidth() const
{
    // Average character width measured on running lower-case text, as a typographer would count.
    static const QString sample = QStringLiteral(
        "the quick brown fox jumps over the lazy dog and the state withers away, ");
    const QFontMetricsF metrics(textFont());
    const qreal perCharacter = metrics.horizontalAdvance(sample) / sample.size();
    return perCharacter * measureCharacters;
}

} // namespace redletter
