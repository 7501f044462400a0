// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporting/exportoptions.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

class QThread;

namespace redletter {

/*!
 * Runs an export (exportPdf(), exportMarkdown(), exportW3cJson()) in a worker thread, so the
 * window never waits for it. progress() and finished() arrive in the thread the Exporter lives in,
 * progress() never after finished(). cancel() stops the export between two passages or pages; it
 * then finishes with ok == false and "Export cancelled", and no file is left at the path.
 *
 * One export at a time per Exporter. Destroying a running Exporter cancels the export and waits
 * for its thread.
 */
class Exporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Pdf, Markdown, W3cJson };
    Q_ENUM(Format)

    explicit Exporter(QObject *parent = nullptr);
    ~Exporter() override;

    /*!
     * Starts writing @p sources to @p path as @p format. Returns false, and starts nothing, while
     * another export is running.
     */
    bool start(Format format, const QVector<ExportSource> &sources, const ExportOptions &options,
               const QString &path);
    bool isRunning() const;

    //! The report of the export that finished last (empty before).
    ExportReport report() const { return m_report; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &error);

private:
    struct Outcome;

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    ExportReport m_report;
};

} // namespace redletter
