#include "sourcedialog.h"

#include "mainwindow/appcontext.h"
#include "models/storeactions.h"
#include "optionform.h"
#include "secrets/secretstore.h"
#include "sync/sourcetype.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

SourceDialog::SourceDialog(AppContext *context, const SourceType *type, const SyncSource &source,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_type(type)
    , m_source(source)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("SourceDialog"));
    setWindowTitle(isAdding() ? tr("Add source — %1").arg(type->title())
                              : tr("Configure “%1”").arg(source.name));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(14);

    if (!type->description().isEmpty()) {
        auto *description = new QLabel(type->description(), content);
        description->setWordWrap(true);
        description->setStyleSheet(QStringLiteral("color: palette(dark);"));
        form->addRow(description);
    }

    auto *nameCell = new QWidget(content);
    auto *nameColumn = new QVBoxLayout(nameCell);
    nameColumn->setContentsMargins(0, 0, 0, 0);
    nameColumn->setSpacing(2);
    m_name = new QLineEdit(source.name, nameCell);
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_name->setPlaceholderText(tr("e.g. hr, ldap, wecom"));
    m_name->setMaxLength(100);
    nameColumn->addWidget(m_name);
    m_nameError = new QLabel(nameCell);
    m_nameError->setStyleSheet(QStringLiteral("color: #c01c16;"));
    m_nameError->hide();
    nameColumn->addWidget(m_nameError);
    if (!isAdding()) {
        // The name is the identity of every record the source brought: renaming would start
        // a new namespace and orphan its keyring entries.
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("The name identifies the records this source synced and its "
                              "secrets in the keyring, so it cannot be changed. Add a new "
                              "source to use another name."));
    }
    auto *nameLabel = new QLabel(tr("Source name <span style=\"color:#c01c16\">*</span>"), content);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameCell);

    m_displayName = new QLineEdit(source.displayName, content);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(tr("Optional, shown in tooltips"));
    form->addRow(tr("Display name"), m_displayName);

    auto *typeLabel = new QLabel(type->title(), content);
    typeLabel->setToolTip(tr("Type key: %1").arg(type->key()));
    form->addRow(tr("Type"), typeLabel);

    m_enabled = new QCheckBox(tr("Enabled: offer Sync and Tasks for this source"), content);
    m_enabled->setObjectName(QStringLiteral("sourceEnabled"));
    m_enabled->setChecked(source.enabled);
    form->addRow(QString(), m_enabled);

    if (!type->optionSchema().isEmpty()) {
        auto *heading =
            new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Options").toHtmlEscaped()), content);
        form->addRow(heading);
    } else {
        auto *none = new QLabel(tr("This type has no options."), content);
        none->setStyleSheet(QStringLiteral("color: palette(dark);"));
        form->addRow(none);
    }
    m_form = new OptionForm(type->optionSchema(), form, content);
    m_form->setValues(source.options);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *buttonRow = new QHBoxLayout;
    if (type->supportsConnectionTest()) {
        m_test = new QPushButton(tr("Test connection"), this);
        m_test->setObjectName(QStringLiteral("testConnection"));
        m_test->setAutoDefault(false);
        m_test->setToolTip(tr("Try to reach the source with these settings, without syncing"));
        connect(m_test, &QPushButton::clicked, this, &SourceDialog::testConnection);
        buttonRow->addWidget(m_test);
    }
    buttonRow->addWidget(m_buttons, 1);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttonRow);
    resize(600, qMin(760, content->sizeHint().height() + 140));
    checkKeyring();
}

void SourceDialog::checkKeyring()
{
    QStringList secretKeys;
    for (const OptionField &field : m_type->optionSchema()) {
        if (field.kind == OptionField::Kind::Secret)
            secretKeys << field.key;
    }
    if (secretKeys.isEmpty() || !m_context->secrets)
        return;
    // Reading tells both whether a value is stored and whether a keyring answers at all. For a
    // new source, the entry cannot exist yet: the read only probes the keyring.
    const QString owner = isAdding() ? QStringLiteral("\x01probe") : m_source.name;
    for (const QString &key : std::as_const(secretKeys)) {
        m_form->setSecretState(key, OptionForm::SecretState::Checking);
        m_context->secrets->read(
            SecretStore::sourceSecretKey(owner, key), this,
            [this, key](const SecretResult &result) {
                using State = OptionForm::SecretState;
                switch (result.status) {
                case SecretResult::Status::Ok:
                    m_form->setSecretState(key, isAdding() ? State::NotSet : State::Stored);
                    break;
                case SecretResult::Status::NotFound:
                    m_form->setSecretState(key, State::NotSet);
                    break;
                default:
                    m_form->setSecretState(key, State::Unavailable);
                    if (m_keyringReachable) {
                        m_keyringReachable = false;
                        m_banner->showMessage(
                            MessageBanner::Type::Warning,
                            tr("No keyring is reachable (%1). Secrets cannot be saved until one "
                               "is: UserSync never stores them anywhere else. The other "
                               "settings can still be saved.")
                                .arg(result.message));
                    }
                    break;
                }
            });
    }
}

SyncSource SourceDialog::collect() const
{
    SyncSource source = m_source;
    if (isAdding())
        source.name = m_name->text().trimmed();
    source.sourceType = m_type->key();
    source.displayName = m_displayName->text().trimmed();
    source.enabled = m_enabled->isChecked();
    // Options the form does not know (written by a newer UserSync or the CLI) are kept.
    QJsonObject options = m_source.options;
    for (const OptionField &field : m_type->optionSchema())
        options.remove(field.key);
    const QJsonObject edited = m_form->values();
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it)
        options.insert(it.key(), it.value());
    source.options = options;
    return source;
}

bool SourceDialog::validate()
{
    m_form->clearErrors();
    m_nameError->hide();
    m_banner->hide();
    if (m_name->text().trimmed().isEmpty()) {
        m_nameError->setText(tr("A source needs a name."));
        m_nameError->show();
        m_name->setFocus(Qt::OtherFocusReason);
        showProblem(tr("“%1” is required.").arg(tr("Source name")));
        return false;
    }
    QString label;
    const QString missing = m_form->firstMissingRequired(&label);
    if (!missing.isEmpty()) {
        const QString message = tr("“%1” is required.").arg(label);
        m_form->showError(missing, message);
        showProblem(message);
        return false;
    }
    const QString problem = m_type->validateOptions(collect().options);
    if (!problem.isEmpty()) {
        m_form->showError(m_form->keyForMessage(problem), problem);
        showProblem(problem);
        return false;
    }
    if (!m_keyringReachable && !m_form->enteredSecrets().isEmpty()) {
        showProblem(tr("A secret was entered, but no keyring is reachable to keep it. Clear the "
                       "secret field to save the other settings, or start a keyring (GNOME "
                       "Keyring, KWallet) and try again."));
        return false;
    }
    return true;
}

void SourceDialog::showProblem(const QString &message)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
}

QString SourceDialog::errorText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void SourceDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    if (m_test)
        m_test->setEnabled(!busy);
    if (busy && !message.isEmpty())
        m_banner->showMessage(MessageBanner::Type::Info, message);
}

void SourceDialog::save()
{
    if (m_busy || !validate())
        return;
    if (!m_context->storeReady) {
        showProblem(tr("The database is not open yet."));
        return;
    }
    const SyncSource source = collect();
    QList<QPair<QString, QByteArray>> secrets;
    const QHash<QString, QByteArray> entered = m_form->enteredSecrets();
    for (auto it = entered.constBegin(); it != entered.constEnd(); ++it)
        secrets.append({it.key(), it.value()});
    setBusy(true, tr("Saving…"));
    if (isAdding()) {
        // The row first: a duplicate name must never overwrite another source's secrets.
        StoreActions::insertSource(
            m_context->database, source, this, [this, secrets](Result<SyncSource> inserted) {
                if (!inserted) {
                    setBusy(false);
                    showProblem(inserted.error().message());
                    if (inserted.error().kind() == StoreError::Kind::Duplicate) {
                        m_nameError->setText(tr("Another source already has this name."));
                        m_nameError->show();
                        m_name->setFocus(Qt::OtherFocusReason);
                    }
                    return;
                }
                const SyncSource saved = *inserted;
                writeSecrets(saved, secrets, [this, saved](const QString &problem) {
                    if (problem.isEmpty()) {
                        finishSave(saved);
                        return;
                    }
                    // Without its secret the source would fail on every sync: take it back.
                    StoreActions::removeSource(
                        m_context->database, saved.id, this, [this, problem](StoreError) {
                            setBusy(false);
                            showProblem(tr("The source was not saved: %1").arg(problem));
                        });
                });
            });
        return;
    }
    writeSecrets(source, secrets, [this, source](const QString &problem) {
        if (!problem.isEmpty()) {
            setBusy(false);
            showProblem(tr("Nothing was changed: %1").arg(problem));
            return;
        }
        StoreActions::updateSource(m_context->database, source, this,
                                   [this](Result<SyncSource> updated) {
                                       if (!updated) {
                                           setBusy(false);
                                           showProblem(updated.error().message());
                                           return;
                                       }
                                       finishSave(*updated);
                                   });
    });
}

void SourceDialog::writeSecrets(const SyncSource &source, QList<QPair<QString, QByteArray>> pending,
                                std::function<void(const QString &problem)> done)
{
    if (pending.isEmpty()) {
        done({});
        return;
    }
    if (!m_context->secrets) {
        done(tr("no keyring is available"));
        return;
    }
    const QPair<QString, QByteArray> next = pending.takeFirst();
    m_context->secrets->write(
        SecretStore::sourceSecretKey(source.name, next.first), next.second, this,
        [this, source, pending, done, key = next.first](const SecretResult &result) {
            if (!result.ok()) {
                done(result.message);
                return;
            }
            m_form->setSecretState(key, OptionForm::SecretState::Stored);
            writeSecrets(source, pending, done);
        });
}

void SourceDialog::finishSave(const SyncSource &source)
{
    setBusy(false);
    const bool added = isAdding();
    m_source = source;
    emit saved(source, added);
    accept();
}

void SourceDialog::testConnection()
{
    if (m_busy)
        return;
    const SyncSource source = collect();
    const QString problem = m_type->validateOptions(source.options);
    if (!problem.isEmpty()) {
        m_form->showError(m_form->keyForMessage(problem), problem);
        showProblem(problem);
        return;
    }
    setBusy(true, tr("Testing the connection…"));
    QHash<QString, QByteArray> secrets = m_form->enteredSecrets();
    QStringList toRead;
    for (const OptionField &field : m_type->optionSchema()) {
        if (field.kind == OptionField::Kind::Secret && !secrets.contains(field.key)
            && m_form->secretState(field.key) == OptionForm::SecretState::Stored)
            toRead << field.key;
    }
    if (toRead.isEmpty() || !m_context->secrets) {
        runTest(source, secrets);
        return;
    }
    // Stored secrets are read for the test only, never shown.
    auto remaining = std::make_shared<int>(int(toRead.size()));
    auto collected = std::make_shared<QHash<QString, QByteArray>>(secrets);
    for (const QString &key : std::as_const(toRead)) {
        m_context->secrets->read(SecretStore::sourceSecretKey(source.name, key), this,
                                 [this, source, key, remaining, collected](const SecretResult &r) {
                                     if (r.ok())
                                         collected->insert(key, r.value);
                                     if (--*remaining == 0)
                                         runTest(source, *collected);
                                 });
    }
}

void SourceDialog::runTest(const SyncSource &source, QHash<QString, QByteArray> secrets)
{
    SourceContext context;
    context.source = source;
    context.secrets = std::move(secrets);
    context.dataDir = m_context->dataDir;
    m_type->testConnection(context, this, [this](bool ok, const QString &message) {
        setBusy(false);
        m_banner->showMessage(ok ? MessageBanner::Type::Success : MessageBanner::Type::Error,
                              message);
    });
}
