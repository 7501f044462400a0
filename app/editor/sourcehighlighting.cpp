// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sourcehighlighting.h"

#include "util/datalocations.h"

#include <QTextDocument>

#ifdef REDLETTER_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

// The definition is in a static library's resources: referencing them keeps the linker from
// dropping them (outside any namespace, as Q_INIT_RESOURCE needs).
static void initSyntaxResources()
{
    Q_INIT_RESOURCE(syntax);
}
#endif

namespace redletter {

namespace {
const auto definitionName = QStringLiteral("Red Letter Reading");

#ifdef REDLETTER_HAVE_SYNTAX_HIGHLIGHTING
// One repository for the process: loading KSH's definitions takes a while, and they never change.
// Ours is the installed one (or the build tree's) beside the binary or in XDG_DATA_DIRS, else the
// embedded copy, so the editor highlights without anything installed (DataLocations).
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        initSyntaxResources();
        auto *r = new KSyntaxHighlighting::Repository;
        const QString searchPath = DataLocations::forThisProcess().syntaxSearchPath();
        if (!searchPath.isEmpty())
            r->addCustomSearchPath(searchPath);
        return r;
    }();
    return *repository;
}
#endif
} // namespace

struct SourceHighlighting::Private
{
#ifdef REDLETTER_HAVE_SYNTAX_HIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr;
    KSyntaxHighlighting::Theme theme;
#endif
};

SourceHighlighting::SourceHighlighting(QTextDocument *document, Theme::Kind theme, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_theme(theme)
{
#ifdef REDLETTER_HAVE_SYNTAX_HIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(definitionName);
    if (!definition.isValid())
        return;
    d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(this);
    d->highlighter->setDefinition(definition);
    d->theme = repository().theme(themeName(theme));
    d->highlighter->setTheme(d->theme);
    d->highlighter->setDocument(document);
    d->highlighter->rehighlight();
#else
    Q_UNUSED(document)
#endif
}

SourceHighlighting::~SourceHighlighting() = default;

bool SourceHighlighting::isAvailable()
{
#ifdef REDLETTER_HAVE_SYNTAX_HIGHLIGHTING
    return true;
#else
    return false;
#endif
}

bool SourceHighlighting::isActive() const
{
#ifdef REDLETTER_HAVE_SYNTAX_HIGHLIGHTING
    return d->highlighter != nullptr;
#else
    return false;
#endif
}

QString SourceHighlighting::unavailableReason() const
{
    if (isActive())
        return {};
    if (!isAvailable())
        return tr("No syntax colours: this build has no KDE Syntax-Highlighting");
    return tr("No syntax colours: the syntax definition \"%1\" was not found").arg(definitionName);
}

QString SourceHighlighting::themeName(Theme::Kind theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("Breeze Light");
    case Theme::Sepia:
        return QStringLiteral("Solarized Light");
    case Theme::Dark:
        return QStringLiteral("Breeze Dark");
    }
    return QStringLiteral("Breeze Light");
}

void SourceHighlighting::setTheme(Theme::Kind theme)
{
    m_theme = theme;
#ifdef REDLETTER_HAVE_SYNTAX_HIGHLIGHTING
    if (!d->highlighter)
        return;
    d->theme = repository().theme(themeName(theme));
    d->highlighter->setTheme(d->theme);
    d->highlighter->rehighlight();
#endif
}

QPalette SourceHighlighting::palette(const QPalette &base) const
{
    QPalette palette = base;
#ifdef REDLETTER_HAVE_SYNTAX_HIGHLIGHTING
    if (d->highlighter) {
        using KTheme = KSyntaxHighlighting::Theme;
        palette.setColor(QPalette::Base, QColor::fromRgba(d->theme.editorColor(KTheme::BackgroundColor)));
        palette.setColor(QPalette::Text, QColor::fromRgba(d->theme.textColor(KTheme::Normal)));
        palette.setColor(QPalette::Highlight,
                         QColor::fromRgba(d->theme.editorColor(KTheme::TextSelection)));
        palette.setColor(QPalette::HighlightedText,
                         QColor::fromRgba(d->theme.textColor(KTheme::Normal)));
        return palette;
    }
#endif
    const Theme page = Theme::forKind(m_theme);
    palette.setColor(QPalette::Base, page.paper);
    palette.setColor(QPalette::Text, page.ink);
    return palette;
}

} // namespace redletter
