#pragma once

#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// Paints the row actions a model offers (ModelRoles::Actions: a list of keys) as small push
// buttons and reports clicks. Labels come from setLabel(); "danger" keys (Delete) are drawn in red.
// The same actions are in the page's toolbar, menus and context menu, so the keyboard reaches
// them too.
class ActionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ActionsDelegate(QObject *parent = nullptr);

    void setLabel(const QString &key, const QString &label, bool danger = false);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the button for `key` is drawn in a cell of `cellRect` (invalid if not offered).
    QRect buttonRect(const QRect &cellRect, const QModelIndex &index, const QString &key,
                     const QFont &font) const;

signals:
    void triggered(const QModelIndex &index, const QString &key);

private:
    struct Button
    {
        QString key;
        QRect rect;
    };
    QList<Button> layout(const QRect &cellRect, const QModelIndex &index, const QFont &font) const;

    QHash<QString, QString> m_labels;
    QHash<QString, bool> m_danger;
    QPersistentModelIndex m_pressedIndex;
    QString m_pressedKey;
};
