#pragma once

#include "store/syncsource.h"

#include <QDialog>
#include <QHash>

struct AppContext;
class MessageBanner;
class OptionForm;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SourceType;

// Add or Configure a source: name, display name, enabled, and the type's options as a form
// built from its schema. Secrets go to the keyring (shown as "stored", never read back into the
// form); without a reachable keyring the dialog says so and refuses to save a secret. Saving
// runs in the background; the dialog stays open with the reason if it fails.
class SourceDialog : public QDialog
{
    Q_OBJECT

public:
    // `source.id` 0 adds a new source of `type`.
    SourceDialog(AppContext *context, const SourceType *type, const SyncSource &source,
                 QWidget *parent = nullptr);

    bool isAdding() const { return m_source.id == 0; }
    const SyncSource &source() const { return m_source; }
    OptionForm *form() const { return m_form; }
    // Checks the input like Save does; false with the problem shown.
    bool validate();
    void save();
    void testConnection();
    QString errorText() const;

signals:
    void saved(const SyncSource &source, bool added);

private:
    SyncSource collect() const;
    void checkKeyring();
    void setBusy(bool busy, const QString &message = {});
    void showProblem(const QString &message);
    void writeSecrets(const SyncSource &source, QList<QPair<QString, QByteArray>> pending,
                      std::function<void(const QString &problem)> done);
    void finishSave(const SyncSource &source);
    void runTest(const SyncSource &source, QHash<QString, QByteArray> secrets);

    AppContext *m_context;
    const SourceType *m_type;
    SyncSource m_source;
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_displayName;
    QCheckBox *m_enabled;
    OptionForm *m_form;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons;
    bool m_keyringReachable = true;
    bool m_busy = false;
};
