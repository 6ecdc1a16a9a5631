#include "../../fixtures/topology/topologyfixture.h"

#include "analysis/topology.h"
#include "analysis/topologylayout.h"
#include "chain/blockanalysis.h"

#include <QTest>

#include <cmath>

using namespace analysis;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/topology/") + QString::fromLatin1(name);
}

QStringList strings(const nlohmann::json &array)
{
    QStringList out;
    for (const auto &v : array)
        out.append(QString::fromStdString(v.get<std::string>()));
    out.sort();
    return out;
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + u'|' + b : b + u'|' + a;
}

QString hexKey(int i)
{
    return QString::number(0x100 + i, 16).repeated(43).left(128);
}

TopologyInputNode node(const QString &name, NodeType type, const QString &institution)
{
    TopologyInputNode n;
    n.name = name;
    n.type = type;
    n.institution = institution;
    return n;
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("partition found") << fixture("partition.json");
        QTest::newRow("missing expected links") << fixture("missing.json");
        QTest::newRow("observer aggregation") << fixture("observers.json");
        QTest::newRow("validator below quorum") << fixture("quorum.json");
    }

    void fixtures()
    {
        QFETCH(QString, file);
        const TopologyFixture f = loadTopologyFixture(file);
        QVERIFY2(f.ok, qPrintable(f.error));
        const TopologyGraph g = buildTopology(f.input);
        const nlohmann::json &e = f.expect;

        QCOMPARE(int(g.components.size()), e.at("components").get<int>());
        QCOMPARE(g.isPartitioned(), e.at("components").get<int>() > 1);

        QStringList missing;
        for (const TopologyEdge &edge : g.edges)
            if (edge.state == TopologyEdge::State::Missing) {
                QVERIFY(edge.expected);
                missing.append(pairKey(g.nodes.at(edge.a).id, g.nodes.at(edge.b).id));
            }
        missing.sort();
        QStringList expectedMissing;
        for (const QString &p : strings(e.at("missing")))
            expectedMissing.append(pairKey(p.section(u'|', 0, 0), p.section(u'|', 1, 1)));
        expectedMissing.sort();
        QCOMPARE(missing, expectedMissing);
        QCOMPARE(g.missingCount(), int(expectedMissing.size()));

        QStringList belowQuorum;
        QStringList belowPeers;
        QMap<QString, int> aggregates;
        for (const TopologyNode &n : g.nodes) {
            QVERIFY2(n.kind != TopologyNodeKind::Other, qPrintable(n.id)); // prometheus nodes are left out
            if (n.belowValidatorQuorum)
                belowQuorum.append(n.id);
            if (n.belowPeerThreshold)
                belowPeers.append(n.id);
            if (n.isAggregate()) {
                aggregates.insert(n.id, n.aggregateCount);
                QVERIFY(!n.attachedTo.isEmpty());
                QVERIFY(g.indexOf(n.attachedTo) >= 0);
            }
        }
        belowQuorum.sort();
        belowPeers.sort();
        QCOMPARE(belowQuorum, strings(e.at("belowQuorum")));
        QCOMPARE(belowPeers, strings(e.at("belowPeers")));
        QMap<QString, int> expectedAggregates;
        for (auto it = e.at("aggregates").begin(); it != e.at("aggregates").end(); ++it)
            expectedAggregates.insert(QString::fromStdString(it.key()), it.value().get<int>());
        QCOMPARE(aggregates, expectedAggregates);
    }

    void observerAggregateIsLinkedToItsBoot()
    {
        const TopologyFixture f = loadTopologyFixture(fixture("observers.json"));
        QVERIFY2(f.ok, qPrintable(f.error));
        const TopologyGraph g = buildTopology(f.input);
        const int agg = g.indexOf(u"observers@observer-boot01"_s);
        const int boot = g.indexOf(u"observer-boot01"_s);
        QVERIFY(agg >= 0 && boot >= 0);
        bool linked = false;
        for (const TopologyEdge &e : g.edges)
            if ((e.a == boot && e.b == agg) || (e.a == agg && e.b == boot)) {
                linked = e.state == TopologyEdge::State::Present;
                // Every observer dialled in: the arrow points at the observer-boot.
                QCOMPARE(e.direction, e.a == agg ? TopologyEdge::Direction::FromA : TopologyEdge::Direction::FromB);
            }
        QVERIFY(linked);
        QCOMPARE(g.nodes.at(agg).kind, TopologyNodeKind::ObserversAggregate);
        QCOMPARE(g.nodes.at(agg).component, g.nodes.at(boot).component);
    }

    void directionFromInboundFlag()
    {
        const TopologyFixture f = loadTopologyFixture(fixture("partition.json"));
        QVERIFY2(f.ok, qPrintable(f.error));
        const TopologyGraph g = buildTopology(f.input);
        // The generator has the first node of each pair dial the second: validator01 -> validator02.
        const int v1 = g.indexOf(u"validator01"_s);
        const int v2 = g.indexOf(u"validator02"_s);
        for (const TopologyEdge &e : g.edges)
            if (e.a == v1 && e.b == v2) {
                QVERIFY(e.reportedByA && e.reportedByB);
                QCOMPARE(e.direction, TopologyEdge::Direction::FromA);
                return;
            }
        QFAIL("validator01-validator02 link not found");
    }

    void expectedRule_data()
    {
        QTest::addColumn<QList<TopologyInputNode>>("nodes");
        QTest::addColumn<QStringList>("pairs");
        QTest::newRow("core full mesh across institutions") << QList<TopologyInputNode> {
            node(u"v1"_s, NodeType::Validator, u"a"_s), node(u"b1"_s, NodeType::Boot, u"a"_s),
            node(u"v2"_s, NodeType::Validator, u"b"_s)} << QStringList {u"b1|v1"_s, u"b1|v2"_s, u"v1|v2"_s};
        QTest::newRow("writer to its own institution's boots only") << QList<TopologyInputNode> {
            node(u"b1"_s, NodeType::Boot, u"a"_s), node(u"b2"_s, NodeType::Boot, u"b"_s),
            node(u"w1"_s, NodeType::Writer, u"a"_s)} << QStringList {u"b1|b2"_s, u"b1|w1"_s};
        QTest::newRow("no boot: satellite to its validators") << QList<TopologyInputNode> {
            node(u"v1"_s, NodeType::Validator, u"a"_s), node(u"ob1"_s, NodeType::ObserverBoot, u"a"_s),
            node(u"v2"_s, NodeType::Validator, u"b"_s)} << QStringList {u"ob1|v1"_s, u"v1|v2"_s};
        QTest::newRow("observers expect nothing") << QList<TopologyInputNode> {node(u"b1"_s, NodeType::Boot, u"a"_s),
            node(u"o1"_s, NodeType::Observer, u"a"_s)}
                                                  << QStringList {};
    }

    void expectedRule()
    {
        QFETCH(QList<TopologyInputNode>, nodes);
        QFETCH(QStringList, pairs);
        QStringList got;
        for (const auto &[a, b] : expectedLinks(nodes))
            got.append(pairKey(nodes.at(a).name, nodes.at(b).name));
        got.sort();
        pairs.sort();
        QCOMPARE(got, pairs);
    }

    void quorum_data()
    {
        QTest::addColumn<int>("validators");
        QTest::addColumn<int>("quorum");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("4") << 4 << 3;
        QTest::newRow("7") << 7 << 5;
        QTest::newRow("9") << 9 << 6;
        QTest::newRow("10") << 10 << 7;
    }

    void quorum()
    {
        QFETCH(int, validators);
        QFETCH(int, quorum);
        QCOMPARE(chain::bftQuorum(validators), quorum);
    }

    void publicKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        const QString k = hexKey(1);
        QTest::newRow("bare") << k << k;
        QTest::newRow("0x upper") << (u"0x"_s + k.toUpper()) << k;
        QTest::newRow("enode") << (u"enode://"_s + k + u"@10.0.0.1:30303?discport=0"_s) << k;
        QTest::newRow("short") << u"0xabcd"_s << QString();
        QTest::newRow("garbage") << u"validator01"_s << QString();
    }

    void publicKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(normalizePublicKey(text), key);
    }

    void unreachableValidatorsAreNotFlaggedWithoutProof()
    {
        // Only validator01 reports; it sees validator02. validators 03 and 04 might be linked to each other.
        QList<TopologyInputNode> nodes;
        for (int i = 1; i <= 4; ++i) {
            TopologyInputNode n = node(u"v%1"_s.arg(i), NodeType::Validator, u"a"_s);
            n.publicKey = hexKey(i);
            nodes.append(n);
        }
        besu::PeerInfo p;
        p.id = u"0x"_s + hexKey(2);
        nodes[0].peers = QList<besu::PeerInfo> {p};
        TopologyInput input;
        input.nodes = nodes;
        const TopologyGraph g = buildTopology(input);
        QVERIFY(g.nodes.at(0).belowValidatorQuorum); // reports: 1 link + itself < 3
        QVERIFY(!g.nodes.at(1).belowValidatorQuorum); // v1 + possibly v3, v4
        QVERIFY(!g.nodes.at(2).belowValidatorQuorum);
        QCOMPARE(g.nodes.at(2).component, -1); // nothing known about it
        QCOMPARE(g.missingCount(), 2); // v1-v3 and v1-v4: v1 would have seen them
    }

    void layoutIsStable()
    {
        const TopologyFixture f = loadTopologyFixture(fixture("quorum.json"));
        QVERIFY2(f.ok, qPrintable(f.error));
        const TopologyGraph g = buildTopology(f.input);
        LayoutRequest request;
        request.ids = g.nodeIds();
        for (const TopologyEdge &e : g.edges)
            request.edges.append({e.a, e.b});
        const LayoutResult first = computeLayout(request);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.positions.size(), request.ids.size());
        QVERIFY(!needsLayout(request.ids, first.positions));

        request.ids.append(u"newcomer"_s);
        request.edges.append({0, int(request.ids.size()) - 1});
        QVERIFY(needsLayout(request.ids, first.positions));
        request.previous = first.positions;
        const LayoutResult second = computeLayout(request);
        QVERIFY2(second.ok, qPrintable(second.error));
        for (auto it = first.positions.cbegin(); it != first.positions.cend(); ++it)
            QCOMPARE(second.positions.value(it.key()), *it);
        const QPointF fresh = second.positions.value(u"newcomer"_s);
        QVERIFY(std::isfinite(fresh.x()) && std::isfinite(fresh.y()));
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
