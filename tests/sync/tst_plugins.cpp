// Plugins: the example plugin loads from a folder and registers its source type; files that are
// not UserSync plugins are skipped with a reason, never fatal.
#include "sync/pluginloader.h"
#include "sync/resourceregistry.h"
#include "sync/sourceregistry.h"
#include "sync/sourcetype.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestPlugins : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheExamplePlugin()
    {
        auto sources = SourceRegistry::withBuiltins();
        auto resources = ResourceRegistry::withBuiltins();
        PluginLoader loader;
        const auto reports =
            loader.load({QStringLiteral(USERSYNC_PLUGIN_DIR)}, *sources, *resources);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.constFirst().loaded, qPrintable(reports.constFirst().message));
        const SourceType *type = sources->find(QStringLiteral("jsonfile"));
        QVERIFY(type);
        QVERIFY(type->canPull());
        QCOMPARE(type->optionSchema().constFirst().key, QStringLiteral("path"));
        QVERIFY(!type->validateOptions({}).isEmpty()); // the path is required
        QVERIFY(type->validateOptions(
                        QJsonObject{{QStringLiteral("path"), QStringLiteral("/tmp/x.json")}})
                    .isEmpty());

        // Loading the same folder again does not register the key twice.
        PluginLoader second;
        const auto again = second.load({QStringLiteral(USERSYNC_PLUGIN_DIR)}, *sources, *resources);
        QVERIFY(again.constFirst().message.contains(QLatin1String("already taken")));
        QCOMPARE(sources->all().size(), SourceRegistry::withBuiltins()->all().size() + 1);
    }

    void skipsWhatIsNotAPlugin()
    {
        QTemporaryDir dir;
        QFile bogus(dir.filePath(QStringLiteral("libbogus.so")));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("this is not a shared library");
        bogus.close();
        QFile notes(dir.filePath(QStringLiteral("README.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        auto sources = SourceRegistry::withBuiltins();
        auto resources = ResourceRegistry::withBuiltins();
        PluginLoader loader;
        const auto reports = loader.load({dir.path(), dir.filePath(QStringLiteral("missing"))},
                                         *sources, *resources);
        QCOMPARE(reports.size(), 1); // README.txt is not even a candidate
        QVERIFY(!reports.constFirst().loaded);
        QCOMPARE(reports.constFirst().message, QStringLiteral("not a UserSync plugin"));
        QCOMPARE(sources->all().size(), SourceRegistry::withBuiltins()->all().size());
    }
};

QTEST_GUILESS_MAIN(TestPlugins)
#include "tst_plugins.moc"
