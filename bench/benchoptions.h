#pragma once

#include <QString>
#include <QStringList>

// The command line of usersync-bench (see usage()). The same options are handed to the child
// processes that run the scenarios, so a child measures exactly what the parent was asked for.
struct BenchOptions
{
    int users = 100'000;
    int departments = 5'000;
    int depth = 6;
    int bigUsers = 1'000'000; // full1m and users1m
    int runs = 1; // each scenario this often; the figures printed are the medians
    bool json = false;
    QStringList scenarios; // empty: defaultScenarios()
    QString database; // a PostgreSQL URL: adds pgfull
    QString child; // --child NAME: run one scenario in this process and print its JSON line
    bool pushClient = false; // --push-client: the HTTP client half of push500/push5000
    QString url; // push client: where the API listens
    int batch = 500; // push client: records per push

    static QStringList allScenarios();
    QStringList defaultScenarios() const;
    static QString usage();
    // False with a sentence in *error for bad usage.
    bool parse(const QStringList &arguments, QString *error);
    // The size options, for a child process.
    QStringList sizeArguments() const;
    // Records a push batch of `name` carries: 500 for push500.
    static int pushBatch(const QString &name);
};
