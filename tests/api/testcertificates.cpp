#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

namespace {
bool openssl(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}
} // namespace

bool TestCertificates::opensslAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

TestCertificates TestCertificates::generate(const QString &folder)
{
    TestCertificates result;
    const QDir dir(folder);
    result.caFile = dir.filePath(QStringLiteral("ca.pem"));
    result.certificateFile = dir.filePath(QStringLiteral("server.pem"));
    result.keyFile = dir.filePath(QStringLiteral("server.key"));
    const QString caKey = dir.filePath(QStringLiteral("ca.key"));
    const QString request = dir.filePath(QStringLiteral("server.csr"));
    const QString extensions = dir.filePath(QStringLiteral("server.ext"));
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly)) {
        result.error = ext.errorString();
        return result;
    }
    ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    if (!openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", caKey, "-out",
                  result.caFile, "-days", "2", "-subj", "/CN=UserSync Test CA", "-addext",
                  "basicConstraints=critical,CA:TRUE", "-addext",
                  "keyUsage=critical,keyCertSign,cRLSign"},
                 &result.error)
        || !openssl({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", result.keyFile, "-out",
                     request, "-subj", "/CN=127.0.0.1"},
                    &result.error)
        || !openssl({"x509", "-req", "-in", request, "-CA", result.caFile, "-CAkey", caKey,
                     "-CAcreateserial", "-out", result.certificateFile, "-days", "2", "-extfile",
                     extensions},
                    &result.error))
        return result;
    result.ok = true;
    return result;
}

QSslConfiguration TestCertificates::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (certificate.open(QIODevice::ReadOnly))
        configuration.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
    if (key.open(QIODevice::ReadOnly))
        configuration.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
