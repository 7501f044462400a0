// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/textdecoding.h"

namespace redletter {

TextPosition positionOfByte(const QByteArray &bytes, qsizetype offset)
{
    TextPosition position{1, 1};
    const qsizetype end = qMin<qsizetype>(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // Continuation bytes belong to the character already counted.
            ++position.column;
        }
    }
    return position;
}

qsizetype firstInvalidUtf8Byte(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char minSecond = 0x80;
        unsigned char maxSecond = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                minSecond = 0xA0; // overlong
            else if (lead == 0xED)
                maxSecond = 0x9F; // UTF-16 surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                minSecond = 0x90; // overlong
            else if (lead == 0xF4)
                maxSecond = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < minSecond || data[i + 1] > maxSecond)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace redletter
