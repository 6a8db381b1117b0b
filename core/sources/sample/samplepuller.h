#pragma once

#include "sampleorganisation.h"
#include "sync/puller.h"
#include "sync/sourcecontext.h"

#include <future>
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
    // Page `serial` counting department pages first, then user pages.
    static UserData pageAt(const SampleOrganisation &organisation, int serial);
    int pageCount() const;

    std::unique_ptr<SampleOrganisation> m_organisation;
    // The next page, generated on a thread of its own while the engine applies this one, so
    // the generator does not add to the sync's time (a real source's network does the same).
    std::future<UserData> m_next;
    qint64 m_failAfter = 0;
    bool m_failing = false;
    int m_serial = 0;
    qint64 m_emitted = 0;
    bool m_cancelled = false;
};
