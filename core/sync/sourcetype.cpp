#include "sourcetype.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

QString SourceType::validateOptions(const QJsonObject &options) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SourceType", text);
    };
    for (const OptionField &field : optionSchema()) {
        if (field.kind == OptionField::Kind::Secret)
            continue; // secrets are checked where they are entered; they never reach the options
        const QJsonValue value = options.value(field.key);
        const bool missing = value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().trimmed().isEmpty());
        if (missing) {
            if (field.required)
                return tr("“%1” is required.").arg(field.label);
            continue;
        }
        switch (field.kind) {
        case OptionField::Kind::Integer: {
            const double number =
                value.isString() ? value.toString().toDouble() : value.toDouble(qQNaN());
            if (qIsNaN(number) || number != qint64(number))
                return tr("“%1” must be a whole number.").arg(field.label);
            if (qint64(number) < field.minimum)
                return tr("“%1” must be at least %2.").arg(field.label).arg(field.minimum);
            if (field.maximum > 0 && qint64(number) > field.maximum)
                return tr("“%1” must be at most %2.").arg(field.label).arg(field.maximum);
            break;
        }
        case OptionField::Kind::Boolean:
            if (!value.isBool())
                return tr("“%1” must be true or false.").arg(field.label);
            break;
        case OptionField::Kind::Choice:
            if (!field.choices.contains(value.toString()))
                return tr("“%1” must be one of: %2.")
                    .arg(field.label, field.choices.join(QStringLiteral(", ")));
            break;
        case OptionField::Kind::Url: {
            const QUrl url(value.toString(), QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
                return tr("“%1” must be a full URL such as https://hr.example.com/api/users.")
                    .arg(field.label);
            break;
        }
        default:
            if (!value.isString())
                return tr("“%1” must be text.").arg(field.label);
        }
    }
    return {};
}

void SourceType::testConnection(const SourceContext &, QObject *receiver,
                                const TestCallback &done) const
{
    QTimer::singleShot(0, receiver, [done]() {
        done(false,
             QCoreApplication::translate("SourceType", "This source type has no connection test."));
    });
}
