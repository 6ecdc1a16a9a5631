#include "config/inventoryloader.h"
#include "config/validateconfigcommand.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class TestInventoryLoader : public QObject
{
    Q_OBJECT

private:
    static QByteArray minimal(const QByteArray &networkExtra = {}, const QByteArray &top = {})
    {
        return top
            + "active: lab\n"
              "networks:\n"
              "  - name: lab\n"
              "    chainId: 648629\n"
              "    institutions:\n"
              "      - {id: bndes, name: BNDES}\n"
              "    nodes:\n"
              "      - {name: validator01, type: validator, institution: bndes, rpcHttp: 'http://127.0.0.1:8545'}\n"
            + networkExtra;
    }

private slots:
    void shippedRbbProfile()
    {
        const auto result
            = InventoryLoader::loadFile(QStringLiteral(SENTINELA_SOURCE_DIR "/resources/profiles/rbb.yaml"));
        for (const auto &m : result.messages)
            qWarning() << m.toString();
        QVERIFY(result.inventory);
        QVERIFY(result.messages.isEmpty());
        const NetworkConfig *net = result.inventory->active();
        QVERIFY(net);
        QCOMPARE(net->chainId, 12120014u);
        QCOMPARE(net->consensus, Consensus::Qbft);
        QCOMPARE(net->blockPeriodSeconds, 4.0);
        QCOMPARE(net->requestTimeoutSeconds, 8);
        QCOMPARE(net->epochLength, 30000u);
        QCOMPARE(net->serviceLevels.ola.size(), 3);
        QCOMPARE(net->serviceLevels.ola[0].validators, 8);
        QCOMPARE(net->serviceLevels.ola[0].yellowPercent, 11.8);
        QCOMPARE(net->serviceLevels.ola[2].redPercent, 8.9);
        QCOMPARE(net->serviceHours.start, QTime(9, 0));
        QCOMPARE(net->serviceHours.weekdays, (QList<int> {1, 2, 3, 4, 5}));
        QVERIFY(net->serviceHours.holidays.contains(QDate(2026, 11, 20)));
        QVERIFY(result.inventory->network(u"rbb-lab"_s));
        QCOMPARE(result.inventory->network(u"rbb-lab"_s)->chainId, 648629u);
        QCOMPARE(net->historyBlocks(), 21600);
    }

    void validFull()
    {
        const QByteArray extra
            = "    consensus: ibft2\n"
              "    qbftStartBlock: 1000\n"
              "    blockPeriodSeconds: 2\n"
              "    prometheus:\n"
              "      job: rbb\n"
              "      endpoints:\n"
              "        - name: a-l2\n"
              "          url: https://l2.a.example:9090\n"
              "          tls: {ca: /etc/ca.pem, cert: /etc/c.pem, key: /etc/k.pem}\n"
              "          auth: {kind: basic, username: noc, secret: keychain:a-l2}\n"
              "        - {name: b-l2, url: 'https://l2.b.example:9090', auth: {kind: bearer, secret: keychain:b}}\n"
              "    alertmanager: {url: 'http://am.example:9093'}\n"
              "    polling: {nodeStatusMs: 2000, historyHours: 48}\n";
        const auto result = InventoryLoader::parse(minimal(extra), u"full.yaml"_s);
        QVERIFY2(
            result.inventory, qPrintable(result.messages.isEmpty() ? QString() : result.messages.first().toString()));
        const NetworkConfig &net = result.inventory->networks.first();
        QCOMPARE(net.consensus, Consensus::Ibft2);
        QCOMPARE(net.qbftStartBlock, std::optional<quint64>(1000));
        QCOMPARE(net.prometheus.size(), 2);
        QCOMPARE(net.prometheus[0].tls.certFile, u"/etc/c.pem"_s);
        QCOMPARE(net.prometheus[0].auth.kind, EndpointAuth::Kind::Basic);
        QCOMPARE(net.prometheus[0].auth.secret.store, SecretRef::Store::Keychain);
        QCOMPARE(net.prometheus[0].auth.secret.key, u"a-l2"_s);
        QCOMPARE(net.prometheus[1].auth.kind, EndpointAuth::Kind::Bearer);
        QVERIFY(net.alertmanager);
        QCOMPARE(net.polling.nodeStatusMs, 2000);
        QCOMPARE(net.historyBlocks(), 48 * 3600 / 2);
        QCOMPARE(net.nodes.first().prometheusNode, u"validator01"_s);
        QCOMPARE(net.nodes.first().rpcHttp, QUrl(u"http://127.0.0.1:8545"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");

        QTest::newRow("not yaml") << QByteArray("networks: [unclosed\n") << 2 << QString() << u"not valid YAML"_s;
        QTest::newRow("top not a map") << QByteArray("- a\n- b\n") << 1 << QString() << u"expected a mapping"_s;
        QTest::newRow("no networks") << QByteArray("active: x\n") << 1 << u"networks"_s
                                     << u"missing; expected a list"_s;
        QTest::newRow("chainId text") << minimal().replace("chainId: 648629", "chainId: lab") << 4
                                      << u"networks[0].chainId"_s << u"expected a number"_s;
        QTest::newRow("chainId missing") << minimal().replace("    chainId: 648629\n", "") << 3
                                         << u"networks[0].chainId"_s << u"missing"_s;
        QTest::newRow("bad consensus") << minimal("    consensus: pow\n") << 9 << u"networks[0].consensus"_s
                                       << u"expected qbft or ibft2"_s;
        QTest::newRow("bad node type") << minimal().replace("type: validator", "type: miner") << 8
                                       << u"networks[0].nodes[0].type"_s << u"expected one of validator"_s;
        QTest::newRow("unknown institution") << minimal().replace("institution: bndes", "institution: xyz") << 8
                                             << u"networks[0].nodes[0].institution"_s << u"no institution with id"_s;
        QTest::newRow("bad url") << minimal().replace("http://127.0.0.1:8545", "ftp://x") << 8
                                 << u"networks[0].nodes[0].rpcHttp"_s << u"expected a URL"_s;
        QTest::newRow("bad time") << minimal("    serviceHours: {start: '9h'}\n") << 9
                                  << u"networks[0].serviceHours.start"_s << u"HH:MM"_s;
        QTest::newRow("bad zone") << minimal("    serviceHours: {timeZone: Mars/Olympus}\n") << 9
                                  << u"networks[0].serviceHours.timeZone"_s << u"unknown time zone"_s;
        QTest::newRow("plain secret") << minimal("    prometheus:\n      endpoints:\n        - url: 'http://a:1'\n"
                                                 "          auth: {kind: bearer, secret: hunter2}\n")
                                      << 12 << u"networks[0].prometheus.endpoints[0].auth.secret"_s
                                      << u"reference to a secret"_s;
        QTest::newRow("env secret without opt-in")
            << minimal("    prometheus:\n      endpoints:\n        - url: 'http://a:1'\n"
                       "          auth: {kind: bearer, secret: 'env:TOKEN'}\n")
            << 3 << u"networks[0].prometheus.endpoints[0].auth.secret"_s << u"allowPlaintextSecrets"_s;
        QTest::newRow("ola red above yellow")
            << minimal("    serviceLevels:\n      ola: [{validators: 4, yellowPercent: 20, redPercent: 30}]\n") << 10
            << u"networks[0].serviceLevels.ola[0]"_s << u"redPercent"_s;
        QTest::newRow("duplicate node") << minimal("      - {name: validator01, type: boot, institution: bndes}\n") << 9
                                        << u"networks[0].nodes[1].name"_s << u"duplicate node name"_s;
        QTest::newRow("active unknown") << minimal().replace("active: lab", "active: main") << 1 << u"active"_s
                                        << u"no network named"_s;
        QTest::newRow("bad address") << minimal().replace("rpcHttp: 'http://127.0.0.1:8545'", "address: 0x12") << 8
                                     << u"networks[0].nodes[0].address"_s << u"40 hex digits"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, text);
        const auto result = InventoryLoader::parse(yaml, u"broken.yaml"_s);
        QVERIFY(!result.inventory);
        QVERIFY(hasErrors(result.messages));
        const auto it = std::find_if(result.messages.cbegin(), result.messages.cend(),
            [](const ConfigMessage &m) { return m.severity == ConfigMessage::Severity::Error; });
        const ConfigMessage &m = *it;
        QVERIFY2(m.text.contains(text), qPrintable(m.toString()));
        QCOMPARE(m.field, field);
        QCOMPARE(m.file, u"broken.yaml"_s);
        QCOMPARE(m.line, line);
        QVERIFY(m.toString().startsWith(u"broken.yaml:%1:"_s.arg(line)));
    }

    void unknownKeysAreWarnings()
    {
        const auto result = InventoryLoader::parse(minimal("    colour: blue\n", "theme: dark\n"), u"w.yaml"_s);
        QVERIFY(result.inventory);
        QCOMPARE(result.messages.size(), 2);
        QCOMPARE(result.messages[0].severity, ConfigMessage::Severity::Warning);
        QCOMPARE(result.messages[0].field, u"theme"_s);
        QCOMPARE(result.messages[1].field, u"networks[0].colour"_s);
        QCOMPARE(result.messages[1].line, 10);
    }

    void plaintextOptInWarns()
    {
        const auto result
            = InventoryLoader::parse(minimal("    prometheus:\n      endpoints:\n        - url: 'https://a:1'\n"
                                             "          auth: {kind: bearer, secret: 'env:TOKEN'}\n",
                                         "allowPlaintextSecrets: true\n"),
                u"p.yaml"_s);
        QVERIFY(result.inventory);
        QCOMPARE(result.inventory->networks[0].prometheus[0].auth.secret.store, SecretRef::Store::Environment);
        QCOMPARE(result.messages.size(), 1);
        QVERIFY(result.messages[0].text.contains(u"plain files"_s));
    }

    void credentialsOverHttp_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("field");
        const QByteArray bearer = "    prometheus:\n      endpoints:\n        - url: '%1'\n"
                                  "          auth: {kind: bearer, secret: 'keychain:l2'}\n";
        QTest::newRow("prometheus bearer") << minimal(QByteArray(bearer).replace("%1", "http://l2:9090"))
                                           << u"networks[0].prometheus.endpoints[0].url"_s;
        QTest::newRow("alertmanager basic")
            << minimal("    alertmanager:\n      url: 'http://am:9093'\n"
                       "      auth: {kind: basic, username: noc, secret: 'keychain:am'}\n")
            << u"networks[0].alertmanager.url"_s;
        QTest::newRow("user info in the rpc url") << minimal().replace("http://127.0.0.1:8545",
            "http://noc:pw@127.0.0.1:8545") << u"networks[0].nodes[0].rpcHttp"_s;
    }

    void credentialsOverHttp()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, field);
        // Refused without the opt-in, with the field named.
        const auto refused = InventoryLoader::parse(yaml, u"c.yaml"_s);
        QVERIFY(!refused.inventory);
        const auto error = std::find_if(refused.messages.cbegin(), refused.messages.cend(),
            [](const ConfigMessage &m) { return m.severity == ConfigMessage::Severity::Error; });
        QVERIFY(error != refused.messages.cend());
        QCOMPARE(error->field, field);
        QVERIFY2(error->text.contains(u"allowCredentialsOverHttp: true"_s), qPrintable(error->toString()));
        // Allowed with it, with a warning naming the same field.
        const auto allowed = InventoryLoader::parse("allowCredentialsOverHttp: true\n" + yaml, u"c.yaml"_s);
        QVERIFY(allowed.inventory);
        QCOMPARE(allowed.messages.size(), 1);
        QCOMPARE(allowed.messages[0].severity, ConfigMessage::Severity::Warning);
        QCOMPARE(allowed.messages[0].field, field);
        QVERIFY2(allowed.messages[0].text.contains(u"unencrypted"_s), qPrintable(allowed.messages[0].toString()));
        // The same credentials over TLS need nothing.
        QByteArray tls = yaml;
        tls.replace("'http://", "'https://");
        const auto overTls = InventoryLoader::parse(tls, u"c.yaml"_s);
        QVERIFY(overTls.inventory);
        QVERIFY(overTls.messages.isEmpty());
    }

    void roundTrip()
    {
        const auto shipped
            = InventoryLoader::loadFile(QStringLiteral(SENTINELA_SOURCE_DIR "/resources/profiles/rbb.yaml"));
        QVERIFY(shipped.inventory);
        Inventory inv = *shipped.inventory;
        inv.networks[0].prometheus.append({u"x-l2"_s, QUrl(u"https://x:9090"_s), {u"ca.pem"_s, u"c.pem"_s, u"k.pem"_s},
            {EndpointAuth::Kind::Basic, u"noc"_s, {SecretRef::Store::Keychain, u"x"_s}}});
        inv.networks[0].nodes[0].rpcWs = QUrl(u"ws://127.0.0.1:8546"_s);
        inv.networks[0].nodes[0].address = u"0x00000000000000000000000000000000000000aa"_s;
        const QByteArray yaml = InventoryLoader::toYaml(inv);
        const auto again = InventoryLoader::parse(yaml, u"again.yaml"_s);
        QVERIFY2(again.inventory, yaml.constData());
        QVERIFY(again.messages.isEmpty());
        const NetworkConfig &a = inv.networks[0];
        const NetworkConfig &b = again.inventory->networks[0];
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.chainId, a.chainId);
        QCOMPARE(b.serviceHours.holidays, a.serviceHours.holidays);
        QCOMPARE(b.serviceLevels.ola.size(), a.serviceLevels.ola.size());
        QCOMPARE(b.nodes.size(), a.nodes.size());
        QCOMPARE(b.nodes[0].rpcWs, a.nodes[0].rpcWs);
        QCOMPARE(b.nodes[0].address, a.nodes[0].address);
        QCOMPARE(b.prometheus.size(), 1);
        QCOMPARE(b.prometheus[0].auth.secret.key, u"x"_s);
        QCOMPARE(b.prometheus[0].tls.keyFile, u"k.pem"_s);
        QCOMPARE(again.inventory->networks.size(), inv.networks.size());
    }

    // Mangled profiles give messages, never a crash or an exception.
    void mutatedProfilesNeverCrash()
    {
        QFile file(QStringLiteral(SENTINELA_SOURCE_DIR "/resources/profiles/rbb.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const char alphabet[] = ":-[]{}#'\" \n\tx0";
        QRandomGenerator rng(20261125);
        int rejected = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray mutated = original;
            for (int k = 0; k < 1 + round % 5; ++k)
                mutated[rng.bounded(mutated.size())] = alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
            const auto result = InventoryLoader::parse(mutated, u"m.yaml"_s);
            if (!result.inventory) {
                ++rejected;
                QVERIFY(hasErrors(result.messages));
            }
        }
        QVERIFY(rejected > 0);
    }

    void validateCommand()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(
            validateConfigCommand(QStringLiteral(SENTINELA_SOURCE_DIR "/resources/profiles/rbb.yaml"), out, err), 0);
        QVERIFY(outText.contains(u"valid profile"_s));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(minimal().replace("chainId: 648629", "chainId: -3"));
        file.close();
        outText.clear();
        QCOMPARE(validateConfigCommand(path, out, err), 2);
        err.flush();
        QVERIFY2(errText.contains(path + u":4:14: error: networks[0].chainId"_s), qPrintable(errText));

        errText.clear();
        QCOMPARE(validateConfigCommand(dir.filePath(u"missing.yaml"_s), out, err), 2);
        err.flush();
        QVERIFY(errText.contains(u"cannot open"_s));
    }
};

QTEST_GUILESS_MAIN(TestInventoryLoader)
#include "tst_inventoryloader.moc"
