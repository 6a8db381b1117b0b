#include "newtokendialog.h"

#include "widgets/icons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewTokenDialog::NewTokenDialog(const QString &name, const QString &token, QWidget *parent)
    : QDialog(parent)
    , m_token(new QLineEdit(token, this))
{
    setObjectName(QStringLiteral("NewTokenDialog"));
    setWindowTitle(tr("API key “%1”").arg(name));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QLabel(tr("Copy the token now and keep it in the system that pushes to "
                               "UserSync. <b>It is not shown again</b>: only its hash is stored. "
                               "Send it as <code>Authorization: Bearer &lt;token&gt;</code>."),
                            this);
    text->setWordWrap(true);
    m_token->setReadOnly(true);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(token) + 24);
    auto *copy = new QPushButton(Icons::icon(Icons::Glyph::Copy), tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyToken"));
    connect(copy, &QPushButton::clicked, this, [this, copy]() {
        QGuiApplication::clipboard()->setText(m_token->text());
        copy->setText(tr("Copied"));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_token, 1);
    row->addWidget(copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(buttons);
    m_token->selectAll();
}
