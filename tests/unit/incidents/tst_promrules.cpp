#include "../../common/requireorskip.h"

#include "incidents/promrules.h"
#include "sources/promql.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// RBB-shaped: 4 s blocks, 8 s round timeout, two institutions that both call their nodes validator01 and validator02.
NetworkConfig rbb()
{
    NetworkConfig n;
    n.name = u"rbb"_s;
    n.displayName = u"RBB"_s;
    n.blockPeriodSeconds = 4;
    n.requestTimeoutSeconds = 8;
    n.prometheusJob = u"rbb"_s;
    n.institutions = {Institution {u"bndes"_s, u"BNDES"_s, u"bndes"_s}, Institution {u"rnp"_s, u"RNP"_s, u"rnp"_s}};
    PrometheusEndpoint l2;
    l2.name = u"bndes-l2"_s;
    l2.url = QUrl(u"http://127.0.0.1:9090/"_s);
    n.prometheus = {l2};
    auto node = [](const QString &inst, const QString &name, NodeType type) {
        NodeConfig c;
        c.name = inst + u'-' + name;
        c.prometheusNode = name;
        c.institution = inst;
        c.type = type;
        return c;
    };
    n.nodes = {node(u"bndes"_s, u"validator01"_s, NodeType::Validator),
        node(u"bndes"_s, u"validator02"_s, NodeType::Validator), node(u"rnp"_s, u"validator01"_s, NodeType::Validator),
        node(u"rnp"_s, u"validator02"_s, NodeType::Validator), node(u"bndes"_s, u"boot01"_s, NodeType::Boot),
        node(u"bndes"_s, u"observer-boot01"_s, NodeType::ObserverBoot),
        node(u"rnp"_s, u"observer-boot01"_s, NodeType::ObserverBoot),
        node(u"bndes"_s, u"writer01"_s, NodeType::Writer)};
    return n;
}

const promrules::AlertRule *find(const promrules::RuleFile &file, const char *rule)
{
    for (const auto &r : file.rules) {
        if (r.rule == QLatin1String(rule))
            return &r;
    }
    return nullptr;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        r.output = u"timed out"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

} // namespace

class TestPromRules : public QObject
{
    Q_OBJECT
private slots:
    void thresholdsFromTheProfile()
    {
        NetworkConfig n = rbb();
        const promrules::RuleFile file = promrules::buildRules(n);
        QCOMPARE(file.group, u"sentinela-rbb"_s);
        const auto *halted = find(file, Rules::ChainHalted);
        QVERIFY(halted);
        QCOMPARE(halted->alert, u"SentinelaChainHalted"_s);
        QVERIFY2(halted->expr.endsWith(u"> 13"_s), qPrintable(halted->expr)); // 4 s period + 8 s timeout + 1 s
        QVERIFY2(
            halted->expr.contains(u"besu_blockchain_chain_head_timestamp{job=\"rbb\"}"_s), qPrintable(halted->expr));
        QVERIFY2(halted->expr.contains(u"< 25)"_s), qPrintable(halted->expr)); // stale after 5 + 15 + 5 s
        QCOMPARE(halted->forSeconds, 0.0);
        QCOMPARE(halted->severity, IncidentSeverity::CriticalIncident);

        const auto *quorum = find(file, Rules::QuorumLost);
        QVERIFY(quorum);
        QVERIFY2(quorum->expr.endsWith(u"> 1"_s), qPrintable(quorum->expr)); // 4 validators, quorum 3
        // Per institution: two institutions' "validator01" are two nodes.
        QVERIFY2(quorum->expr.contains(u"up{job=\"rbb\",organization=\"bndes\",node=~\"validator01|validator02\"}"_s),
            qPrintable(quorum->expr));
        QVERIFY2(quorum->expr.contains(u"organization=\"rnp\""_s), qPrintable(quorum->expr));
        QVERIFY(find(file, Rules::FaultMarginZero)->expr.endsWith(u"== 1"_s));
        QCOMPARE(find(file, Rules::ValidatorDown)->forSeconds, 10.0); // two node-status polls

        const auto *lag = find(file, Rules::NodeLagging);
        QVERIFY(lag);
        QVERIFY2(lag->expr.contains(u"> 10)"_s), qPrintable(lag->expr));
        QCOMPARE(lag->forSeconds, 30.0);
        const auto *perm = find(file, Rules::PermissioningOff);
        QVERIFY(perm);
        QCOMPARE(perm->severity, IncidentSeverity::CriticalVulnerability);
        QVERIFY2(perm->expr.contains(u"besu_permissioning_"_s), qPrintable(perm->expr));
        QVERIFY(!perm->expr.contains(u"observer-boot01"_s)); // observer-boots hold no permissioning of their own
        QVERIFY(find(file, Rules::MonitoringBlind));
        QVERIFY(find(file, Rules::ObserverAccess));
        QVERIFY(!find(file, Rules::ValidatorOutOfConsensus));
        QVERIFY(file.notExported.join(u'\n').contains(u"validator-out-of-consensus"_s));

        // emptyblockperiodseconds replaces the period in the halt limit; a switched-off rule is not exported.
        n.emptyBlockPeriodSeconds = 30;
        n.incidents.rules.lagBlocks = 25;
        n.incidents.rules.rules.insert(QLatin1String(Rules::ObserverAccess), RuleSettings {false, {}, {}});
        const promrules::RuleFile other = promrules::buildRules(n);
        QVERIFY2(find(other, Rules::ChainHalted)->expr.endsWith(u"> 39"_s),
            qPrintable(find(other, Rules::ChainHalted)->expr));
        QVERIFY(find(other, Rules::NodeLagging)->expr.contains(u"> 25)"_s));
        QVERIFY(!find(other, Rules::ObserverAccess));
    }

    void yamlLabels()
    {
        const NetworkConfig n = rbb();
        const QString yaml = promrules::toYaml(promrules::buildRules(n), n, u"rbb.yaml"_s);
        QVERIFY(yaml.contains(u"groups:\n  - name: \"sentinela-rbb\"\n    rules:\n"_s));
        QCOMPARE(yaml.count(u"generator: sentinela\n"_s), yaml.count(u"      - alert: "_s));
        QVERIFY(yaml.contains(u"      - alert: SentinelaChainHalted\n"_s));
        QVERIFY(yaml.contains(u"          rule: chain-halted\n"_s));
        QVERIFY(yaml.contains(u"          severity: critical\n          incident_severity: critical-incident\n"_s));
        QVERIFY(yaml.contains(u"          severity: warning\n"_s));
        QVERIFY(yaml.contains(u"        for: 30s\n"_s));
        // Quotes inside expressions are escaped, never ending the YAML string.
        QVERIFY(yaml.contains(u"{job=\\\"rbb\\\"}"_s));
    }

    void promtoolAcceptsTheRules()
    {
        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        SENTINELA_REQUIRE_OR_SKIP(!promtool.isEmpty(), "promtool not installed (Debian package prometheus)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        NetworkConfig n = rbb();
        n.incidents.notifications.linkBase = u"https://noc.example/incidents/"_s;
        const QString path = dir.filePath(u"sentinela.rules.yml"_s);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(promrules::runRulesCommand(n, u"rbb.yaml"_s, path, outStream, errStream), 0);
        QVERIFY(out.isEmpty());
        const Run r = run(promtool, {u"check"_s, u"rules"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        const int rules = int(promrules::buildRules(n).rules.size());
        QVERIFY2(r.output.contains(u"SUCCESS: %1 rules found"_s.arg(rules)), qPrintable(r.output));

        // A profile without validators or observer-boots still gives a valid (shorter) file.
        NetworkConfig bare = rbb();
        bare.nodes.clear();
        QCOMPARE(promrules::runRulesCommand(bare, {}, path, outStream, errStream), 0);
        const Run bareRun = run(promtool, {u"check"_s, u"rules"_s, path});
        QVERIFY2(bareRun.exitCode == 0, qPrintable(bareRun.output));
    }

    // The rules fire as Sentinela's own would on the same samples: promtool's rule unit tests, at level 2 with a
    // dead node's last sample still within the lookback.
    void promtoolFiresOnFaults()
    {
        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        SENTINELA_REQUIRE_OR_SKIP(!promtool.isEmpty(), "promtool not installed (Debian package prometheus)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const NetworkConfig n = rbb();
        promrules::RuleFile file = promrules::buildRules(n);
        for (auto &r : file.rules) {
            r.summary = u"s"_s;
            r.description = u"d"_s;
        }
        QFile rules(dir.filePath(u"rules.yml"_s));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(promrules::toYaml(file, n).toUtf8());
        rules.close();
        const QByteArray common
            = "              severity: critical\n              incident_severity: critical-incident\n"
              "              generator: sentinela\n              network: rbb\n";
        const QByteArray test
            = "rule_files: [rules.yml]\n"
              "evaluation_interval: 5s\n"
              "tests:\n"
              "  - interval: 5s\n"
              "    input_series:\n"
              // Blocks every 5 s until the head at 48 s, then none.
              "      - series: "
              "'besu_blockchain_chain_head_timestamp{job=\"rbb\",node=\"validator01\",organization=\"bndes\"}'\n"
              "        values: '-2+5x9 48x12'\n"
              "      - series: "
              "'besu_blockchain_chain_head_timestamp{job=\"rbb\",node=\"validator01\",organization=\"rnp\"}'\n"
              "        values: '-3+5x9 47x12'\n"
              // A node gone at 0 s: its old head (no stall when seen) must not hide the halt.
              "      - series: "
              "'besu_blockchain_chain_head_timestamp{job=\"rbb\",node=\"validator02\",organization=\"rnp\"}'\n"
              "        values: '0'\n"
              "      - series: 'up{job=\"rbb\",node=\"validator01\",organization=\"bndes\"}'\n"
              "        values: '1x22'\n"
              "      - series: 'up{job=\"rbb\",node=\"validator02\",organization=\"bndes\"}'\n"
              "        values: '1x10 0x11'\n"
              "      - series: 'up{job=\"rbb\",node=\"validator01\",organization=\"rnp\"}'\n"
              "        values: '1x12 0x9'\n"
              "      - series: 'up{job=\"rbb\",node=\"validator02\",organization=\"rnp\"}'\n"
              "        values: '1x22'\n"
              // Permissioning switched off on rnp's validator02 at 50 s: its counters stop coming
              // but their last samples stay within the lookback.
              "      - series: "
              "'besu_permissioning_node_local_check_count_total{job=\"rbb\",node=\"validator02\",organization=\"rnp\"}'"
              "\n"
              "        values: '5+1x9 _x12'\n"
              "      - series: "
              "'besu_permissioning_node_local_check_count_permitted_total{job=\"rbb\",node=\"validator02\","
              "organization=\"rnp\"}'\n"
              "        values: '5+1x9 _x12'\n"
              "      - series: "
              "'besu_permissioning_node_local_check_count_total{job=\"rbb\",node=\"validator01\",organization="
              "\"bndes\"}'\n"
              "        values: '5+1x21'\n"
              "    alert_rule_test:\n"
              "      - {alertname: SentinelaChainHalted, eval_time: 45s}\n"
              "      - {alertname: SentinelaChainHalted, eval_time: 60s}\n" // 12 s: one round change
              "      - alertname: SentinelaChainHalted\n"
              "        eval_time: 70s\n"
              "        exp_alerts:\n"
              "          - exp_labels:\n"
              "              rule: chain-halted\n"
            + common
            + "            exp_annotations: {summary: s, description: d}\n"
              "      - {alertname: SentinelaQuorumLost, eval_time: 60s}\n"
              "      - alertname: SentinelaQuorumLost\n"
              "        eval_time: 70s\n"
              "        exp_alerts:\n"
              "          - exp_labels:\n"
              "              rule: quorum-lost\n"
            + common
            + "            exp_annotations: {summary: s, description: d}\n"
              // Fresh until 70 s (25 s), then absent for the rule's 20 s.
              "      - {alertname: SentinelaPermissioningOff, eval_time: 85s}\n"
              "      - alertname: SentinelaPermissioningOff\n"
              "        eval_time: 95s\n"
              "        exp_alerts:\n"
              "          - exp_labels:\n"
              "              job: rbb\n"
              "              node: validator02\n"
              "              organization: rnp\n"
              "              rule: permissioning-off\n"
              "              severity: critical\n"
              "              incident_severity: critical-vulnerability\n"
              "              generator: sentinela\n"
              "              network: rbb\n"
              "            exp_annotations: {summary: s, description: d}\n"
              "      - alertname: SentinelaValidatorDown\n"
              "        eval_time: 70s\n"
              "        exp_alerts:\n"
              "          - exp_labels:\n"
              "              job: rbb\n"
              "              node: validator02\n"
              "              organization: bndes\n"
              "              rule: validator-down\n"
              "              severity: warning\n"
              "              incident_severity: incident\n"
              "              generator: sentinela\n"
              "              network: rbb\n"
              "            exp_annotations: {summary: s, description: d}\n"
              // The collector's age of the permissioning counters: the lingering counter keeps its old time.
              "    promql_expr_test:\n"
              "      - expr: '"
            + promql::permissioningNewestSample(u"rbb"_s).toUtf8()
            + "'\n"
              "        eval_time: 95s\n"
              "        exp_samples:\n"
              "          - {labels: '{node=\"validator01\"}', value: 95}\n"
              "          - {labels: '{node=\"validator02\"}', value: 45}\n";
        QFile tests(dir.filePath(u"tests.yml"_s));
        QVERIFY(tests.open(QIODevice::WriteOnly));
        tests.write(test);
        tests.close();
        const Run r = run(promtool, {u"test"_s, u"rules"_s, tests.fileName()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(u"SUCCESS"_s), qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(TestPromRules)
#include "tst_promrules.moc"
