// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML importer (a page as served, an EPUB chapter) and the contents-page detection.

#include "fuzzsupport.h"

#include "importing/formats/html.h"

REDLETTER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace redletter;
    FormatInput input;
    input.bytes = fuzz::bytesOf(data, size);
    input.sourceName = QStringLiteral("fuzz.htm");
    input.sourceUrl = QUrl(QStringLiteral("file:///fuzz/works/index.htm"));
    (void)looksLikeHtml(input.bytes);
    ImportedText out;
    SourceError error;
    if (!readHtml(input, &out, &error)) {
        if (error.isNull())
            fuzz::invariantFailed("readHtml failed without an error message");
    } else if (out.readings.size() != 1) {
        fuzz::invariantFailed("readHtml succeeded without exactly one reading");
    }
    (void)contentsPageChapters(input);
    return 0;
}
