// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-text importer (Project Gutenberg and hard-wrapped texts; Markdown in a .txt is handed on).

#include "fuzzsupport.h"

#include "importing/formats/plaintext.h"

REDLETTER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace redletter;
    FormatInput input;
    input.bytes = fuzz::bytesOf(data, size);
    input.sourceName = QStringLiteral("fuzz.txt");
    (void)looksLikeGutenberg(input.bytes);
    ImportedText out;
    SourceError error;
    if (!readPlainText(input, &out, &error)) {
        if (error.isNull())
            fuzz::invariantFailed("readPlainText failed without an error message");
    } else if (out.readings.size() != 1) {
        fuzz::invariantFailed("readPlainText succeeded without exactly one reading");
    }
    return 0;
}
