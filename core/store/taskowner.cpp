#include "taskowner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <signal.h>

TaskOwner TaskOwner::current()
{
    static const QString instance = QUuid::createUuid().toString(QUuid::WithoutBraces);
    TaskOwner owner;
    owner.host = QSysInfo::machineHostName();
    owner.pid = QCoreApplication::applicationPid();
    owner.instance = instance;
    return owner;
}

bool TaskOwner::isCurrentProcess() const
{
    return instance == current().instance;
}

bool TaskOwner::isAlive(const TaskOwner &owner, const QDateTime &heartbeat, const QDateTime &now)
{
    if (owner.instance.isEmpty())
        return false;
    if (owner.isCurrentProcess())
        return true;
    const bool fresh = heartbeat.isValid() && heartbeat.secsTo(now) <= StaleSeconds;
    if (owner.host == current().host && owner.pid > 0) {
        // Same machine: a dead pid is certain; a live one could be a reused pid, so the
        // heartbeat must agree as well.
        bool pidExists = ::kill(pid_t(owner.pid), 0) == 0 || errno == EPERM;
        // A killed process not yet reaped by its parent still answers kill(); it is a zombie.
        QFile stat(QStringLiteral("/proc/%1/stat").arg(owner.pid));
        if (pidExists && stat.open(QIODevice::ReadOnly)) {
            const QByteArray line = stat.readAll();
            const int close = line.lastIndexOf(')');
            if (close > 0 && close + 2 < line.size() && line.at(close + 2) == 'Z')
                pidExists = false;
        }
        return pidExists && fresh;
    }
    return fresh;
}
