// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importservice.h"
#include "importing/linkfetcher.h"

#include <QObject>

class QProgressDialog;
class QWidget;

namespace redletter {

/*!
 * The window's fetcher for File › Import from Link: every document the import service asks for
 * (the page, or a contents page and then its chapters) is fetched by one LinkFetcher while a
 * window-modal progress dialog shows which address is being fetched and how much of it has come.
 * Cancel stops the running fetch and refuses the ones after it, so the service fails the source
 * and stores nothing of it (a work is all or nothing).
 *
 * The service calls the fetch function synchronously; each fetch runs a local event loop, so the
 * window repaints and the Cancel button works while a document downloads.
 */
class LinkImportProgress : public QObject
{
    Q_OBJECT

public:
    explicit LinkImportProgress(QWidget *parent);
    ~LinkImportProgress() override;

    //! For ImportService::setFetcher(); valid while this object lives.
    ImportService::FetchFunction fetchFunction();
    //! Whether the user cancelled (the import then failed on purpose, not because of the link).
    bool wasCancelled() const { return m_cancelled; }
    //! Closes the dialog once the service is done.
    void finish();

    QProgressDialog *dialog() const { return m_dialog; }

private:
    bool fetch(const QUrl &url, FormatInput *out, SourceError *error);

    LinkFetcher m_fetcher;
    QProgressDialog *m_dialog = nullptr;
    ImportService::FetchFunction m_linkFetcher;
    int m_documents = 0;
    bool m_cancelled = false;
};

} // namespace redletter
