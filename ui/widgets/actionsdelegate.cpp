#include "actionsdelegate.h"

#include "models/modelroles.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionButton>

namespace {
constexpr int Spacing = 6;
constexpr int Padding = 10;
} // namespace

ActionsDelegate::ActionsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ActionsDelegate::setLabel(const QString &key, const QString &label, bool danger)
{
    m_labels.insert(key, label);
    m_danger.insert(key, danger);
}

QList<ActionsDelegate::Button>
ActionsDelegate::layout(const QRect &cellRect, const QModelIndex &index, const QFont &font) const
{
    QList<Button> buttons;
    const QFontMetrics metrics(font);
    const int height = qMin(cellRect.height() - 4, metrics.height() + 8);
    int x = cellRect.x() + 4;
    const int y = cellRect.y() + (cellRect.height() - height) / 2;
    for (const QString &key : index.data(ModelRoles::Actions).toStringList()) {
        const int width = metrics.horizontalAdvance(m_labels.value(key, key)) + 2 * Padding;
        buttons.append({key, QRect(x, y, width, height)});
        x += width + Spacing;
    }
    return buttons;
}

QRect ActionsDelegate::buttonRect(const QRect &cellRect, const QModelIndex &index,
                                  const QString &key, const QFont &font) const
{
    for (const Button &button : layout(cellRect, index, font)) {
        if (button.key == key)
            return button.rect;
    }
    return {};
}

void ActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    for (const Button &button : layout(option.rect, index, option.font)) {
        QStyleOptionButton b;
        b.rect = button.rect;
        b.text = m_labels.value(button.key, button.key);
        b.state = QStyle::State_Enabled | QStyle::State_Raised;
        if (m_pressedIndex == index && m_pressedKey == button.key)
            b.state |= QStyle::State_Sunken;
        b.palette = option.palette;
        if (m_danger.value(button.key))
            b.palette.setColor(QPalette::ButtonText, QColor(0xc0, 0x1c, 0x16));
        b.fontMetrics = option.fontMetrics;
        style->drawControl(QStyle::CE_PushButton, &b, painter, opt.widget);
    }
}

QSize ActionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<Button> buttons = layout(QRect(0, 0, 10000, 30), index, option.font);
    const int width = buttons.isEmpty() ? 0 : buttons.constLast().rect.right() + 8;
    return QSize(width, option.fontMetrics.height() + 14);
}

bool ActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease
        && event->type() != QEvent::MouseButtonDblClick)
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    QString hit;
    for (const Button &button : layout(option.rect, index, option.font)) {
        if (button.rect.contains(mouse->position().toPoint()))
            hit = button.key;
    }
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        m_pressedIndex = index;
        m_pressedKey = hit;
        return !hit.isEmpty(); // a click on a button does not also select or open the row
    }
    const bool clicked = !hit.isEmpty() && m_pressedIndex == index && m_pressedKey == hit;
    m_pressedIndex = QPersistentModelIndex();
    m_pressedKey.clear();
    if (clicked)
        emit triggered(index, hit);
    return clicked;
}
