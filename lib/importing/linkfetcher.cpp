// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/linkfetcher.h"

#include "util/logging.h"

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace redletter {

namespace {

/*
 * How much Qt may hold for us before it stops reading from the socket. We take it all on every
 * readyRead, so this only bounds what arrives between two reads: the most that can be read past
 * the size cap before the abort.
 */
constexpr qint64 ReadBufferSize = 256 * 1024;

bool isWebScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

//! "text/html; charset=\"ISO-8859-1\"" → ("text/html", "iso-8859-1").
void splitContentType(const QByteArray &header, QByteArray *type, QByteArray *charset)
{
    const QList<QByteArray> parts = header.split(';');
    *type = parts.value(0).trimmed().toLower();
    charset->clear();
    for (int i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const int equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        *charset = value.trimmed().toLower();
    }
}

} // namespace

LinkFetcher::LinkFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_silence.setSingleShot(true);
    m_silence.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: "within 30 s" is a promise
    connect(&m_silence, &QTimer::timeout, this, &LinkFetcher::onTimeout);
}

LinkFetcher::~LinkFetcher()
{
    dropReply();
}

void LinkFetcher::setLimits(const FetchLimits &limits)
{
    m_limits = limits;
}

bool LinkFetcher::isRunning() const
{
    return m_running;
}

QByteArray LinkFetcher::userAgent()
{
    return QByteArrayLiteral("RedLetter/" REDLETTER_VERSION_STRING);
}

void LinkFetcher::fetch(const QUrl &url)
{
    if (m_running)
        cancel();
    m_requested = url;
    m_current = url;
    m_redirects = 0;
    m_total = -1;
    m_body.clear();
    m_running = true;
    const quint64 generation = ++m_generation;

    QString refusal;
    if (!url.isValid() || url.isRelative())
        refusal = tr("not a valid link");
    else if (!isWebScheme(url))
        refusal = tr("only http and https links can be fetched (this is a %1 link)").arg(url.scheme());
    if (!refusal.isEmpty()) {
        // Failures come from the event loop like every other ending, never from inside fetch():
        // a caller connecting after fetch() or waiting in a local loop would miss them otherwise.
        QMetaObject::invokeMethod(
            this,
            [this, generation, refusal] {
                if (generation == m_generation && m_running)
                    fail(refusal);
            },
            Qt::QueuedConnection);
        return;
    }
    startRequest(url);
}

void LinkFetcher::cancel()
{
    if (!m_running)
        return;
    dropReply();
    m_silence.stop();
    m_body.clear();
    m_running = false;
    ++m_generation;
    qCInfo(lcImport) << "fetch of" << m_requested.toDisplayString() << "cancelled";
    Q_EMIT cancelled();
}

void LinkFetcher::startRequest(const QUrl &url)
{
    m_current = url;
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/epub+zip,"
                                   "text/markdown,text/plain;q=0.9,*/*;q=0.5");
    // Uncompressed, please: then the bytes on the wire are the bytes we keep, and the size cap
    // holds them both. Qt would otherwise inflate ahead of our reads (Qt 5.15 without any
    // limit), and one page of text is small. Setting the header also turns Qt's inflating off.
    request.setRawHeader("Accept-Encoding", "identity");
    // Redirects are ours to follow (to count them and check each target), and nothing comes
    // from a cache: importing again means fetching again.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    qCDebug(lcImport) << "fetching" << url.toDisplayString();
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(ReadBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &LinkFetcher::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &LinkFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &LinkFetcher::onFinished);
    m_silence.start(m_limits.timeoutMs);
}

void LinkFetcher::onMetaDataChanged()
{
    m_silence.start(m_limits.timeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A redirect or an error is decided by its headers: its body is not worth waiting for.
    if (isRedirect(status)) {
        followRedirect();
        return;
    }
    if (status >= 300) {
        onFinished();
        return;
    }
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_limits.maximumBytes) {
        fail(tr("announces %1, more than the limit of %2").arg(dataSize(length), dataSize(m_limits.maximumBytes)));
        return;
    }
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity") {
        fail(tr("sent compressed (%1) although asked not to").arg(QString::fromLatin1(encoding)));
        return;
    }
    m_total = known ? length : -1;
}

void LinkFetcher::onReadyRead()
{
    m_silence.start(m_limits.timeoutMs);
    readBody();
}

bool LinkFetcher::readBody()
{
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return false; // the body of a redirect or an error page is never ours
    // One byte more than the cap is enough to know it is passed; never read further.
    const QByteArray piece = reply->read(m_limits.maximumBytes + 1 - m_body.size());
    if (piece.isEmpty())
        return false;
    m_body += piece;
    if (m_body.size() > m_limits.maximumBytes) {
        fail(tr("larger than the limit of %1").arg(dataSize(m_limits.maximumBytes)));
        return true;
    }
    Q_EMIT progress(m_body.size(), m_total);
    return m_reply != reply; // a slot may have cancelled or started another fetch
}

void LinkFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status)) {
        followRedirect();
        return;
    }
    if (status >= 300) {
        // Reason phrases come from the server (in English, if at all): the same in every language.
        const QString reason = QString::fromLatin1(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        fail(QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed());
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(reply->errorString());
        return;
    }
    if (readBody())
        return;
    succeed();
}

bool LinkFetcher::followRedirect()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty()) {
        // A redirect that says nowhere: an HTTP error like any other.
        fail(QStringLiteral("HTTP %1 %2")
                 .arg(status)
                 .arg(QString::fromLatin1(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()))
                 .trimmed());
        return true;
    }
    const QUrl target = m_current.resolved(location);
    if (++m_redirects > m_limits.maximumRedirects) {
        fail(tr("redirects more than %1 times").arg(m_limits.maximumRedirects), false);
        return true;
    }
    if (!isWebScheme(target)) {
        fail(tr("redirects to %1, which is not an http or https link").arg(target.toDisplayString()), false);
        return true;
    }
    qCDebug(lcImport) << "redirect" << m_redirects << "to" << target.toDisplayString();
    dropReply();
    m_body.clear();
    m_total = -1;
    startRequest(target);
    return true;
}

void LinkFetcher::onTimeout()
{
    if (!m_running)
        return;
    fail(tr("no answer within %1 s").arg(QLocale().toString(m_limits.timeoutMs / 1000.0, 'g', 3)));
}

void LinkFetcher::fail(const QString &message, bool sayWhere)
{
    SourceError error;
    error.file = m_requested.toDisplayString();
    error.message = message;
    if (sayWhere && m_redirects > 0)
        error.message = tr("%1 (redirected to %2)").arg(message, m_current.toDisplayString());
    dropReply();
    m_silence.stop();
    m_body.clear();
    m_running = false;
    ++m_generation;
    qCInfo(lcImport) << "fetch failed:" << error.toString();
    Q_EMIT failed(error);
}

void LinkFetcher::succeed()
{
    FetchedSource source;
    splitContentType(m_reply->rawHeader("Content-Type"), &source.contentType, &source.charset);
    source.bytes = std::move(m_body);
    m_body = QByteArray();
    source.finalUrl = m_current.adjusted(QUrl::RemoveFragment);
    dropReply();
    m_silence.stop();
    m_running = false;
    ++m_generation;
    qCDebug(lcImport) << "fetched" << source.bytes.size() << "bytes of" << source.contentType << "from"
                      << source.finalUrl.toDisplayString();
    Q_EMIT finished(source);
}

void LinkFetcher::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // Deleting a reply stops its transfer. abort() does it at once, but on an answer with an
    // error status Qt has queued an error of its own, and a second error makes it warn; such
    // answers (and redirects) are left to the deletion.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isRunning() && reply->error() == QNetworkReply::NoError && status < 300)
        reply->abort();
    reply->deleteLater();
}

bool fetchLink(const QUrl &url, const FetchLimits &limits, FetchedSource *out, SourceError *error)
{
    LinkFetcher fetcher;
    fetcher.setLimits(limits);
    return fetchLink(&fetcher, url, out, error);
}

bool fetchLink(LinkFetcher *fetcher, const QUrl &url, FetchedSource *out, SourceError *error)
{
    QEventLoop loop;
    bool ended = false;
    bool ok = false;
    // Connections die with the loop, so a fetcher used again later does not call back into it.
    QObject::connect(fetcher, &LinkFetcher::finished, &loop, [&](const FetchedSource &source) {
        *out = source;
        ok = ended = true;
        loop.quit();
    });
    QObject::connect(fetcher, &LinkFetcher::failed, &loop, [&](const SourceError &failure) {
        *error = failure;
        ended = true;
        loop.quit();
    });
    QObject::connect(fetcher, &LinkFetcher::cancelled, &loop, [&] {
        *error = SourceError{url.toString(), 0, 0, LinkFetcher::tr("the download was cancelled")};
        ended = true;
        loop.quit();
    });
    fetcher->fetch(url);
    if (!ended)
        loop.exec();
    return ok;
}

} // namespace redletter
