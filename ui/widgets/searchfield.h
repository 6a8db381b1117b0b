#pragma once

#include <QLineEdit>

class QTimer;

// A search box: a magnifier, a clear button, and searchChanged() a moment after typing stops
// (at once on Enter or when cleared), so a view can search as the user types without a query
// per keystroke.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);
    void setDelay(int ms);

signals:
    void searchChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fire();
    QTimer *m_timer;
    QString m_last;
};
