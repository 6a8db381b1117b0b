#pragma once

#include "settingspage.h"

struct AppContext;
class ApiKeyListModel;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class TableView;

// The HTTP API: on or off, where it listens (a warning for anything but this computer), the
// largest body it accepts, and the API keys: create (the token is shown once, with a copy
// button), list and revoke. Applying restarts the server owned by the main window.
class ApiSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit ApiSettingsPage(AppContext *context, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    void apply(std::function<void(const QString &problem)> done) override;

    ApiKeyListModel *keys() const { return m_keys; }
    void createKey(const QString &name);
    void revokeSelected();

signals:
    // The token of a new key, for tests; the dialog that shows it is already open.
    void keyCreated(const QString &name, const QString &token);

private:
    void updateWarning();
    void updateStatus();
    void showToken(const QString &name, const QString &token);

    AppContext *m_context;
    ApiKeyListModel *m_keys;
    QCheckBox *m_enabled;
    QComboBox *m_address;
    QSpinBox *m_port;
    QSpinBox *m_bodyLimit;
    MessageBanner *m_warning;
    QLabel *m_status;
    QLineEdit *m_keyName;
    TableView *m_keyView;
    MessageBanner *m_keyBanner;
};
