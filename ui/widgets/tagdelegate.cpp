#include "tagdelegate.h"

#include "models/modelroles.h"
#include "statusstyle.h"
#include "store/taskstatus.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace {
constexpr int HPad = 7;
constexpr int Gap = 8;

QString rateText(double perSecond)
{
    return QCoreApplication::translate("TagDelegate", "%1/s")
        .arg(QLocale().toString(qRound64(perSecond)));
}
} // namespace

TagDelegate::TagDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{ }

QString TagDelegate::tagText(const QModelIndex &index, QString *key) const
{
    switch (m_kind) {
    case Kind::Status:
        *key = index.data(ModelRoles::Status).toString();
        if (m_withDetail)
            return key->isEmpty() ? QString()
                                  : TaskStatusText::title(TaskStatusText::fromKey(*key));
        return index.data(Qt::DisplayRole).toString();
    case Kind::Action:
        *key = index.data(ModelRoles::Action).toString();
        return index.data(Qt::DisplayRole).toString();
    case Kind::Level:
        *key = index.data(ModelRoles::Level).toString();
        return index.data(Qt::DisplayRole).toString();
    }
    return {};
}

int TagDelegate::paintTag(QPainter *painter, const QRect &rect, const QString &text,
                          const QString &key, Kind kind, const QFont &font)
{
    if (text.isEmpty())
        return 0;
    const TagColors colors = kind == Kind::Status ? StatusStyle::forStatus(key)
        : kind == Kind::Action                    ? StatusStyle::forAction(key)
                                                  : StatusStyle::forLevel(key);
    QFont tagFont = font;
    tagFont.setPointSizeF(font.pointSizeF() * 0.92);
    const QFontMetrics metrics(tagFont);
    const int width = metrics.horizontalAdvance(text) + 2 * HPad;
    const int height = qMin(rect.height() - 4, metrics.height() + 4);
    const QRectF tag(rect.x() + 0.5, rect.y() + (rect.height() - height) / 2.0 + 0.5,
                     qMin(width, rect.width()) - 1, height - 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(colors.border);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(tag, 4, 4);
    painter->setPen(colors.text);
    painter->setFont(tagFont);
    painter->drawText(tag, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, int(tag.width()) - 4));
    painter->restore();
    return width;
}

void TagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them, without the text.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    if (m_withDetail && index.data(ModelRoles::Running).toBool()) {
        paintProgress(painter, option, index);
        return;
    }
    QString key;
    const QString text = tagText(index, &key);
    const QRect area = option.rect.adjusted(4, 1, -4, -1);
    const int used = paintTag(painter, area, text, key, m_kind, option.font);
    if (!m_withDetail)
        return;
    const QString detail = index.data(ModelRoles::Detail).toString();
    if (detail.isEmpty())
        return;
    const QRect textRect = area.adjusted(used ? used + Gap : 0, 0, 0, 0);
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(detail, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void TagDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const qint64 done = index.data(ModelRoles::RecordsDone).toLongLong();
    const qint64 expected = index.data(ModelRoles::RecordsExpected).toLongLong();
    const double rate = index.data(ModelRoles::RecordsPerSecond).toDouble();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    if (expected > 0) {
        bar.maximum = 1000;
        bar.progress = int(qBound(qint64(0), done * 1000 / expected, qint64(1000)));
        bar.text = tr("%1 of %2 · %3")
                       .arg(QLocale().toString(done), QLocale().toString(expected), rateText(rate));
    } else {
        bar.maximum = 0; // busy indicator: the source does not say how much is coming
        bar.progress = 0;
        bar.text = tr("%1 records").arg(QLocale().toString(done));
    }
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize TagDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QString key;
    const QString text = tagText(index, &key);
    int width = option.fontMetrics.horizontalAdvance(text) + 2 * HPad + 8;
    if (m_withDetail)
        width +=
            Gap + option.fontMetrics.horizontalAdvance(index.data(ModelRoles::Detail).toString());
    size.setWidth(width);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}
