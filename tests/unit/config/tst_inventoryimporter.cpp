#include "config/inventoryimporter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/import/") + QLatin1StringView(name);
}
} // namespace

class TestInventoryImporter : public QObject
{
    Q_OBJECT

private slots:
    void genesisQbft()
    {
        const auto r = InventoryImporter::importFile(InventoryImporter::Kind::Genesis, fixture("genesis-qbft.json"));
        QVERIFY2(r.ok(), qPrintable(r.messages.isEmpty() ? QString() : r.messages.first().toString()));
        QCOMPARE(r.network.chainId, 12120014u);
        QCOMPARE(r.network.consensus, Consensus::Qbft);
        QCOMPARE(r.network.blockPeriodSeconds, 4.0);
        QCOMPARE(r.network.requestTimeoutSeconds, 8);
        QVERIFY(!r.network.qbftStartBlock);
        QCOMPARE(r.network.nodes.size(), 4);
        QCOMPARE(r.network.nodes[0].address, u"0x64a702e6263b7297a96638cac6ae65e6541f4169"_s);
        QCOMPARE(r.network.nodes[3].address, u"0xc7eeb9a4e00ce683cf93039b212648e01c6c6b78"_s);
        QCOMPARE(r.network.nodes[0].type, NodeType::Validator);
    }

    void genesisEmptyBlockPeriod()
    {
        // QBFT genesis options as Besu reads them (BftConfigOptions): keys are case-insensitive.
        const QByteArray genesis = R"({"config": {"chainId": 1337, "qbft": {"blockperiodseconds": 2,
            "emptyBlockPeriodSeconds": 60, "requesttimeoutseconds": 6, "epochlength": 30000}},
            "extraData": "0xe5a00000000000000000000000000000000000000000000000000000000000000000c0c080c0"})";
        const auto r = InventoryImporter::fromGenesis(genesis, u"genesis.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages.isEmpty() ? QString() : r.messages.first().toString()));
        QCOMPARE(r.network.blockPeriodSeconds, 2.0);
        QCOMPARE(r.network.emptyBlockPeriodSeconds, 60.0);
        QCOMPARE(r.network.requestTimeoutSeconds, 6);
        QVERIFY(r.statedFields.contains(u"emptyBlockPeriodSeconds"_s));
        NetworkConfig net;
        QCOMPARE(net.emptyBlockPeriodSeconds, 0.0);
        const QStringList changes = InventoryImporter::merge(net, r);
        QCOMPARE(net.emptyBlockPeriodSeconds, 60.0);
        QCOMPARE(net.blockPeriodSeconds, 2.0);
        QVERIFY(changes.join(u'\n').contains(u"60"_s));

        // Not stated: the profile keeps its value.
        const auto plain = InventoryImporter::importFile(InventoryImporter::Kind::Genesis, fixture("genesis-qbft.json"));
        QVERIFY(plain.ok());
        QCOMPARE(plain.network.emptyBlockPeriodSeconds, 0.0);
        QVERIFY(!plain.statedFields.contains(u"emptyBlockPeriodSeconds"_s));
        InventoryImporter::merge(net, plain);
        QCOMPARE(net.emptyBlockPeriodSeconds, 60.0);

        // The experimental name of early releases.
        const auto early = InventoryImporter::fromGenesis(
            R"({"config": {"chainId": 1, "qbft": {"blockperiodseconds": 1, "xemptyblockperiodseconds": 5}}})",
            u"genesis.json"_s);
        QVERIFY(early.ok());
        QCOMPARE(early.network.emptyBlockPeriodSeconds, 5.0);
    }

    void genesisMigrated()
    {
        const auto r
            = InventoryImporter::importFile(InventoryImporter::Kind::Genesis, fixture("genesis-migrated.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.network.chainId, 648629u);
        QCOMPARE(r.network.consensus, Consensus::Ibft2);
        QCOMPARE(r.network.qbftStartBlock, std::optional<quint64>(120000));
        QCOMPARE(r.network.nodes.size(), 1);
        QCOMPARE(r.network.nodes[0].address, u"0xc2ab482b506de561668e07f04547232a72897daf"_s);
    }

    void staticNodes()
    {
        const auto r
            = InventoryImporter::importFile(InventoryImporter::Kind::StaticNodes, fixture("static-nodes.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.network.nodes.size(), 2);
        QCOMPARE(r.network.nodes[1].name, u"validator02.example"_s);
        QVERIFY(r.network.nodes[0].enode.startsWith(u"6f8a80d1"_s));
    }

    void rbbNodes()
    {
        const auto r = InventoryImporter::importFile(InventoryImporter::Kind::RbbNodes, fixture("rbb-nodes.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.network.institutions.size(), 2);
        QCOMPARE(r.network.institutions[1].id, u"tribunal-de-contas-da-uniao"_s);
        QCOMPARE(r.network.institutions[1].name, u"Tribunal de Contas da União"_s);
        QCOMPARE(r.network.nodes.size(), 3); // the retired writer is skipped
        QCOMPARE(r.network.nodes[0].type, NodeType::Validator);
        QCOMPARE(r.network.nodes[0].address, u"0x64a702e6263b7297a96638cac6ae65e6541f4169"_s);
        QCOMPARE(r.network.nodes[1].type, NodeType::Boot);
        QCOMPARE(r.network.nodes[2].type, NodeType::ObserverBoot);
        QVERIFY(r.network.nodes[2].enode.isEmpty());
        // the bad pubKey is a warning naming the node
        QVERIFY(std::any_of(r.messages.cbegin(), r.messages.cend(), [](const ConfigMessage &m) {
            return m.severity == ConfigMessage::Severity::Warning && m.field.endsWith(u"nodes[0].pubKey"_s);
        }));
    }

    void prometheusConfig()
    {
        const auto r
            = InventoryImporter::importFile(InventoryImporter::Kind::PrometheusConfig, fixture("prometheus.yml"));
        QVERIFY(r.ok());
        QCOMPARE(r.network.nodes.size(), 2);
        QCOMPARE(r.network.nodes[0].prometheusNode, u"validator01"_s);
        QCOMPARE(r.network.nodes[0].prometheusInstance, u"10.0.1.11:9545"_s);
        QCOMPARE(r.network.nodes[0].type, NodeType::Validator);
        QCOMPARE(r.network.nodes[1].type, NodeType::Boot);
        QCOMPARE(r.network.institutions.size(), 1);
        QCOMPARE(r.network.institutions[0].prometheusOrganization, u"BNDES"_s);
        QCOMPARE(r.network.prometheusJob, u"rbb"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("genesis not json")
            << int(InventoryImporter::Kind::Genesis) << QByteArray("{") << u"not valid JSON"_s;
        QTest::newRow("genesis no config")
            << int(InventoryImporter::Kind::Genesis) << QByteArray("{}") << u"\"config\""_s;
        QTest::newRow("genesis clique") << int(InventoryImporter::Kind::Genesis)
                                        << QByteArray("{\"config\":{\"chainId\":1,\"clique\":{}}}")
                                        << u"not a Besu BFT"_s;
        QTest::newRow("genesis bad extra")
            << int(InventoryImporter::Kind::Genesis)
            << QByteArray("{\"config\":{\"chainId\":1,\"qbft\":{}},\"extraData\":\"0x1234\"}") << u"extraData"_s;
        QTest::newRow("no enodes") << int(InventoryImporter::Kind::StaticNodes) << QByteArray("[]") << u"no enode"_s;
        QTest::newRow("nodes.json empty")
            << int(InventoryImporter::Kind::RbbNodes) << QByteArray("{}") << u"no organisation"_s;
        QTest::newRow("prometheus no jobs")
            << int(InventoryImporter::Kind::PrometheusConfig) << QByteArray("global: {}") << u"scrape_configs"_s;
        QTest::newRow("prometheus bad yaml")
            << int(InventoryImporter::Kind::PrometheusConfig) << QByteArray("a: [") << u"not valid YAML"_s;
    }

    void badInput()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        ImportResult r;
        switch (static_cast<InventoryImporter::Kind>(kind)) {
        case InventoryImporter::Kind::Genesis:
            r = InventoryImporter::fromGenesis(data, u"in"_s);
            break;
        case InventoryImporter::Kind::StaticNodes:
            r = InventoryImporter::fromStaticNodes(data, u"in"_s);
            break;
        case InventoryImporter::Kind::RbbNodes:
            r = InventoryImporter::fromRbbNodes(data, u"in"_s);
            break;
        case InventoryImporter::Kind::PrometheusConfig:
            r = InventoryImporter::fromPrometheusConfig(data, u"in"_s);
            break;
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.messages.first().toString().contains(message), qPrintable(r.messages.first().toString()));
        QVERIFY(r.messages.first().toString().startsWith(u"in"_s));
    }

    void detect()
    {
        QCOMPARE(InventoryImporter::detect("scrape_configs: []"), InventoryImporter::Kind::PrometheusConfig);
        QCOMPARE(InventoryImporter::detect("{\"config\":{\"qbft\":{}}}"), InventoryImporter::Kind::Genesis);
        QCOMPARE(
            InventoryImporter::detect("[{\"nodes\":[{\"nodeType\":\"boot\"}]}]"), InventoryImporter::Kind::RbbNodes);
        QCOMPARE(InventoryImporter::detect("[\"enode://x\"]"), InventoryImporter::Kind::StaticNodes);
        QVERIFY(!InventoryImporter::detect("hello"));
    }

    void mergeAll()
    {
        NetworkConfig net;
        net.name = u"rbb"_s;
        const auto genesis
            = InventoryImporter::importFile(InventoryImporter::Kind::Genesis, fixture("genesis-qbft.json"));
        const auto nodes = InventoryImporter::importFile(InventoryImporter::Kind::RbbNodes, fixture("rbb-nodes.json"));
        const auto statics
            = InventoryImporter::importFile(InventoryImporter::Kind::StaticNodes, fixture("static-nodes.json"));
        QStringList changes = InventoryImporter::merge(net, genesis);
        QVERIFY(changes.contains(u"chainId: 0 → 12120014"_s));
        QCOMPARE(net.nodes.size(), 4);
        changes = InventoryImporter::merge(net, nodes);
        // validator01 of nodes.json has the address of a genesis validator: merged, not duplicated
        QCOMPARE(net.nodes.size(), 6);
        QVERIFY(std::any_of(changes.cbegin(), changes.cend(),
            [](const QString &c) { return c.startsWith(u"node validator-64a702e6"_s); }));
        changes = InventoryImporter::merge(net, statics);
        // both enodes are known by now (validator01's and boot01's)
        QCOMPARE(net.nodes.size(), 6);
        QCOMPARE(net.institutions.size(), 2);
        QCOMPARE(net.chainId, 12120014u);
        QCOMPARE(net.blockPeriodSeconds, 4.0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryImporter)
#include "tst_inventoryimporter.moc"
