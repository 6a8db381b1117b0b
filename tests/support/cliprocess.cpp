#include "cliprocess.h"

#include <QProcess>

QString CliProcess::cliPath()
{
    return QStringLiteral(USERSYNC_CLI_PATH);
}

QString CliProcess::guiPath()
{
    return QStringLiteral(USERSYNC_GUI_PATH);
}

CliRun CliProcess::run(const QString &program, const QStringList &arguments,
                       const QByteArray &input, const QProcessEnvironment &extraEnvironment,
                       int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnvironment.keys())
        environment.insert(key, extraEnvironment.value(key));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun result;
    if (!process.waitForStarted(30000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun CliProcess::cli(const QStringList &arguments, const QByteArray &input,
                       const QProcessEnvironment &extraEnvironment, int timeoutMs)
{
    return run(cliPath(), arguments, input, extraEnvironment, timeoutMs);
}
