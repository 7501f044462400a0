// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/pdfexport.h"

#include "exporting/exportfile.h"
#include "exporting/exportlogging.h"
#include "exporting/pagelayout.h"
#include "exporting/passages.h"
#include "exporting/printtypesetter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <vector>

namespace redletter {

namespace {


//! Device units per point: fine enough that rounding never shows, coarse enough to read.
constexpr qreal UnitsPerPoint = 10;

QRectF toPoints(const QRectF &rect)
{
    return QRectF(rect.x() / UnitsPerPoint, rect.y() / UnitsPerPoint, rect.width() / UnitsPerPoint,
                  rect.height() / UnitsPerPoint);
}

class PdfComposer
{
    Q_DECLARE_TR_FUNCTIONS(redletter::PdfComposer)

public:
    PdfComposer(const QVector<ExportSource> &sources, const ExportOptions &options,
                ExportReport *report, const ExportProgress &progress)
        : sources(sources), options(options),
          geometry(PrintGeometry::forPage(options.pageSize, UnitsPerPoint)),
          typesetter(options.typography, geometry), report(report), progress(progress)
    {
    }

    //! Typesets and paginates; false when cancelled.
    bool compose()
    {
        const bool wholeReading = options.scope == ExportOptions::Scope::WholeReading;
        const PassageCollection collection = collectPassages(sources, options.scope);
        report->passages = int(collection.passages.size());
        report->highlights = collection.anchoredAnnotations;
        report->orphaned = collection.orphaned;
        for (const Passage &passage : collection.passages) {
            for (const PassageNote &note : passage.notes) {
                switch (note.kind) {
                case PassageNote::ReaderNote:
                    ++report->readerNotes;
                    break;
                case PassageNote::EditorialNote:
                    ++report->editorialNotes;
                    break;
                case PassageNote::Footnote:
                    ++report->footnotes;
                    break;
                }
            }
        }

        title = options.title.isEmpty() ? defaultExportTitle(sources) : options.title;
        QStringList authors;
        QVector<bool> used(sources.size(), false);
        for (const Passage &passage : collection.passages)
            used[passage.source] = true;
        for (int s = 0; s < sources.size(); ++s) {
            const QString &author = sources.at(s).reading.author;
            if ((used.at(s) || collection.passages.isEmpty()) && !author.isEmpty() && !authors.contains(author))
                authors.append(author);
        }
        QDate first;
        QDate last;
        exportDateRange(sources, &first, &last);
        total = int(collection.passages.size() + collection.orphaned.size()) + 1;

        // A computed title already says which days ("Annotations, 1–20 November 2026").
        const QString dates = formatDateRange(first, last);
        // A whole reading opens with its own heading (title, author, work, date, source), which
        // would only repeat a title block; passages get one.
        if (!wholeReading || collection.passages.isEmpty()) {
            const QString language = sources.isEmpty() ? QStringLiteral("en") : sources.first().reading.language;
            items.push_back(typesetter.titleBlock(title, language, authors, title.contains(dates) ? QString() : dates,
                                                  report->passages, report->readerNotes));
        }
        const bool headings = wholeReading || sources.size() > 1;
        int currentSource = -1;
        for (int p = 0; p < collection.passages.size(); ++p) {
            const Passage &passage = collection.passages.at(p);
            if (headings && passage.source != currentSource) {
                TypesetItem heading = typesetter.readingHeading(sources.at(passage.source), passage.source, wholeReading);
                heading.newPage = wholeReading; // each reading starts a page, like a chapter
                items.push_back(std::move(heading));
            }
            currentSource = passage.source;
            items.push_back(typesetter.passage(sources.at(passage.source), passage, p, !wholeReading));
            if (!step())
                return false;
        }
        if (!collection.orphaned.isEmpty()) {
            items.push_back(typesetter.sectionHeading(
                PdfComposer::tr("Orphaned notes"),
                PdfComposer::tr("These annotations no longer match the text of their reading (it has changed "
                   "since they were made). Here is what they quoted, with their notes.")));
            for (const OrphanedAnnotation &orphan : collection.orphaned) {
                QString color = defaultAnnotationColor();
                QString language = QStringLiteral("en");
                for (const ExportSource &source : sources) {
                    for (const Annotation &annotation : source.annotations) {
                        if (annotation.id == orphan.annotationId) {
                            color = annotation.color;
                            language = source.reading.language;
                        }
                    }
                }
                items.push_back(typesetter.orphan(orphan, color, language));
                if (!step())
                    return false;
            }
        }

        QVector<LayoutItem> layoutItems;
        for (const TypesetItem &item : items)
            layoutItems.append(PrintTypesetter::measure(item));
        measured = layoutItems;
        PageFrame frame;
        frame.top = geometry.textColumn.top();
        frame.bottom = geometry.textColumn.bottom();
        frame.noteSpacing = typesetter.typography().noteFont().pixelSize() * 0.7;
        frame.minimumLines = 2;
        pagination = paginate(layoutItems, frame);
        if (pagination.overfull > 0)
            qCWarning(lcExport) << pagination.overfull << "slices do not fit on a page";
        total += int(pagination.pages.size());
        return step();
    }

    //! Draws every page onto @p writer; false when cancelled.
    bool draw(QPdfWriter *writer, QPainter *painter)
    {
        report->pages = int(pagination.pages.size());
        report->pageSize = QSizeF(geometry.page.width() / UnitsPerPoint, geometry.page.height() / UnitsPerPoint);
        int runningSource = -1;
        for (int p = 0; p < pagination.pages.size(); ++p) {
            if (p > 0 && !writer->newPage())
                return false;
            const PagePlan &page = pagination.pages.at(p);
            PageLayoutReport pageReport;
            pageReport.typeArea = toPoints(geometry.typeArea());
            pageReport.textColumn = toPoints(geometry.textColumn);
            pageReport.noteColumn = toPoints(geometry.noteColumn);
            if (!page.slices.isEmpty() && items[size_t(page.slices.first().item)].source >= 0)
                runningSource = items[size_t(page.slices.first().item)].source;

            for (const SlicePlacement &slice : page.slices)
                drawSlice(painter, page, slice, &pageReport);
            if (p > 0)
                drawChrome(painter, p, runningSource, &pageReport);
            report->layout.append(pageReport);
            if (!step())
                return false;
        }
        return true;
    }

    QString title;
    bool cancelled = false;

private:
    bool step()
    {
        ++done;
        if (progress && !progress(done, total))
            cancelled = true;
        return !cancelled;
    }

    void drawSlice(QPainter *painter, const PagePlan &page, const SlicePlacement &slice,
                   PageLayoutReport *pageReport)
    {
        const TypesetItem &item = items[size_t(slice.item)];
        const QVector<LayoutLine> &lines = measured.at(slice.item).lines;
        const qreal top = lines.at(slice.firstLine).top;
        const qreal bottom = lines.at(slice.lastLine).top + lines.at(slice.lastLine).height;
        const QRectF column = geometry.textColumn;

        painter->save();
        painter->translate(column.left(), slice.y - top);
        PrintTypesetter::drawLines(painter, item, slice.firstLine, slice.lastLine);
        painter->restore();
        pageReport->boxes.append({PageBox::Text, toPoints(QRectF(column.left(), slice.y, column.width(), bottom - top)),
                                  0, item.passage});

        for (const NotePlacement &placed : page.notes) {
            if (placed.item != slice.item)
                continue;
            const TypesetNote &note = item.notes[size_t(placed.note)];
            const QRectF rect(geometry.noteColumn.left(), placed.y, geometry.noteColumn.width(),
                              note.document->size().height());
            painter->save();
            painter->translate(rect.topLeft());
            note.document->documentLayout()->draw(painter, QAbstractTextDocumentLayout::PaintContext());
            if (note.rule.isValid()) {
                const qreal width = 1.2 * UnitsPerPoint;
                painter->fillRect(QRectF(-5 * UnitsPerPoint, 0, width, rect.height()), note.rule);
            }
            painter->restore();
            pageReport->boxes.append({PageBox::Note, toPoints(rect), placed.anchorY / UnitsPerPoint,
                                      item.passage});
        }
    }

    void drawChrome(QPainter *painter, int pageIndex, int runningSource, PageLayoutReport *pageReport)
    {
        const Typography &t = typesetter.typography();
        const QRectF area = geometry.typeArea();
        QFont font = t.noteFont();
        font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping));
        painter->save();
        painter->setPen(t.theme.mutedInk);

        QFont caps = font;
        caps.setCapitalization(QFont::SmallCaps);
        caps.setLetterSpacing(QFont::PercentageSpacing, 106);
        painter->setFont(caps);
        const QFontMetricsF capsMetrics(caps, painter->device());
        const qreal half = area.width() * 0.5 - 4 * UnitsPerPoint;
        const QString left = capsMetrics.elidedText(title, Qt::ElideRight, half);
        painter->drawText(QPointF(area.left(), geometry.runningHeadBaseline), left);
        QRectF headRect(area.left(), geometry.runningHeadBaseline - capsMetrics.ascent(),
                        capsMetrics.horizontalAdvance(left), capsMetrics.height());

        if (runningSource >= 0 && sources.size() > 1) {
            QFont italic = font;
            italic.setItalic(true);
            painter->setFont(italic);
            const QFontMetricsF metrics(italic, painter->device());
            const QString right = metrics.elidedText(sources.at(runningSource).reading.title, Qt::ElideRight, half);
            const qreal width = metrics.horizontalAdvance(right);
            painter->drawText(QPointF(area.right() - width, geometry.runningHeadBaseline), right);
            headRect = headRect.united(QRectF(area.right() - width, geometry.runningHeadBaseline - metrics.ascent(),
                                              width, metrics.height()));
        }
        pageReport->boxes.append({PageBox::RunningHead, toPoints(headRect), 0, -1});

        painter->setFont(font);
        const QFontMetricsF metrics(font, painter->device());
        const QString folio = QStringLiteral("%1 / %2").arg(pageIndex + 1).arg(pagination.pages.size());
        const qreal width = metrics.horizontalAdvance(folio);
        const QPointF at(area.center().x() - width / 2, geometry.folioBaseline);
        painter->drawText(at, folio);
        pageReport->boxes.append({PageBox::Folio,
                                  toPoints(QRectF(at.x(), at.y() - metrics.ascent(), width, metrics.height())),
                                  0, -1});
        painter->restore();
    }

    const QVector<ExportSource> &sources;
    const ExportOptions &options;
    PrintGeometry geometry;
    PrintTypesetter typesetter;
    ExportReport *report;
    const ExportProgress &progress;
    std::vector<TypesetItem> items;
    QVector<LayoutItem> measured;
    Pagination pagination;
    int done = 0;
    int total = 0;
};

} // namespace

bool exportPdf(const QVector<ExportSource> &sources, const ExportOptions &options,
               const QString &path, ExportReport *report, QString *error,
               const ExportProgress &progress)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(PdfComposer::tr("PDF export needs a QGuiApplication (for its fonts)"));

    ExportReport localReport;
    ExportReport &result = report ? *report : localReport;
    result = ExportReport();

    // Check the path before the work: an unwritable path is reported at once.
    QSaveFile file(path);
    if (!openForExport(&file, error))
        return false;

    PdfComposer composer(sources, options, &result, progress);
    if (!composer.compose()) {
        file.cancelWriting();
        return fail(exportCancelledMessage());
    }

    bool drawn = false;
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b
                                          : QPagedPaintDevice::PdfVersion_1_4);
        writer.setResolution(int(72 * UnitsPerPoint));
        writer.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Point));
        writer.setTitle(composer.title);
        writer.setCreator(QStringLiteral("Red Letter " REDLETTER_VERSION_STRING));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(cannotWriteMessage(path, PdfComposer::tr("the PDF writer could not start")));
        }
        drawn = composer.draw(&writer, &painter);
        painter.end();
    }
    if (!drawn) {
        file.cancelWriting();
        return fail(composer.cancelled ? exportCancelledMessage()
                                       : cannotWriteMessage(path, PdfComposer::tr("the PDF writer could not add a page")));
    }
    if (!commitExport(&file, error))
        return false;
    result.bytes = QFileInfo(path).size();
    return true;
}

} // namespace redletter
