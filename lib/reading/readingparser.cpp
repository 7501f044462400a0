// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/readingparser.h"

namespace redletter {

QString SourceError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + message;
}

bool parseReading(const QByteArray &, const QString &fileName, Reading *, SourceError *error)
{
    // PLACEHOLDER: being written (reading-format parser).
    *error = SourceError{fileName, 0, 0, QStringLiteral("not implemented")};
    return false;
}

} // namespace redletter
