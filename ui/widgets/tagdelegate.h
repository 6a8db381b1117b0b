#pragma once

#include <QStyledItemDelegate>

// Paints a cell as a coloured tag: a task status, a record action or a log level, read from the
// model roles (ModelRoles::Status, ::Action or ::Level). With `withDetail`, the cell's
// ModelRoles::Detail text follows the tag, and a row whose task runs (ModelRoles::Running) shows
// a progress bar with records done and records per second instead.
class TagDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind { Status, Action, Level };

    explicit TagDelegate(Kind kind, QObject *parent = nullptr);
    void setWithDetail(bool withDetail) { m_withDetail = withDetail; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Draws one tag at the left of `rect`; returns the width used.
    static int paintTag(QPainter *painter, const QRect &rect, const QString &text,
                        const QString &key, Kind kind, const QFont &font);

private:
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const;
    QString tagText(const QModelIndex &index, QString *key) const;

    Kind m_kind;
    bool m_withDetail = false;
};
