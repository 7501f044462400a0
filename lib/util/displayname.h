// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace redletter {

/*!
 * @p name (a file name, a path, a URL) fit for a one-line report: control characters, line and
 * paragraph separators and the Unicode bidirectional controls (U+202E turns the rest of a line
 * around) are written as escapes — "\n", "\t", "\r", else "\u202E" — and everything else is kept.
 */
QString escapedForDisplay(const QString &name);

} // namespace redletter
