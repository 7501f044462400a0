// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "reading/reading.h"
#include "typesetting/citation.h"
#include "typesetting/typography.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace redletter {

/*!
 * What an export is made from: plain values, not the catalog, so that the app, the command line
 * and the tests all feed it the same way. One source per reading.
 */
struct ExportSource
{
    Reading reading;
    QDate servedOn; //!< the day it was read (cited as "read on"); invalid: not known
    QVector<Annotation> annotations; //!< the annotations to export, any order
};

/*!
 * The paper a locale prints on: US Letter where CLDR says so (the United States, Canada, Mexico,
 * the Philippines, Chile, Colombia, Venezuela, Costa Rica, Guatemala, Nicaragua, Panama, Puerto
 * Rico, El Salvador, Belize), A4 everywhere else.
 */
QPageSize defaultPageSizeForLocale(const QLocale &locale);

struct ExportOptions
{
    enum class Scope {
        Annotations,  //!< each annotated passage with its context, notes and citation
        WholeReading, //!< every reading set in full, all its notes in the margin, highlights marked
    };
    enum class JsonLayout {
        AnnotationPage, //!< {"type": "AnnotationPage", "items": [...]}
        Array,          //!< [ annotation, ... ]
    };

    Scope scope = Scope::Annotations;
    QPageSize pageSize = defaultPageSizeForLocale(QLocale());
    bool pdfA = false; //!< PDF/A-1b (archival: XMP metadata, sRGB output intent, no transparency)
    QString title;     //!< empty: defaultExportTitle()
    /*!
     * The reader's typography: faces, measure in characters, leading, justification, hyphenation,
     * smart punctuation. Sizes are worked out for the page (the measure decides the type size);
     * the PDF is always set in the light theme's colours, since it is for paper.
     */
    Typography typography;
    JsonLayout jsonLayout = JsonLayout::AnnotationPage;
    //! Written into the Markdown front matter as `exported:`; invalid: left out (tests stay stable).
    QDate exportedOn;
};

/*!
 * Which annotations go into a study packet. Empty fields do not filter. Dates are compared with
 * the local date of Annotation::created.
 */
struct AnnotationFilter
{
    QDate from;               //!< first day, inclusive
    QDate to;                 //!< last day, inclusive
    QString tag;              //!< an annotation tag or a reading tag, compared case-insensitively
    QStringList annotationIds; //!< a selection in the reader view; empty: all
};

/*!
 * @p sources with only the annotations that pass @p filter; readings left without annotations are
 * dropped. Order is kept.
 */
[[nodiscard]] QVector<ExportSource> filterSources(const QVector<ExportSource> &sources,
                                                  const AnnotationFilter &filter);

/*!
 * The title of an export that was not given one: the reading's title when there is one reading,
 * else "Annotations" with the date range ("Annotations, 3–24 November 2026").
 */
[[nodiscard]] QString defaultExportTitle(const QVector<ExportSource> &sources);

/*!
 * The days an export covers: the reading dates (ExportSource::servedOn) where known, else the
 * local dates the annotations were made. Both invalid when there is nothing to date.
 */
void exportDateRange(const QVector<ExportSource> &sources, QDate *first, QDate *last);

//! "24 November 2026", or "3–24 November 2026", "30 October – 2 November 2026", … in @p locale.
[[nodiscard]] QString formatDateRange(const QDate &first, const QDate &last,
                                      const QLocale &locale = QLocale());


//! An annotation whose passage is no longer in its reading's text: listed, never dropped.
struct OrphanedAnnotation
{
    QString readingId;
    QString readingTitle;
    QString annotationId;
    QString quote; //!< TextQuoteSelector::exact: what the reader had highlighted
    QString note;
};

//! One rectangle drawn on a page, in PDF points from the page's top left corner.
struct PageBox
{
    enum Kind : quint8 {
        Text,        //!< a passage (or the part of it on this page), title block, heading
        Note,        //!< a margin note
        RunningHead, //!< title and reading at the top of pages 2…
        Folio,       //!< "3 / 12" at the foot of pages 2…
    };
    Kind kind = Text;
    QRectF rect;
    qreal anchorY = 0; //!< Note: the top of the line it belongs to, on the same page
    int passage = -1;  //!< index of the passage (ExportReport::passages order); -1 for chrome
};

//! Where things went on one page: what a test needs to see that nothing overlaps or is cut.
struct PageLayoutReport
{
    QRectF typeArea;   //!< text and margin columns, top to bottom margin
    QRectF textColumn;
    QRectF noteColumn;
    QVector<PageBox> boxes;
};

struct ExportReport
{
    int passages = 0;       //!< passages set (merged highlights count once)
    int highlights = 0;     //!< annotations anchored and exported
    int readerNotes = 0;    //!< of them, the ones with a note
    int editorialNotes = 0; //!< the editor's notes set beside the passages
    int footnotes = 0;      //!< the author's footnotes set beside the passages
    QVector<OrphanedAnnotation> orphaned;
    int pages = 0;   //!< PDF only
    qint64 bytes = 0; //!< size of the written file
    QSizeF pageSize; //!< PDF only, in points
    QVector<PageLayoutReport> layout; //!< PDF only, one per page

    //! Every note in the margin: the reader's, the editor's and the author's.
    int notes() const { return readerNotes + editorialNotes + footnotes; }
};

/*!
 * Called between passages and pages with work done so far and the total (the total may grow once
 * the pages are counted). Return false to cancel: the export then stops and writes nothing.
 */
using ExportProgress = std::function<bool(int done, int total)>;

} // namespace redletter
