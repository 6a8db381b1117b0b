#pragma once

#include "sync/sourcetype.h"

// Reads a JSON file holding {"departments": [...], "users": [...]}, one UserData object or an
// array of them.
class JsonFileSourceType : public SourceType
{
public:
    QString key() const override { return QStringLiteral("jsonfile"); }
    QString title() const override;
    QString description() const override;
    QList<OptionField> optionSchema() const override;
    Puller *createPuller(const SourceContext &context, QObject *parent) const override;
};
