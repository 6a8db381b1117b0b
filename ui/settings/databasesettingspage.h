#pragma once

#include "settingspage.h"
#include "store/databaseconfig.h"

struct AppContext;
class MessageBanner;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// Where the store lives: the SQLite file in the data folder (the default), another SQLite file,
// or a PostgreSQL server shared by several workstations, with a connection test. The password
// goes to the keyring; the change applies when UserSync starts again.
class DatabaseSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    static QString settingsKey() { return QStringLiteral("database/url"); }

    explicit DatabaseSettingsPage(AppContext *context, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    void apply(std::function<void(const QString &problem)> done) override;
    bool needsRestart() const override;

    // The configuration the form describes (without password); invalid with *error set.
    DatabaseConfig config(QString *error) const;
    void testConnection();

signals:
    void tested(bool ok, const QString &message);

private:
    void updateEnabled();

    AppContext *m_context;
    QRadioButton *m_default;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_database;
    QLineEdit *m_password;
    QLabel *m_passwordState;
    MessageBanner *m_result;
    QString m_loadedUrl;
};
