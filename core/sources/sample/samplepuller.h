#pragma once

#include "sampleorganisation.h"
#include "sync/puller.h"
#include "sync/sourcecontext.h"

#include <memory>

// Yields the sample organisation's department pages, then its user pages.
class SamplePuller : public Puller
{
    Q_OBJECT

public:
    SamplePuller(const SourceContext &context, QObject *parent);
    ~SamplePuller() override;

    void fetchNext() override;
    void cancel() override { m_cancelled = true; }
    qint64 expectedRecords() const override;

private:
    void produce();

    std::unique_ptr<SampleOrganisation> m_organisation;
    qint64 m_failAfter = 0;
    bool m_failing = false;
    int m_departmentPage = 0;
    int m_userPage = 0;
    qint64 m_emitted = 0;
    bool m_cancelled = false;
};
