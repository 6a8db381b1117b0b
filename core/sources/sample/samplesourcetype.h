#pragma once

#include "sync/sourcetype.h"

// A deterministic fictional organisation: lets a new administrator click Sync before connecting
// anything, gives tests realistic data, and is the benchmark's generator. failAfter/failTimes
// make a pull fail on purpose, to try Retry.
class SampleSourceType : public SourceType
{
public:
    static inline const QString Key = QStringLiteral("sample");

    QString key() const override { return Key; }
    QString title() const override;
    QString description() const override;
    QList<OptionField> optionSchema() const override;
    Puller *createPuller(const SourceContext &context, QObject *parent) const override;
    bool supportsConnectionTest() const override { return true; }
    void testConnection(const SourceContext &context, QObject *receiver,
                        const TestCallback &done) const override;
};
