#pragma once

#include "userdata.h"

#include <QObject>

// Pulls one source page by page. One request at a time: the engine asks for the next page once
// the page before this one is applied (this one waits, prepared), so memory stays bounded by
// about two pages whatever the directory's size.
// Departments come before users.
//
// Every fetchNext() is answered, later or right away, by exactly one of pageReady, finished or
// failed. A puller runs on the task's thread, which has an event loop: network pullers use
// asynchronous QNetworkAccessManager calls and never block.
class Puller : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void fetchNext() = 0;
    // Stops as soon as possible; a pending fetch may still answer, or answer failed().
    virtual void cancel() { }
    // Total records this pull will yield if known up front (for progress), else -1.
    virtual qint64 expectedRecords() const { return -1; }

signals:
    void pageReady(const UserData &page);
    void finished();
    // `message` says what failed and where (URL, page, HTTP status), for an administrator.
    void failed(const QString &message);
};
