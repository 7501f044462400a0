// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QString>
#include <QVector>

namespace redletter {

/*!
 * What an imported annotation may hold. A note is typed by a person: a megabyte is hundreds of
 * pages, and a larger one is a mistake or an attack (a 100 MB note took the reader 15 s and 1 GB
 * to open). Quotes are passages of one reading; tags are short words.
 */
struct AnnotationLimits
{
    static constexpr int MaxNoteBytes = 1024 * 1024;   //!< the note's text, UTF-8
    static constexpr int MaxQuoteBytes = 256 * 1024;   //!< exact + prefix + suffix, UTF-8
    static constexpr int MaxTags = 100;
    static constexpr int MaxTagBytes = 200;            //!< one tag, UTF-8
};

/*!
 * Why @p annotation is larger than AnnotationLimits allows ("its note is 104,857,600 bytes; at
 * most 1,048,576 are accepted"), or an empty string when it is within them.
 */
QString annotationSizeProblem(const Annotation &annotation);

/*!
 * Why the position selector of @p annotation cannot be in a text of @p textCodePoints code points
 * (its end lies past the end), or an empty string. An unknown position (-1, -1) is fine.
 */
QString annotationPositionProblem(const Annotation &annotation, int textCodePoints);

/*!
 * The first id that two of @p annotations share, as "annotations 2 and 5 both have the id …"
 * (1-based, in file order), or an empty string when every id is distinct.
 */
QString duplicateAnnotationIdProblem(const QVector<Annotation> &annotations);

//! Whether @p a and @p b say the same thing: every field but the id.
bool sameAnnotationContent(const Annotation &a, const Annotation &b);

//! What importing one annotation did (see Catalog::importAnnotations()).
enum class AnnotationMergeOutcome {
    Added,          //!< new
    AddedWithNewId, //!< its id belongs to a note on another reading: added under a new id
    Updated,        //!< newer than the stored one, which is kept as a conflict
    KeptStored,     //!< older than (or as old as) the stored one: kept as a conflict, not applied
    Unchanged,      //!< the same as what is stored: skipped
};

/*!
 * For an imported annotation with the same id and reading as a stored one: which is newer. Times
 * are compared by `modified`, or `created` when that is unknown; an annotation with neither is
 * the oldest. The stored one wins a tie, so an import never replaces a note it cannot show to
 * be newer.
 */
AnnotationMergeOutcome compareAnnotationVersions(const Annotation &stored, const Annotation &incoming);

//! One line of the import's report.
struct AnnotationMergeItem
{
    int index = 0; //!< 1-based place in the file
    QString id;    //!< the id in the file
    QString storedId; //!< the id it is stored under (differs for AddedWithNewId)
    AnnotationMergeOutcome outcome = AnnotationMergeOutcome::Added;
    QString otherReadingId; //!< AddedWithNewId: the reading the id belongs to
};

//! What Catalog::importAnnotations() did, annotation by annotation in file order.
struct AnnotationMergeReport
{
    QVector<AnnotationMergeItem> items;

    int count(AnnotationMergeOutcome outcome) const;
    int added() const { return count(AnnotationMergeOutcome::Added) + count(AnnotationMergeOutcome::AddedWithNewId); }
    int updated() const { return count(AnnotationMergeOutcome::Updated); }
    //! Not applied: unchanged, or older than the stored note.
    int skipped() const { return count(AnnotationMergeOutcome::Unchanged) + count(AnnotationMergeOutcome::KeptStored); }
    //! Conflicts recorded: an update's older stored version, or an older imported one.
    int conflicts() const { return updated() + count(AnnotationMergeOutcome::KeptStored); }
};

} // namespace redletter
