#pragma once

#include "optionfield.h"
#include "sourcecontext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class Puller;
class QObject;

// A kind of sync source (sample, http, api, a plugin's). Registered in SourceRegistry.
class SourceType
{
public:
    virtual ~SourceType() = default;

    virtual QString key() const = 0; // stored in sync_sources.source_type
    virtual QString title() const = 0; // translated
    virtual QString description() const { return {}; }
    virtual QList<OptionField> optionSchema() const = 0;

    // False for push-only types ("api"): they have no Sync button and no puller.
    virtual bool canPull() const { return true; }
    // The caller owns the puller (it is parented to `parent`).
    virtual Puller *createPuller(const SourceContext &context, QObject *parent) const = 0;

    // Checks option values against the schema (required, numbers, ranges, choices) and the type's
    // own rules; an empty string means valid, otherwise a sentence naming the option.
    virtual QString validateOptions(const QJsonObject &options) const;

    // Optional: try to reach the source with these settings without syncing.
    using TestCallback = std::function<void(bool ok, const QString &message)>;
    virtual bool supportsConnectionTest() const { return false; }
    virtual void testConnection(const SourceContext &context, QObject *receiver,
                                const TestCallback &done) const;
};
