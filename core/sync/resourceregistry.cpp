#include "resourceregistry.h"

#include "resource.h"
#include "resources/departmentsresource.h"
#include "resources/usersresource.h"

#include <algorithm>

ResourceRegistry::ResourceRegistry() = default;
ResourceRegistry::~ResourceRegistry() = default;

std::unique_ptr<ResourceRegistry> ResourceRegistry::withBuiltins()
{
    auto registry = std::make_unique<ResourceRegistry>();
    registry->add(std::make_unique<UsersResource>());
    registry->add(std::make_unique<DepartmentsResource>());
    return registry;
}

void ResourceRegistry::add(std::unique_ptr<Resource> resource)
{
    addExternal(resource.get());
    m_owned.push_back(std::move(resource));
}

void ResourceRegistry::addExternal(Resource *resource)
{
    m_resources << resource;
    std::stable_sort(m_resources.begin(), m_resources.end(),
                     [](const Resource *a, const Resource *b) { return a->order() < b->order(); });
}

QList<Resource *> ResourceRegistry::forDataType(const QString &dataType) const
{
    QList<Resource *> result;
    for (Resource *resource : m_resources) {
        if (resource->accepts().contains(dataType))
            result << resource;
    }
    return result;
}

QStringList ResourceRegistry::supportedDataTypes() const
{
    QStringList types;
    for (const Resource *resource : m_resources) {
        for (const QString &type : resource->accepts()) {
            if (!types.contains(type))
                types << type;
        }
    }
    return types;
}
