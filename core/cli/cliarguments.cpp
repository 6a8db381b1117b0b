#include "cliarguments.h"

#include <QCoreApplication>

CliArguments::CliArguments(const QStringList &arguments, const QStringList &flags,
                           const QStringList &options)
{
    for (int i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            m_positional << arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("-")) {
            m_positional << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (flags.contains(name) && !hasInline) {
            m_flags << name;
        } else if (options.contains(name)) {
            if (hasInline) {
                m_values[name] << inlineValue;
            } else if (i + 1 < arguments.size()) {
                m_values[name] << arguments.at(++i);
            } else {
                m_error =
                    QCoreApplication::translate("CliArguments", "--%1 needs a value.").arg(name);
                return;
            }
        } else {
            m_error =
                QCoreApplication::translate("CliArguments", "Unknown option “%1”.").arg(argument);
            return;
        }
    }
}

QString CliArguments::value(const QString &name) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? QString() : list.constLast();
}
