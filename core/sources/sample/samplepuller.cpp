#include "samplepuller.h"

#include <QCoreApplication>
#include <QTimer>

SamplePuller::SamplePuller(const SourceContext &context, QObject *parent)
    : Puller(parent)
{
    SampleOptions options = SampleOptions::fromJson(context.source.options);
    options.sourceName = context.source.name;
    m_organisation = std::make_unique<SampleOrganisation>(options);
    m_failAfter =
        qMax<qint64>(0, context.source.options.value(QStringLiteral("failAfter")).toInteger());
    const qint64 failTimes =
        qMax<qint64>(0, context.source.options.value(QStringLiteral("failTimes")).toInteger());
    m_failing = m_failAfter > 0 && (failTimes == 0 || context.attempt <= failTimes);
}

SamplePuller::~SamplePuller()
{
    if (m_next.valid())
        m_next.wait();
}

qint64 SamplePuller::expectedRecords() const
{
    return m_organisation->departmentRecordCount() + m_organisation->userRecordCount();
}

void SamplePuller::fetchNext()
{
    // Answer from the event loop, never from inside the call: the engine calls fetchNext()
    // after each page, and a synchronous answer would nest one stack frame per page.
    QTimer::singleShot(0, this, &SamplePuller::produce);
}

void SamplePuller::produce()
{
    if (m_cancelled) {
        emit failed(QCoreApplication::translate("SamplePuller", "Cancelled."));
        return;
    }
    if (m_failing && m_emitted >= m_failAfter) {
        emit failed(QCoreApplication::translate(
                        "SamplePuller",
                        "Simulated failure after %1 records, as the sample source's option "
                        "“Fail after” asks. Set it to 0, or click Retry.")
                        .arg(m_emitted));
        return;
    }
    if (m_serial >= pageCount()) {
        emit finished();
        return;
    }
    UserData page = m_next.valid() ? m_next.get() : pageAt(*m_organisation, m_serial);
    if (++m_serial < pageCount()) {
        const SampleOrganisation *organisation = m_organisation.get();
        const int serial = m_serial;
        m_next = std::async(std::launch::async,
                            [organisation, serial]() { return pageAt(*organisation, serial); });
    }
    // "Fail after N records" means exactly N: the page that crosses N is cut there.
    if (m_failing && m_emitted + page.records.size() > m_failAfter)
        page.records = page.records.mid(0, m_failAfter - m_emitted);
    m_emitted += page.records.size();
    emit pageReady(page);
}

int SamplePuller::pageCount() const
{
    return m_organisation->departmentPageCount() + m_organisation->userPageCount();
}

UserData SamplePuller::pageAt(const SampleOrganisation &organisation, int serial)
{
    const int departmentPages = organisation.departmentPageCount();
    return serial < departmentPages ? organisation.departmentPage(serial)
                                    : organisation.userPage(serial - departmentPages);
}
