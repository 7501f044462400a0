// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace redletter::test {

/*!
 * A tiny HTTP/1.1 server on 127.0.0.1 for tests that fetch links: nothing reaches beyond the
 * machine. Runs in the thread that creates it (QNetworkAccessManager works in its own thread,
 * so a test's event loop serves both ends). Every answer closes its connection.
 *
 * Serves a directory read-only (the shared corpus's sites) and routes a test adds: fixed
 * content, a redirect (to itself for a loop), a status, a huge body produced lazily as the
 * client reads (never allocated), a silence. Routes are looked at before the directory.
 */
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    //! Listens on 127.0.0.1 on a free port; false (with a warning) when that fails.
    bool listen();
    //! "http://127.0.0.1:PORT" + @p path (which starts with '/').
    QUrl url(const QString &path = QStringLiteral("/")) const;

    //! GET /a/b.htm serves @p dir/a/b.htm ("/" and folders: their index.htm), Content-Type from
    //! the suffix and "; charset=@p charset" when given. Nothing outside @p dir is served.
    void serveDirectory(const QString &dir, const QByteArray &charset = {});
    //! @p path answers 200 with @p body and the Content-Type (and Content-Encoding) given verbatim.
    void addContent(const QString &path, const QByteArray &body, const QByteArray &contentType,
                    const QByteArray &contentEncoding = {});
    //! @p path answers @p status with "Location: @p target" (a path here or a whole URL).
    void addRedirect(const QString &path, const QString &target, int status = 302);
    //! @p path answers @p status @p reason with a small HTML body.
    void addStatus(const QString &path, int status, const QByteArray &reason);
    /*!
     * @p path answers @p status with @p size bytes of text/plain, written 64 KB at a time while
     * the client keeps reading. @p announce: with Content-Length; else chunked, length unknown.
     */
    void addHugeBody(const QString &path, qint64 size, bool announce, int status = 200);
    //! @p path never answers (@p sendHeaders false) or sends headers for 1000 bytes and no body.
    void addSilence(const QString &path, bool sendHeaders);

    //! "GET /path" for every request, in order of arrival.
    QStringList requests() const { return m_requests; }
    //! The value of header @p name (lower case) in the latest request.
    QByteArray lastRequestHeader(const QByteArray &name) const { return m_lastHeaders.value(name); }
    //! Body bytes of huge bodies handed to sockets so far.
    qint64 hugeBytesSent() const { return m_hugeBytesSent; }
    //! Connections the client closed while a huge body was still being written.
    int hugeBodiesAbandoned() const { return m_hugeAbandoned; }

private:
    enum class Kind { Content, Redirect, Status, Huge, Silence };
    struct Route
    {
        Kind kind = Kind::Content;
        int status = 200;
        QByteArray reason;
        QByteArray body;
        QByteArray contentType;
        QByteArray contentEncoding;
        QString target;
        qint64 size = 0;
        bool flag = false; //!< Huge: announce the length; Silence: send headers
    };
    struct Stream
    {
        qint64 remaining = 0;
        bool chunked = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QString &path);
    void answerFile(QTcpSocket *socket, const QString &path);
    void writeResponse(QTcpSocket *socket, int status, const QByteArray &reason,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    void feed(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QHash<QString, Route> m_routes;
    QString m_directory;
    QByteArray m_charset;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QHash<QTcpSocket *, Stream> m_streams;
    QStringList m_requests;
    QHash<QByteArray, QByteArray> m_lastHeaders;
    qint64 m_hugeBytesSent = 0;
    int m_hugeAbandoned = 0;
};

} // namespace redletter::test
