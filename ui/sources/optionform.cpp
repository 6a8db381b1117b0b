#include "optionform.h"

#include "widgets/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {
QLabel *smallLabel(const QString &text, QWidget *parent, const QString &color)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    return label;
}
} // namespace

OptionForm::OptionForm(const QList<OptionField> &schema, QFormLayout *layout, QWidget *parent)
    : QObject(parent)
    , m_schema(schema)
{
    for (const OptionField &field : std::as_const(m_schema)) {
        auto *cell = new QWidget(parent);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        QWidget *editor = createEditor(field, cell);
        editor->setObjectName(QStringLiteral("option_%1").arg(field.key));
        editor->setAccessibleName(field.label);
        m_editors.insert(field.key, editor);
        if (field.kind == OptionField::Kind::Secret) {
            auto *row = new QHBoxLayout;
            row->addWidget(editor, 1);
            auto *state = smallLabel({}, cell, QStringLiteral("palette(dark)"));
            state->setObjectName(QStringLiteral("secretState_%1").arg(field.key));
            state->setWordWrap(false);
            m_secretLabels.insert(field.key, state);
            row->addWidget(state);
            column->addLayout(row);
        } else if (field.kind == OptionField::Kind::FilePath) {
            auto *row = new QHBoxLayout;
            row->addWidget(editor, 1);
            auto *browse = new QPushButton(tr("Browse…"), cell);
            auto *edit = static_cast<QLineEdit *>(editor);
            connect(browse, &QPushButton::clicked, this, [edit, parent, field]() {
                auto *dialog = new QFileDialog(parent, field.label, edit->text());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setFileMode(QFileDialog::ExistingFile);
                connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
                dialog->open();
            });
            row->addWidget(browse);
            column->addLayout(row);
        } else {
            column->addWidget(editor);
        }
        if (!field.help.isEmpty()) {
            column->addWidget(smallLabel(field.help, cell, QStringLiteral("palette(dark)")));
            editor->setToolTip(field.help);
        }
        auto *error = smallLabel({}, cell, QStringLiteral("#c01c16"));
        error->setObjectName(QStringLiteral("error_%1").arg(field.key));
        error->hide();
        m_errors.insert(field.key, error);
        column->addWidget(error);
        auto *label = new QLabel(labelText(field), parent);
        label->setBuddy(editor);
        layout->addRow(label, cell);
    }
}

QString OptionForm::labelText(const OptionField &field)
{
    const QString label = field.label.toHtmlEscaped();
    return field.required ? QStringLiteral("%1 <span style=\"color:#c01c16\">*</span>").arg(label)
                          : label;
}

QWidget *OptionForm::createEditor(const OptionField &field, QWidget *parent)
{
    switch (field.kind) {
    case OptionField::Kind::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(qBound(qint64(std::numeric_limits<int>::min()), field.minimum,
                                  qint64(std::numeric_limits<int>::max()))),
                       field.maximum > 0
                           ? int(qMin<qint64>(field.maximum, std::numeric_limits<int>::max()))
                           : std::numeric_limits<int>::max());
        spin->setGroupSeparatorShown(true);
        spin->setMinimumWidth(140);
        spin->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        connect(spin, &QSpinBox::valueChanged, this, &OptionForm::changed);
        return spin;
    }
    case OptionField::Kind::Boolean: {
        auto *box = new QCheckBox(field.label, parent);
        connect(box, &QCheckBox::toggled, this, &OptionForm::changed);
        return box;
    }
    case OptionField::Kind::Choice: {
        auto *combo = new QComboBox(parent);
        for (int i = 0; i < field.choices.size(); ++i)
            combo->addItem(field.choiceLabels.value(i, field.choices.at(i)), field.choices.at(i));
        connect(combo, &QComboBox::currentIndexChanged, this, &OptionForm::changed);
        return combo;
    }
    case OptionField::Kind::MultilineText: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(80);
        edit->setPlaceholderText(field.placeholder);
        connect(edit, &QPlainTextEdit::textChanged, this, &OptionForm::changed);
        return edit;
    }
    case OptionField::Kind::Secret:
    case OptionField::Kind::Text:
    case OptionField::Kind::Url:
    case OptionField::Kind::FilePath: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(field.placeholder);
        if (field.kind == OptionField::Kind::Secret) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setClearButtonEnabled(true);
        }
        if (field.kind == OptionField::Kind::Url && field.placeholder.isEmpty())
            edit->setPlaceholderText(QStringLiteral("https://"));
        connect(edit, &QLineEdit::textChanged, this, &OptionForm::changed);
        return edit;
    }
    }
    return new QWidget(parent);
}

void OptionForm::setValues(const QJsonObject &options)
{
    for (const OptionField &field : std::as_const(m_schema)) {
        QWidget *editor = m_editors.value(field.key);
        const QJsonValue value = options.contains(field.key)
            ? options.value(field.key)
            : QJsonValue::fromVariant(field.defaultValue);
        switch (field.kind) {
        case OptionField::Kind::Integer:
            static_cast<QSpinBox *>(editor)->setValue(int(value.toInteger()));
            break;
        case OptionField::Kind::Boolean:
            static_cast<QCheckBox *>(editor)->setChecked(value.toBool());
            break;
        case OptionField::Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(editor);
            const int index = combo->findData(value.toString());
            combo->setCurrentIndex(index >= 0 ? index : 0);
            break;
        }
        case OptionField::Kind::MultilineText:
            static_cast<QPlainTextEdit *>(editor)->setPlainText(value.toString());
            break;
        case OptionField::Kind::Secret:
            break; // never shown: it lives in the keyring
        default:
            static_cast<QLineEdit *>(editor)->setText(value.toString());
            break;
        }
    }
}

QJsonObject OptionForm::values() const
{
    QJsonObject options;
    for (const OptionField &field : m_schema) {
        QWidget *editor = m_editors.value(field.key);
        switch (field.kind) {
        case OptionField::Kind::Integer:
            options.insert(field.key, qint64(static_cast<QSpinBox *>(editor)->value()));
            break;
        case OptionField::Kind::Boolean:
            options.insert(field.key, static_cast<QCheckBox *>(editor)->isChecked());
            break;
        case OptionField::Kind::Choice:
            options.insert(field.key, static_cast<QComboBox *>(editor)->currentData().toString());
            break;
        case OptionField::Kind::MultilineText: {
            const QString text = static_cast<QPlainTextEdit *>(editor)->toPlainText();
            if (!text.trimmed().isEmpty())
                options.insert(field.key, text);
            break;
        }
        case OptionField::Kind::Secret:
            break;
        default: {
            const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
            if (!text.isEmpty())
                options.insert(field.key, text);
            break;
        }
        }
    }
    return options;
}

QHash<QString, QByteArray> OptionForm::enteredSecrets() const
{
    QHash<QString, QByteArray> secrets;
    for (const OptionField &field : m_schema) {
        if (field.kind != OptionField::Kind::Secret)
            continue;
        const QString text = static_cast<QLineEdit *>(m_editors.value(field.key))->text();
        if (!text.isEmpty())
            secrets.insert(field.key, text.toUtf8());
    }
    return secrets;
}

void OptionForm::setSecretState(const QString &key, SecretState state)
{
    m_secretStates.insert(key, state);
    QLabel *label = m_secretLabels.value(key);
    auto *edit = qobject_cast<QLineEdit *>(m_editors.value(key));
    if (!label || !edit)
        return;
    switch (state) {
    case SecretState::Unknown:
        label->clear();
        break;
    case SecretState::Checking:
        label->setText(tr("Checking the keyring…"));
        break;
    case SecretState::Stored:
        label->setText(QStringLiteral("<span style=\"color:#2f7d12\">✓ %1</span>")
                           .arg(tr("Stored in the keyring").toHtmlEscaped()));
        edit->setPlaceholderText(tr("Leave empty to keep the stored value"));
        break;
    case SecretState::NotSet:
        label->setText(tr("Not set"));
        edit->setPlaceholderText({});
        break;
    case SecretState::Unavailable:
        label->setText(QStringLiteral("<span style=\"color:#c01c16\">%1</span>")
                           .arg(tr("No keyring").toHtmlEscaped()));
        edit->setPlaceholderText(tr("Cannot be saved: no keyring is reachable"));
        break;
    }
}

void OptionForm::setSecretsEnabled(bool enabled)
{
    for (const OptionField &field : std::as_const(m_schema)) {
        if (field.kind == OptionField::Kind::Secret)
            m_editors.value(field.key)->setEnabled(enabled);
    }
}

QString OptionForm::firstMissingRequired(QString *label) const
{
    for (const OptionField &field : m_schema) {
        if (!field.required)
            continue;
        bool missing = false;
        if (field.kind == OptionField::Kind::Secret)
            missing = !enteredSecrets().contains(field.key)
                && m_secretStates.value(field.key) != SecretState::Stored;
        else if (field.kind != OptionField::Kind::Integer
                 && field.kind != OptionField::Kind::Boolean)
            missing = !values().contains(field.key);
        if (missing) {
            if (label)
                *label = field.label;
            return field.key;
        }
    }
    return {};
}

void OptionForm::showError(const QString &key, const QString &message)
{
    QLabel *error = m_errors.value(key);
    if (!error)
        return;
    error->setText(message);
    error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        if (QWidget *editor = m_editors.value(key))
            editor->setFocus(Qt::OtherFocusReason);
    }
}

void OptionForm::clearErrors()
{
    for (QLabel *error : std::as_const(m_errors)) {
        error->clear();
        error->hide();
    }
}

QString OptionForm::keyForMessage(const QString &message) const
{
    for (const OptionField &field : m_schema) {
        if (message.contains(QStringLiteral("“%1”").arg(field.label)))
            return field.key;
    }
    return {};
}
