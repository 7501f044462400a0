// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "typesetting/typography.h"

#include <QObject>
#include <QPalette>

#include <memory>

class QTextDocument;

namespace redletter {

/*!
 * Colours for a reading's source, by KDE Syntax-Highlighting and Red Letter's own syntax definition
 * (resources/syntax/redletter-reading.xml: the installed copy found by DataLocations, else the one
 * embedded as ":/ksh/syntax"). This file is the one place
 * that knows whether the build has KSyntaxHighlighting (KF5 on the Qt 5 leg, KF6 where a system
 * ships it; CMake sets REDLETTER_HAVE_SYNTAX_HIGHLIGHTING): without it the source is plain text and
 * unavailableReason() says why, for the status bar. There is no hand-written highlighter.
 */
class SourceHighlighting : public QObject
{
    Q_OBJECT
public:
    //! Highlights @p document (which must outlive this object) in the KSH theme for @p theme.
    SourceHighlighting(QTextDocument *document, Theme::Kind theme, QObject *parent = nullptr);
    ~SourceHighlighting() override;

    //! True when this build has KSyntaxHighlighting.
    static bool isAvailable();
    //! True when the document is highlighted (KSH is there and the definition was found).
    bool isActive() const;
    //! Why the source has no colours (empty when isActive()).
    QString unavailableReason() const;

    //! The name of the KSH theme used for an app theme: Breeze Light, Solarized Light, Breeze Dark.
    static QString themeName(Theme::Kind theme);
    //! Follows the app's theme; highlights the document again.
    void setTheme(Theme::Kind theme);
    //! @p base with the editor's background, text and selection colours of the theme (the KSH
    //! theme's where it is active, the reader's page colours otherwise).
    QPalette palette(const QPalette &base) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    Theme::Kind m_theme;
};

} // namespace redletter
