#pragma once

#include <QDialog>

struct AppContext;
class MessageBanner;
class QDialogButtonBox;
class QTabWidget;
class SettingsPage;

// Settings: Database, HTTP API (when this build has the server), Logs and language. OK applies
// every page (a keyring write may take a moment; the dialog waits without blocking) and stays
// open with the reason when something could not be applied.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tab { Database, Api, General };

    explicit SettingsDialog(AppContext *context, QWidget *parent = nullptr);

    void showTab(Tab tab);
    bool hasTab(Tab tab) const;
    SettingsPage *page(Tab tab) const;
    void applyAll();

signals:
    // Everything was applied; `restartNeeded` when a change waits for the next start.
    void applied(bool restartNeeded);

private:
    void applyFrom(int index, bool restartNeeded);

    QTabWidget *m_tabs;
    MessageBanner *m_banner;
    QDialogButtonBox *m_buttons;
    QList<QPair<Tab, SettingsPage *>> m_pages;
};
