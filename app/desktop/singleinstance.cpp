// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/singleinstance.h"

#include "desktop/desktoplogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace redletter {

namespace {

//! A request longer than this is not ours: drop the connection.
constexpr qint64 LongestRequestBytes = 256 * 1024;

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName(key))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &key)
{
    const QByteArray hash = QCryptographicHash::hash((userName() + QLatin1Char('\n') + key).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    const QString name = QStringLiteral("redletter-") + QString::fromLatin1(hash) + QStringLiteral(".socket");
    // The runtime directory is private to the user; the temp directory is the fallback Qt would
    // use for a bare name, and the user's name is in the hash.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(name);
}

bool SingleInstance::sendToRunningInstance(const QStringList &arguments, int timeoutMsecs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMsecs))
        return false; // nobody there, or a stale socket file
    QJsonObject request;
    request.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    socket.write(QByteArray(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n'));
    // Someone listens, so an instance runs: even if it does not answer, taking its socket over
    // would leave it deaf, and a second window is what single instance is there to prevent.
    socket.waitForBytesWritten(timeoutMsecs);
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMsecs)) {
            qCWarning(lcDesktop) << "the running instance did not answer:" << socket.errorString();
            return true;
        }
    }
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
    if (!reply.value(QStringLiteral("ok")).toBool())
        qCWarning(lcDesktop) << "the running instance refused the arguments";
    return true;
}

bool SingleInstance::listen(QString *error)
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // A socket file without a server behind it (the last run crashed): we found nobody
        // answering it before we got here, so it is stale.
        if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
            QLocalServer::removeServer(m_serverName);
            if (m_server->listen(m_serverName)) {
                qCInfo(lcDesktop) << "replaced a stale socket" << m_serverName;
            }
        }
        if (!m_server->isListening()) {
            *error = QStringLiteral("%1: %2").arg(m_serverName, m_server->errorString());
            m_server.reset();
            return false;
        }
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->canReadLine())
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > LongestRequestBytes)
            socket->abort();
        return;
    }
    const QJsonDocument request = QJsonDocument::fromJson(socket->readLine(LongestRequestBytes));
    const QJsonValue arguments = request.object().value(QStringLiteral("arguments"));
    if (!arguments.isArray()) {
        socket->abort();
        return;
    }
    QStringList list;
    for (const QJsonValue &argument : arguments.toArray())
        list.append(argument.toString());
    socket->write(R"({"ok":true})" "\n");
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT argumentsReceived(list);
}

} // namespace redletter
