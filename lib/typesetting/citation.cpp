// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetting/citation.h"

#include "typesetting/smartpunctuation.h"
#include "util/languagetranslator.h"

#include <QColor>
#include <QTextCharFormat>
#include <QTextCursor>

namespace redletter {

namespace {
const QString separator = QStringLiteral(" \u00B7 ");
const QString dash = QStringLiteral("\u2014 ");
} // namespace

QString formatCitationDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // The long format without its weekday: "dddd, d MMMM yyyy" → "d MMMM yyyy",
    // "dddd, MMMM d, yyyy" → "MMMM d, yyyy".
    QString format = locale.dateFormat(QLocale::LongFormat);
    const int weekday = format.indexOf(QLatin1String("dddd"));
    if (weekday >= 0) {
        int end = weekday + 4;
        while (end < format.size()
               && (format.at(end) == QLatin1Char(',') || format.at(end).isSpace()))
            ++end;
        format.remove(weekday, end - weekday);
        format = format.trimmed();
        while (format.endsWith(QLatin1Char(',')))
            format.chop(1);
    }
    return locale.toString(date, format);
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

Citation Citation::of(const Reading &reading, const QDate &readOn, bool fromIntroduction)
{
    Citation c;
    c.author = reading.author;
    c.title = reading.title;
    c.work = reading.work;
    c.editor = reading.editor;
    c.translator = reading.translator;
    c.language = reading.language;
    c.year = reading.year;
    c.source = reading.source;
    c.readOn = readOn;
    c.fromIntroduction = fromIntroduction;
    return c;
}

QVector<Citation::Part> Citation::parts() const
{
    QVector<Part> parts;
    const QString quotedTitle = quoted(smartenPunctuation(title, language), language);
    // A citation speaks the reading's language, like its quotation marks.
    const LanguageTranslator words(language);
    if (fromIntroduction) {
        parts.append({Part::Text, words.translate("redletter::Citation", "%1, introduction to %2")
                                      .arg(editor.isEmpty()
                                               ? words.translate("redletter::Citation", "The editor")
                                               : editor,
                                           quotedTitle)});
    } else {
        if (!author.isEmpty())
            parts.append({Part::Text, author + QStringLiteral(", ")});
        parts.append({Part::Text, quotedTitle});
        if (!work.isEmpty() && work != title) {
            parts.append({Part::Text, QStringLiteral(", ")});
            parts.append({Part::Work, smartenPunctuation(work, language)});
        }
        if (year > 0)
            parts.append({Part::Text, QStringLiteral(" (%1)").arg(year)});
        if (!translator.isEmpty())
            parts.append({Part::Text, QStringLiteral(", ") + tr("translated by %1").arg(translator)});
    }
    if (readOn.isValid())
        parts.append({Part::Text, separator
                                      + words.translate("redletter::Citation", "read %1")
                                            .arg(formatCitationDate(readOn, words.locale()))});
    if (isWebUrl(source)) {
        parts.append({Part::Text, separator});
        parts.append({Part::Source, source.toString()});
    }
    return parts;
}

QString Citation::toPlainText() const
{
    QString text;
    for (const Part &part : parts())
        text += part.text;
    return text;
}

QString Citation::quoting(const QString &quotation) const
{
    return quoted(quotation, language) + QLatin1Char('\n') + dash + toPlainText();
}

void Citation::insertInto(QTextCursor *cursor, const QTextCharFormat &format, const QColor &linkInk) const
{
    cursor->insertText(dash, format);
    for (const Part &part : parts()) {
        QTextCharFormat partFormat = format;
        if (part.kind == Part::Work) {
            partFormat.setFontItalic(true);
        } else if (part.kind == Part::Source) {
            partFormat.setAnchor(true);
            partFormat.setAnchorHref(source.toString(QUrl::FullyEncoded));
            partFormat.setForeground(linkInk);
        }
        cursor->insertText(part.text, partFormat);
    }
}

} // namespace redletter
