#include "childrunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

ChildRunner::ChildRunner(const BenchOptions &options)
    : m_options(options)
{ }

BenchResult ChildRunner::run(const QString &name) const
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--child"), name} + m_options.sizeArguments());
    child.waitForFinished(-1);
    // The result is the last line that is a JSON object; anything before it is the child's.
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument document = QJsonDocument::fromJson(*it);
        if (document.isObject())
            return BenchResult::fromJson(document.object());
    }
    BenchResult failed;
    failed.name = name;
    failed.error = QStringLiteral("the child process ended without a result (exit code %1, %2)")
                       .arg(child.exitCode())
                       .arg(child.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                      : QStringLiteral("exited"));
    return failed;
}
