#pragma once

#include <QStringList>

#include <functional>

class CliContext;

// One usersync-cli command: the words that name it ("sources add"), its synopsis and what it does.
struct CliCommand
{
    QStringList words;
    QString synopsis;
    const char *summaryText; // translated by summary()
    std::function<int(CliContext &, const QStringList &)> run;

    QString summary() const;
};
