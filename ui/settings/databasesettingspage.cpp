#include "databasesettingspage.h"

#include "mainwindow/appcontext.h"
#include "models/storeactions.h"
#include "secrets/secretstore.h"
#include "widgets/messagebanner.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

DatabaseSettingsPage::DatabaseSettingsPage(AppContext *context, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
    , m_default(new QRadioButton(tr("SQLite file in the data folder (recommended for one "
                                    "workstation)"),
                                 this))
    , m_sqlite(new QRadioButton(tr("Another SQLite file"), this))
    , m_postgres(new QRadioButton(tr("PostgreSQL server (several workstations share one "
                                     "directory)"),
                                  this))
    , m_sqlitePath(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordState(new QLabel(this))
    , m_result(new MessageBanner(this))
{
    setObjectName(QStringLiteral("DatabaseSettingsPage"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_default, m_sqlite, m_postgres})
        group->addButton(button);
    m_default->setObjectName(QStringLiteral("databaseDefault"));
    m_sqlite->setObjectName(QStringLiteral("databaseSqlite"));
    m_postgres->setObjectName(QStringLiteral("databasePostgres"));
    auto *defaultPath = new QLabel(QDir::toNativeSeparators(context->dataDir.databaseFile()), this);
    defaultPath->setStyleSheet(QStringLiteral("color: palette(dark); margin-left: 24px;"));
    defaultPath->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this]() {
        auto *dialog = new QFileDialog(this, tr("SQLite database file"), m_sqlitePath->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        connect(dialog, &QFileDialog::fileSelected, m_sqlitePath, &QLineEdit::setText);
        dialog->open();
    });
    auto *sqliteRow = new QHBoxLayout;
    sqliteRow->setContentsMargins(24, 0, 0, 0);
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(browse);

    m_host->setPlaceholderText(QStringLiteral("db.example.com"));
    m_host->setObjectName(QStringLiteral("postgresHost"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setObjectName(QStringLiteral("postgresUser"));
    m_database->setObjectName(QStringLiteral("postgresDatabase"));
    m_database->setPlaceholderText(QStringLiteral("usersync"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("postgresPassword"));
    m_password->setPlaceholderText(tr("Kept in the keyring"));
    m_passwordState->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto *postgres = new QFormLayout;
    postgres->setContentsMargins(24, 0, 0, 0);
    postgres->addRow(tr("Host"), m_host);
    postgres->addRow(tr("Port"), m_port);
    postgres->addRow(tr("User"), m_user);
    postgres->addRow(tr("Database"), m_database);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_passwordState);
    postgres->addRow(tr("Password"), passwordRow);

    auto *test = new QPushButton(tr("Test connection"), this);
    test->setObjectName(QStringLiteral("testDatabase"));
    connect(test, &QPushButton::clicked, this, &DatabaseSettingsPage::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(test);
    testRow->addStretch();

    auto *note = new QLabel(
        tr("UserSync opens the new database when it starts again; it creates the tables in an "
           "empty one. The current database is not copied. In use now: %1")
            .arg(QDir::toNativeSeparators(context->database.isValid() ? context->database.url()
                                                                      : tr("none"))),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_default);
    layout->addWidget(defaultPath);
    layout->addWidget(m_sqlite);
    layout->addLayout(sqliteRow);
    layout->addWidget(m_postgres);
    layout->addLayout(postgres);
    layout->addSpacing(6);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(note);

    connect(group, &QButtonGroup::buttonToggled, this, &DatabaseSettingsPage::updateEnabled);
}

QString DatabaseSettingsPage::title() const
{
    return tr("Database");
}

void DatabaseSettingsPage::load()
{
    m_loadedUrl = QSettings().value(settingsKey()).toString();
    QString error;
    const DatabaseConfig config =
        m_loadedUrl.isEmpty() ? DatabaseConfig() : DatabaseConfig::fromUrl(m_loadedUrl, &error);
    m_default->setChecked(true);
    if (config.isValid() && config.isPostgres()) {
        m_postgres->setChecked(true);
        m_host->setText(config.host());
        m_port->setValue(config.port());
        m_user->setText(config.user());
        m_database->setText(config.databaseName());
    } else if (config.isValid()
               && QDir::cleanPath(config.sqlitePath())
                   != QDir::cleanPath(m_context->dataDir.databaseFile())) {
        m_sqlite->setChecked(true);
        m_sqlitePath->setText(config.sqlitePath());
    }
    updateEnabled();
    if (config.isValid() && config.isPostgres() && m_context->secrets) {
        m_passwordState->setText(tr("Checking the keyring…"));
        m_context->secrets->read(config.secretKey(), this, [this](const SecretResult &result) {
            m_passwordState->setText(result.ok() ? tr("✓ stored")
                                         : result.status == SecretResult::Status::NotFound
                                         ? tr("not stored")
                                         : tr("no keyring"));
        });
    }
}

void DatabaseSettingsPage::updateEnabled()
{
    m_sqlitePath->setEnabled(m_sqlite->isChecked());
    for (QWidget *widget : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                            static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_database),
                            static_cast<QWidget *>(m_password)})
        widget->setEnabled(m_postgres->isChecked());
}

DatabaseConfig DatabaseSettingsPage::config(QString *error) const
{
    if (m_default->isChecked())
        return DatabaseConfig::sqlite(m_context->dataDir.databaseFile());
    if (m_sqlite->isChecked()) {
        if (m_sqlitePath->text().trimmed().isEmpty()) {
            *error = tr("Choose the SQLite file.");
            return {};
        }
        return DatabaseConfig::sqlite(m_sqlitePath->text().trimmed());
    }
    if (m_host->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty()
        || m_database->text().trimmed().isEmpty()) {
        *error = tr("Host, user and database are required for PostgreSQL.");
        return {};
    }
    return DatabaseConfig::postgres(m_host->text().trimmed(), m_port->value(),
                                    m_user->text().trimmed(), m_database->text().trimmed());
}

void DatabaseSettingsPage::testConnection()
{
    QString error;
    DatabaseConfig config = this->config(&error);
    if (!config.isValid()) {
        m_result->showMessage(MessageBanner::Type::Error, error);
        emit tested(false, error);
        return;
    }
    m_result->showMessage(MessageBanner::Type::Info, tr("Connecting…"));
    const auto run = [this](const DatabaseConfig &withPassword) {
        StoreActions::probe(withPassword, this, [this](bool ok, const QString &message) {
            m_result->showMessage(ok ? MessageBanner::Type::Success : MessageBanner::Type::Error,
                                  message);
            emit tested(ok, message);
        });
    };
    if (!config.isPostgres() || !m_password->text().isEmpty() || !m_context->secrets) {
        config.setPassword(m_password->text());
        run(config);
        return;
    }
    m_context->secrets->read(config.secretKey(), this, [config, run](const SecretResult &result) {
        DatabaseConfig withPassword = config;
        if (result.ok())
            withPassword.setPassword(QString::fromUtf8(result.value));
        run(withPassword);
    });
}

bool DatabaseSettingsPage::needsRestart() const
{
    QString error;
    const DatabaseConfig chosen = config(&error);
    return chosen.isValid() && chosen.url() != m_context->database.url();
}

void DatabaseSettingsPage::apply(std::function<void(const QString &problem)> done)
{
    QString error;
    const DatabaseConfig chosen = config(&error);
    if (!chosen.isValid()) {
        done(error);
        return;
    }
    const auto store = [this, chosen, done]() {
        QSettings settings;
        if (m_default->isChecked())
            settings.remove(settingsKey());
        else
            settings.setValue(settingsKey(), chosen.url());
        done({});
    };
    if (!chosen.isPostgres() || m_password->text().isEmpty()) {
        store();
        return;
    }
    if (!m_context->secrets) {
        done(tr("No keyring is available for the PostgreSQL password."));
        return;
    }
    m_context->secrets->write(
        chosen.secretKey(), m_password->text().toUtf8(), this,
        [this, store, done](const SecretResult &result) {
            if (!result.ok()) {
                done(tr("The PostgreSQL password could not be stored: %1").arg(result.message));
                return;
            }
            m_password->clear();
            m_passwordState->setText(tr("✓ stored"));
            store();
        });
}
