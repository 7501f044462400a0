// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace redletter {

class Catalog;

/*!
 * Which built-in reading files the catalog holds as they are shipped (schema v11: builtin_files),
 * so that a start parses and imports only a file that changed: parsing and importing all of them
 * again cost 118 million instructions a start, whatever the catalog.
 *
 * A file counts as imported when its name and SHA-256 are recorded for this build (the app's
 * version and schema: a new parser or estimator imports everything again) and its reading is
 * still the one recorded: built in, from no file, with the content it was imported with. A reading
 * the reader edited, or one an import of another file replaced, is imported from the shipped file
 * again, as before.
 */
class BuiltinFiles
{
public:
    explicit BuiltinFiles(Catalog &catalog);

    //! The build a record is good for: the app's version and the catalog's schema version.
    static QString build();
    //! Hex SHA-256 of a file's bytes, as recorded.
    static QString sha256(const QByteArray &bytes);

    //! File name → SHA-256 of every file recorded for this build whose reading is still as imported.
    QHash<QString, QString> imported() const;

    //! Records that file @p name with @p fileSha256 was imported as reading @p readingId (as stored now).
    [[nodiscard]] bool record(const QString &name, const QString &fileSha256, const QString &readingId, QString *error);

private:
    Catalog &m_catalog;
};

} // namespace redletter
