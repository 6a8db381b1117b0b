#pragma once

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

class Resource;

// The target resources: the built-in users and departments plus any a plugin adds.
class ResourceRegistry
{
public:
    ResourceRegistry();
    ~ResourceRegistry();
    Q_DISABLE_COPY_MOVE(ResourceRegistry)

    // A registry holding users and departments.
    static std::unique_ptr<ResourceRegistry> withBuiltins();

    void add(std::unique_ptr<Resource> resource); // owned
    void addExternal(Resource *resource); // owned elsewhere (a plugin)
    // Resources accepting `dataType`, in order.
    QList<Resource *> forDataType(const QString &dataType) const;
    QStringList supportedDataTypes() const;
    QList<Resource *> all() const { return m_resources; }

private:
    std::vector<std::unique_ptr<Resource>> m_owned;
    QList<Resource *> m_resources;
};
