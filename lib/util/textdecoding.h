// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace redletter {

//! Where something is in a text file: 1-based line and column (column counted in characters).
struct TextPosition
{
    int line = 0;
    int column = 0;
};

//! The 1-based line and column of byte @p offset in UTF-8 (or ASCII-compatible) @p bytes.
TextPosition positionOfByte(const QByteArray &bytes, qsizetype offset);

//! Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlongs, no
//! surrogates, nothing above U+10FFFF), or -1 if all of @p bytes is valid UTF-8.
qsizetype firstInvalidUtf8Byte(const QByteArray &bytes);

} // namespace redletter
