// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/exportoptions.h"

#include <QCoreApplication>

#include <algorithm>

namespace redletter {

namespace {

//! The translation context of the export defaults (free functions).
struct ExportOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(redletter::ExportOptionsText)
};

} // namespace

QPageSize defaultPageSizeForLocale(const QLocale &locale)
{
    // CLDR supplemental data, measurementData/paperSize "US-Letter".
    switch (locale.country()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::ElSalvador:
    case QLocale::Belize:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QVector<ExportSource> filterSources(const QVector<ExportSource> &sources,
                                    const AnnotationFilter &filter)
{
    QVector<ExportSource> result;
    for (const ExportSource &source : sources) {
        const bool readingTagged = !filter.tag.isEmpty()
            && source.reading.tags.contains(filter.tag, Qt::CaseInsensitive);
        ExportSource kept = source;
        kept.annotations.clear();
        for (const Annotation &annotation : source.annotations) {
            if (!filter.annotationIds.isEmpty() && !filter.annotationIds.contains(annotation.id))
                continue;
            const QDate day = annotation.created.toLocalTime().date();
            if (filter.from.isValid() && (!day.isValid() || day < filter.from))
                continue;
            if (filter.to.isValid() && (!day.isValid() || day > filter.to))
                continue;
            if (!filter.tag.isEmpty() && !readingTagged
                && !annotation.tags.contains(filter.tag, Qt::CaseInsensitive))
                continue;
            kept.annotations.append(annotation);
        }
        if (!kept.annotations.isEmpty())
            result.append(kept);
    }
    return result;
}

void exportDateRange(const QVector<ExportSource> &sources, QDate *first, QDate *last)
{
    QDate from;
    QDate to;
    const auto include = [&](const QDate &day) {
        if (!day.isValid())
            return;
        if (!from.isValid() || day < from)
            from = day;
        if (!to.isValid() || day > to)
            to = day;
    };
    for (const ExportSource &source : sources)
        include(source.servedOn);
    if (!from.isValid()) {
        for (const ExportSource &source : sources) {
            for (const Annotation &annotation : source.annotations)
                include(annotation.created.toLocalTime().date());
        }
    }
    if (first)
        *first = from;
    if (last)
        *last = to;
}

QString formatDateRange(const QDate &first, const QDate &last, const QLocale &locale)
{
    if (!first.isValid())
        return formatCitationDate(last, locale);
    if (!last.isValid() || first == last)
        return formatCitationDate(first, locale);
    const QChar enDash(0x2013);
    // Share what the two days share, the way a book would print it; the full form otherwise
    // (and for locales whose long format does not start with the day).
    const bool dayFirst = locale.dateFormat(QLocale::LongFormat).remove(QLatin1String("dddd"))
                              .remove(QLatin1Char(',')).trimmed().startsWith(QLatin1Char('d'));
    if (dayFirst && first.year() == last.year()) {
        if (first.month() == last.month())
            return QString::number(first.day()) + enDash + formatCitationDate(last, locale);
        return locale.toString(first, QStringLiteral("d MMMM")) + QLatin1Char(' ') + enDash
            + QLatin1Char(' ') + formatCitationDate(last, locale);
    }
    return formatCitationDate(first, locale) + QLatin1Char(' ') + enDash + QLatin1Char(' ')
        + formatCitationDate(last, locale);
}

QString defaultExportTitle(const QVector<ExportSource> &sources)
{
    if (sources.size() == 1 && !sources.first().reading.title.isEmpty())
        return sources.first().reading.title;
    QDate first;
    QDate last;
    exportDateRange(sources, &first, &last);
    if (!first.isValid())
        return ExportOptionsText::tr("Annotations");
    return ExportOptionsText::tr("Annotations, %1").arg(formatDateRange(first, last));
}

} // namespace redletter
