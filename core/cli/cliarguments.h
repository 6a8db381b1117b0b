#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

// The arguments of one command: positionals, --flags and --options with values (repeatable
// ones collect every value). Anything unknown is an error, so a typo never silently does less.
class CliArguments
{
public:
    CliArguments(const QStringList &arguments, const QStringList &flags,
                 const QStringList &options);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList positional() const { return m_positional; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const;
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QSet<QString> m_flags;
    QHash<QString, QStringList> m_values;
    QString m_error;
};
