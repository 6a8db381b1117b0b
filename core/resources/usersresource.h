#pragma once

#include "sync/resource.h"

// The built-in users directory. Identity is the origin record's link; the first time a uid is
// seen, a matchKey (username/email/phone) with a non-empty value adopts an existing user.
// Whitelisted fields are copied, other keys become custom fields, absent keys are left alone.
// A clash on a unique value fails that record only; deletes are explicit and never remove a
// protected account.
class UsersResource : public Resource
{
public:
    static inline const QString Name = QStringLiteral("users");

    QString name() const override { return Name; }
    QStringList accepts() const override;
    int order() const override { return 10; }
    StoreError apply(ResourceBatch &batch) override;
    StoreError existingTargets(Connection &connection, const QStringList &pks,
                               QSet<QString> *existing) override;
};
