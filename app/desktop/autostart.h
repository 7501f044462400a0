// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace redletter {

/*!
 * "Start at login": an XDG autostart entry, autostart/org.redletter.redletter.desktop in the
 * user's config directory (XDG_CONFIG_HOME, ~/.config by default), which starts the app minimized
 * to the tray. Written atomically; removing it turns the feature off.
 */
class Autostart
{
public:
    //! Entries go to @p configDir/autostart; empty: the user's config directory.
    explicit Autostart(const QString &configDir = QString());

    QString entryPath() const;
    //! True if the entry exists and is not hidden (Hidden=true is how desktops switch one off).
    bool isEnabled() const;
    //! Writes (starting @p program) or removes the entry. On failure, @p error says why.
    [[nodiscard]] bool setEnabled(bool enabled, const QString &program, QString *error);

    //! The entry's text for @p program (a name found on PATH, or an absolute path).
    static QString entryContents(const QString &program);
    //! @p program as it should appear in Exec=: plain "redletter" when that is what PATH finds,
    //! else the path, quoted as the Desktop Entry Specification wants.
    static QString execProgram(const QString &program);
    //! The option that starts the app in the tray.
    static QString minimizedOption() { return QStringLiteral("--minimized"); }

private:
    QString m_configDir;
};

} // namespace redletter
