#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class MainWindow;
class QWidget;

// What the window should show right after start, for scripts (docs/screenshots) and for people
// who want a page at once: `usersync --page users --search anna`. With a screenshot file, the
// window (or the dialog asked for) is grabbed once the data is on screen and the app quits.
struct StartupRequest
{
    QString page; // sources, users, departments, logs
    QString tasksOf; // a source whose tasks to show
    QString taskBatch; // a task whose details to open
    QString outcome; // ...showing only this action (created, updated, failed, ...)
    QString configure; // a source whose Configure dialog to open
    QString settingsTab; // database, api, general
    QString logKind; // system, raw
    QString logBatch;
    QString userSearch;
    QString screenshot; // PNG file
    int settleMs = 2500; // after the request is applied, before the grab
    QString language; // the --lang the app started with (for the grab's file name only)

    bool isEmpty() const;
};

class StartupScript : public QObject
{
    Q_OBJECT

public:
    StartupScript(MainWindow *window, const StartupRequest &request);

private:
    void apply();
    void grab();

    MainWindow *m_window;
    StartupRequest m_request;
    QPointer<QWidget> m_target;
};
