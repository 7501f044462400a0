// SPDX-License-Identifier: GPL-3.0-or-later
// The words of a text (lib/text/words) and where its lines may break
// (lib/typesetting/breakopportunities) decide alphabetic prose themselves and ask
// QTextBoundaryFinder for the rest: whatever the text, they must find what QTextBoundaryFinder
// finds over the whole of it. The input (its first 8 KiB: the seeds are whole books) is read as
// UTF-8 and, where it has an even length, as UTF-16 as well (unpaired surrogates, every code unit).

#include "fuzzsupport.h"

#include "../common/segmentreference.h"
#include "text/words.h"
#include "typesetting/breakopportunities.h"

#include <algorithm>

REDLETTER_FUZZ_INITIALIZE

namespace {

void check(const QString &text)
{
    using namespace redletter;
    if (words::of(text) != test::referenceWords(text))
        fuzz::invariantFailed("words::of() differs from QTextBoundaryFinder::Word");
    if (lineBreakOpportunities(text) != test::referenceLineBreaks(text))
        fuzz::invariantFailed("lineBreakOpportunities() differs from QTextBoundaryFinder::Line");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size = std::min<size_t>(size, 8192);
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (size % 2 == 0)
        check(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
