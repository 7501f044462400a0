// SPDX-License-Identifier: GPL-3.0-or-later
// WCAG 2.1 AA (1.4.3): every text colour of every theme has a contrast of at least 4.5:1 against
// every background it is set on — the page, the editor's introduction, a hovered passage or note,
// and each of the reader's highlight colours (composited over the page as it is painted) — and
// the masthead's name and tagline on the masthead.
#include "typesetting/typography.h"

#include <QTest>

#include <cmath>

using namespace redletter;

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

//! WCAG relative luminance of an opaque colour.
double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

//! @p top painted over the opaque @p bottom (source-over), as the view paints a highlight.
QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
                            float(top.greenF() * a + bottom.greenF() * (1 - a)),
                            float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

const char *themeName(Theme::Kind kind)
{
    return kind == Theme::Light ? "light" : kind == Theme::Sepia ? "sepia" : "dark";
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pairs_data();
    void pairs();
    void theFormulaIsWcags();
};

void TestContrast::pairs_data()
{
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("background");
    for (const Theme::Kind kind : {Theme::Light, Theme::Sepia, Theme::Dark}) {
        const Theme t = Theme::forKind(kind);
        const auto add = [kind](const char *what, const QColor &text, const QColor &background) {
            QTest::addRow("%s: %s", themeName(kind), what) << text << background;
        };
        // The page: text, bylines and labels, the red of kickers, links and footnote marks, notes.
        add("text on paper", t.ink, t.paper);
        add("muted on paper", t.mutedInk, t.paper);
        add("accent (labels, links, marks) on paper", t.accent, t.paper);
        add("editor's voice (margin notes) on paper", t.editorInk, t.paper);
        // The introduction, set on the editor's paper.
        add("editor's voice on editor's paper", t.editorInk, t.editorPaper);
        add("accent on editor's paper", t.accent, t.editorPaper);
        add("text on editor's paper", t.ink, t.editorPaper);
        // A passage or note under the pointer or the keyboard's note.
        add("text on hover", t.ink, t.anchorHighlight);
        add("editor's voice on hover", t.editorInk, t.anchorHighlight);
        add("muted (my note's label) on hover", t.mutedInk, t.anchorHighlight);
        add("accent (note labels) on hover", t.accent, t.anchorHighlight);
        // The masthead above the page: the name in the accent, the tagline in its own ink.
        add("masthead: the name (accent) on the masthead", t.accent, t.mastheadPaper);
        add("masthead: the tagline on the masthead", t.taglineInk, t.mastheadPaper);
        add("masthead: the date and buttons (ink) on the masthead", t.ink, t.mastheadPaper);
        // The reader's highlights, over the text and over the introduction.
        for (const char *name : {"yellow", "green", "blue", "pink"}) {
            const QString colour = QString::fromLatin1(name);
            for (const auto &[where, paper] : {std::pair<const char *, QColor>{"paper", t.paper},
                                               std::pair<const char *, QColor>{"editor's paper", t.editorPaper}}) {
                const QColor background = over(t.highlight(colour), paper);
                QTest::addRow("%s: text on %s highlight on %s", themeName(kind), name, where) << t.ink << background;
                QTest::addRow("%s: editor's voice on %s highlight on %s", themeName(kind), name, where)
                    << t.editorInk << background;
                QTest::addRow("%s: accent on %s highlight on %s", themeName(kind), name, where)
                    << t.accent << background;
            }
        }
    }
}

void TestContrast::pairs()
{
    QFETCH(QColor, text);
    QFETCH(QColor, background);
    const double ratio = contrast(text, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1, WCAG AA needs 4.5:1")
                                          .arg(text.name(), background.name())
                                          .arg(ratio, 0, 'f', 2)));
}

void TestContrast::theFormulaIsWcags()
{
    // Reference values: black on white is 21:1, a colour on itself 1:1, #777 on white 4.48:1.
    QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(contrast(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)) * 100), 100);
    QCOMPARE(qRound(contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    // Half-transparent black over white is mid grey (#808080, 3.95:1).
    QCOMPARE(over(QColor(0, 0, 0, 128), Qt::white).red(), 127);
}

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"
