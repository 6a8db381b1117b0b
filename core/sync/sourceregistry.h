#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

class SourceType;

// The source types this build and its plugins provide, by key.
class SourceRegistry
{
public:
    SourceRegistry();
    ~SourceRegistry();
    Q_DISABLE_COPY_MOVE(SourceRegistry)

    // A registry holding the built-in types (sample, api, http).
    static std::unique_ptr<SourceRegistry> withBuiltins();

    // Returns false (and keeps the first) when the key is taken.
    bool add(std::unique_ptr<SourceType> type);
    bool addExternal(SourceType *type);
    const SourceType *find(const QString &key) const;
    QList<const SourceType *> all() const;

private:
    std::vector<std::unique_ptr<SourceType>> m_owned;
    QList<SourceType *> m_types;
};
