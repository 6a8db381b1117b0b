#include "apisettingspage.h"

#include "api/apiserver.h"
#include "api/apiserversettings.h"
#include "mainwindow/appcontext.h"
#include "models/apikeylistmodel.h"
#include "newtokendialog.h"
#include "widgets/messagebanner.h"
#include "widgets/tableview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

ApiSettingsPage::ApiSettingsPage(AppContext *context, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
    , m_keys(new ApiKeyListModel(this))
    , m_enabled(new QCheckBox(tr("Accept pushes and requests over HTTP"), this))
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_bodyLimit(new QSpinBox(this))
    , m_warning(new MessageBanner(this))
    , m_status(new QLabel(this))
    , m_keyName(new QLineEdit(this))
    , m_keyView(new TableView(this))
    , m_keyBanner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("ApiSettingsPage"));
    m_enabled->setObjectName(QStringLiteral("apiEnabled"));
    m_address->setObjectName(QStringLiteral("apiAddress"));
    m_address->setEditable(true);
    m_address->addItem(tr("127.0.0.1 — this computer only"), QStringLiteral("127.0.0.1"));
    m_address->addItem(tr("::1 — this computer only (IPv6)"), QStringLiteral("::1"));
    m_address->addItem(tr("0.0.0.0 — every network interface"), QStringLiteral("0.0.0.0"));
    m_port->setObjectName(QStringLiteral("apiPort"));
    m_port->setRange(1, 65535);
    m_bodyLimit->setObjectName(QStringLiteral("apiBodyLimit"));
    m_bodyLimit->setRange(1, 1024);
    m_bodyLimit->setSuffix(tr(" MiB"));
    m_warning->setClosable(false);
    m_status->setObjectName(QStringLiteral("apiStatus"));
    m_status->setWordWrap(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Listen on"), m_address);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Largest request"), m_bodyLimit);
    form->addRow(QString(), m_status);

    auto *keysTitle =
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("API keys").toHtmlEscaped()), this);
    auto *keysHelp = new QLabel(tr("Every request needs one: “Authorization: Bearer <token>”. "
                                   "Only a hash of each token is stored."),
                                this);
    keysHelp->setWordWrap(true);
    keysHelp->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_keyName->setObjectName(QStringLiteral("apiKeyName"));
    m_keyName->setPlaceholderText(tr("Name of the new key, e.g. hr-system"));
    auto *create = new QPushButton(tr("Create key"), this);
    create->setObjectName(QStringLiteral("createApiKey"));
    create->setAutoDefault(false);
    auto *revoke = new QPushButton(tr("Revoke…"), this);
    revoke->setAutoDefault(false);
    connect(create, &QPushButton::clicked, this, [this]() { createKey(m_keyName->text()); });
    connect(m_keyName, &QLineEdit::returnPressed, this, [this]() { createKey(m_keyName->text()); });
    connect(revoke, &QPushButton::clicked, this, &ApiSettingsPage::revokeSelected);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyName, 1);
    keyRow->addWidget(create);
    keyRow->addWidget(revoke);
    m_keyView->setObjectName(QStringLiteral("apiKeysView"));
    m_keyView->setModel(m_keys);
    m_keyView->horizontalHeader()->resizeSection(ApiKeyListModel::Name, 150);
    m_keyView->horizontalHeader()->resizeSection(ApiKeyListModel::Prefix, 130);
    m_keyView->horizontalHeader()->resizeSection(ApiKeyListModel::Created, 150);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addSpacing(8);
    layout->addWidget(keysTitle);
    layout->addWidget(keysHelp);
    layout->addLayout(keyRow);
    layout->addWidget(m_keyBanner);
    layout->addWidget(m_keyView, 1);

    connect(m_address, &QComboBox::currentTextChanged, this, &ApiSettingsPage::updateWarning);
    connect(m_enabled, &QCheckBox::toggled, this, &ApiSettingsPage::updateWarning);
    connect(m_keys, &ApiKeyListModel::loadFailed, this, [this](const QString &text) {
        m_keyBanner->showMessage(MessageBanner::Type::Error, text);
    });
    if (auto *server = context->apiServer) {
        connect(m_keys, &ApiKeyListModel::keysChanged, server, &ApiServer::reloadKeys);
        connect(server, &ApiServer::listeningChanged, this, &ApiSettingsPage::updateStatus);
    }
}

QString ApiSettingsPage::title() const
{
    return tr("HTTP API");
}

void ApiSettingsPage::load()
{
    const ApiServerSettings settings = ApiServerSettings::load(QSettings());
    m_enabled->setChecked(settings.enabled);
    const int known = m_address->findData(settings.bindAddress);
    if (known >= 0)
        m_address->setCurrentIndex(known);
    else
        m_address->setEditText(settings.bindAddress);
    m_port->setValue(settings.port);
    m_bodyLimit->setValue(int(qMax<qint64>(1, settings.maxBodyBytes / (1024 * 1024))));
    m_keys->setDatabase(m_context->database);
    m_keys->reload();
    updateWarning();
    updateStatus();
}

void ApiSettingsPage::updateWarning()
{
    ApiServerSettings settings;
    const int index = m_address->findText(m_address->currentText());
    settings.bindAddress =
        index >= 0 ? m_address->itemData(index).toString() : m_address->currentText().trimmed();
    if (m_enabled->isChecked() && !settings.isLoopback())
        m_warning->showMessage(
            MessageBanner::Type::Warning,
            tr("Other computers on the network can reach the API at %1. Every request still "
               "needs an API key, but the traffic is plain HTTP: use this only on a trusted "
               "network or behind a TLS proxy.")
                .arg(settings.bindAddress));
    else
        m_warning->hide();
}

void ApiSettingsPage::updateStatus()
{
    auto *server = m_context->apiServer;
    if (server && server->isListening())
        m_status->setText(tr("Listening at %1 · push to %1/api/userData:push").arg(server->url()));
    else
        m_status->setText(tr("Not running."));
}

void ApiSettingsPage::apply(std::function<void(const QString &problem)> done)
{
    ApiServerSettings settings;
    settings.enabled = m_enabled->isChecked();
    const int index = m_address->findText(m_address->currentText());
    settings.bindAddress =
        index >= 0 ? m_address->itemData(index).toString() : m_address->currentText().trimmed();
    settings.port = quint16(m_port->value());
    settings.maxBodyBytes = qint64(m_bodyLimit->value()) * 1024 * 1024;
    auto *server = m_context->apiServer;
    if (server && settings.enabled) {
        QString error;
        if (!server->start(settings, &error)) {
            done(tr("The HTTP API could not start: %1").arg(error));
            return;
        }
    } else if (server) {
        server->stop();
    }
    QSettings stored;
    settings.save(stored);
    updateStatus();
    done({});
}

void ApiSettingsPage::createKey(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        m_keyBanner->showMessage(MessageBanner::Type::Error, tr("Give the new key a name."));
        m_keyName->setFocus();
        return;
    }
    m_keys->create(name, [this, name](Result<QString> token) {
        if (!token) {
            m_keyBanner->showMessage(MessageBanner::Type::Error, token.error().message());
            return;
        }
        m_keyBanner->hide();
        m_keyName->clear();
        showToken(name, *token);
        emit keyCreated(name, *token);
    });
}

void ApiSettingsPage::showToken(const QString &name, const QString &token)
{
    auto *dialog = new NewTokenDialog(name, token, this);
    dialog->open();
}

void ApiSettingsPage::revokeSelected()
{
    const QModelIndex index = m_keyView->currentIndex();
    if (!index.isValid())
        return;
    const ApiKey key = m_keys->key(index.row());
    if (key.isRevoked())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Revoke API key"),
                        tr("Revoke the key “%1”?").arg(key.name), QMessageBox::NoButton, this);
    box->setInformativeText(
        tr("Systems that use it are refused from now on. This cannot be undone."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *revoke = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    connect(revoke, &QPushButton::clicked, this, [this, name = key.name]() {
        m_keys->revoke(name, [this](StoreError error) {
            if (error)
                m_keyBanner->showMessage(MessageBanner::Type::Error, error.message());
        });
    });
    box->open();
}
