#include "config/secretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void prefetchPlaintextReferences()
    {
        qputenv("SENTINELA_TEST_TOKEN", "s3cret-token");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"password"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  file-password\n");
        file.close();

        NetworkConfig net;
        PrometheusEndpoint a;
        a.auth = {EndpointAuth::Kind::Bearer, {}, {SecretRef::Store::Environment, u"SENTINELA_TEST_TOKEN"_s}};
        PrometheusEndpoint b;
        b.auth = {EndpointAuth::Kind::Basic, u"noc"_s, {SecretRef::Store::File, path}};
        net.prometheus = {a, b};

        SecretStore store(true);
        bool done = false;
        store.prefetch(net, [&done] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(store.cached(a.auth.secret), u"s3cret-token"_s);
        QCOMPARE(store.cached(b.auth.secret), u"file-password"_s);
    }

    void plaintextRefusedWithoutOptIn()
    {
        SecretStore store(false);
        QString error;
        bool called = false;
        store.read({SecretRef::Store::Environment, u"PATH"_s}, [&](const QString &secret, const QString &e) {
            called = true;
            QVERIFY(secret.isEmpty());
            error = e;
        });
        QVERIFY(called);
        QVERIFY(error.contains(u"not allowed"_s));
    }

    void missingSecretsAreErrorsNotCrashes()
    {
        SecretStore store(true);
        QString error;
        store.read(
            {SecretRef::Store::File, u"/nonexistent/secret"_s}, [&](const QString &, const QString &e) { error = e; });
        QVERIFY(error.contains(u"/nonexistent/secret"_s));
        store.read({SecretRef::Store::Environment, u"SENTINELA_SURELY_UNSET"_s},
            [&](const QString &, const QString &e) { error = e; });
        QVERIFY(error.contains(u"SENTINELA_SURELY_UNSET"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
