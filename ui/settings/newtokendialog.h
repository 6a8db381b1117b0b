#pragma once

#include <QDialog>

class QLineEdit;

// Shows the token of a new API key once, with a copy button. UserSync keeps only its hash.
class NewTokenDialog : public QDialog
{
    Q_OBJECT

public:
    NewTokenDialog(const QString &name, const QString &token, QWidget *parent = nullptr);

private:
    QLineEdit *m_token;
};
