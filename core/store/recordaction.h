#pragma once

#include <QString>

// What a sync did to one record in one resource.
enum class RecordAction { Created, Updated, Unchanged, Deleted, Failed, Skipped };

namespace RecordActionText {
QString key(RecordAction action);
RecordAction fromKey(const QString &key, bool *ok = nullptr);
QString title(RecordAction action);
} // namespace RecordActionText
