// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/reading.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QUrl>
#include <QVector>

class QTextCursor;
class QTextCharFormat;
class QColor;

namespace redletter {

//! A date as cited ("24 November 2026" in English): the locale's long format without the weekday.
[[nodiscard]] QString formatCitationDate(const QDate &date, const QLocale &locale = QLocale());

//! http or https: a source worth a link (a local file's path is not).
[[nodiscard]] bool isWebUrl(const QUrl &url);

/*!
 * Where a quotation comes from, as every medium cites it: the reader's Copy with Citation, the
 * PDF's and the Markdown export's citation lines. One value, one order of its parts:
 *
 *   Author, “Title”, *Work* (1924), translated by A. Translator · read 24 November 2026 · https://…
 *   The editor, introduction to “Title” · read … · https://…
 *
 * The title is set with smart punctuation and put in the primary quotation marks of the
 * reading's language („…“ for a German reading, « … » for a French one). The renderers differ
 * only in how they write a part: italics, a link, escaping.
 */
struct Citation
{
    Q_DECLARE_TR_FUNCTIONS(redletter::Citation)

public:
    //! One piece of a citation, in order.
    struct Part
    {
        enum Kind {
            Text,   //!< plain text (the quoted title is text, its marks included)
            Work,   //!< the work the reading is from: italic where the medium has italics
            Source, //!< the source URL: a link
        };
        Kind kind = Text;
        QString text;
    };

    QString author;
    QString title;
    QString work;
    QString editor;
    QString translator; //!< of the text cited: a translation is cited with its translator
    QString language;
    int year = 0;
    QUrl source;
    QDate readOn;               //!< invalid: not said
    bool fromIntroduction = false; //!< the passage is the editor's, not the author's

    static Citation of(const Reading &reading, const QDate &readOn = {}, bool fromIntroduction = false);

    [[nodiscard]] QVector<Part> parts() const;
    //! The citation as plain text, the source as its URL.
    [[nodiscard]] QString toPlainText() const;
    /*!
     * @p quotation in the language's quotation marks, then a line "— " and the citation: what
     * Copy with Citation puts on the clipboard.
     */
    [[nodiscard]] QString quoting(const QString &quotation) const;
    //! Inserts "— " and the parts at @p cursor in @p format, the work italic, the source a link in @p linkInk.
    void insertInto(QTextCursor *cursor, const QTextCharFormat &format, const QColor &linkInk) const;
};

} // namespace redletter
