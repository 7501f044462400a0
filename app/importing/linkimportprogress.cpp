// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/linkimportprogress.h"

#include <QFontMetrics>
#include <QProgressDialog>

namespace redletter {

LinkImportProgress::LinkImportProgress(QWidget *parent)
    : QObject(parent), m_dialog(new QProgressDialog(parent)),
      m_linkFetcher(ImportService::linkFetcher(FetchLimits(), &m_fetcher))
{
    m_dialog->setObjectName(QStringLiteral("linkImportProgress"));
    m_dialog->setWindowTitle(tr("Import from Link"));
    m_dialog->setWindowModality(Qt::WindowModal);
    // Shown at once: a fetch that hangs must be cancellable from its first second.
    m_dialog->setMinimumDuration(0);
    // The bar's range changes from document to document; reaching its end must not close it.
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setRange(0, 0);
    m_dialog->setMinimumWidth(480);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_fetcher.cancel();
    });
    connect(&m_fetcher, &LinkFetcher::progress, this, [this](qint64 received, qint64 total) {
        // QProgressDialog counts in int: kilobytes fit any body under the fetch cap.
        if (total > 0) {
            m_dialog->setRange(0, int(total / 1024) + 1);
            m_dialog->setValue(int(received / 1024));
        } else {
            m_dialog->setRange(0, 0); // unknown length: a busy bar
        }
    });
}

LinkImportProgress::~LinkImportProgress()
{
    m_fetcher.cancel();
    delete m_dialog;
}

ImportService::FetchFunction LinkImportProgress::fetchFunction()
{
    return [this](const QUrl &url, FormatInput *out, SourceError *error) { return fetch(url, out, error); };
}

bool LinkImportProgress::fetch(const QUrl &url, FormatInput *out, SourceError *error)
{
    if (m_cancelled) {
        *error = SourceError{url.toString(), 0, 0, LinkFetcher::tr("the download was cancelled")};
        return false;
    }
    ++m_documents;
    const QString address = m_dialog->fontMetrics().elidedText(url.toDisplayString(), Qt::ElideMiddle, 440);
    m_dialog->setLabelText(m_documents == 1 ? tr("Fetching %1…").arg(address)
                                            : tr("Fetching %1 (document %2)…").arg(address).arg(m_documents));
    m_dialog->setRange(0, 0);
    m_dialog->show();
    return m_linkFetcher(url, out, error);
}

void LinkImportProgress::finish()
{
    m_dialog->hide();
}

} // namespace redletter
