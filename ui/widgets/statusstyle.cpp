#include "statusstyle.h"

namespace {
const TagColors grey{QColor(0xf4, 0xf5, 0xf7), QColor(0xd0, 0xd4, 0xd9), QColor(0x55, 0x5b, 0x63)};
const TagColors blue{QColor(0xe6, 0xf0, 0xff), QColor(0x91, 0xb9, 0xf5), QColor(0x0b, 0x52, 0xc7)};
const TagColors green{QColor(0xec, 0xf8, 0xe6), QColor(0xa6, 0xd9, 0x8c), QColor(0x2f, 0x7d, 0x12)};
const TagColors orange{QColor(0xff, 0xf4, 0xe0), QColor(0xf5, 0xc4, 0x7a),
                       QColor(0xb3, 0x5c, 0x00)};
const TagColors red{QColor(0xff, 0xee, 0xec), QColor(0xf3, 0xa9, 0xa3), QColor(0xc0, 0x1c, 0x16)};
const TagColors purple{QColor(0xf5, 0xee, 0xff), QColor(0xc8, 0xb0, 0xf0),
                       QColor(0x6b, 0x3f, 0xb8)};
} // namespace

namespace StatusStyle {

TagColors forStatus(const QString &key)
{
    if (key == QLatin1String("processing"))
        return blue;
    if (key == QLatin1String("success"))
        return green;
    if (key == QLatin1String("partial"))
        return orange;
    if (key == QLatin1String("failed"))
        return red;
    return grey; // init, cancelled
}

TagColors forAction(const QString &key)
{
    if (key == QLatin1String("created"))
        return green;
    if (key == QLatin1String("updated"))
        return blue;
    if (key == QLatin1String("deleted"))
        return purple;
    if (key == QLatin1String("failed"))
        return red;
    if (key == QLatin1String("skipped"))
        return orange;
    return grey;
}

TagColors forLevel(const QString &level)
{
    const QString l = level.toLower();
    if (l == QLatin1String("warning") || l == QLatin1String("warn"))
        return orange;
    if (l == QLatin1String("critical") || l == QLatin1String("error")
        || l == QLatin1String("fatal"))
        return red;
    if (l == QLatin1String("debug"))
        return grey;
    return blue;
}

} // namespace StatusStyle
