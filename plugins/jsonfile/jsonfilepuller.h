#pragma once

#include "sync/puller.h"

#include <QList>

// Reads the whole file on the first fetch (an example, not meant for huge files), then hands
// out its department pages before its user pages.
class JsonFilePuller : public Puller
{
    Q_OBJECT

public:
    JsonFilePuller(const QString &path, QObject *parent);
    void fetchNext() override;

private:
    void produce();
    bool load(QString *error);

    QString m_path;
    bool m_loaded = false;
    QList<UserData> m_pages;
    int m_next = 0;
};
