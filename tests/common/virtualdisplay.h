// SPDX-License-Identifier: GPL-3.0-or-later
// A private X server (Xvfb) for end-to-end tests: a real display that only the test uses.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace redletter::test {

class VirtualDisplay
{
public:
    ~VirtualDisplay() { stop(); }

    static bool isAvailable() { return !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty(); }

    //! Starts Xvfb on a free display (it reports the number through -displayfd).
    bool start(QString *error, const QString &screen = QStringLiteral("1600x1000x24"))
    {
        m_server.start(QStandardPaths::findExecutable(QStringLiteral("Xvfb")),
                       {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                        QStringLiteral("0"), screen, QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        if (!m_server.waitForStarted(10000)) {
            *error = QStringLiteral("Xvfb did not start: ") + m_server.errorString();
            return false;
        }
        // The display number arrives on stdout once the server accepts connections.
        QElapsedTimer waited;
        waited.start();
        while (!m_server.canReadLine() && m_server.state() == QProcess::Running && waited.elapsed() < 15000)
            m_server.waitForReadyRead(100);
        const QString number = QString::fromLatin1(m_server.readLine()).trimmed();
        if (number.isEmpty()) {
            *error = QStringLiteral("Xvfb did not report a display");
            return false;
        }
        m_display = QLatin1Char(':') + number;
        return true;
    }

    void stop()
    {
        if (m_server.state() == QProcess::Running) {
            m_server.terminate();
            m_server.waitForFinished(5000);
        }
    }

    //! ":N", for DISPLAY.
    QString display() const { return m_display; }

private:
    QProcess m_server;
    QString m_display;
};

} // namespace redletter::test
