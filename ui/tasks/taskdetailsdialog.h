#pragma once

#include "store/synctask.h"

#include <QDialog>

struct AppContext;
class MessageBanner;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SearchField;
class TableView;
class TaskResultModel;

// One task: its status, counts and message, and its per-record outcomes, filtered by action,
// searched, each with the raw record the source sent; Export to CSV or JSON; a link to the
// task's lines in the log viewer. Not modal: several can be open beside the main window.
class TaskDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    TaskDetailsDialog(AppContext *context, const SyncTask &task, QWidget *parent = nullptr);

    const SyncTask &task() const { return m_task; }
    TaskResultModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    QComboBox *actionFilter() const { return m_action; }
    SearchField *searchField() const { return m_search; }
    QPlainTextEdit *recordView() const { return m_record; }
    void setActionFilter(const QString &actionKey);
    // Writes the current selection of outcomes; `done` says how many rows (tests, the buttons).
    void exportTo(const QString &path, bool json);

signals:
    void showLogsRequested(const QString &batch);
    void exported(const QString &path, qint64 rows);

private:
    void setTask(const SyncTask &task);
    void applyFilter();
    void updateActionLabels();
    void updateCount();
    void chooseExportFile(bool json);

    AppContext *m_context;
    SyncTask m_task;
    TaskResultModel *m_model;
    MessageBanner *m_banner;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_message;
    QLabel *m_count;
    QComboBox *m_attempt;
    QComboBox *m_action;
    SearchField *m_search;
    TableView *m_view;
    QLabel *m_recordNote;
    QPlainTextEdit *m_record;
    qint64 m_shownRecord = 0;
};
