#include "samplesourcetype.h"

#include "sampleorganisation.h"
#include "samplepuller.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
OptionField integer(const QString &key, const QString &label, qint64 value, qint64 minimum,
                    qint64 maximum, const QString &help)
{
    OptionField field;
    field.key = key;
    field.label = label;
    field.kind = OptionField::Kind::Integer;
    field.defaultValue = value;
    field.minimum = minimum;
    field.maximum = maximum;
    field.help = help;
    return field;
}
// The sample needs no password. The option is there so a new user can see how a source's secret
// is kept: in the system keyring, never in the database, the logs or a screenshot.
OptionField secret()
{
    OptionField field;
    field.key = QStringLiteral("password");
    field.label = QCoreApplication::translate("SampleSourceType", "Password");
    field.kind = OptionField::Kind::Secret;
    field.help = QCoreApplication::translate(
        "SampleSourceType",
        "Not needed by the sample. A value entered here is kept only in the system "
        "keyring, to show how UserSync stores a source's secrets.");
    return field;
}
} // namespace

QString SampleSourceType::title() const
{
    return QCoreApplication::translate("SampleSourceType", "Sample directory");
}

QString SampleSourceType::description() const
{
    return QCoreApplication::translate(
        "SampleSourceType",
        "A fictional organisation generated on this computer, to try UserSync "
        "before connecting a real system.");
}

QList<OptionField> SampleSourceType::optionSchema() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SampleSourceType", text);
    };
    return {
        integer(QStringLiteral("users"), tr("Users"), 200, 0, 5000000,
                tr("How many people work in the organisation.")),
        integer(QStringLiteral("departments"), tr("Departments"), 20, 1, 100000,
                tr("How many departments it has.")),
        integer(QStringLiteral("depth"), tr("Depth"), 3, 1, 20,
                tr("How many levels the department tree has at most.")),
        integer(QStringLiteral("seed"), tr("Seed"), 1, 0, 0,
                tr("Which organisation: the same seed always gives the same people.")),
        integer(QStringLiteral("mutation"), tr("Changed users (%)"), 0, 0, 100,
                tr("Share of people who changed since the first sync: renamed, moved, left or "
                   "newly hired.")),
        integer(QStringLiteral("pageSize"), tr("Page size"), 1000, 1, 50000,
                tr("Records per page.")),
        integer(QStringLiteral("failAfter"), tr("Fail after (records)"), 0, 0, 0,
                tr("Make the pull fail after this many records, to try Retry. 0 never fails.")),
        integer(QStringLiteral("failTimes"), tr("Failing attempts"), 0, 0, 0,
                tr("With “Fail after”: fail only the first N attempts, so Retry succeeds. 0 fails "
                   "every attempt.")),
        secret(),
    };
}

Puller *SampleSourceType::createPuller(const SourceContext &context, QObject *parent) const
{
    return new SamplePuller(context, parent);
}

void SampleSourceType::testConnection(const SourceContext &context, QObject *receiver,
                                      const TestCallback &done) const
{
    SampleOptions options = SampleOptions::fromJson(context.source.options);
    const SampleOrganisation organisation(options);
    const QString message =
        QCoreApplication::translate("SampleSourceType", "Ready: %1 users in %2 departments.")
            .arg(organisation.userRecordCount())
            .arg(organisation.departmentRecordCount());
    QTimer::singleShot(0, receiver, [done, message]() { done(true, message); });
}
