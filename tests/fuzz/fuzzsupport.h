// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares: Qt's messages silenced (a parser's qWarning on every malformed
// input would make the fuzzer spend its time writing to stderr) and a check that aborts, so that
// libFuzzer keeps the input that broke an invariant the way it keeps one that crashed.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace redletter::fuzz {

inline void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) { // Q_ASSERT and qFatal still stop the run, with their text
            std::fprintf(stderr, "%s\n", message.toUtf8().constData());
            std::abort();
        }
    });
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

//! An invariant of the parser under test failed: report it and let libFuzzer keep the input.
[[noreturn]] inline void invariantFailed(const char *what)
{
    std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
    std::abort();
}

} // namespace redletter::fuzz

#define REDLETTER_FUZZ_INITIALIZE                                                                  \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                         \
    {                                                                                              \
        redletter::fuzz::quietQtMessages();                                                        \
        return 0;                                                                                  \
    }
