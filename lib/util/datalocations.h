// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace redletter {

/*!
 * Where the app's data files are found: its compiled translations, its default catalog and the
 * reading format's syntax definition. One lookup order, so a run from the build tree, an installed
 * run (/usr or any other prefix) and a run without any installed file all find them:
 *
 *  1. `<the binary's folder>/../share`: the installed prefix (/usr/bin/redletter finds
 *     /usr/share/redletter), and the build tree, which lays its data out the same way
 *     (build/<preset>/app/redletter finds build/<preset>/share/redletter);
 *  2. each folder of XDG_DATA_HOME and XDG_DATA_DIRS, in their order
 *     (QStandardPaths::GenericDataLocation);
 *  3. the copy embedded in the binary (a ":/…" resource), where there is one.
 *
 * A value type: the folders are given (tests), or taken from the running process (forThisProcess()).
 */
class DataLocations
{
public:
    //! Looks in @p binaryDirectory/../share first, then in each of @p dataDirectories.
    DataLocations(const QString &binaryDirectory, const QStringList &dataDirectories);
    /*!
     * The running process's: QCoreApplication::applicationDirPath() (none before the application
     * object exists) and QStandardPaths::standardLocations(GenericDataLocation).
     */
    static DataLocations forThisProcess();

    //! The "share" folders asked, in order (existing or not; each once).
    QStringList searchDirectories() const { return m_directories; }

    /*!
     * The first of searchDirectories() + "/" + @p relativePath that exists (a file or a folder);
     * else @p embedded if that exists; else an empty string.
     */
    QString find(const QString &relativePath, const QString &embedded = QString()) const;

    //! The folder of the compiled translations, redletter_<lang>.qm (embedded: ":/i18n").
    QString translationsDirectory() const;
    //! The folder of the default catalog's reading files (embedded: ":/catalog").
    QString defaultCatalogDirectory() const;
    /*!
     * The folder to give KSyntaxHighlighting::Repository::addCustomSearchPath() for the reading
     * format's definition: the one whose syntax/redletter-reading.xml exists (embedded: ":/ksh").
     */
    QString syntaxSearchPath() const;

private:
    QStringList m_directories;
};

} // namespace redletter
