#include "generalsettingspage.h"

#include "common/translations.h"
#include "logs/logretention.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_retention(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("GeneralSettingsPage"));
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    auto *retentionHelp = new QLabel(
        tr("The system log and the raw records of every sync are kept this long, one file per "
           "day, then removed (at start and every night)."),
        this);
    retentionHelp->setWordWrap(true);
    retentionHelp->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    for (const QString &code : Translations::available())
        m_language->addItem(code == QLatin1String("en") ? QStringLiteral("English")
                                                        : Translations::nativeName(code),
                            code);
    auto *languageHelp = new QLabel(tr("The new language is used after UserSync restarts."), this);
    languageHelp->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto *form = new QFormLayout;
    form->addRow(tr("Keep logs for"), m_retention);
    form->addRow(QString(), retentionHelp);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), languageHelp);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
}

QString GeneralSettingsPage::title() const
{
    return tr("Logs and language");
}

void GeneralSettingsPage::load()
{
    QSettings settings;
    m_retention->setValue(
        settings.value(QStringLiteral("logs/retentionDays"), LogRetention::DefaultKeepDays)
            .toInt());
    m_loadedLanguage =
        settings.value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_loadedLanguage)));
}

int GeneralSettingsPage::retentionDays() const
{
    return m_retention->value();
}

bool GeneralSettingsPage::needsRestart() const
{
    return m_language->currentData().toString() != m_loadedLanguage;
}

void GeneralSettingsPage::apply(std::function<void(const QString &problem)> done)
{
    QSettings settings;
    settings.setValue(QStringLiteral("logs/retentionDays"), m_retention->value());
    const QString language = m_language->currentData().toString();
    if (language == QLatin1String("system"))
        settings.remove(QStringLiteral("ui/language"));
    else
        settings.setValue(QStringLiteral("ui/language"), language);
    done({});
}
