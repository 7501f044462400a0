// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace redletter::test {

namespace {

constexpr int MaximumRequestHead = 64 * 1024;
constexpr qint64 PieceSize = 64 * 1024;
constexpr qint64 WriteAhead = 256 * 1024; //!< at most this much waits in a socket's buffer

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

QByteArray contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("htm") || suffix == QLatin1String("html"))
        return "text/html";
    if (suffix == QLatin1String("xhtml"))
        return "application/xhtml+xml";
    if (suffix == QLatin1String("css"))
        return "text/css";
    if (suffix == QLatin1String("txt"))
        return "text/plain";
    if (suffix == QLatin1String("md"))
        return "text/markdown";
    if (suffix == QLatin1String("epub"))
        return "application/epub+zip";
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "image/jpeg";
    if (suffix == QLatin1String("png") || suffix == QLatin1String("gif"))
        return "image/" + suffix.toLatin1();
    return "application/octet-stream";
}

const QByteArray &piece()
{
    static const QByteArray bytes(PieceSize, 'x');
    return bytes;
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen()
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    qWarning("loopback HTTP server: cannot listen on 127.0.0.1: %s", qPrintable(m_server->errorString()));
    return false;
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(path);
    return url;
}

void LoopbackHttpServer::serveDirectory(const QString &dir, const QByteArray &charset)
{
    m_directory = QFileInfo(dir).canonicalFilePath();
    m_charset = charset;
}

void LoopbackHttpServer::addContent(const QString &path, const QByteArray &body, const QByteArray &contentType,
                                    const QByteArray &contentEncoding)
{
    Route route;
    route.kind = Kind::Content;
    route.body = body;
    route.contentType = contentType;
    route.contentEncoding = contentEncoding;
    m_routes.insert(path, route);
}

void LoopbackHttpServer::addRedirect(const QString &path, const QString &target, int status)
{
    Route route;
    route.kind = Kind::Redirect;
    route.status = status;
    route.target = target;
    m_routes.insert(path, route);
}

void LoopbackHttpServer::addStatus(const QString &path, int status, const QByteArray &reason)
{
    Route route;
    route.kind = Kind::Status;
    route.status = status;
    route.reason = reason;
    m_routes.insert(path, route);
}

void LoopbackHttpServer::addHugeBody(const QString &path, qint64 size, bool announce, int status)
{
    Route route;
    route.kind = Kind::Huge;
    route.status = status;
    route.size = size;
    route.flag = announce;
    m_routes.insert(path, route);
}

void LoopbackHttpServer::addSilence(const QString &path, bool sendHeaders)
{
    Route route;
    route.kind = Kind::Silence;
    route.flag = sendHeaders;
    m_routes.insert(path, route);
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            const auto stream = m_streams.constFind(socket);
            if (stream != m_streams.constEnd() && stream->remaining > 0)
                ++m_hugeAbandoned;
            m_streams.remove(socket);
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto pending = m_pending.find(socket);
    if (pending == m_pending.end())
        return; // answered already: whatever else comes is ignored
    pending->append(socket->readAll());
    const int headEnd = pending->indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (pending->size() > MaximumRequestHead)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = pending->left(headEnd).split('\n');
    m_pending.erase(pending);

    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    m_lastHeaders.clear();
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(':');
        if (colon > 0)
            m_lastHeaders.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const QByteArray method = requestLine.value(0);
    const QString path = QUrl::fromPercentEncoding(requestLine.value(1).split('?').value(0));
    m_requests.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
    if (method != "GET") {
        writeResponse(socket, 405, "Method Not Allowed", {}, {});
        return;
    }
    answer(socket, path);
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const QString &path)
{
    const auto found = m_routes.constFind(path);
    if (found == m_routes.constEnd()) {
        answerFile(socket, path);
        return;
    }
    const Route &route = *found;
    switch (route.kind) {
    case Kind::Content: {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", route.contentType}};
        if (!route.contentEncoding.isEmpty())
            headers.append({"Content-Encoding", route.contentEncoding});
        writeResponse(socket, 200, "OK", headers, route.body);
        return;
    }
    case Kind::Redirect:
        writeResponse(socket, route.status, reasonFor(route.status), {{"Location", route.target.toUtf8()}},
                      "<p>Moved.</p>");
        return;
    case Kind::Status:
        writeResponse(socket, route.status, route.reason, {{"Content-Type", "text/html"}},
                      "<html><body><h1>" + route.reason + "</h1></body></html>");
        return;
    case Kind::Huge: {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reasonFor(route.status)
            + "\r\nContent-Type: text/plain\r\nConnection: close\r\n";
        if (route.flag)
            head += "Content-Length: " + QByteArray::number(route.size) + "\r\n";
        else
            head += "Transfer-Encoding: chunked\r\n";
        socket->write(head + "\r\n");
        m_streams.insert(socket, Stream{route.size, !route.flag});
        feed(socket);
        return;
    }
    case Kind::Silence:
        if (route.flag)
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n");
        return; // and nothing more, until the client gives up
    }
}

void LoopbackHttpServer::answerFile(QTcpSocket *socket, const QString &path)
{
    if (m_directory.isEmpty()) {
        writeResponse(socket, 404, "Not Found", {{"Content-Type", "text/html"}}, "<h1>Not Found</h1>");
        return;
    }
    QString local = QDir::cleanPath(m_directory + QLatin1Char('/') + path);
    if (QFileInfo(local).isDir())
        local += QLatin1String("/index.htm");
    QFile file(local);
    const bool inside = local.startsWith(m_directory + QLatin1Char('/'));
    if (!inside || !file.open(QIODevice::ReadOnly)) {
        writeResponse(socket, 404, "Not Found", {{"Content-Type", "text/html"}}, "<h1>Not Found</h1>");
        return;
    }
    QByteArray type = contentTypeFor(local);
    if (!m_charset.isEmpty())
        type += "; charset=" + m_charset;
    writeResponse(socket, 200, "OK", {{"Content-Type", type}}, file.readAll());
}

void LoopbackHttpServer::writeResponse(QTcpSocket *socket, int status, const QByteArray &reason,
                                       const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &body)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &header : headers)
        response += header.first + ": " + header.second + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(response + body);
    socket->disconnectFromHost(); // after what is written has gone out
}

void LoopbackHttpServer::feed(QTcpSocket *socket)
{
    auto stream = m_streams.find(socket);
    if (stream == m_streams.end())
        return;
    while (stream->remaining > 0 && socket->bytesToWrite() < WriteAhead) {
        const qint64 size = qMin(PieceSize, stream->remaining);
        const QByteArray bytes = size == PieceSize ? piece() : piece().left(int(size));
        if (stream->chunked)
            socket->write(QByteArray::number(size, 16) + "\r\n" + bytes + "\r\n");
        else
            socket->write(bytes);
        stream->remaining -= size;
        m_hugeBytesSent += size;
    }
    if (stream->remaining == 0) {
        if (stream->chunked)
            socket->write("0\r\n\r\n");
        m_streams.erase(stream);
        socket->disconnectFromHost();
    }
}

} // namespace redletter::test
