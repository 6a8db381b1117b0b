#include "jsonfilesourcetype.h"

#include "jsonfilepuller.h"

#include <QCoreApplication>

QString JsonFileSourceType::title() const
{
    return QCoreApplication::translate("JsonFileSourceType", "JSON file (example plugin)");
}

QString JsonFileSourceType::description() const
{
    return QCoreApplication::translate(
        "JsonFileSourceType",
        "Users and departments from a JSON file: {\"departments\": [...], \"users\": [...]}.");
}

QList<OptionField> JsonFileSourceType::optionSchema() const
{
    OptionField path;
    path.key = QStringLiteral("path");
    path.label = QCoreApplication::translate("JsonFileSourceType", "File");
    path.kind = OptionField::Kind::FilePath;
    path.required = true;
    path.help =
        QCoreApplication::translate("JsonFileSourceType", "The JSON file to read on every sync.");
    return {path};
}

Puller *JsonFileSourceType::createPuller(const SourceContext &context, QObject *parent) const
{
    return new JsonFilePuller(context.source.options.value(QStringLiteral("path")).toString(),
                              parent);
}
