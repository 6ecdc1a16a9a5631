#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// A throw-away PKI made with the openssl CLI for TLS tests: one CA, a server certificate for 127.0.0.1/localhost and
// a client certificate. Header-only so unit and integration tests share it without another library.
struct TestPki
{
    QString caCert, caKey, serverCert, serverKey, clientCert, clientKey;
    QString error;

    static QString opensslPath() { return QStandardPaths::findExecutable(QStringLiteral("openssl")); }

    // Creates everything under `dir` with file names prefixed by `prefix`. Returns false (and sets error) on failure.
    bool create(const QString &dir, const QString &prefix = QStringLiteral("pki"))
    {
        using namespace Qt::StringLiterals;
        const QString openssl = opensslPath();
        if (openssl.isEmpty()) {
            error = QStringLiteral("openssl not found");
            return false;
        }
        auto path
            = [&](const char *name) { return QDir(dir).filePath(prefix + QLatin1Char('-') + QLatin1String(name)); };
        caCert = path("ca.crt");
        caKey = path("ca.key");
        serverCert = path("server.crt");
        serverKey = path("server.key");
        clientCert = path("client.crt");
        clientKey = path("client.key");
        const QString ext = path("server.ext");
        {
            QFile f(ext);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        }
        const QString clientExt = path("client.ext");
        {
            QFile f(clientExt);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write("extendedKeyUsage=clientAuth\n");
        }
        const QList<QStringList> steps {
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                u"-keyout"_s, caKey, u"-out"_s, caCert, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=Sentinela Test CA "_s + prefix},
            {u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                u"-keyout"_s, serverKey, u"-out"_s, path("server.csr"), u"-subj"_s, u"/CN=127.0.0.1"_s},
            {u"x509"_s, u"-req"_s, u"-in"_s, path("server.csr"), u"-CA"_s, caCert, u"-CAkey"_s, caKey,
                u"-CAcreateserial"_s, u"-out"_s, serverCert, u"-days"_s, u"2"_s, u"-extfile"_s, ext},
            {u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                u"-keyout"_s, clientKey, u"-out"_s, path("client.csr"), u"-subj"_s, u"/CN=sentinela-client"_s},
            {u"x509"_s, u"-req"_s, u"-in"_s, path("client.csr"), u"-CA"_s, caCert, u"-CAkey"_s, caKey,
                u"-CAcreateserial"_s, u"-out"_s, clientCert, u"-days"_s, u"2"_s, u"-extfile"_s, clientExt},
        };
        for (const QStringList &args : steps) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(openssl, args);
            if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                error = QStringLiteral("openssl %1 failed: %2")
                            .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
                return false;
            }
        }
        return true;
    }
};
