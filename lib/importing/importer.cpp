// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importer.h"

#include "util/logging.h"
#include "util/regularfile.h"
#include "util/textdecoding.h"


namespace redletter {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool fail(SourceError *error, const QString &fileName, int line, int column, const QString &message)
{
    *error = SourceError{fileName, line, column, message};
    qCDebug(lcImport) << "import failed:" << error->toString();
    return false;
}

bool failTooLarge(SourceError *error, const QString &fileName, qint64 size)
{
    return fail(error, fileName, 0, 0,
                QStringLiteral("too large for a reading (%1 MB; the limit is %2 MB)")
                    .arg(megabytes(size))
                    .arg(Importer::MaximumFileSize / (1024 * 1024)));
}

bool isOnlyWhitespace(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

//! The checks every text format needs before its parser sees the bytes.
bool checkText(const QByteArray &bytes, const QString &fileName, SourceError *error)
{
    if (isOnlyWhitespace(bytes)) {
        return fail(error, fileName, 1, 1,
                    QStringLiteral("empty file: expected '---' and front matter with a title"));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return fail(error, fileName, 1, 1, QStringLiteral("UTF-16 text; save the file as UTF-8"));
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        const TextPosition where = positionOfByte(bytes, nul);
        return fail(error, fileName, where.line, where.column,
                    QStringLiteral("binary data (NUL byte), not a text file"));
    }
    const qsizetype invalid = firstInvalidUtf8Byte(bytes);
    if (invalid >= 0) {
        const TextPosition where = positionOfByte(bytes, invalid);
        const auto byte = static_cast<unsigned char>(bytes.at(invalid));
        return fail(error, fileName, where.line, where.column,
                    QStringLiteral("not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                        .arg(QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'))));
    }
    return true;
}

} // namespace

bool Importer::importFile(const QString &path, Reading *reading, SourceError *error)
{
    QByteArray bytes;
    QString message;
    // Only a regular file, and its size checked before reading (util/regularfile.h).
    if (!readRegularFile(path, MaximumFileSize, &bytes, &message))
        return fail(error, path, 0, 0, message);
    return importBytes(bytes, path, reading, error);
}

bool Importer::importBytes(const QByteArray &bytes, const QString &fileName, Reading *reading,
                           SourceError *error)
{
    if (bytes.size() > MaximumFileSize)
        return failTooLarge(error, fileName, bytes.size());

    if (!checkText(bytes, fileName, error))
        return false;
    return parseReading(bytes, fileName, reading, error);
}

} // namespace redletter
