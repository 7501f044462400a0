// SPDX-License-Identifier: GPL-3.0-or-later
// A reader editing notes, for the kill -9 harness (tst_killnine): no command of the app edits a
// note, so this small program does what the window does when the reader adds, edits, re-colours,
// deletes and undoes — through AppContext (the catalog opened as the app opens it, first start
// included) and the AnnotationController the window uses, with its undo stack — and says on
// stdout, one JSON line each, what it is about to do and, once the change is committed, what is
// now stored:
//
//   {"begin":"edit","id":"…","present":true,"note":"…","color":"…"}   the state about to be written
//   {"begin":"add"}                                                     (an added note's id is made inside)
//   {"done":"edit","id":"…","present":true,"note":"…","color":"…"}    committed: it must survive a kill
//
// Usage: killnine_noteeditor --reading ID --seed N --changes N
// The catalog is the app's default one (XDG_DATA_HOME/redletter/catalog.sqlite). Exit status 0
// when every change was made, 1 when the catalog could not be opened, 4 when a change could not
// be written at once (the controller kept it in memory: not acknowledged, and not expected here).
#include "annotationcontroller.h"
#include "annotations/annotatabletext.h"
#include "appcontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>
#include <optional>

using namespace redletter;

namespace {

void say(const QJsonObject &line)
{
    // One line, flushed at once: whatever the harness reads was said before the kill.
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

//! What is stored for @p id after a change: present with its note and colour, or absent.
QJsonObject state(const QString &phase, const QString &change, const QString &id,
                  const std::optional<Annotation> &annotation)
{
    QJsonObject line{{phase, change}, {QStringLiteral("id"), id}, {QStringLiteral("present"), annotation.has_value()}};
    if (annotation) {
        line.insert(QStringLiteral("note"), annotation->note);
        line.insert(QStringLiteral("color"), annotation->color);
    }
    return line;
}

std::optional<Annotation> findIn(const QVector<Annotation> &annotations, const QString &id)
{
    for (const Annotation &annotation : annotations) {
        if (annotation.id == id)
            return annotation;
    }
    return std::nullopt;
}

//! A change on the controller's undo stack, as this program made it: undoing it restores @p before.
struct MadeChange
{
    QString id;
    std::optional<Annotation> before;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redletter"));
    QCommandLineParser parser;
    const QCommandLineOption readingOption(QStringLiteral("reading"), QStringLiteral("the reading to annotate"),
                                           QStringLiteral("id"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("the random changes' seed"),
                                        QStringLiteral("n"));
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("how many changes"),
                                           QStringLiteral("n"));
    parser.addOptions({readingOption, seedOption, changesOption});
    parser.process(app);
    const QString readingId = parser.value(readingOption);
    QRandomGenerator random(parser.value(seedOption).toUInt());
    const int changes = parser.value(changesOption).toInt();

    AppContext context(std::make_unique<SystemClock>());
    QString error;
    if (!context.open(Catalog::defaultPath(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const std::optional<Reading> reading = context.catalog().reading(readingId);
    if (!reading) {
        std::fprintf(stderr, "no reading %s in the catalog\n", qPrintable(readingId));
        return 1;
    }
    AnnotationController controller(context.catalog(), context.clock());
    controller.setReading(*reading);
    // The text the window shows and the controller's ranges count in.
    const int textLength = int(AnnotatableText(*reading).text().size());

    const QStringList colors = annotationColors();
    QVector<MadeChange> undoable;
    for (int change = 0; change < changes; ++change) {
        const QVector<Annotation> shown = controller.annotations();
        // Additions, edits, re-colourings, deletions and undos; deletions grow more likely as the
        // notes grow, so the catalog keeps a few dozen notes however many trials run on it.
        const int roll = int(random.bounded(100));
        const int deleteShare = qMin(40, 5 + int(shown.size()));
        QString kind;
        if (shown.isEmpty() || roll < 25)
            kind = QStringLiteral("add");
        else if (roll < 25 + deleteShare)
            kind = QStringLiteral("delete");
        else if (roll < 88 || undoable.isEmpty())
            kind = random.bounded(2) ? QStringLiteral("edit") : QStringLiteral("recolor");
        else
            kind = QStringLiteral("undo");

        bool made = false;
        QString id;
        std::optional<Annotation> before;
        if (kind == QLatin1String("add")) {
            say({{QStringLiteral("begin"), kind}});
            const int start = int(random.bounded(qMax(1, textLength - 80)));
            const QString note = QStringLiteral("note %1 of run %2").arg(change).arg(parser.value(seedOption));
            made = controller.addNote(SourceRange{start, start + 10 + int(random.bounded(60))}, note);
            if (made) {
                for (const Annotation &annotation : controller.annotations()) {
                    if (!findIn(shown, annotation.id))
                        id = annotation.id;
                }
            }
        } else if (kind == QLatin1String("undo")) {
            const MadeChange last = undoable.takeLast();
            id = last.id;
            say(state(QStringLiteral("begin"), kind, id, last.before));
            controller.undoStack()->undo();
            made = findIn(controller.annotations(), id).has_value() == last.before.has_value();
        } else {
            const Annotation target = shown.at(int(random.bounded(int(shown.size()))));
            id = target.id;
            before = target;
            std::optional<Annotation> after = target;
            if (kind == QLatin1String("delete")) {
                after.reset();
            } else if (kind == QLatin1String("edit")) {
                after->note = QStringLiteral("edited in change %1 of run %2").arg(change).arg(parser.value(seedOption));
            } else {
                QStringList others = colors;
                others.removeAll(target.color);
                after->color = others.at(int(random.bounded(int(others.size()))));
            }
            say(state(QStringLiteral("begin"), kind, id, after));
            if (kind == QLatin1String("delete"))
                made = controller.remove(id);
            else if (kind == QLatin1String("edit"))
                made = controller.editNote(id, after->note);
            else
                made = controller.changeColor(id, after->color);
        }
        if (controller.pendingCount() > 0) {
            std::fprintf(stderr, "a %s could not be written at once: kept in memory, not acknowledged\n", qPrintable(kind));
            return 4;
        }
        if (!made || id.isEmpty()) {
            say({{QStringLiteral("refused"), kind}});
            continue;
        }
        if (kind != QLatin1String("undo"))
            undoable.append({id, before});
        // What the catalog holds now, read back from it (not the controller's view of it).
        say(state(QStringLiteral("done"), kind, id, context.catalog().annotation(id)));
    }
    return 0;
}
