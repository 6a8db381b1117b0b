#pragma once

#include "common/datadir.h"
#include "store/syncsource.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// What a puller gets to work with: the source row, its secrets read from the keychain, and the
// task it runs for.
struct SourceContext
{
    SyncSource source;
    QHash<QString, QByteArray> secrets; // option key → value, for the type's Secret options
    DataDir dataDir;
    QString batch;
    int attempt = 1;
};
