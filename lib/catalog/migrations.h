// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace redletter::migrations {

//! The schema version the newest migration produces.
int latestVersion();

//! The version recorded in the database (PRAGMA user_version); -1 if it cannot be read.
int currentVersion(QSqlDatabase &db);

/*!
 * Brings @p db forward from its current version to @p targetVersion (default: the latest), each
 * step in its own transaction that also bumps user_version. Never goes backwards: a database
 * newer than this build is an error. Tests pass a lower @p targetVersion to build an old schema.
 */
[[nodiscard]] bool migrate(QSqlDatabase &db, QString *error, int targetVersion = -1);

} // namespace redletter::migrations
