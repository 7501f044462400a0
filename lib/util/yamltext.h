// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace redletter {

/*!
 * @p value as a YAML double-quoted scalar that any YAML reader gives back exactly: backslash,
 * quote, control characters and the characters YAML itself takes for line breaks (U+0085,
 * U+2028, U+2029) are escaped; everything else is written as it is (UTF-8).
 */
QString yamlDoubleQuoted(const QString &value);

/*!
 * @p value as a YAML scalar for front matter: plain (`The State and Revolution`) when YAML reads
 * plain text back as exactly that string, double-quoted otherwise (indicators at the start,
 * `: ` or ` #` inside, white space at the ends, `null`/`~`, control characters). @p inFlow: the
 * scalar stands in a flow list (`[a, b]`), where `,[]{}` need quotes too.
 */
QString yamlScalar(const QString &value, bool inFlow = false);

} // namespace redletter
