#pragma once

#include <QSslConfiguration>
#include <QString>

// A throwaway certificate authority and a server certificate for 127.0.0.1 signed by it,
// generated with the openssl command into a folder the test owns.
struct TestCertificates
{
    bool ok = false;
    QString error;
    QString caFile; // PEM: the CA's certificate
    QString certificateFile; // PEM: the server's certificate
    QString keyFile; // PEM: the server's key

    static bool opensslAvailable();
    static TestCertificates generate(const QString &folder);
    QSslConfiguration serverConfiguration() const;
};
