// SPDX-License-Identifier: GPL-3.0-or-later
// W3C Web Annotation JSON as --import-annotations reads it. What is read must be written back
// and read again to the same annotation.

#include "fuzzsupport.h"

#include "annotations/annotationjson.h"

REDLETTER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace redletter;
    QVector<Annotation> annotations;
    QStringList sources;
    QString error;
    if (!annotationsFromJson(fuzz::bytesOf(data, size), &annotations, &sources, &error)) {
        if (error.isEmpty())
            fuzz::invariantFailed("annotationsFromJson failed without an error message");
        return 0;
    }
    if (sources.size() != annotations.size())
        fuzz::invariantFailed("one source per annotation");
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        Annotation again;
        QString source;
        if (!fromW3cJson(toW3cJson(annotations.at(i), sources.at(i)), &again, &source, &error))
            fuzz::invariantFailed("an imported annotation's own JSON is refused");
    }
    return 0;
}
