#pragma once

#include <QColor>
#include <QIcon>

// UserSync's own icons, drawn with QPainter at whatever size and pixel ratio is asked for, in
// the palette's text colour (greyed when disabled) or a colour of their own. No image files and
// no icon theme needed, so they look the same on every desktop and in screenshots.
namespace Icons {
enum class Glyph {
    Sources,
    Users,
    Departments,
    Logs,
    Settings,
    Add,
    Sync,
    Cancel,
    Retry,
    Delete,
    Configure,
    Tasks,
    Refresh,
    Export,
    Search,
    Folder,
    Copy,
    Key,
    Info,
    Warning,
    Error,
    Success,
    Api,
    Sample,
    Details,
};

// `color` invalid: the palette's text colour.
QIcon icon(Glyph glyph, const QColor &color = {});
// The accent colour used for navigation icons and primary actions.
QColor accent();
} // namespace Icons
