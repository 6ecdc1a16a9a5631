#include "config/secretstore.h"

#include <QRegularExpression>
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
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

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

    void secretFileLimits()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &content, QFileDevice::Permissions permissions) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(path));
            file.close();
            QFile::setPermissions(path, permissions);
            return path;
        };
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        SecretStore store(true);
        QSignalSpy warnings(&store, &SecretStore::warning);
        QString secret, error;
        auto read = [&](const QString &path) {
            secret.clear();
            error.clear();
            store.read({SecretRef::Store::File, path}, [&](const QString &s, const QString &e) {
                secret = s;
                error = e;
            });
        };

        // Private and small: read, no warning.
        read(write(u"private"_s, "token-1\n", ownerOnly));
        QCOMPARE(secret, u"token-1"_s);
        QVERIFY(error.isEmpty());
        QCOMPARE(warnings.size(), 0);

        // Exactly at the cap: still a secret.
        read(write(u"at-cap"_s, QByteArray(SecretStore::maxSecretFileBytes, 'x'), ownerOnly));
        QVERIFY(error.isEmpty());
        QCOMPARE(secret.size(), SecretStore::maxSecretFileBytes);

        // One byte more: refused, naming the file.
        const QString big = write(u"big"_s, QByteArray(SecretStore::maxSecretFileBytes + 1, 'x'), ownerOnly);
        read(big);
        QVERIFY(secret.isEmpty());
        QVERIFY2(error.contains(big) && error.contains(u"larger than"_s), qPrintable(error));

        // A device that never ends is refused the same way instead of filling memory.
        if (QFile::exists(u"/dev/zero"_s)) {
            read(u"/dev/zero"_s);
            QVERIFY2(error.contains(u"larger than"_s), qPrintable(error));
        }

        // Readable by the group or by everyone: read, with a warning naming the file.
        const QString shared = write(u"shared"_s, "token-2", ownerOnly | QFileDevice::ReadGroup);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"readable by its group or by everyone"_s));
        read(shared);
        QCOMPARE(secret, u"token-2"_s);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().first().toString().contains(shared));
        const QString world = write(u"world"_s, "token-3", ownerOnly | QFileDevice::ReadOther);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"readable by its group or by everyone"_s));
        read(world);
        QCOMPARE(secret, u"token-3"_s);
        QCOMPARE(store.warnings().size(), 2);
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
