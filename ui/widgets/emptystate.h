#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

// What a view shows when it has nothing yet: an icon, a title, a sentence and buttons that get
// the user going.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QPushButton *addButton(const QString &text, bool primary = false);

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};
