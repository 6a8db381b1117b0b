#pragma once

#include "sync/resource.h"

// The built-in departments: the tree itself (department records) and users' memberships
// (user records, after the users resource has linked them).
class DepartmentsResource : public Resource
{
public:
    static inline const QString Name = QStringLiteral("departments");

    QString name() const override { return Name; }
    QStringList accepts() const override;
    int order() const override { return 20; }
    StoreError apply(ResourceBatch &batch) override;
    StoreError existingTargets(Connection &connection, const QStringList &pks,
                               QSet<QString> *existing) override;
    StoreError finishDataType(ResourceBatch &batch) override;
};
