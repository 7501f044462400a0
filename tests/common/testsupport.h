// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers every test may use. Kept small: what is here is needed by more than one test.
#pragma once

#include "importing/formats/formatreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace redletter {
class Catalog;
}

namespace redletter::test {

//! ../shared/corpus (absolute), or an empty string when it is not there.
QString corpusDir();
//! A file of the shared corpus; QSKIP the test yourself when corpusDir() is empty.
QString corpusFile(const QString &relativePath);
//! The project's source tree (for resources/ and fixtures).
QString sourceDir();
//! The whole content of @p path; fails the current test (QFAIL-style message) if unreadable.
QByteArray readFile(const QString &path);
/*!
 * A corpus source (@p relativePath under corpusDir()) read the way the import service reads it —
 * format sniffed, its reader run, the language checked — without a catalog: its readings and, for
 * a work or a book, its title. No readings (and a warning naming the error) when it cannot be read.
 */
ImportedText readCorpusSource(const QString &relativePath);
/*!
 * A new catalog opened as catalog.sqlite in @p dir; null, with the current test failed naming
 * why, when the folder is not valid or the catalog cannot be opened.
 */
std::unique_ptr<Catalog> openCatalogIn(const QTemporaryDir &dir);
//! The same for a file anywhere (e.g. the texts we wrote ourselves in tests/data).
ImportedText readSource(const QString &path);
//! What a format reader made of its input: the text, or the error naming why not.
struct FormatRead
{
    bool ok = false;
    ImportedText imported;
    SourceError error;
    const Reading &reading() const { return imported.readings.first(); }
};

//! One of the format readers (readHtml, readPlainText, readForeignMarkdown, readEpub).
using FormatReader = bool (*)(const FormatInput &, ImportedText *, SourceError *);

//! @p reader run on @p input.
FormatRead readWith(FormatReader reader, const FormatInput &input);

//! The headings of @p reading's body, each as "level text" ("2 Chapter One").
QStringList headings(const Reading &reading);

//! The plain text of @p reading's body and then its footnotes, a line each.
QString allText(const Reading &reading);

/*!
 * readSource() of @p path as one reading, its parts (a work's installments) one after the other,
 * as the typesetting tests and benchmark set a long text; false when nothing could be read.
 */
bool readWholeSource(const QString &path, Reading *whole);

/*!
 * The texts the typesetting and text tests run on, as a QTest data column "path" (absolute paths,
 * for readWholeSource()) with a row each: the Red Letter sample, Lenin's State and Revolution, the
 * German Manifesto and our Russian essay (soft hyphens, ligatures, italics, fallback letters).
 */
void addTypesettingTexts();

} // namespace redletter::test

//! Skips the current test when the shared corpus is missing (it is always there in CI).
#define REDLETTER_REQUIRE_CORPUS()                                                              \
    do {                                                                                        \
        if (redletter::test::corpusDir().isEmpty())                                             \
            QSKIP("../shared/corpus is not present next to the project");                       \
    } while (false)
