#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class Connection;

// "Contains this text, ignoring case" over some text columns, the same on both engines and in
// every script: the Users search and the task outcomes' search share it.
namespace TextSearch {
// "(a LIKE ? OR b LIKE ? …)" for `columns`, with its values appended; empty when `text` is
// empty after trimming.
QString condition(const Connection &db, const QStringList &columns, const QString &text,
                  QVariantList &values);
} // namespace TextSearch
