// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/autostart.h"

#include "desktop/desktoplogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace redletter {

namespace {

const QString EntryName = QStringLiteral("org.redletter.redletter.desktop");

//! Quotes one Exec argument per the Desktop Entry Specification ("Exec key").
QString quoteExecArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString escaped = argument;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needsQuotes)
        return escaped;
    QString quoted;
    for (const QChar c : std::as_const(escaped)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    // The whole value is itself a string value, whose backslashes are escaped again.
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Autostart::Autostart(const QString &configDir)
    : m_configDir(configDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                                      : configDir)
{
}

QString Autostart::entryPath() const
{
    return QDir(m_configDir).filePath(QStringLiteral("autostart/") + EntryName);
}

bool Autostart::isEnabled() const
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // Not QSettings: it reads INI, whose escapes and lists differ from desktop entries.
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        if (inMainGroup && line.section(QLatin1Char('='), 0, 0).trimmed() == QLatin1String("Hidden"))
            return line.section(QLatin1Char('='), 1).trimmed() != QLatin1String("true");
    }
    return true;
}

QString Autostart::execProgram(const QString &program)
{
    const QFileInfo info(program);
    const QString onPath = QStandardPaths::findExecutable(info.fileName());
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == info.canonicalFilePath())
        return quoteExecArgument(info.fileName());
    return quoteExecArgument(info.absoluteFilePath());
}

QString Autostart::entryContents(const QString &program)
{
    // Not translated: the file is read by the session manager, not by the user, and Name is the brand.
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Red Letter\n"
                          "Comment=Daily left theory. 15 minutes or less. Refreshes at midnight.\n"
                          "Exec=%1 %2\n"
                          "Icon=org.redletter.redletter\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(execProgram(program), minimizedOption());
}

bool Autostart::setEnabled(bool enabled, const QString &program, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            *error = QStringLiteral("%1: cannot remove the file").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("%1: cannot create the directory").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    const QByteArray contents = entryContents(program).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    qCInfo(lcDesktop) << "start at login:" << path;
    return true;
}

} // namespace redletter
