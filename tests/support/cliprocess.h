#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

// Runs usersync-cli (or another program) to its end with a bounded wait, for contract tests.
struct CliRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

class CliProcess
{
public:
    static QString cliPath();
    static QString guiPath();
    // Runs `program` with `arguments`, feeding `input` on stdin; `extraEnvironment` is added to
    // the test's own environment.
    static CliRun run(const QString &program, const QStringList &arguments,
                      const QByteArray &input = {},
                      const QProcessEnvironment &extraEnvironment = {}, int timeoutMs = 120000);
    static CliRun cli(const QStringList &arguments, const QByteArray &input = {},
                      const QProcessEnvironment &extraEnvironment = {}, int timeoutMs = 120000);
};
