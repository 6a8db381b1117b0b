#pragma once

#include "common/datadir.h"
#include "store/databaseconfig.h"

class ApiKeyListModel;
class ApiServer;
class ResourceRegistry;
class SecretStore;
class SourceListModel;
class SourceRegistry;
class TaskRunner;

// What the pages and dialogs of the main window share. Owned by MainWindow; `database` and
// `runner` are set once the store is open.
struct AppContext
{
    DataDir dataDir;
    DatabaseConfig database;
    SecretStore *secrets = nullptr;
    const SourceRegistry *sourceTypes = nullptr;
    TaskRunner *runner = nullptr;
    SourceListModel *sources = nullptr;
    // The HTTP API server; nullptr until the store is open.
    ApiServer *apiServer = nullptr;
    bool storeReady = false;
};
