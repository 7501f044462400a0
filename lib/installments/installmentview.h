// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "installments/installmentplanner.h"

#include <QCoreApplication>

namespace redletter {

//! Where a body block of a part came from, so that a view can map the reader's notes back.
struct BlockOrigin
{
    int reading = 0;      //!< index into the planned sequence
    QString readingId;
    int block = -1;       //!< body block of that reading; -1 for a chapter heading the part view adds
    int offset = 0;       //!< where this block's text starts in the source block (a cut paragraph)

    friend bool operator==(const BlockOrigin &a, const BlockOrigin &b)
    {
        return a.reading == b.reading && a.readingId == b.readingId && a.block == b.block && a.offset == b.offset;
    }
};

/*!
 * One part of a plan as something to read: a Reading holding just that part, and what its page
 * says about it ("Part 3 of 7", the chapters, "Tomorrow: Part 4 — …").
 *
 * What goes into the reading:
 * - the part's blocks; a paragraph cut at a sentence keeps its styles and anchors on each side;
 * - every footnote cited in those blocks, in order of first citation, with the author's own label
 *   ("3" stays "3" in part 2). Renumbering would make the notes disagree with the source, with
 *   the whole-text view, with the exported passages and with cross-references inside the notes
 *   ("see note 3"); the margin shows each note beside its mark, so a part need not start at 1.
 *   In a work two chapters may both have a note "1"; each still sits beside its own mark;
 * - the editor's notes anchored in those blocks;
 * - the editor's introduction of a chapter in the part where that chapter starts: part 1 for a
 *   single reading or a work's first chapter;
 * - in a work, the chapter's title as a heading where the chapter starts (the chapters' pages
 *   drop their own title heading; the part needs it);
 * - the tagline, on the last part only: it closes the text.
 * Anchors inside footnote blocks are dropped: their indexes point into the whole reading and the
 * margin sets a footnote as plain rich text anyway.
 */
struct Installment
{
    Reading reading;
    int part = 0;  //!< 1-based
    int parts = 0;
    QString workTitle;
    QStringList chapters;
    int words = 0;
    double minutes = 0;
    QString nextTitle;       //!< the next part's title; empty on the last part
    bool nextContinues = false; //!< the next part starts inside nextTitle's chapter or section
    QVector<BlockOrigin> origins; //!< one per reading.body block

    bool isValid() const { return part > 0; }
    bool isLast() const { return part == parts; }

    //! "Part 3 of 7", in @p language (the reading's for its page; empty: the UI's).
    QString partLabel(const QString &language = QString()) const;
    /*!
     * The chapters it covers, joined for the header ("Chapter I · Chapter II"); empty when the
     * only one is the reading's own title (a reading without headings).
     */
    QString chaptersLabel() const;
    //! "Tomorrow: Part 4 — Chapter II" in @p language, like partLabel(); empty on the last part.
    QString closingLine(const QString &language = QString()) const;
};

//! Builds the Installment for one part of a plan. Strings are translated in this context.
class InstallmentView
{
    Q_DECLARE_TR_FUNCTIONS(redletter::InstallmentView)

public:
    /*!
     * Part @p index (0-based) of @p plan over @p readings (the same sequence the plan was made
     * from). Invalid when @p index is out of range.
     */
    static Installment build(const QVector<Reading> &readings, const InstallmentPlan &plan, int index);

    //! The labels in @p language (a reading's: see LanguageTranslator); empty: the UI's.
    static QString partLabel(int part, int parts, const QString &language = QString());
    static QString closingLine(int nextPart, const QString &nextTitle, bool continues,
                               const QString &language = QString());
};

} // namespace redletter
