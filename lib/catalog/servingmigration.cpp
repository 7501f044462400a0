// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/servingmigration.h"

#include "catalog/sqlutil.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace redletter::migrations {

bool addServedParts(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE served_content ("
                       " sha256 TEXT PRIMARY KEY NOT NULL,"
                       " content TEXT NOT NULL)"), // servedTextToJson()
        QStringLiteral("ALTER TABLE schedule ADD COLUMN series_id TEXT"), // NULL: a whole reading
        QStringLiteral("ALTER TABLE schedule ADD COLUMN part INTEGER"),
        QStringLiteral("ALTER TABLE schedule ADD COLUMN parts INTEGER"),
        QStringLiteral("ALTER TABLE schedule ADD COLUMN content_sha256 TEXT REFERENCES served_content(sha256)"),
        QStringLiteral("CREATE TABLE served_parts ("
                       " series_id TEXT NOT NULL," // a work's id, or a long reading's
                       " run INTEGER NOT NULL,"
                       " part INTEGER NOT NULL CHECK (part >= 1),"
                       " parts INTEGER NOT NULL CHECK (parts >= part),"
                       " day TEXT NOT NULL," // the local day it was given
                       " ahead INTEGER NOT NULL DEFAULT 0 CHECK (ahead IN (0, 1)),"
                       " reading_id TEXT NOT NULL," // where the part starts
                       " cut TEXT," // cutAnchorToJson() of the cut ending it; NULL for the last part
                       " content_sha256 TEXT NOT NULL REFERENCES served_content(sha256),"
                       " served_at TEXT NOT NULL,"
                       " PRIMARY KEY (series_id, run, part))"),
        QStringLiteral("CREATE INDEX served_parts_day ON served_parts(day)"),
        QStringLiteral("CREATE TABLE schedule_skips ("
                       " day TEXT NOT NULL,"
                       " target_id TEXT NOT NULL," // the reading or series skipped
                       " skipped_at TEXT NOT NULL,"
                       " PRIMARY KEY (day, target_id))"),
        QStringLiteral("CREATE TABLE schedule_queue ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " target_id TEXT NOT NULL,"
                       " queued_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE paused_series ("
                       " series_id TEXT PRIMARY KEY NOT NULL,"
                       " paused_at TEXT NOT NULL)"),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, {}, error))
            return false;
    }

    // Snapshot what the days already served show today (see the header): in C++ because the
    // hash is SHA-256 of our own JSON, which SQLite cannot compute.
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!sql::exec(rows,
                   QStringLiteral("SELECT DISTINCT s.reading_id, r.content FROM schedule s"
                                  " JOIN readings r ON r.id = s.reading_id"),
                   {}, error))
        return false;
    QVector<QPair<QString, QByteArray>> snapshots;
    while (rows.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(rows.value(1).toString().toUtf8());
        if (!document.isObject())
            continue; // damaged content: the day falls back to whatever the reading has
        QJsonObject page;
        page.insert(QStringLiteral("reading"), document.object());
        snapshots.append({rows.value(0).toString(), QJsonDocument(page).toJson(QJsonDocument::Compact)});
    }
    rows.finish();
    for (const auto &snapshot : std::as_const(snapshots)) {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(snapshot.second, QCryptographicHash::Sha256).toHex());
        if (!sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO served_content (sha256, content) VALUES (?, ?)"),
                       {sha, QString::fromUtf8(snapshot.second)}, error)
            || !sql::exec(db, QStringLiteral("UPDATE schedule SET content_sha256 = ? WHERE reading_id = ?"),
                          {sha, snapshot.first}, error))
            return false;
    }
    return true;
}

bool addFinishedReadings(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE finished_readings ("
                       " target_id TEXT NOT NULL," // a reading, or the series the part belongs to
                       " run INTEGER NOT NULL DEFAULT 0," // the series' run; 0 for a reading
                       " part INTEGER NOT NULL DEFAULT 0 CHECK (part >= 0)," // 0: a whole reading
                       " day TEXT NOT NULL," // the local day it was first read to its end
                       " finished_at TEXT NOT NULL," // UTC
                       " PRIMARY KEY (target_id, run, part))"),
        QStringLiteral("CREATE INDEX finished_readings_day ON finished_readings(day)"),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, {}, error))
            return false;
    }
    return true;
}

} // namespace redletter::migrations
