// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The contract between the import service (lib/importing/importservice.*) and the readers of
// each source format (lib/importing/formats/). One reader per format, every one producing
// Readings; the service decides which reader gets a source, detects the language, estimates,
// stores and reports. Readers are pure: bytes in, readings out, no file, network or catalog
// access (a whole work's chapters are fetched by the service and handed in one by one).

#include "reading/reading.h"
#include "reading/readingparser.h" // SourceError

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace redletter {

//! One source as the service hands it to a format reader.
struct FormatInput
{
    QByteArray bytes;
    QString sourceName;     //!< the file path or URL as the user named it, for errors
    QUrl sourceUrl;         //!< the page's own URL when it came from a link (becomes Reading::source)
    QByteArray httpCharset; //!< charset from an HTTP Content-Type header, if any
};

//! What a format reader makes of one source.
struct ImportedText
{
    QVector<Reading> readings;    //!< one reading, or a work's parts in contents order
    QString workTitle;            //!< set when readings are the parts of one work (EPUB chapters)
    QString declaredLanguage;     //!< the language the source declares ("" when it declares none)
    QStringList warnings;         //!< read anyway, but the user should know ("no mimetype entry")
    QStringList dropped;          //!< what was left out and why ("navigation links (12)")
};

} // namespace redletter
