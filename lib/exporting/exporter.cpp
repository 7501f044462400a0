// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporting/exporter.h"

#include "exporting/markdownexport.h"
#include "exporting/pdfexport.h"
#include "exporting/w3cexport.h"

#include <QThread>

namespace redletter {

struct Exporter::Outcome
{
    bool ok = false;
    QString error;
    ExportReport report;
};

Exporter::Exporter(QObject *parent) : QObject(parent) {}

Exporter::~Exporter()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool Exporter::isRunning() const
{
    return m_thread != nullptr;
}

void Exporter::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

bool Exporter::start(Format format, const QVector<ExportSource> &sources,
                     const ExportOptions &options, const QString &path)
{
    if (m_thread)
        return false;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<Outcome>();
    m_cancelled = cancelled;

    // Progress is handed to this object's thread; invokeMethod with `this` as context drops what
    // is still queued if the Exporter goes away first.
    const ExportProgress report = [this, cancelled](int done, int total) {
        QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); },
                                  Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_thread = QThread::create([format, sources, options, path, outcome, report] {
        switch (format) {
        case Format::Pdf:
            outcome->ok = exportPdf(sources, options, path, &outcome->report, &outcome->error, report);
            break;
        case Format::Markdown:
            outcome->ok = exportMarkdown(sources, options, path, &outcome->report, &outcome->error, report);
            break;
        case Format::W3cJson:
            outcome->ok = exportW3cJson(sources, options, path, &outcome->report, &outcome->error, report);
            break;
        }
    });
    m_thread->setObjectName(QStringLiteral("redletter-export"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_cancelled.reset();
        m_report = outcome->report;
        Q_EMIT finished(outcome->ok, outcome->error);
    });
    m_thread->start();
    return true;
}

} // namespace redletter
