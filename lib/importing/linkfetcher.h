// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/readingparser.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace redletter {

//! What one fetched link gives the import service.
struct FetchedSource
{
    QByteArray bytes;        //!< the body as served (chunked transfer decoded), never more than the cap
    QUrl finalUrl;           //!< after redirects, without #fragment: the page's own URL (links resolve against it)
    QByteArray charset;      //!< from the Content-Type header, lower case ("" when none)
    QByteArray contentType;  //!< the MIME type, lower case, no parameters ("text/html", "application/epub+zip")
};

//! How far a fetch may go before it is refused.
struct FetchLimits
{
    int maximumRedirects = 5;                  //!< redirects followed; one more is an error
    qint64 maximumBytes = 16 * 1024 * 1024;    //!< the body's size
    int timeoutMs = 30000;                     //!< the longest silence: reset by every byte that comes
};

/*!
 * Fetches one document over HTTP or HTTPS for the importer, asynchronously, with progress and
 * cancel for the window. Only the document asked for is fetched: links, images, scripts and
 * styles in it are never requested (that is the service's business, for contents pages).
 *
 * - Schemes: http and https only; a redirect elsewhere (file:, ftp:, data:) is refused.
 * - Redirects (301, 302, 303, 307, 308) are followed here, not by Qt, so that each hop is checked
 *   and counted: more than FetchLimits::maximumRedirects (a loop always gets there) is an error.
 * - Size: refused before the body when Content-Length announces more than the cap, and aborted
 *   the moment the body read so far passes it (also when the length was not announced or lied,
 *   or when a compressed body inflates). At most one network buffer beyond the cap is read.
 * - Time: FetchLimits::timeoutMs is a silence limit, restarted by the answer's headers and by
 *   every piece of the body. A large file on a slow but live connection is not cut off (the
 *   window can cancel, the size cap bounds it); a server that stops answering is.
 * - HTTP errors (4xx, 5xx, other 3xx) fail with "HTTP 404 Not Found".
 *
 * Each fetch ends with exactly one of finished(), failed() or cancelled(). finished() and
 * failed() come from the event loop, never from inside fetch() (a refused scheme included);
 * cancelled() comes from cancel(), or from fetch() when it replaces a running fetch: one fetch at
 * a time.
 */
class LinkFetcher : public QObject
{
    Q_OBJECT

public:
    explicit LinkFetcher(QObject *parent = nullptr);
    ~LinkFetcher() override;

    void setLimits(const FetchLimits &limits);
    FetchLimits limits() const { return m_limits; }

    //! Starts fetching @p url (see the class description for what ends a fetch).
    void fetch(const QUrl &url);
    //! Stops the running fetch, if any, and emits cancelled(); nothing else comes for it.
    void cancel();
    bool isRunning() const;

    //! The User-Agent sent with every request: "RedLetter/<version>".
    static QByteArray userAgent();

Q_SIGNALS:
    //! Bytes of the body read so far and the announced total (-1 when unknown).
    void progress(qint64 received, qint64 total);
    void finished(const redletter::FetchedSource &source);
    //! The error's file is the URL asked for (as the user typed it), line and column 0.
    void failed(const redletter::SourceError &error);
    void cancelled();

private:
    void startRequest(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    //! Handles a redirect answer; false when it is not one.
    bool followRedirect();
    //! Whether the body read so far is past the cap; fails the fetch when it is.
    bool readBody();
    //! Ends the fetch with @p message; @p sayWhere adds the URL redirected to, if any.
    void fail(const QString &message, bool sayWhere = true);
    void succeed();
    //! Detaches and aborts the running reply without any of its signals reaching us.
    void dropReply();

    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer m_silence;
    FetchLimits m_limits;
    QUrl m_requested;
    QUrl m_current;
    int m_redirects = 0;
    qint64 m_total = -1;
    QByteArray m_body;
    bool m_running = false;
    quint64 m_generation = 0; //!< tells a stale queued failure from the current fetch's
};

/*!
 * Fetches @p url synchronously (a local event loop runs until it ends): for the command line and
 * the import service. Same rules as LinkFetcher. Needs a QCoreApplication. Returns false with
 * @p error filled on any problem; @p out is then left unchanged.
 */
[[nodiscard]] bool fetchLink(const QUrl &url, const FetchLimits &limits, FetchedSource *out,
                             SourceError *error);

/*!
 * The same through @p fetcher (its limits apply), so that a window can show its progress() and
 * cancel() it while the local event loop runs: a cancelled fetch returns false with an error
 * saying so.
 */
[[nodiscard]] bool fetchLink(LinkFetcher *fetcher, const QUrl &url, FetchedSource *out, SourceError *error);

} // namespace redletter

Q_DECLARE_METATYPE(redletter::FetchedSource)
