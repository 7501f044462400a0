// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/builtinfiles.h"

#include "catalog/catalog.h"
#include "catalog/sqlutil.h"

#include <QCryptographicHash>

namespace redletter {

BuiltinFiles::BuiltinFiles(Catalog &catalog)
    : m_catalog(catalog)
{
}

QString BuiltinFiles::build()
{
    return QStringLiteral(REDLETTER_VERSION_STRING "/schema %1").arg(Catalog::latestSchemaVersion());
}

QString BuiltinFiles::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QHash<QString, QString> BuiltinFiles::imported() const
{
    QHash<QString, QString> result;
    if (!m_catalog.isOpen())
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString message;
    if (!sql::exec(query,
                   QStringLiteral("SELECT b.name, b.file_sha256 FROM builtin_files b"
                                  " JOIN readings r ON r.id = b.reading_id AND r.content_sha256 = b.content_sha256"
                                  " WHERE b.build = ? AND r.builtin = 1 AND r.source_file IS NULL"),
                   {build()}, &message))
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

bool BuiltinFiles::record(const QString &name, const QString &fileSha256, const QString &readingId, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_catalog.connectionName(), false);
    QString message;
    const bool ok = m_catalog.isOpen()
        && sql::exec(db,
                     QStringLiteral("INSERT OR REPLACE INTO builtin_files"
                                    " (name, file_sha256, build, reading_id, content_sha256)"
                                    " SELECT ?, ?, ?, id, content_sha256 FROM readings WHERE id = ?"),
                     {name, fileSha256, build(), readingId}, &message);
    if (!ok && error)
        *error = m_catalog.path() + QLatin1String(": cannot record the built-in file %1: ").arg(name) + message;
    return ok;
}

} // namespace redletter
