// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace redletter {

/*!
 * One window per user and catalog: the first launch listens on a local socket; a later launch
 * hands it its arguments and exits, and the first raises its window.
 *
 * The socket lives in the user's runtime directory (XDG_RUNTIME_DIR), named after the user and
 * the catalog, so two catalogs (--data-dir) are two instances. A socket left behind by a crash
 * is found dead (nobody answers) and replaced.
 *
 * The protocol is one JSON line each way: {"arguments": [...]} and {"ok": true}.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    //! @p key tells instances apart (the catalog path).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! The local socket for @p key.
    static QString serverName(const QString &key);
    QString serverName() const { return m_serverName; }

    /*!
     * Hands @p arguments to a running instance and waits for its answer. True if one is running
     * (this process should then exit); false if none is (nobody listens, or a stale socket).
     */
    bool sendToRunningInstance(const QStringList &arguments, int timeoutMsecs = 3000);

    //! Starts listening for later launches, replacing a stale socket. False with @p error if not.
    [[nodiscard]] bool listen(QString *error);
    bool isListening() const;

Q_SIGNALS:
    //! A later launch passed @p arguments (arguments[0] is its program).
    void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace redletter
