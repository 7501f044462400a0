// SPDX-License-Identifier: GPL-3.0-or-later
// Time and peak memory of `redletter --import` on the hostile inputs (tests/common/hostileinputs.h)
// and on the largest inputs the caps let through: the figures of the README's caps table.
// Each input is imported by a fresh process into its own empty data folder (the first start's
// built-in catalog included, as a user's first import would be); memory is the child's peak
// resident set (wait4's ru_maxrss).
#include "hostileinputs.h"
#include "importing/importlimits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace redletter;

namespace {

struct Figures
{
    double seconds = 0;
    long peakKb = 0;
    int status = -1;
};

Figures run(const QString &binary, const QString &home, const QString &input)
{
    QElapsedTimer clock;
    clock.start();
    const pid_t child = ::fork();
    if (child == 0) {
        const QByteArray data = QFile::encodeName(home + QStringLiteral("/data"));
        const QByteArray config = QFile::encodeName(home + QStringLiteral("/config"));
        ::setenv("XDG_DATA_HOME", data.constData(), 1);
        ::setenv("XDG_CONFIG_HOME", config.constData(), 1);
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr))
            ::_exit(126);
        const QByteArray program = QFile::encodeName(binary);
        const QByteArray file = QFile::encodeName(input);
        ::execl(program.constData(), program.constData(), "--import", file.constData(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    Figures figures;
    int status = 0;
    struct rusage usage = {};
    if (child > 0 && ::wait4(child, &status, 0, &usage) == child) {
        figures.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        figures.peakKb = usage.ru_maxrss;
    }
    figures.seconds = double(clock.nsecsElapsed()) / 1e9;
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString binary = QStringLiteral(REDLETTER_BINARY);
    QTemporaryDir inputs;
    const QLocale english(QLocale::English, QLocale::UnitedStates); // 200,000 as the README writes it
    const struct
    {
        test::HostileInput input;
        QString name;
    } cases[] = {
        {test::HostileInput::LineAtTextCap, QStringLiteral("a 16 MB single line (at the text cap)")},
        {test::HostileInput::FortyMegabyteLine, QStringLiteral("a 40 MB single line")},
        {test::HostileInput::FootnoteReferencesAtCap, QStringLiteral("10,000 footnotes, each referenced (at the cap)")},
        {test::HostileInput::FootnoteReferences200k, QStringLiteral("200,000 footnote references")},
        {test::HostileInput::Paragraphs100k, QStringLiteral("100,000 paragraphs")},
        {test::HostileInput::ParagraphsAtCap,
         QStringLiteral("%1 paragraphs (at the cap)").arg(english.toString(ImportLimits::MaximumBlocksPerReading - 10))},
        {test::HostileInput::ParagraphsOverCap,
         QStringLiteral("%1 paragraphs (over the cap)").arg(english.toString(ImportLimits::MaximumBlocksPerReading + 1))},
        {test::HostileInput::YamlAliasBombForeignMarkdown, QStringLiteral("YAML alias bomb, Markdown")},
        {test::HostileInput::YamlAliasBombReading, QStringLiteral("YAML alias bomb, reading format")},
        {test::HostileInput::ZipBombEpub, QStringLiteral("zip bomb EPUB (12 MB of one byte)")},
        {test::HostileInput::DeeplyNestedHtml, QStringLiteral("HTML nested 100,000 deep")},
        {test::HostileInput::Fifo, QStringLiteral("a FIFO nobody writes to")},
        {test::HostileInput::DevZero, QStringLiteral("/dev/zero")},
    };
    // The baseline: a first start importing a small text.
    const QString small = inputs.filePath(QStringLiteral("small.txt"));
    {
        QFile file(small);
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray("A short text of a few words.\n\n").repeated(20)) < 0)
            return 1;
    }
    out << "redletter --import, each in a fresh data folder (first start included):\n";
    const auto report = [&](const QString &name, const QString &path) {
        QTemporaryDir home;
        const Figures figures = run(binary, home.path(), path);
        out << QStringLiteral("  %1  %2 s  %3 MB  exit %4\n")
                   .arg(name, -42)
                   .arg(figures.seconds, 6, 'f', 2)
                   .arg(double(figures.peakKb) / 1024.0, 6, 'f', 0)
                   .arg(figures.status);
        out.flush();
    };
    report(QStringLiteral("a small text (baseline)"), small);
    for (const auto &c : cases) {
        const QString path = test::makeHostileInput(c.input, inputs.path());
        if (path.isEmpty()) {
            out << "  " << c.name << ": could not be made\n";
            continue;
        }
        report(c.name, path);
    }
    return 0;
}
