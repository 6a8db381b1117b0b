#include "userspage.h"

#include "mainwindow/appcontext.h"
#include "models/displaytext.h"
#include "models/userlistmodel.h"
#include "widgets/headerstate.h"
#include "widgets/icons.h"
#include "widgets/searchfield.h"
#include "widgets/tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString customColumnsKey = QStringLiteral("views/users/customColumns");

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"color:#6a7079; padding-right:12px\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}
} // namespace

UsersPage::UsersPage(AppContext *context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_model(new UserListModel(this))
    , m_search(new SearchField(this))
    , m_count(new QLabel(this))
    , m_fields(new QToolButton(this))
    , m_view(new TableView(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("UsersPage"));
    auto *title = new QLabel(tr("Users"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search name, username, e-mail or phone (Ctrl+F)"));
    m_search->setMinimumWidth(360);
    m_count->setObjectName(QStringLiteral("userCount"));
    m_count->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_fields->setText(tr("Custom fields"));
    m_fields->setIcon(Icons::icon(Icons::Glyph::Configure));
    m_fields->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fields->setPopupMode(QToolButton::InstantPopup);
    m_fields->setMenu(new QMenu(m_fields));
    m_fields->setToolTip(tr("Show custom fields the sources sent as columns"));
    m_fields->setAutoRaise(true);
    auto *refresh = new QToolButton(this);
    refresh->setIcon(Icons::icon(Icons::Glyph::Refresh));
    refresh->setToolTip(tr("Refresh (F5)"));
    refresh->setAutoRaise(true);
    connect(refresh, &QToolButton::clicked, this, &UsersPage::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(m_fields);
    top->addWidget(refresh);

    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(UserListModel::Name, 140);
    header->resizeSection(UserListModel::Username, 130);
    header->resizeSection(UserListModel::Email, 190);
    header->resizeSection(UserListModel::Phone, 134);
    header->resizeSection(UserListModel::Sources, 70);
    header->resizeSection(UserListModel::Enabled, 64);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    // The departments take the room that is left (custom columns come after them).
    header->setSectionResizeMode(UserListModel::Departments, QHeaderView::Stretch);
    HeaderState::remember(header, QStringLiteral("users"));

    m_details->setObjectName(QStringLiteral("userDetails"));
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(220);
    m_details->setPlaceholderText(tr("Select a user to see all of their fields."));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 250});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_search, &SearchField::searchChanged, m_model, &UserListModel::setSearch);
    connect(m_model, &UserListModel::countChanged, this, &UsersPage::updateCount);
    // The first user (or the first match) is selected, so its details show at once.
    connect(m_model, &UserListModel::countChanged, this, [this]() {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &UserListModel::customKeysChanged, this, &UsersPage::updateFieldsMenu);
    connect(m_model, &UserListModel::loadFailed, this,
            [this](const QString &text) { m_count->setText(text); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int current = m_view->currentIndex().row();
                if (current >= tl.row() && current <= br.row())
                    showDetails();
            });
    m_model->setCustomColumns(QSettings().value(customColumnsKey).toStringList());
    updateFieldsMenu();
}

void UsersPage::storeOpened()
{
    m_model->setDatabase(m_context->database);
    m_model->setSearch(m_search->text());
}

void UsersPage::refresh()
{
    m_model->reload();
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0)
        m_count->setText(tr("Loading…"));
    else if (m_model->search().trimmed().isEmpty())
        m_count->setText(tr("Users: %1").arg(DisplayText::number(total)));
    else
        m_count->setText(tr("Matches: %1").arg(DisplayText::number(total)));
}

void UsersPage::updateFieldsMenu()
{
    QMenu *menu = m_fields->menu();
    menu->clear();
    QStringList keys = m_model->knownCustomKeys();
    for (const QString &key : m_model->customColumns()) {
        if (!keys.contains(key))
            keys << key;
    }
    if (keys.isEmpty()) {
        menu->addAction(tr("No custom fields in the loaded users"))->setEnabled(false);
        return;
    }
    for (const QString &key : std::as_const(keys)) {
        QAction *action = menu->addAction(key);
        action->setCheckable(true);
        action->setChecked(m_model->customColumns().contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool on) {
            QStringList columns = m_model->customColumns();
            if (on && !columns.contains(key))
                columns << key;
            else if (!on)
                columns.removeAll(key);
            m_model->setCustomColumns(columns);
            for (int i = 0; i < columns.size(); ++i)
                m_view->horizontalHeader()->resizeSection(UserListModel::FixedColumnCount + i, 140);
            QSettings().setValue(customColumnsKey, columns);
        });
    }
}

void UsersPage::showDetails()
{
    const DirectoryReader::UserEntry *entry = m_model->entry(m_view->currentIndex().row());
    if (!entry) {
        m_details->clear();
        return;
    }
    const User &user = entry->user;
    QString html =
        QStringLiteral("<h3>%1</h3><table>")
            .arg((user.nickname.isEmpty() ? user.username : user.nickname).toHtmlEscaped());
    html += row(tr("Username"), user.username.toHtmlEscaped());
    html += row(tr("E-mail"), user.email.toHtmlEscaped());
    html += row(tr("Phone"), user.phone.toHtmlEscaped());
    html += row(tr("Enabled"), user.enabled ? tr("yes") : tr("no"));
    if (user.isProtected)
        html += row(tr("Protected"), tr("a sync never deletes this account"));
    html += row(tr("Updated"), DisplayText::dateTime(user.updatedAt));
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Departments").toHtmlEscaped());
    if (entry->departments.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("None").toHtmlEscaped());
    for (const DirectoryReader::UserMembership &membership : entry->departments) {
        QStringList marks;
        if (membership.isMain)
            marks << tr("main");
        if (membership.isOwner)
            marks << tr("owner");
        html +=
            QStringLiteral("<p>%1%2</p>")
                .arg(membership.title.toHtmlEscaped(),
                     marks.isEmpty() ? QString()
                                     : QStringLiteral(" <i>(%1)</i>")
                                           .arg(marks.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Sources").toHtmlEscaped());
    if (entry->links.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Made by hand").toHtmlEscaped());
    for (const DirectoryReader::Link &link : entry->links)
        html += QStringLiteral("<p>%1 · <code>%2</code></p>")
                    .arg(link.source.toHtmlEscaped(), link.uid.toHtmlEscaped());
    if (!user.custom.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Custom fields").toHtmlEscaped());
        for (auto it = user.custom.constBegin(); it != user.custom.constEnd(); ++it)
            html += row(it.key(), jsonText(it.value()).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}
