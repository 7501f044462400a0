// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's stored content (readings.content): what a damaged or hand-edited catalog may hold.
// Content that is accepted must survive being written and read again unchanged.

#include "fuzzsupport.h"

#include "reading/readingjson.h"

#include <QJsonDocument>
#include <QJsonObject>

REDLETTER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace redletter;
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    Reading reading;
    QString error;
    if (!readingFromJson(document.object(), &reading, &error)) {
        if (error.isEmpty())
            fuzz::invariantFailed("readingFromJson failed without an error message");
        return 0;
    }
    Reading again;
    if (!readingFromJson(readingToJson(reading), &again, &error))
        fuzz::invariantFailed("readingToJson writes what readingFromJson refuses");
    if (again != reading)
        fuzz::invariantFailed("a reading changes through its JSON");
    return 0;
}
