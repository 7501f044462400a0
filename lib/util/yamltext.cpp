// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/yamltext.h"

namespace redletter {

QString yamlDoubleQuoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == '\\')
            out += QLatin1String("\\\\");
        else if (u == '"')
            out += QLatin1String("\\\"");
        else if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xFEFF)
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString yamlScalar(const QString &value, bool inFlow)
{
    if (value.isEmpty())
        return QStringLiteral("\"\"");
    // Plain scalars that YAML would read as null, or whose first character is an indicator.
    static const QString nullWords[] = {QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
                                        QStringLiteral("NULL")};
    bool plain = true;
    for (const QString &word : nullWords)
        plain = plain && value != word;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(value.front()) || value.front().isSpace() || value.back().isSpace()
        || value.endsWith(QLatin1Char(':')) || value.contains(QLatin1String(": "))
        || value.contains(QLatin1String(" #"))) {
        plain = false;
    }
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xFEFF || u == '\\'
            || u == '"' || (inFlow && QStringLiteral(",[]{}").contains(c))) {
            plain = false;
            break;
        }
    }
    return plain ? value : yamlDoubleQuoted(value);
}

} // namespace redletter
