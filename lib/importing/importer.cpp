// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importer.h"

namespace redletter {

// PLACEHOLDER: being written (file checks).
bool Importer::importFile(const QString &path, Reading *, SourceError *error)
{
    *error = SourceError{path, 0, 0, QStringLiteral("not implemented")};
    return false;
}

bool Importer::importBytes(const QByteArray &, const QString &fileName, Reading *, SourceError *error)
{
    *error = SourceError{fileName, 0, 0, QStringLiteral("not implemented")};
    return false;
}

} // namespace redletter
