// usersync-bench: runs the performance scenarios of README "Performance" and prints a table or,
// with --json, the same figures as JSON. Without --child it is the parent: it runs every scenario
// in a child process of its own and prints what they report.
#include "benchoptions.h"
#include "childrunner.h"
#include "guiscenarios.h"
#include "pushclient.h"
#include "pushscenario.h"
#include "resultprinter.h"
#include "syncscenarios.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

namespace {
// A child runs one scenario and prints its result as one JSON line.
int runChild(const BenchOptions &options)
{
    BenchResult result;
    if (SyncScenarios::handles(options.child))
        result = SyncScenarios(options).run(options.child);
    else if (GuiScenarios::handles(options.child))
        result = GuiScenarios(options).run(options.child);
    else
        result = PushScenario(options).run(options.child);
    QTextStream(stdout) << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << '\n';
    return result.error.isEmpty() ? 0 : 1;
}

// The GUI scenarios run the real window, offscreen, with settings of their own: they must not
// read or change the developer's UserSync settings.
void isolateGui()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString config = QDir::temp().filePath(
        QStringLiteral("usersync-bench-config-%1").arg(QCoreApplication::applicationPid()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
}
} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    BenchOptions options;
    QString error;
    if (arguments.contains(QLatin1String("--help")) || !options.parse(arguments, &error)) {
        QTextStream(stderr) << (error.isEmpty() ? QString() : error + QLatin1Char('\n'))
                            << BenchOptions::usage();
        return error.isEmpty() ? 0 : 2;
    }
    // The engine's per-task info lines would drown the table.
    QLoggingCategory::setFilterRules(QStringLiteral("usersync.*.info=false"));

    std::unique_ptr<QCoreApplication> app;
    if (GuiScenarios::handles(options.child)) {
        isolateGui();
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("UserSyncBench"));
    QCoreApplication::setApplicationName(QStringLiteral("usersync-bench"));

    if (options.pushClient)
        return PushClient(options).run();
    if (!options.child.isEmpty())
        return runChild(options);

    const QStringList names =
        options.scenarios.isEmpty() ? options.defaultScenarios() : options.scenarios;
    // The ratios need the floor; it is quick, so it runs even when not asked for.
    QStringList order = names;
    if (!order.contains(QLatin1String("floor")))
        order.prepend(QStringLiteral("floor"));
    const ChildRunner runner(options);
    QList<BenchResult> results;
    bool failed = false;
    for (const QString &name : std::as_const(order)) {
        QList<BenchResult> runs;
        for (int run = 0; run < options.runs; ++run) {
            QTextStream(stderr)
                << QStringLiteral("running %1 (%2/%3)\n").arg(name).arg(run + 1).arg(options.runs);
            runs << runner.run(name);
        }
        results << BenchResult::median(runs);
        failed = failed || !results.constLast().error.isEmpty();
    }
    ResultPrinter::addRatios(results);
    if (!names.contains(QLatin1String("floor")))
        results.removeFirst(); // ran for the ratios only
    QTextStream out(stdout);
    if (options.json)
        out << ResultPrinter::json(results);
    else
        out << ResultPrinter::table(results, options.runs);
    return failed ? 1 : 0;
}
