#include "messagebanner.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setOpenExternalLinks(false);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Type type, const QString &text)
{
    m_type = type;
    QString background;
    QString border;
    Icons::Glyph glyph = Icons::Glyph::Info;
    QColor color;
    switch (type) {
    case Type::Info:
        background = QStringLiteral("#eaf2fe");
        border = QStringLiteral("#9fc0f2");
        color = QColor(0x1f, 0x6f, 0xd6);
        break;
    case Type::Warning:
        background = QStringLiteral("#fff6e5");
        border = QStringLiteral("#f2c77d");
        color = QColor(0xd4, 0x88, 0x06);
        glyph = Icons::Glyph::Warning;
        break;
    case Type::Error:
        background = QStringLiteral("#fdeeed");
        border = QStringLiteral("#eeaaa5");
        color = QColor(0xc0, 0x1c, 0x16);
        glyph = Icons::Glyph::Error;
        break;
    case Type::Success:
        background = QStringLiteral("#edf7e8");
        border = QStringLiteral("#a9d68f");
        color = QColor(0x38, 0x8e, 0x1c);
        glyph = Icons::Glyph::Success;
        break;
    }
    setStyleSheet(
        QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid %2; "
                       "border-radius: 5px; } QFrame#messageBanner QLabel { color: #1d2127; "
                       "background: transparent; }")
            .arg(background, border));
    m_icon->setPixmap(Icons::icon(glyph, color).pixmap(18, 18));
    m_text->setText(text);
    show();
}

void MessageBanner::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QToolButton *MessageBanner::addAction(const QString &text)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    m_actions->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString MessageBanner::text() const
{
    return m_text->text();
}
