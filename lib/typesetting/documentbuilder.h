// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimating/readingtime.h"
#include "reading/reading.h"
#include "typesetting/documentmap.h"
#include "typesetting/typography.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QTextCharFormat>
#include <QVector>

class QTextDocument;

namespace redletter {

//! Something set in the margin beside a range of the typeset document.
struct MarginNote
{
    enum Kind { EditorialNote, Footnote, ReaderNote };

    Kind kind = EditorialNote;
    int index = 0;       //!< into Reading::editorialNotes or Reading::footnotes
    QString annotationId; //!< ReaderNote: the reader's annotation
    int anchorStart = 0; //!< QTextDocument positions of the passage it discusses
    int anchorEnd = 0;   //!< (a footnote: its reference mark)
    QString label;       //!< footnote label as the author wrote it; empty for the editor's notes
    RichText text;       //!< the note (a footnote's paragraphs joined by line breaks)
};

//! Char-format properties the builder sets, so a view can map a click or hover back to a note.
enum DocumentProperty {
    NoteKindProperty = QTextFormat::UserProperty + 1,  //!< MarginNote::Kind + 1 on anchored text
    NoteIndexProperty = QTextFormat::UserProperty + 2, //!< MarginNote::index
};

/*!
 * What the page of one installment of a long reading or work says about it, already translated
 * into the reading's language (lib/installments' Installment makes them): "Part 3 of 7" above the title, the chapters it
 * covers below it, and "Tomorrow: Part 4 — …" at its end. Empty for a reading served whole.
 */
struct PartLines
{
    QString part;     //!< "Part 3 of 7"
    QString chapters; //!< "Chapter I · Chapter II"
    QString next;     //!< "Tomorrow: Part 4 — Chapter II"; empty on the last part

    bool isEmpty() const { return part.isEmpty() && chapters.isEmpty() && next.isEmpty(); }
};

/*!
 * Sets a Reading into a QTextDocument with the reading typography: the header (title, author,
 * work and year, reading time; its words in the reading's language, see LanguageTranslator), the editor's introduction set apart in the editor's voice, the
 * text with its emphasis, block quotes, lists and footnote marks, and the tagline. Notes are not
 * in the document: they are returned, with their anchor positions, for the margin.
 */
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(redletter::DocumentBuilder)

public:
    explicit DocumentBuilder(const Typography &typography);

    /*!
     * Clears @p document and fills it. @p servedOn, when valid, is shown in the header. @p map,
     * if given, receives where each block's text went (for annotations and selections). @p part
     * adds an installment's lines to the header and the end.
     */
    QVector<MarginNote> build(const Reading &reading, const ReadingTime &time,
                              QTextDocument *document, const QDate &servedOn = {},
                              DocumentMap *map = nullptr, const PartLines &part = PartLines()) const;

    //! Fills @p document with one margin note, set small in the editor's voice; its label
    //! ("Note", "Editor") in @p language, the reading's (see LanguageTranslator).
    void buildNote(const MarginNote &note, QTextDocument *document, const QString &language = QString()) const;

    //! "12 min" ("12 min · about 9 for you" with the reader's own pace) and its longer form for a
    //! tooltip ("10 min text, 2 min introduction, ..."), in
    //! @p language (the reading's; empty: the UI's).
    static QString minutesLabel(const ReadingTime &time, const QString &language = QString());
    static QString minutesBreakdown(const ReadingTime &time, const QString &language = QString());

private:
    Typography m_typography;
};

/*!
 * The rectangle of the line that holds document position @p position, in document coordinates
 * (after layout). x is the cursor's x at that position. Where margin notes line up.
 */
QRectF lineRectAt(QTextDocument *document, int position);

} // namespace redletter
