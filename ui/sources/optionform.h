#pragma once

#include "sync/optionfield.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

class QFormLayout;
class QLabel;
class QWidget;

// Builds the editing widgets of a source type's options from its schema (OptionField) into a
// form: text, secret, URL, whole number, boolean, choice, file path and multi-line text, with
// required marks, help text and a place for each field's error. No per-type widget code.
class OptionForm : public QObject
{
    Q_OBJECT

public:
    enum class SecretState { Unknown, Checking, Stored, NotSet, Unavailable };

    OptionForm(const QList<OptionField> &schema, QFormLayout *layout, QWidget *parent);

    // Values for the fields; missing ones get the schema default.
    void setValues(const QJsonObject &options);
    // The non-secret option values as the schema types them.
    QJsonObject values() const;
    // Secret fields the user typed a value into.
    QHash<QString, QByteArray> enteredSecrets() const;
    void setSecretState(const QString &key, SecretState state);
    SecretState secretState(const QString &key) const { return m_secretStates.value(key); }
    void setSecretsEnabled(bool enabled);

    // Required fields left empty (secrets count as filled when stored); label of the first one.
    QString firstMissingRequired(QString *label) const;
    // Shows `message` under the field (or clears it) and focuses it.
    void showError(const QString &key, const QString &message);
    void clearErrors();
    // The field named in a validation sentence such as "“Users” must be at least 0."
    QString keyForMessage(const QString &message) const;

    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    const QList<OptionField> &schema() const { return m_schema; }

signals:
    void changed();

private:
    QWidget *createEditor(const OptionField &field, QWidget *parent);
    static QString labelText(const OptionField &field);

    QList<OptionField> m_schema;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_secretLabels;
    QHash<QString, SecretState> m_secretStates;
};
