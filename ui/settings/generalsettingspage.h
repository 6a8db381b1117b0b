#pragma once

#include "settingspage.h"

class QComboBox;
class QSpinBox;

// Log retention and the interface language.
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    void apply(std::function<void(const QString &problem)> done) override;
    bool needsRestart() const override;

    int retentionDays() const;

private:
    QSpinBox *m_retention;
    QComboBox *m_language;
    QString m_loadedLanguage;
};
