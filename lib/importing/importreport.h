// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "reading/readingparser.h" // SourceError

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redletter {

//! The kinds of source the import service reads; each has one reader in lib/importing/formats/.
enum class SourceFormat {
    ReadingFormat, //!< our own reading format (lib/reading/FORMAT.md)
    Markdown,      //!< Markdown written by other tools (Hugo, Jekyll, Pandoc, plain)
    PlainText,     //!< plain text, Project Gutenberg books included
    Html,          //!< an HTML page (marxists.org and the like)
    HtmlWork,      //!< a contents page with its chapters: a whole work
    Epub,          //!< an EPUB 2 or 3 book
};

//! One reading an import made or updated.
struct ImportedReading
{
    QString id;
    QString title;
    Catalog::ImportOutcome outcome = Catalog::ImportOutcome::Added;
    int words = 0;   //!< of the author's text
    int minutes = 0; //!< at the house pace (or the editor's figure)
    int footnotes = 0;
    int editorialNotes = 0;
    QString language;
};

//! What became of one source (a file, a link).
struct SourceReport
{
    QString source; //!< as the user named it
    SourceFormat format = SourceFormat::ReadingFormat;
    QVector<ImportedReading> readings; //!< in contents order; empty on failure
    QString workId;                    //!< set when the readings were stored as one work
    QString workTitle;
    QString declaredLanguage; //!< what the source said ("" when it said nothing)
    QString language;         //!< what the readings got
    bool languageOverridden = false; //!< the declaration was wrong and detection overrode it
    QStringList dropped;  //!< left out on purpose, and why
    QStringList warnings; //!< imported anyway, but worth knowing
    ReanchorSummary reanchored; //!< what happened to my notes in updated readings
    SourceError error;    //!< set on failure; then nothing of this source is in the catalog

    bool succeeded() const { return error.isNull(); }
};

//! What one import run did, source by source, for the command line and the window.
struct ImportReport
{
    QVector<SourceReport> sources;

    int succeededCount() const;
    int failedCount() const;
    bool succeeded() const { return failedCount() == 0; }

    //! The name of a format for people ("marxists.org HTML page", "EPUB book").
    static QString formatName(SourceFormat format);
    static QString outcomeName(Catalog::ImportOutcome outcome);
    /*!
     * What else there is to say about @p source, one line each, the same in the command line's
     * report and the window's: a language override, what was dropped, warnings, my notes.
     */
    static QStringList remarks(const SourceReport &source);

    /*!
     * The report as text, a paragraph per source: what it was, what was made of it (readings,
     * words, minutes, notes, language), what was dropped and the warnings — or the error as
     * "SOURCE:LINE:COL: message". Errors go to @p errors when it is not null, else inline.
     */
    QString toText(QString *errors = nullptr) const;

    Q_DECLARE_TR_FUNCTIONS(redletter::ImportReport)
};

} // namespace redletter
