// SPDX-License-Identifier: GPL-3.0-or-later
// The EPUB importer: zip, container, package, navigation and every chapter's XHTML.

#include "fuzzsupport.h"

#include "importing/formats/epub.h"

REDLETTER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace redletter;
    FormatInput input;
    input.bytes = fuzz::bytesOf(data, size);
    input.sourceName = QStringLiteral("fuzz.epub");
    (void)looksLikeEpub(input.bytes);
    ImportedText out;
    SourceError error;
    if (!readEpub(input, &out, &error) && error.isNull())
        fuzz::invariantFailed("readEpub failed without an error message");
    return 0;
}
