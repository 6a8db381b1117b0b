#pragma once

#include "widgets/page.h"

struct AppContext;
class QLabel;
class QTextBrowser;
class QToolButton;
class SearchField;
class TableView;
class UserListModel;

// The users directory: search as you type across name, username, e-mail and phone; departments
// and source links per user; custom fields as extra columns on demand and in the details of the
// selected user. Windowed: only the rows in view are fetched, so 100,000 users scroll smoothly.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(AppContext *context, QWidget *parent = nullptr);

    void storeOpened() override;
    void refresh() override;
    void focusSearch() override;

    UserListModel *model() const { return m_model; }
    TableView *view() const { return m_view; }
    SearchField *searchField() const { return m_search; }

private:
    void updateCount();
    void updateFieldsMenu();
    void showDetails();

    AppContext *m_context;
    UserListModel *m_model;
    SearchField *m_search;
    QLabel *m_count;
    QToolButton *m_fields;
    TableView *m_view;
    QTextBrowser *m_details;
    bool m_loaded = false;
};
