// SPDX-License-Identifier: GPL-3.0-or-later
// The reading format (lib/reading/FORMAT.md) through the importer's guards (UTF-8, NUL, size)
// into the parser. A parsed reading must survive the catalog's JSON unchanged.

#include "fuzzsupport.h"

#include "importing/importer.h"
#include "reading/readingjson.h"

REDLETTER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace redletter;
    Reading reading;
    SourceError error;
    if (!Importer::importBytes(fuzz::bytesOf(data, size), QStringLiteral("fuzz.md"), &reading, &error)) {
        if (error.isNull())
            fuzz::invariantFailed("importBytes failed without an error message");
        return 0;
    }
    Reading again;
    QString jsonError;
    if (!readingFromJson(readingToJson(reading), &again, &jsonError))
        fuzz::invariantFailed("a parsed reading's JSON is refused by readingFromJson");
    if (again != reading)
        fuzz::invariantFailed("a parsed reading changes through its JSON");
    return 0;
}
