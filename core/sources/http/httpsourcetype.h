#pragma once

#include "sync/sourcetype.h"

// Pulls users and departments from an HR system's HTTP/REST API: one URL for departments, one
// for users, bearer or basic authentication (the secret in the keychain), three pagination
// styles, and either NocoBase UserData bodies or plain record arrays with a field map.
class HttpSourceType : public SourceType
{
public:
    static inline const QString Key = QStringLiteral("http");

    QString key() const override { return Key; }
    QString title() const override;
    QString description() const override;
    QList<OptionField> optionSchema() const override;
    Puller *createPuller(const SourceContext &context, QObject *parent) const override;
    QString validateOptions(const QJsonObject &options) const override;
    bool supportsConnectionTest() const override { return true; }
    void testConnection(const SourceContext &context, QObject *receiver,
                        const TestCallback &done) const override;
};
