#include "sourceregistry.h"

#include "sources/api/apisourcetype.h"
#include "sources/http/httpsourcetype.h"
#include "sources/sample/samplesourcetype.h"
#include "sourcetype.h"

SourceRegistry::SourceRegistry() = default;
SourceRegistry::~SourceRegistry() = default;

std::unique_ptr<SourceRegistry> SourceRegistry::withBuiltins()
{
    auto registry = std::make_unique<SourceRegistry>();
    registry->add(std::make_unique<SampleSourceType>());
    registry->add(std::make_unique<ApiSourceType>());
    registry->add(std::make_unique<HttpSourceType>());
    return registry;
}

bool SourceRegistry::add(std::unique_ptr<SourceType> type)
{
    if (!addExternal(type.get()))
        return false;
    m_owned.push_back(std::move(type));
    return true;
}

bool SourceRegistry::addExternal(SourceType *type)
{
    if (find(type->key()))
        return false;
    m_types << type;
    return true;
}

const SourceType *SourceRegistry::find(const QString &key) const
{
    for (const SourceType *type : m_types) {
        if (type->key() == key)
            return type;
    }
    return nullptr;
}

QList<const SourceType *> SourceRegistry::all() const
{
    QList<const SourceType *> types;
    for (const SourceType *type : m_types)
        types << type;
    return types;
}
