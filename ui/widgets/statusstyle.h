#pragma once

#include <QColor>
#include <QString>

// The colours of status tags (tasks) and levels (logs), after the NocoBase page this replaces:
// Init grey, Processing blue, Success green, Partial orange, Failed red, Cancelled grey.
struct TagColors
{
    QColor background;
    QColor border;
    QColor text;
};

namespace StatusStyle {
TagColors forStatus(const QString &statusKey);
TagColors forAction(const QString &actionKey);
TagColors forLevel(const QString &level);
} // namespace StatusStyle
