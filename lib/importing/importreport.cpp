// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importreport.h"

#include "util/displayname.h"

#include <algorithm>

namespace redletter {

int ImportReport::succeededCount() const
{
    return int(std::count_if(sources.cbegin(), sources.cend(), [](const SourceReport &s) { return s.succeeded(); }));
}

int ImportReport::failedCount() const
{
    return int(sources.size()) - succeededCount();
}

QString ImportReport::formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::ReadingFormat:
        return tr("Red Letter reading");
    case SourceFormat::Markdown:
        return tr("Markdown");
    case SourceFormat::PlainText:
        return tr("plain text");
    case SourceFormat::Html:
        return tr("HTML page");
    case SourceFormat::HtmlWork:
        return tr("contents page of a work");
    case SourceFormat::Epub:
        return tr("EPUB book");
    }
    return {};
}

QString ImportReport::outcomeName(Catalog::ImportOutcome outcome)
{
    switch (outcome) {
    case Catalog::ImportOutcome::Added:
        return tr("added");
    case Catalog::ImportOutcome::Updated:
        return tr("updated");
    case Catalog::ImportOutcome::Unchanged:
        return tr("unchanged");
    }
    return {};
}

QStringList ImportReport::remarks(const SourceReport &source)
{
    QStringList lines;
    if (source.languageOverridden) {
        lines << tr("Language: the source says \"%1\", the text is \"%2\"").arg(source.declaredLanguage,
                                                                                source.language);
    }
    for (const QString &dropped : source.dropped)
        lines << tr("Dropped: %1").arg(dropped);
    for (const QString &warning : source.warnings)
        lines << tr("Warning: %1").arg(warning);
    const ReanchorSummary &notes = source.reanchored;
    if (notes.total() > 0) {
        lines << tr("My notes: %1 found as they were, %2 found approximately, %3 not found (kept as orphans)")
                     .arg(notes.exact)
                     .arg(notes.fuzzy)
                     .arg(notes.orphaned);
    }
    return lines;
}

QString ImportReport::toText(QString *errors) const
{
    QString text;
    for (const SourceReport &source : sources) {
        if (!source.succeeded()) {
            const QString line = source.error.toString() + QLatin1Char('\n');
            if (errors)
                errors->append(line);
            else
                text += line;
            continue;
        }
        if (source.workId.isEmpty()) {
            text += tr("%1: %2").arg(escapedForDisplay(source.source), formatName(source.format)) + QLatin1Char('\n');
        } else {
            text += (source.readings.size() == 1
                         ? tr("%1: %2, the work \"%3\" as %4 (one part)")
                               .arg(escapedForDisplay(source.source), formatName(source.format), source.workTitle, source.workId)
                         : tr("%1: %2, the work \"%3\" as %4 (%5 parts)")
                               .arg(escapedForDisplay(source.source), formatName(source.format), source.workTitle, source.workId)
                               .arg(source.readings.size()))
                    + QLatin1Char('\n');
        }
        for (const ImportedReading &reading : source.readings) {
            // Each count its own plural ("1 footnote", "3 footnotes"), and every argument given
            // at once, so that a title with "%4" in it is not taken for a place to fill.
            text += QLatin1String("  ")
                + tr("%1 \"%2\" as %3 (%4 min; %5, %6, %7; language %8)")
                      .arg(outcomeName(reading.outcome), reading.title, reading.id, QString::number(reading.minutes),
                           tr("%n words", nullptr, reading.words), tr("%n footnotes", nullptr, reading.footnotes),
                           tr("%n editor's notes", nullptr, reading.editorialNotes), reading.language)
                + QLatin1Char('\n');
        }
        for (const QString &remark : remarks(source))
            text += QLatin1String("  ") + remark + QLatin1Char('\n');
    }
    return text;
}

} // namespace redletter
