#pragma once

#include "widgets/page.h"

struct AppContext;
class LogModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class SearchField;
class TableView;

// The log viewer: the system log or the raw-record log, filtered by level, source, batch, day and
// text, following new lines live; the full line of the selected entry below. Reading happens in
// the background, so a 100 MB day never freezes the window.
class LogsPage : public Page
{
    Q_OBJECT

public:
    explicit LogsPage(AppContext *context, QWidget *parent = nullptr);

    void storeOpened() override;
    void refresh() override;
    void focusSearch() override;

    // Shows the system log lines of one task.
    void showBatch(const QString &batch);
    void setKind(const QString &kind);
    LogModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    QLineEdit *batchField() const { return m_batch; }
    QComboBox *levelFilter() const { return m_level; }
    QComboBox *kindFilter() const { return m_kind; }
    SearchField *textField() const { return m_text; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateStatus();
    void updateSources();
    void updateDays();
    void openFolder();

    AppContext *m_context;
    LogModel *m_model;
    TableView *m_view;
    QComboBox *m_kind;
    QComboBox *m_day;
    QComboBox *m_level;
    QComboBox *m_source;
    QLineEdit *m_batch;
    SearchField *m_text;
    QCheckBox *m_follow;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_details;
    QString m_shownFile;
    qint64 m_shownOffset = -1;
    bool m_started = false;
    bool m_atBottom = true;
};
