// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/datalocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace redletter {

namespace {
// Where each piece lives under a "share" folder (the install rules in translations/ and
// resources/ put them there, and the build tree mirrors them).
const QString TranslationsPath = QStringLiteral("redletter/translations");
const QString CatalogPath = QStringLiteral("redletter/catalog");
const QString SyntaxSearchPath = QStringLiteral("org.kde.syntax-highlighting");
const QString SyntaxFile = QStringLiteral("/syntax/redletter-reading.xml");
} // namespace

DataLocations::DataLocations(const QString &binaryDirectory, const QStringList &dataDirectories)
{
    QStringList candidates;
    if (!binaryDirectory.isEmpty())
        candidates.append(QDir::cleanPath(binaryDirectory + QLatin1String("/../share")));
    for (const QString &directory : dataDirectories) {
        if (!directory.isEmpty())
            candidates.append(QDir::cleanPath(directory));
    }
    for (const QString &candidate : candidates) {
        if (!m_directories.contains(candidate))
            m_directories.append(candidate);
    }
}

DataLocations DataLocations::forThisProcess()
{
    const QString binaryDirectory =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    return DataLocations(binaryDirectory, QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation));
}

QString DataLocations::find(const QString &relativePath, const QString &embedded) const
{
    for (const QString &directory : m_directories) {
        const QString path = directory + QLatin1Char('/') + relativePath;
        if (QFileInfo::exists(path))
            return path;
    }
    if (!embedded.isEmpty() && QFileInfo::exists(embedded))
        return embedded;
    return QString();
}

QString DataLocations::translationsDirectory() const
{
    return find(TranslationsPath, QStringLiteral(":/i18n"));
}

QString DataLocations::defaultCatalogDirectory() const
{
    return find(CatalogPath, QStringLiteral(":/catalog"));
}

QString DataLocations::syntaxSearchPath() const
{
    const QString file = find(SyntaxSearchPath + SyntaxFile, QStringLiteral(":/ksh") + SyntaxFile);
    return file.isEmpty() ? QString() : file.left(file.size() - SyntaxFile.size());
}

} // namespace redletter
