// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the catalog tests: raw looks at the database behind a Catalog.
#pragma once

#include "annotations/annotation.h"
#include "reading/reading.h"

#include <QDateTime>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace redletter::test {

/*!
 * Every table of the database (schema, user_version and all rows, FTS5 shadow tables included) as
 * sorted text: two dumps are equal exactly when the database content is. Values go through SQL
 * quote(), so types and blobs are compared exactly.
 */
inline QString dumpDatabase(QSqlDatabase db)
{
    QStringList lines;
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA user_version"));
        query.next();
        lines.append(QStringLiteral("user_version=") + query.value(0).toString());
    }
    QStringList tables;
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"));
        while (query.next()) {
            lines.append(QStringLiteral("schema: %1 %2 %3 %4")
                             .arg(query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString()));
            if (query.value(0).toString() == QLatin1String("table"))
                tables.append(query.value(1).toString());
        }
    }
    for (const QString &table : tables) {
        QStringList quoted;
        {
            QSqlQuery columns(db);
            columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
            columns.addBindValue(table);
            columns.exec();
            while (columns.next())
                quoted.append(QStringLiteral("quote(\"%1\")").arg(columns.value(0).toString()));
        }
        QStringList rows;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QLatin1String(" || '|' || ")), table)))
            return QStringLiteral("cannot dump %1: %2").arg(table, query.lastError().text());
        while (query.next())
            rows.append(table + QLatin1String(": ") + query.value(0).toString());
        rows.sort();
        lines += rows;
    }
    return lines.join(QLatin1Char('\n'));
}

inline QString dumpDatabase(const QString &connectionName)
{
    return dumpDatabase(QSqlDatabase::database(connectionName, false));
}

//! Runs @p sql on the connection and returns the first column of the first row (or the error).
inline QVariant queryValue(const QString &connectionName, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(sql))
        return QVariant(QStringLiteral("error: ") + query.lastError().text());
    return query.next() ? query.value(0) : QVariant();
}

inline bool execSql(const QString &connectionName, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

inline Block textBlock(const QString &text)
{
    Block block;
    block.text = text;
    return block;
}

//! A small reading with every part a catalog stores, built from a few words of our own.
inline Reading sampleReading(const QString &id, const QString &title, const QString &bodyText)
{
    Reading reading;
    reading.id = id;
    reading.title = title;
    reading.author = QStringLiteral("A. Uthor");
    reading.work = QStringLiteral("Collected Works");
    reading.year = 1917;
    reading.language = QStringLiteral("en");
    reading.tags = QStringList{QStringLiteral("state"), QStringLiteral("class")};
    reading.introduction = {textBlock(QStringLiteral("An introduction by the editor."))};
    reading.body = {textBlock(bodyText), textBlock(QStringLiteral("Another paragraph with a note."))};
    Footnote footnote;
    footnote.label = QStringLiteral("1");
    footnote.blocks = {textBlock(QStringLiteral("The author's footnote."))};
    reading.footnotes = {footnote};
    reading.editorialNotes = {RichText{QStringLiteral("Hold on to this."), {}}};
    Anchor reference;
    reference.kind = Anchor::FootnoteReference;
    reference.start = reference.end = 7;
    Anchor note;
    note.kind = Anchor::EditorialNote;
    note.start = 0;
    note.end = 7;
    reading.body[1].anchors = {reference, note};
    return reading;
}

/*!
 * A note on @p readingId quoting @p exact (position unknown, as an imported note has it), made
 * and modified at @p when.
 */
inline Annotation sampleNote(const QString &id, const QString &readingId, const QString &exact, const QString &note,
                             const QDateTime &when = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
{
    Annotation annotation;
    annotation.id = id;
    annotation.readingId = readingId;
    annotation.quote.exact = exact;
    annotation.note = note;
    annotation.created = when;
    annotation.modified = when;
    return annotation;
}

} // namespace redletter::test
