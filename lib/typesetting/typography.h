// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

namespace redletter {

//! The colours of a page. Ink and paper keep at least WCAG AA contrast in every theme.
struct Theme
{
    enum Kind { Light, Sepia, Dark };

    Kind kind = Light;
    QColor paper;             //!< page background
    QColor ink;               //!< the author's text
    QColor mutedInk;          //!< bylines, labels, running text of the chrome
    QColor accent;            //!< the red of Red Letter: labels, footnote marks
    QColor editorPaper;       //!< background of the editor's introduction
    QColor editorInk;         //!< the editor's voice (introduction, margin notes)
    QColor anchorUnderline;   //!< passages the editor comments on
    QColor anchorHighlight;   //!< a passage or note under the pointer
    QColor mastheadPaper;     //!< the masthead above the page (the name in accent, the tagline)
    QColor taglineInk;        //!< "Daily left theory. …" on the masthead

    static Theme forKind(Kind kind);
    //! The tint of the reader's highlight colour @p name ("yellow", "green", "blue", "pink").
    QColor highlight(const QString &name) const;
};

/*!
 * The reading typography, after Bringhurst and Butterick: a serif reading face, a measure of
 * about 66 characters, line height about 1.45, paragraphs marked by indents (not also by space),
 * the editor's voice set apart in its own face and tint, notes in the margin at ~0.8 size.
 * Sizes are in points, as a desktop's font settings and a printer count them; pixelsPerPoint
 * turns them into the device's pixels (the screen's logical DPI / 72), so the page grows with the
 * desktop's font scaling. Zoom scales type and measure together so the measure is kept.
 */
struct Typography
{
    //! Reading face, then fallbacks (Debian: fonts-ebgaramond, fonts-sil-charis, fonts-dejavu-core).
    QStringList textFamilies{QStringLiteral("EB Garamond"), QStringLiteral("Charis SIL"),
                             QStringLiteral("DejaVu Serif"), QStringLiteral("serif")};
    //! The editor's voice: a sturdier face that stays readable small.
    QStringList editorFamilies{QStringLiteral("Charis SIL"), QStringLiteral("DejaVu Serif"),
                               QStringLiteral("serif")};
    //! The house size: EB Garamond has a small x-height, so 15.75 pt (21 px at 96 dpi) on screen
    //! reads like 12 pt print. The page's layout and the PDF's references were made at it.
    static constexpr qreal HousePointSize = 15.75;
    qreal textPointSize = HousePointSize; //!< the text's size at zoom 1, in points
    qreal pixelsPerPoint = 96.0 / 72.0;   //!< device pixels a point: logical DPI / 72 (1.33 at 96 dpi)
    qreal lineHeight = 1.45;      //!< proportional line height
    int measureCharacters = 66;   //!< characters per line
    qreal noteScale = 0.74;       //!< margin notes relative to the text size
    qreal marginShare = 0.46;     //!< margin column width relative to the measure
    bool justify = true;          //!< off: ragged right, and then no hyphenation (WCAG 1.4.8)
    bool hyphenate = true;        //!< soft hyphens from the reading language's dictionary
    /*!
     * Justified text: how far a word space may close, as a share of its width (0.2: to 80 %,
     * InDesign's default minimum; TeX lets a space close by a third). Qt's justification can only
     * widen spaces, so justified text is set with spaces this much narrower and Qt widens them
     * from there: a line takes a word more where it would otherwise gape (bench_typesetting:
     * lines stretched past 1.5 times a space, sample 53.7 % with rigid spaces, see the README).
     */
    qreal wordSpaceShrink = 0.2;
    /*!
     * Justified text: how far the letters of a line may be spaced apart, as a share of the type
     * size (0.03: 30 thousandths of an em, 0.63 px a character at 21 px; a line of 66 characters
     * gains about a word's width). ParagraphSetter counts it as stretch beside the word spaces,
     * so a line that would gape spreads its slack over its letters too, and only as far as it
     * must: a line at half its stretch gets half this. Without it no breaking gets the share of
     * lines whose spaces stretch past 1.5 times a normal space under a quarter (bench_typesetting,
     * see the README); with it the sample gets under 5 %.
     */
    qreal letterSpacingStretch = 0.03;
    bool smartPunctuation = true; //!< curly quotes, dashes by language; the stored text is untouched
    bool markEditorialPassages = true; //!< underline the passages the editor's notes discuss
    qreal zoom = 1.0;
    Theme theme = Theme::forKind(Theme::Light);

    QFont textFont() const;
    QFont editorFont() const;   //!< introduction
    QFont noteFont() const;     //!< margin notes
    QFont headingFont(int level) const;
    QFont titleFont() const;

    //! The text's size in points, zoom included (what Preferences shows as the type size).
    qreal pointSize() const { return textPointSize * zoom; }
    //! The text's size in device pixels: everything on the page is measured from it.
    qreal textSize() const { return pointSize() * pixelsPerPoint; }
    //! Width of the text column, in pixels: the measure in average characters of the text font.
    qreal measureWidth() const;
    //! Width of the margin column and of the gap between text and margin.
    qreal marginWidth() const { return measureWidth() * marginShare; }
    qreal gutterWidth() const { return textSize() * 1.6; }
};

} // namespace redletter
