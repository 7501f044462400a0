// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/displayname.h"

#include <algorithm>

namespace redletter {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0) // C0, DEL, C1
        || c == 0x061C                          // Arabic letter mark
        || c == 0x200E || c == 0x200F           // left-to-right and right-to-left marks
        || (c >= 0x2028 && c <= 0x202E)         // line and paragraph separators, embeddings, overrides
        || (c >= 0x2066 && c <= 0x2069);        // isolates
}

} // namespace

QString escapedForDisplay(const QString &name)
{
    const bool clean = std::none_of(name.cbegin(), name.cend(), [](QChar c) { return needsEscape(c.unicode()); });
    if (clean)
        return name;
    QString escaped;
    escaped.reserve(name.size() + 16);
    for (const QChar c : name) {
        const char16_t unit = c.unicode();
        if (!needsEscape(unit))
            escaped += c;
        else if (unit == u'\n')
            escaped += QLatin1String("\\n");
        else if (unit == u'\t')
            escaped += QLatin1String("\\t");
        else if (unit == u'\r')
            escaped += QLatin1String("\\r");
        else
            escaped += QLatin1String("\\u") + QString::number(uint(unit), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    }
    return escaped;
}

} // namespace redletter
