#pragma once

#include <QWidget>

#include <functional>

// One tab of the settings dialog. apply() may finish later (a keyring write): it answers through
// `done` with an empty string, or with the reason nothing was applied.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void load() = 0;
    virtual void apply(std::function<void(const QString &problem)> done) = 0;
    // True when a change takes effect only after a restart.
    virtual bool needsRestart() const { return false; }
};
