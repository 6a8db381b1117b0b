#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

// An inline message above a view or in a dialog (instead of a modal box): information, a
// warning, an error or a success, with optional action buttons and a close button.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Info, Warning, Error, Success };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Type type, const QString &text);
    void clearActions();
    QToolButton *addAction(const QString &text);
    void setClosable(bool closable);
    QString text() const;
    Type type() const { return m_type; }

private:
    Type m_type = Type::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
};
