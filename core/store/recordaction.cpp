#include "recordaction.h"

#include <QCoreApplication>

namespace RecordActionText {

QString key(RecordAction action)
{
    switch (action) {
    case RecordAction::Created:
        return QStringLiteral("created");
    case RecordAction::Updated:
        return QStringLiteral("updated");
    case RecordAction::Unchanged:
        return QStringLiteral("unchanged");
    case RecordAction::Deleted:
        return QStringLiteral("deleted");
    case RecordAction::Failed:
        return QStringLiteral("failed");
    case RecordAction::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("failed");
}

RecordAction fromKey(const QString &text, bool *ok)
{
    for (RecordAction action :
         {RecordAction::Created, RecordAction::Updated, RecordAction::Unchanged,
          RecordAction::Deleted, RecordAction::Failed, RecordAction::Skipped}) {
        if (key(action) == text) {
            if (ok)
                *ok = true;
            return action;
        }
    }
    if (ok)
        *ok = false;
    return RecordAction::Failed;
}

QString title(RecordAction action)
{
    switch (action) {
    case RecordAction::Created:
        return QCoreApplication::translate("RecordAction", "Created");
    case RecordAction::Updated:
        return QCoreApplication::translate("RecordAction", "Updated");
    case RecordAction::Unchanged:
        return QCoreApplication::translate("RecordAction", "Unchanged");
    case RecordAction::Deleted:
        return QCoreApplication::translate("RecordAction", "Deleted");
    case RecordAction::Failed:
        return QCoreApplication::translate("RecordAction", "Failed");
    case RecordAction::Skipped:
        return QCoreApplication::translate("RecordAction", "Skipped");
    }
    return {};
}

} // namespace RecordActionText
