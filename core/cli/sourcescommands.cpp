#include "sourcescommands.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "clijson.h"
#include "exitcode.h"
#include "secrets/secretstore.h"
#include "store/connection.h"
#include "store/sourcerepository.h"
#include "store/taskrepository.h"
#include "sync/sourceregistry.h"
#include "sync/sourcetype.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SourcesCommands", text);
}

// Turns KEY=VALUE pairs into typed option values following the type's schema.
bool applyOptions(const SourceType &type, const QStringList &pairs, QJsonObject *options,
                  QString *error)
{
    const QList<OptionField> schema = type.optionSchema();
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = tr("--option takes KEY=VALUE, got “%1”.").arg(pair);
            return false;
        }
        const QString key = pair.left(equals);
        const QString value = pair.mid(equals + 1);
        const auto field = std::find_if(schema.cbegin(), schema.cend(),
                                        [&](const OptionField &f) { return f.key == key; });
        if (field == schema.cend()) {
            QStringList keys;
            for (const OptionField &f : schema) {
                if (f.kind != OptionField::Kind::Secret)
                    keys << f.key;
            }
            *error = tr("Source type “%1” has no option “%2”. Its options: %3.")
                         .arg(type.key(), key,
                              keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", ")));
            return false;
        }
        if (field->kind == OptionField::Kind::Secret) {
            *error = tr("“%1” is a secret: pass --secret %1 and write its value on standard input, "
                        "never on the command line.")
                         .arg(key);
            return false;
        }
        if (field->kind == OptionField::Kind::Integer) {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok) {
                *error = tr("Option “%1” must be a whole number, got “%2”.").arg(key, value);
                return false;
            }
            options->insert(key, number);
        } else if (field->kind == OptionField::Kind::Boolean) {
            const QString lower = value.toLower();
            if (lower == QLatin1String("true") || lower == QLatin1String("1")
                || lower == QLatin1String("yes")) {
                options->insert(key, true);
            } else if (lower == QLatin1String("false") || lower == QLatin1String("0")
                       || lower == QLatin1String("no")) {
                options->insert(key, false);
            } else {
                *error = tr("Option “%1” must be true or false, got “%2”.").arg(key, value);
                return false;
            }
        } else if (value.isEmpty()) {
            options->remove(key);
        } else {
            options->insert(key, value);
        }
    }
    const QString problem = type.validateOptions(*options);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

bool checkSecretKeys(const SourceType &type, const QStringList &keys, QString *error)
{
    for (const QString &key : keys) {
        bool known = false;
        for (const OptionField &field : type.optionSchema())
            known = known || (field.key == key && field.kind == OptionField::Kind::Secret);
        if (!known) {
            *error = tr("Source type “%1” has no secret “%2”.").arg(type.key(), key);
            return false;
        }
    }
    return true;
}

// Reads one line per secret from standard input and stores each in the keyring.
bool storeSecrets(CliContext &context, const QString &sourceName, const QStringList &keys,
                  QString *error)
{
    QTextStream input(stdin);
    for (const QString &key : keys) {
        const QString value = input.readLine();
        if (value.isNull()) {
            *error =
                tr("Expected the value of secret “%1” on standard input (one line per --secret).")
                    .arg(key);
            return false;
        }
        QEventLoop loop;
        SecretResult answer;
        context.secrets()->write(SecretStore::sourceSecretKey(sourceName, key), value.toUtf8(),
                                 &loop, [&](const SecretResult &result) {
                                     answer = result;
                                     loop.quit();
                                 });
        loop.exec();
        if (!answer.ok()) {
            *error = answer.message;
            return false;
        }
    }
    return true;
}

void printSource(CliContext &context, const SyncSource &source, const QString &what)
{
    if (context.json())
        context.printJson(CliJson::source(source, nullptr));
    else
        context.out(what + QLatin1Char('\n'));
}
} // namespace

namespace SourcesCommands {

int types(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return context.usageError(tr("sources types takes no arguments."));
    QJsonArray array;
    QString text;
    for (const SourceType *type : context.sourceTypes().all()) {
        array.append(CliJson::sourceType(*type));
        text +=
            QStringLiteral("%1\t%2%3\n")
                .arg(type->key(), type->title(), type->canPull() ? QString() : tr(" (push only)"));
    }
    if (context.json())
        context.printJson(array);
    else
        context.out(text);
    return ExitCode::Done;
}

int list(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return context.usageError(tr("sources list takes no arguments."));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    auto sources = SourceRepository(*db).list();
    if (!sources)
        return context.storeFailure(sources.error());
    QJsonArray array;
    QString text = tr("NAME\tTYPE\tENABLED\tLAST RUN\n");
    TaskRepository tasks(*db);
    for (const SyncSource &source : std::as_const(*sources)) {
        auto last = tasks.listForSource(source.id, 1);
        const SyncTask lastTask = last && !last->isEmpty() ? last->constFirst() : SyncTask();
        array.append(CliJson::source(source, &lastTask));
        const QString run = lastTask.id
            ? QStringLiteral("%1 %2").arg(TaskStatusText::key(lastTask.status), lastTask.batch)
            : tr("never");
        text +=
            QStringLiteral("%1\t%2\t%3\t%4\n")
                .arg(source.name, source.sourceType, source.enabled ? tr("yes") : tr("no"), run);
    }
    if (context.json())
        context.printJson(array);
    else
        context.out(text);
    return ExitCode::Done;
}

int add(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(arguments, {QStringLiteral("enable")},
                            {QStringLiteral("type"), QStringLiteral("option"),
                             QStringLiteral("secret"), QStringLiteral("display-name")});
    if (!args.ok())
        return context.usageError(args.error());
    if (args.positional().size() != 1 || !args.has(QStringLiteral("type")))
        return context.usageError(tr("Usage: sources add NAME --type TYPE [--enable] [--option "
                                     "KEY=VALUE]... [--secret KEY]..."));
    const QString name = args.positional().constFirst().trimmed();
    if (name.isEmpty())
        return context.usageError(tr("The source name must not be empty."));
    const SourceType *type = context.sourceTypes().find(args.value(QStringLiteral("type")));
    if (!type) {
        QStringList keys;
        for (const SourceType *t : context.sourceTypes().all())
            keys << t->key();
        return context.usageError(
            tr("Unknown source type “%1”. Known types: %2.")
                .arg(args.value(QStringLiteral("type")), keys.join(QStringLiteral(", "))));
    }
    SyncSource source;
    source.name = name;
    source.sourceType = type->key();
    source.enabled = args.flag(QStringLiteral("enable"));
    source.displayName = args.value(QStringLiteral("display-name"));
    for (const OptionField &field : type->optionSchema()) {
        if (field.kind != OptionField::Kind::Secret && field.defaultValue.isValid())
            source.options.insert(field.key, QJsonValue::fromVariant(field.defaultValue));
    }
    QString problem;
    if (!applyOptions(*type, args.values(QStringLiteral("option")), &source.options, &problem)
        || !checkSecretKeys(*type, args.values(QStringLiteral("secret")), &problem))
        return context.usageError(problem);

    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    SourceRepository sources(*db);
    auto saved = sources.insert(source);
    if (!saved)
        return context.storeFailure(saved.error());
    // The row first, then its secrets: a duplicate name must never overwrite another source's
    // secrets.
    if (!storeSecrets(context, saved->name, args.values(QStringLiteral("secret")), &problem)) {
        sources.remove(saved->id);
        return context.fail(ExitCode::TaskFailed,
                            tr("Source “%1” was not added: %2").arg(name, problem));
    }
    printSource(
        context, *saved,
        tr("Source “%1” added (type %2, %3).")
            .arg(saved->name, saved->sourceType, saved->enabled ? tr("enabled") : tr("disabled")));
    return ExitCode::Done;
}

int update(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(
        arguments, {QStringLiteral("enable"), QStringLiteral("disable")},
        {QStringLiteral("option"), QStringLiteral("secret"), QStringLiteral("display-name")});
    if (!args.ok())
        return context.usageError(args.error());
    if (args.positional().size() != 1
        || (args.flag(QStringLiteral("enable")) && args.flag(QStringLiteral("disable"))))
        return context.usageError(tr("Usage: sources update NAME [--enable|--disable] [--option "
                                     "KEY=VALUE]... [--secret KEY]..."));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    SourceRepository sources(*db);
    auto source = sources.byName(args.positional().constFirst());
    if (!source)
        return context.storeFailure(source.error());
    const SourceType *type = context.sourceTypes().find(source->sourceType);
    if (!type)
        return context.fail(ExitCode::Refused,
                            tr("Source “%1” has the type “%2”, which this UserSync does not know.")
                                .arg(source->name, source->sourceType));
    SyncSource changed = *source;
    if (args.flag(QStringLiteral("enable")))
        changed.enabled = true;
    if (args.flag(QStringLiteral("disable")))
        changed.enabled = false;
    if (args.has(QStringLiteral("display-name")))
        changed.displayName = args.value(QStringLiteral("display-name"));
    QString problem;
    if (!applyOptions(*type, args.values(QStringLiteral("option")), &changed.options, &problem)
        || !checkSecretKeys(*type, args.values(QStringLiteral("secret")), &problem))
        return context.usageError(problem);
    if (!storeSecrets(context, changed.name, args.values(QStringLiteral("secret")), &problem))
        return context.fail(ExitCode::TaskFailed,
                            tr("Source “%1” was not changed: %2").arg(changed.name, problem));
    if (StoreError error = sources.update(changed))
        return context.storeFailure(error);
    auto reread = sources.byId(changed.id);
    printSource(context, reread ? *reread : changed,
                tr("Source “%1” updated (%2).")
                    .arg(changed.name, changed.enabled ? tr("enabled") : tr("disabled")));
    return ExitCode::Done;
}

int remove(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.usageError(tr("Usage: sources remove NAME"));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    SourceRepository sources(*db);
    auto source = sources.byName(arguments.constFirst());
    if (!source)
        return context.storeFailure(source.error());
    auto running = TaskRepository(*db).runningForSource(source->id);
    if (running && running->id != 0)
        return context.fail(
            ExitCode::Refused,
            tr("Source “%1” is syncing (batch %2); cancel it or wait, then remove it.")
                .arg(source->name, running->batch));
    if (StoreError error = sources.remove(source->id))
        return context.storeFailure(error);
    // Its secrets go with it; the synced users and departments stay in the directory.
    if (const SourceType *type = context.sourceTypes().find(source->sourceType)) {
        for (const OptionField &field : type->optionSchema()) {
            if (field.kind != OptionField::Kind::Secret)
                continue;
            QEventLoop loop;
            context.secrets()->remove(SecretStore::sourceSecretKey(source->name, field.key), &loop,
                                      [&](const SecretResult &) { loop.quit(); });
            loop.exec();
        }
    }
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("removed"), source->name}});
    else
        context.out(tr("Source “%1” removed, with its task history. Its users and departments stay "
                       "in the directory.\n")
                        .arg(source->name));
    return ExitCode::Done;
}

} // namespace SourcesCommands
