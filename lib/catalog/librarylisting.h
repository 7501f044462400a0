// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace redletter {

class Catalog;

/*!
 * One row of the library's list: a reading on its own, a work (its chapters under it), or a
 * chapter of a work. A work takes what its chapters share from its first chapter in id order
 * (language, year, the author and source when the work has none) and their minutes summed.
 */
struct LibraryRow
{
    QString id; //!< the reading's, or the work's
    QString title;
    QString author;
    QString language;
    int year = 0;    //!< 0: unknown
    int minutes = 0; //!< a work: its chapters' sum
    bool builtin = false;
    QString source;     //!< the address as stored ("" for none)
    QString sourceFile; //!< the file it was imported from, for a source without an address
    bool isWork = false;
    int chapters = 0;         //!< a work: how many chapters it has
    int matchingChapters = 0; //!< a work: how many of them the filter lets through (all without one)
    QString workId;           //!< a chapter: its work
    int workPosition = 0;     //!< a chapter: its place in the work's contents (1-based)
};

/*!
 * The library's list of the catalog (the library window's Readings tab), sorted and filtered by
 * SQLite and read a page at a time, so that listing 10,000 readings reads the rows on screen
 * rather than all of them.
 *
 * The top level is the readings on their own and the works; a work's chapters are read with
 * chapters(), in contents order whatever the order of the top level. Filtering: every word of the
 * filter text in the title or the author (ignoring case in every script, as
 * QString::contains(Qt::CaseInsensitive) does), and the language; a work is listed when it
 * matches itself or one of its chapters does, and lists the chapters that match. Sorting: by the
 * column asked for (titles and authors ignoring case, as QString::compare(Qt::CaseInsensitive)),
 * rows that sort the same in catalog order (by id; a work at its first chapter's id), in either
 * direction. The State column sorts by keys the caller gives (setStateKeys()), as the reader's
 * states come from the schedule, not the catalog.
 *
 * Reads the catalog's connection; one per catalog and thread, like the Catalog.
 */
class LibraryListing
{
public:
    enum class SortColumn { Title, Author, Year, Language, Length, State, Source };

    explicit LibraryListing(const Catalog &catalog);

    //! Words (case ignored) every row must have in its title or author; a language ("" for any).
    void setFilter(const QStringList &words, const QString &language);
    void setOrder(SortColumn column, bool descending);

    /*!
     * What the State column sorts by for rows that are not unread (unread sorts as 0): of
     * readings on their own, and of works, by id. Kept in a temporary table of the connection.
     */
    [[nodiscard]] bool setStateKeys(const QHash<QString, double> &readings, const QHash<QString, double> &works,
                                    QString *error);

    //! Rows @p offset to @p offset + @p count - 1 of the top level, sorted and filtered.
    [[nodiscard]] bool rows(int offset, int count, QVector<LibraryRow> *rows, QString *error) const;
    //! The chapters of work @p workId the filter lets through, in contents order.
    [[nodiscard]] bool chapters(const QString &workId, QVector<LibraryRow> *chapters, QString *error) const;
    //! How many rows the top level has with the filter (counts them: for tests and figures).
    [[nodiscard]] bool count(int *rows, QString *error) const;

    //! The languages of the readings, sorted.
    QStringList languages() const;
    //! The readings @p ids (title, author, minutes, work; no sort keys) by id; missing ones left out.
    QHash<QString, LibraryRow> readings(const QStringList &ids) const;

private:
    //! The filter over a row's @p language, @p titleKey and @p authorKey (SQL), with its values.
    QString matchSql(const QString &language, const QString &titleKey, const QString &authorKey,
                     QVariantList *values) const;
    //! The top level's rows as (is_work, id, sort_key, tie), filtered, with the values it binds.
    QString orderSql(QVariantList *values) const;

    const Catalog &m_catalog;
    QStringList m_words; //!< folded (migrations::listingKey())
    QString m_language;
    SortColumn m_column = SortColumn::Title;
    bool m_descending = false;
};

} // namespace redletter
