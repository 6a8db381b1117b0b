#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// One option of a source type. The GUI builds each type's configuration form from these, so a
// new source type needs no widget code. Secret options are never stored in the options JSON:
// their values live in the keychain under SecretStore::sourceSecretKey(source, key).
struct OptionField
{
    enum class Kind { Text, Secret, Url, Integer, Boolean, Choice, FilePath, MultilineText };

    QString key;
    QString label; // translated
    Kind kind = Kind::Text;
    bool required = false;
    QVariant defaultValue;
    QString help; // translated, one or two sentences
    QStringList choices; // Choice: the stored values
    QStringList choiceLabels; // Choice: translated labels, same order
    qint64 minimum = 0; // Integer
    qint64 maximum = 0; // Integer; 0 = no maximum
    QString placeholder;

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Text:
            return QStringLiteral("text");
        case Kind::Secret:
            return QStringLiteral("secret");
        case Kind::Url:
            return QStringLiteral("url");
        case Kind::Integer:
            return QStringLiteral("integer");
        case Kind::Boolean:
            return QStringLiteral("boolean");
        case Kind::Choice:
            return QStringLiteral("choice");
        case Kind::FilePath:
            return QStringLiteral("file");
        case Kind::MultilineText:
            return QStringLiteral("multiline");
        }
        return QStringLiteral("text");
    }
};
