#include "benchoptions.h"

QStringList BenchOptions::allScenarios()
{
    return {QStringLiteral("floor"), QStringLiteral("full"),    QStringLiteral("unchanged"),
            QStringLiteral("delta"), QStringLiteral("push500"), QStringLiteral("push5000"),
            QStringLiteral("gui"),   QStringLiteral("users1m"), QStringLiteral("full1m"),
            QStringLiteral("pgfull")};
}

QStringList BenchOptions::defaultScenarios() const
{
    QStringList names{QStringLiteral("floor"),     QStringLiteral("full"),
                      QStringLiteral("unchanged"), QStringLiteral("delta"),
                      QStringLiteral("push500"),   QStringLiteral("push5000"),
                      QStringLiteral("gui"),       QStringLiteral("users1m")};
    if (!database.isEmpty())
        names << QStringLiteral("pgfull");
    return names;
}

QString BenchOptions::usage()
{
    return QStringLiteral(
        "usage: usersync-bench [--json] [--runs N] [--scenario NAME]... [--users N]\n"
        "                      [--departments N] [--depth N] [--big-users N] [--database URL]\n"
        "Scenarios: floor full unchanged delta push500 push5000 gui users1m (the default set),\n"
        "full1m, and pgfull (needs --database postgresql://user@host:port/db; the password comes\n"
        "from PGPASSWORD or ~/.pgpass). Each scenario runs in a child process and a fresh\n"
        "temporary data folder; with --runs N the medians of N runs are printed.\n");
}

bool BenchOptions::parse(const QStringList &arguments, QString *error)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto value = [&](QString *target) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(argument);
                return false;
            }
            *target = arguments.at(++i);
            return true;
        };
        const auto number = [&](int *target, int minimum) {
            QString text;
            if (!value(&text))
                return false;
            bool ok = false;
            const int parsed = text.toInt(&ok);
            if (!ok || parsed < minimum) {
                *error = QStringLiteral("%1 needs a number of at least %2, not “%3”")
                             .arg(argument)
                             .arg(minimum)
                             .arg(text);
                return false;
            }
            *target = parsed;
            return true;
        };
        bool ok = true;
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--push-client")) {
            pushClient = true;
        } else if (argument == QLatin1String("--users")) {
            ok = number(&users, 1);
        } else if (argument == QLatin1String("--departments")) {
            ok = number(&departments, 1);
        } else if (argument == QLatin1String("--depth")) {
            ok = number(&depth, 1);
        } else if (argument == QLatin1String("--big-users")) {
            ok = number(&bigUsers, 1);
        } else if (argument == QLatin1String("--runs")) {
            ok = number(&runs, 1);
        } else if (argument == QLatin1String("--batch")) {
            ok = number(&batch, 1);
        } else if (argument == QLatin1String("--database")) {
            ok = value(&database);
        } else if (argument == QLatin1String("--url")) {
            ok = value(&url);
        } else if (argument == QLatin1String("--child")) {
            ok = value(&child);
        } else if (argument == QLatin1String("--scenario")) {
            QString names;
            ok = value(&names);
            for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts))
                scenarios << name.trimmed();
        } else {
            *error = QStringLiteral("unknown argument “%1”").arg(argument);
            return false;
        }
        if (!ok)
            return false;
    }
    for (const QString &name : scenarios + (child.isEmpty() ? QStringList() : QStringList{child})) {
        if (!allScenarios().contains(name)) {
            *error = QStringLiteral("unknown scenario “%1”").arg(name);
            return false;
        }
        if (name == QLatin1String("pgfull") && database.isEmpty()) {
            *error = QStringLiteral("pgfull needs --database postgresql://user@host:port/db");
            return false;
        }
    }
    return true;
}

QStringList BenchOptions::sizeArguments() const
{
    QStringList arguments{QStringLiteral("--users"),       QString::number(users),
                          QStringLiteral("--departments"), QString::number(departments),
                          QStringLiteral("--depth"),       QString::number(depth),
                          QStringLiteral("--big-users"),   QString::number(bigUsers)};
    if (!database.isEmpty())
        arguments << QStringLiteral("--database") << database;
    return arguments;
}

int BenchOptions::pushBatch(const QString &name)
{
    return name.mid(int(qstrlen("push"))).toInt();
}
