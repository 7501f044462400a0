// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the catalog's modules (not part of the library's API).
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace redletter::sql {

//! SQLite's own wording ("file is not a database") when there is one, Qt's otherwise.
inline QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

/*!
 * SQLite's primary result code behind @p error (SQLITE_CORRUPT is 11, SQLITE_NOTADB 26), from
 * the Qt driver's native code; 0 when there is none.
 */
inline int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

//! Whether @p error says the file itself is damaged (rather than locked, full or unreadable).
inline bool isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

/*!
 * Whether @p message carries one of SQLite's words for a database that cannot be written at the
 * moment (sqlite3_errstr() of SQLITE_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN), rather
 * than a problem with what was written. The write paths pass on SQLite's text, not its code, and
 * these words are fixed by SQLite.
 */
inline bool saysCannotWriteNow(const QString &message)
{
    static const QStringList transient{
        QStringLiteral("database is locked"),
        QStringLiteral("database table is locked"),
        QStringLiteral("attempt to write a readonly database"),
        QStringLiteral("disk I/O error"),
        QStringLiteral("database or disk is full"),
        QStringLiteral("unable to open database file"),
    };
    for (const QString &words : transient) {
        if (message.contains(words))
            return true;
    }
    return false;
}

//! Prepares @p sql, binds @p values in order and runs it; on failure fills @p error.
[[nodiscard]] inline bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                               QString *error)
{
    if (!query.prepare(sql)) {
        *error = errorText(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = errorText(query.lastError());
        return false;
    }
    return true;
}

//! For statements without results (DDL, INSERT, UPDATE, PRAGMA settings).
[[nodiscard]] inline bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                               QString *error)
{
    QSqlQuery query(db);
    return exec(query, sql, values, error);
}

/*!
 * Writes a consistent copy of @p db's database as last committed to the new file @p file (VACUUM
 * INTO: compact, every committed transaction whole or not at all, rowids kept). A copy that fails
 * half-way (a full disk) is removed: @p file is either the whole copy or absent.
 */
[[nodiscard]] inline bool vacuumInto(QSqlDatabase &db, const QString &file, QString *error)
{
    if (exec(db, QStringLiteral("VACUUM INTO ?"), {file}, error))
        return true;
    QFile::remove(file);
    return false;
}

/*!
 * BEGIN IMMEDIATE … COMMIT, rolled back unless committed. IMMEDIATE takes the write lock at the
 * start, so a second writer waits (busy_timeout) instead of failing halfway with SQLITE_BUSY.
 * QSqlDatabase::transaction() would issue a plain deferred BEGIN.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db) {}
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction() { rollback(); }

    [[nodiscard]] bool begin(QString *error)
    {
        m_active = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), {}, error);
        return m_active;
    }

    [[nodiscard]] bool commit(QString *error)
    {
        if (!exec(m_db, QStringLiteral("COMMIT"), {}, error))
            return false; // still active: the destructor rolls back
        m_active = false;
        return true;
    }

    void rollback()
    {
        if (!m_active)
            return;
        m_active = false;
        QString ignored; // nothing better to do if even ROLLBACK fails; SQLite then rolls back itself
        (void)exec(m_db, QStringLiteral("ROLLBACK"), {}, &ignored);
    }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

} // namespace redletter::sql
