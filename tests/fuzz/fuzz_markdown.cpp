// SPDX-License-Identifier: GPL-3.0-or-later
// The importer of Markdown written by other tools (front matter, Pandoc and MIA marks, raw HTML).

#include "fuzzsupport.h"

#include "importing/formats/markdown.h"

REDLETTER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace redletter;
    FormatInput input;
    input.bytes = fuzz::bytesOf(data, size);
    input.sourceName = QStringLiteral("fuzz.md");
    (void)looksLikeReadingFormat(input.bytes);
    (void)looksLikeMarkdown(input.bytes);
    ImportedText out;
    SourceError error;
    if (!readForeignMarkdown(input, &out, &error)) {
        if (error.isNull())
            fuzz::invariantFailed("readForeignMarkdown failed without an error message");
    } else if (out.readings.size() != 1) {
        fuzz::invariantFailed("readForeignMarkdown succeeded without exactly one reading");
    }
    return 0;
}
