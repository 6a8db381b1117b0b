#include "settingsdialog.h"

#include "apisettingspage.h"
#include "databasesettingspage.h"
#include "generalsettingspage.h"
#include "mainwindow/appcontext.h"
#include "widgets/messagebanner.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_pages.append({Tab::Database, new DatabaseSettingsPage(context, this)});
    if (context->apiServer)
        m_pages.append({Tab::Api, new ApiSettingsPage(context, this)});
    m_pages.append({Tab::General, new GeneralSettingsPage(this)});
    for (const auto &[tab, page] : std::as_const(m_pages)) {
        page->load();
        m_tabs->addTab(page, page->title());
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::applyAll);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);
    resize(720, 600);
}

void SettingsDialog::showTab(Tab tab)
{
    if (SettingsPage *found = page(tab))
        m_tabs->setCurrentWidget(found);
}

bool SettingsDialog::hasTab(Tab tab) const
{
    return page(tab) != nullptr;
}

SettingsPage *SettingsDialog::page(Tab tab) const
{
    for (const auto &[key, page] : m_pages) {
        if (key == tab)
            return page;
    }
    return nullptr;
}

void SettingsDialog::applyAll()
{
    m_banner->hide();
    m_buttons->setEnabled(false);
    applyFrom(0, false);
}

void SettingsDialog::applyFrom(int index, bool restartNeeded)
{
    if (index >= m_pages.size()) {
        m_buttons->setEnabled(true);
        emit applied(restartNeeded);
        accept();
        return;
    }
    SettingsPage *page = m_pages.at(index).second;
    const bool restart = restartNeeded || page->needsRestart();
    page->apply([this, index, page, restart](const QString &problem) {
        if (!problem.isEmpty()) {
            m_buttons->setEnabled(true);
            m_tabs->setCurrentWidget(page);
            m_banner->showMessage(MessageBanner::Type::Error, problem);
            return;
        }
        applyFrom(index + 1, restart);
    });
}
