#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QTimer;

// Remembers a view's column layout (widths, order, hidden columns, sort) in QSettings under
// `key`: restores it now and saves it shortly after every change, so a crash loses nothing.
class HeaderState : public QObject
{
    Q_OBJECT

public:
    static HeaderState *remember(QHeaderView *header, const QString &key);

    void save();
    void restore();

private:
    HeaderState(QHeaderView *header, const QString &key);

    QHeaderView *m_header;
    QString m_key;
    QTimer *m_timer;
    bool m_restoring = false;
};
