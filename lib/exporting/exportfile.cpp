// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/exportfile.h"

#include "exporting/exportlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace redletter {

namespace {

//! The translation context of the export files' messages (free functions).
struct ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(redletter::ExportFile)
};

} // namespace

QString cannotWriteMessage(const QString &path, const QString &reason)
{
    return ExportFile::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString exportCancelledMessage()
{
    return ExportFile::tr("Export cancelled");
}

bool openForExport(QSaveFile *file, QString *error)
{
    if (file->fileName().isEmpty()) {
        if (error)
            *error = cannotWriteMessage(file->fileName(), ExportFile::tr("no file name"));
        return false;
    }
    const QFileInfo info(file->fileName());
    if (info.isDir()) {
        if (error)
            *error = cannotWriteMessage(file->fileName(), ExportFile::tr("it is a folder"));
        return false;
    }
    // Never fall back to writing the target in place: a half-written file must not be possible.
    file->setDirectWriteFallback(false);
    if (!file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWriteMessage(file->fileName(), file->errorString());
        qCInfo(lcExport) << "cannot open" << file->fileName() << file->errorString();
        return false;
    }
    return true;
}

bool commitExport(QSaveFile *file, QString *error)
{
    if (!file->commit()) {
        if (error)
            *error = cannotWriteMessage(file->fileName(), file->errorString());
        qCWarning(lcExport) << "cannot commit" << file->fileName() << file->errorString();
        return false;
    }
    return true;
}

bool writeExportFile(const QString &path, const QByteArray &bytes, qint64 *bytesWritten,
                     QString *error)
{
    QSaveFile file(path);
    if (!openForExport(&file, error))
        return false;
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = cannotWriteMessage(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!commitExport(&file, error))
        return false;
    if (bytesWritten)
        *bytesWritten = QFileInfo(path).size();
    return true;
}

} // namespace redletter
