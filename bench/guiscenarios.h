#pragma once

#include "benchoptions.h"
#include "benchresult.h"

#include <functional>
#include <memory>

class DataDir;
class DatabaseConfig;
class MainWindow;
class SecretStore;

// gui and users1m: the real main window, offscreen, on a fresh data folder, with a StallProbe
// on its event loop. gui: the full scenario started from the Sources page (the tasks panel
// open). users1m: a store filled with bigUsers users by FloorWriter, then the time until the
// Users page shows its first rows, and the time from each keystroke of a search to its first
// rows (SearchField's typing delay set to 0, so the figure is the work, not the wait; the
// slowest keystroke is reported).
class GuiScenarios
{
public:
    explicit GuiScenarios(const BenchOptions &options);

    static bool handles(const QString &name);
    BenchResult run(const QString &name);

private:
    BenchResult gui();
    BenchResult users1m();
    // Keeps the event loop running until `done` or the timeout; false on timeout.
    static bool waitFor(const std::function<bool()> &done, int timeoutMs);
    // A shown main window on the store, once it is open; nullptr with *error otherwise.
    static std::unique_ptr<MainWindow> openWindow(const DataDir &dataDir,
                                                  const DatabaseConfig &database,
                                                  SecretStore *secrets, QString *error);

    BenchOptions m_options;
};
