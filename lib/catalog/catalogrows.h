// SPDX-License-Identifier: GPL-3.0-or-later
// Reading rows of a Catalog's connection, for the stores that keep their own tables in it
// (ServingStore, StoredRotation); not part of the library's API.
#pragma once

#include "catalog/catalog.h"
#include "catalog/sqlutil.h"

#include <optional>

namespace redletter::sql {

//! The Qt Sql connection of @p catalog (not opened again if it is closed).
inline QSqlDatabase connectionOf(const Catalog &catalog)
{
    return QSqlDatabase::database(catalog.connectionName(), false);
}

/*!
 * Runs @p select on the catalog's connection and calls @p row for each row of its result, read
 * forward only. False, with nothing called, when the catalog is not open or the query fails (a
 * list then reads as empty, as a catalog without the rows would).
 */
template<typename RowFunction>
bool forEachRow(const Catalog &catalog, const QString &select, const QVariantList &values, RowFunction row)
{
    if (!catalog.isOpen())
        return false;
    QSqlDatabase db = connectionOf(catalog);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString message;
    if (!exec(query, select, values, &message))
        return false;
    while (query.next())
        row(query);
    return true;
}

//! The first column of the first row of @p select; none when the catalog is not open, the query fails or gives no row.
inline std::optional<QVariant> firstValue(const Catalog &catalog, const QString &select, const QVariantList &values = {})
{
    std::optional<QVariant> result;
    forEachRow(catalog, select, values, [&result](const QSqlQuery &query) {
        if (!result)
            result = query.value(0);
    });
    return result;
}

} // namespace redletter::sql
