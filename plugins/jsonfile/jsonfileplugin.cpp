#include "jsonfileplugin.h"

#include "jsonfilesourcetype.h"

JsonFilePlugin::JsonFilePlugin()
    : m_type(std::make_unique<JsonFileSourceType>())
{ }

JsonFilePlugin::~JsonFilePlugin() = default;

QList<SourceType *> JsonFilePlugin::sourceTypes()
{
    return {m_type.get()};
}
