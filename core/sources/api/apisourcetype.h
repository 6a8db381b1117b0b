#pragma once

#include "sync/sourcetype.h"

// A source that receives its data by push (usersync-cli push, POST /api/userData:push) instead of
// being pulled. Pushes with no sourceName go to a source named "api" of this type.
class ApiSourceType : public SourceType
{
public:
    static inline const QString Key = QStringLiteral("api");

    QString key() const override { return Key; }
    QString title() const override;
    QString description() const override;
    QList<OptionField> optionSchema() const override { return {}; }
    bool canPull() const override { return false; }
    Puller *createPuller(const SourceContext &, QObject *) const override { return nullptr; }
};
