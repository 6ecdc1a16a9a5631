#include "incidents/promrules.h"

#include "analysis/health.h"
#include "incidents/rules.h"
#include "incidents/ruletracker.h"
#include "sources/promql.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace promrules {

namespace {

struct PromRulesText
{
    Q_DECLARE_TR_FUNCTIONS(PromRules)
};

QString num(double value)
{
    return QString::number(value, 'g', 10);
}

QString duration(double seconds)
{
    const qint64 ms = std::llround(std::max(0.0, seconds) * 1000.0);
    return ms % 1000 == 0 ? QString::number(ms / 1000) + u's' : QString::number(ms) + u"ms"_s;
}

// A double-quoted YAML scalar: every expression and text is written this way, so no value can change the structure.
QString yamlQuote(const QString &value)
{
    QString out = u"\""_s;
    for (QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c.unicode() < 0x20)
            out += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out + u'"';
}

QString organizationOf(const NetworkConfig &network, const QString &institution)
{
    const Institution *inst = network.institution(institution);
    return inst && !inst->prometheusOrganization.isEmpty() ? inst->prometheusOrganization : institution;
}

// The series of `nodes` as level 1 labels them: grouped by organization, since two institutions may both call a node
// "validator01". `metric` may be empty when `extra` names it (`__name__=~...`).
class Selector
{
public:
    Selector(const NetworkConfig &network, const QList<NodeConfig> &nodes)
        : m_job(network.prometheusJob)
    {
        for (const NodeConfig &n : nodes) {
            if (!n.prometheusNode.isEmpty())
                m_byOrg[organizationOf(network, n.institution)] << n.prometheusNode;
            else if (!n.prometheusInstance.isEmpty())
                m_instances << n.prometheusInstance;
        }
    }

    bool isEmpty() const { return m_byOrg.isEmpty() && m_instances.isEmpty(); }
    int count() const
    {
        int n = int(m_instances.size());
        for (const QStringList &l : m_byOrg)
            n += int(l.size());
        return n;
    }

    QString operator()(const QString &metric, const QString &extra = {}) const
    {
        const QStringList p = parts(metric, extra);
        return p.size() == 1 ? p.constFirst() : u'(' + p.join(u" or "_s) + u')';
    }

    // The samples of `metric` whose own timestamp is fresh. timestamp() gives a sample's time only when applied to a
    // selector itself (on any other expression, an `or` included, it gives the evaluation time), so one test per
    // selector.
    QString fresh(const QString &metric, double staleSeconds) const
    {
        QStringList tests;
        for (const QString &sel : parts(metric, {}))
            tests << u"(time() - timestamp(%1) < %2)"_s.arg(sel, num(staleSeconds));
        return tests.size() == 1 ? tests.constFirst() : u'(' + tests.join(u" or "_s) + u')';
    }

    QStringList parts(const QString &metric, const QString &extra) const
    {
        QStringList parts;
        const QString job = promql::jobMatcher(m_job);
        auto one = [&](const QString &matcher) {
            QStringList m;
            if (!job.isEmpty())
                m << job;
            m << matcher;
            if (!extra.isEmpty())
                m << extra;
            return metric + u'{' + m.join(u',') + u'}';
        };
        for (auto it = m_byOrg.cbegin(); it != m_byOrg.cend(); ++it) {
            QString org
                = it.key().isEmpty() ? QString() : u"organization=\""_s + promql::escapeLabel(it.key()) + u"\","_s;
            parts << one(org + u"node=~\""_s + alternatives(it.value()) + u'"');
        }
        if (!m_instances.isEmpty())
            parts << one(u"instance=~\""_s + alternatives(m_instances) + u'"');
        return parts;
    }

private:
    static QString alternatives(QStringList values)
    {
        values.removeDuplicates();
        values.sort();
        for (QString &v : values)
            v = promql::escapeLabel(QRegularExpression::escape(v));
        return values.join(u'|');
    }

    QString m_job;
    QMap<QString, QStringList> m_byOrg;
    QStringList m_instances;
};

QString jobOnly(const NetworkConfig &network, const QString &metric)
{
    return metric + promql::jobSelector(network.prometheusJob);
}

// The series of one plain selector whose sample is fresh: federated samples keep their level-1 timestamp, and one
// older than the staleness limit says nothing about now. (Selector::fresh for a node list.)
QString fresh(const QString &series, double staleSeconds)
{
    return u"(time() - timestamp(%1) < %2)"_s.arg(series, num(staleSeconds));
}

QList<NodeConfig> nodesOf(const NetworkConfig &network, std::initializer_list<NodeType> types)
{
    QList<NodeConfig> out;
    for (const NodeConfig &n : network.nodes) {
        if (std::find(types.begin(), types.end(), n.type) != types.end())
            out << n;
    }
    return out;
}

} // namespace

QString alertName(const QString &rule)
{
    QString name = u"Sentinela"_s;
    bool upper = true;
    for (QChar c : rule) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

QString severityLabel(IncidentSeverity severity)
{
    return isCritical(severity) ? u"critical"_s : u"warning"_s;
}

RuleFile buildRules(const NetworkConfig &network)
{
    RuleFile file;
    file.group = u"sentinela-"_s + (network.name.isEmpty() ? u"network"_s : network.name);
    const HealthThresholds t = HealthThresholds::forNetwork(network);
    const RuleTracker tracker(network);
    const double slowData = network.federation.scrapeIntervalSeconds + network.federation.federationIntervalSeconds;
    // These rules run at a level 2, whose samples are routinely one scrape plus one federation interval old, even
    // when the profile lists no level-2 endpoint (its default limit is then three RPC polls); an explicit
    // health.staleAfterSeconds is taken as written.
    const double stale = network.health.staleAfterSeconds ? *network.health.staleAfterSeconds
                                                          : std::max(t.staleAfterSeconds, slowData + 5);
    file.staleAfterSeconds = stale;

    auto add = [&](const QString &rule, IncidentSeverity severity, const QString &expr, const QString &summary,
                   const QString &description, std::optional<double> forSeconds = std::nullopt) {
        if (!tracker.enabled(rule)) {
            file.notExported << rule + u": "_s + PromRulesText::tr("switched off in the profile");
            return;
        }
        AlertRule r;
        r.rule = rule;
        r.alert = alertName(rule);
        r.expr = expr;
        r.forSeconds = forSeconds.value_or(tracker.raiseAfterSeconds(rule));
        r.severity = severity;
        r.summary = summary;
        r.description = description;
        file.rules << r;
    };

    // Chain halted: the freshest observation of any node's head, judged at the moment it was scraped (its own
    // timestamp), so the federation's delay never counts as a stall and a stale level 1 is no halt.
    {
        const QString head = jobOnly(network, u"besu_blockchain_chain_head_timestamp"_s);
        add(QLatin1String(Rules::ChainHalted), IncidentSeverity::CriticalIncident,
            u"min((timestamp(%1) - %1) and %2) > %3"_s.arg(head, fresh(head, stale), num(t.blockAgeCriticalSeconds)),
            PromRulesText::tr("Chain halted: no new block for {{ $value | humanizeDuration }}"),
            PromRulesText::tr("When the freshest head was scraped, no block had come for longer than %1 s (block "
                              "period plus round timeout plus 1 s): one round change never reaches it.")
                .arg(num(t.blockAgeCriticalSeconds)));
    }

    const QList<NodeConfig> validators = nodesOf(network, {NodeType::Validator});
    const Selector v(network, validators);
    if (!v.isEmpty()) {
        const int n = v.count();
        const int quorum = (2 * n + 2) / 3; // ceil(2N/3), as QBFT counts it
        const int tolerated = n - quorum;
        const QString up = v(u"up"_s);
        const QString knownDown = u"(%1 == 0) and %2"_s.arg(up, v.fresh(u"up"_s, stale));
        add(QLatin1String(Rules::QuorumLost), IncidentSeverity::CriticalIncident,
            u"count(%1) > %2"_s.arg(knownDown).arg(tolerated),
            PromRulesText::tr("Quorum lost: {{ $value }} of %1 validators down").arg(n),
            PromRulesText::tr("QBFT needs %1 of %2 validators; more than %3 are known down (fresh up == 0).")
                .arg(quorum)
                .arg(n)
                .arg(tolerated));
        if (tolerated > 0) {
            add(QLatin1String(Rules::FaultMarginZero), IncidentSeverity::Incident,
                u"count(%1) == %2"_s.arg(knownDown).arg(tolerated),
                PromRulesText::tr("No fault tolerance left: {{ $value }} of %1 validators down").arg(n),
                PromRulesText::tr("One more validator lost stops the chain (quorum %1 of %2).").arg(quorum).arg(n));
        } else {
            file.notExported << QLatin1String(Rules::FaultMarginZero) + u": "_s
                    + PromRulesText::tr("%1 validator(s) have no fault tolerance to lose").arg(n);
        }
        add(QLatin1String(Rules::ValidatorDown), IncidentSeverity::Incident, knownDown,
            PromRulesText::tr("Validator {{ $labels.node }} ({{ $labels.organization }}) down"),
            PromRulesText::tr("Its level-1 Prometheus cannot scrape it (up == 0)."));
    }

    const QList<NodeConfig> connected = nodesOf(network, {NodeType::Validator, NodeType::Boot, NodeType::ObserverBoot});
    const QList<NodeConfig> entry = nodesOf(network, {NodeType::Boot, NodeType::ObserverBoot});
    if (const Selector c(network, connected); !c.isEmpty()) {
        const QString peers = c(u"ethereum_peer_count"_s);
        QString expr = u"((%1 == 0) and %2)"_s.arg(peers, c.fresh(u"ethereum_peer_count"_s, stale));
        if (const Selector e(network, entry); !e.isEmpty()) {
            const QString up = e(u"up"_s);
            expr += u" or ((%1 == 0) and %2)"_s.arg(up, e.fresh(u"up"_s, stale));
        }
        add(QLatin1String(Rules::NodeDisconnected), IncidentSeverity::Incident, expr,
            PromRulesText::tr("{{ $labels.node }} ({{ $labels.organization }}) disconnected"),
            PromRulesText::tr("No peers (ethereum_peer_count == 0), or a boot node that does not answer."));
    }

    QList<NodeConfig> chainNodes = network.nodes;
    chainNodes.removeIf([](const NodeConfig &n) { return n.type == NodeType::Prometheus; });
    if (const Selector all(network, chainNodes); !all.isEmpty()) {
        const QString tipSeries = jobOnly(network, u"ethereum_blockchain_height"_s);
        const QString height = all(u"ethereum_blockchain_height"_s);
        const int lag = network.incidents.rules.lagBlocks;
        add(QLatin1String(Rules::NodeLagging), IncidentSeverity::Incident,
            u"((scalar(max(%1 and %2)) - %3) > %4) and %5"_s.arg(tipSeries, fresh(tipSeries, stale), height,
                QString::number(lag), all.fresh(u"ethereum_blockchain_height"_s, stale)),
            PromRulesText::tr("{{ $labels.node }} ({{ $labels.organization }}) {{ $value }} blocks behind the tip"),
            PromRulesText::tr("More than %1 blocks behind the highest fresh height.").arg(lag));
    }

    // Permissioning: Besu registers its check counters only with permissioning configured, and they rise while it
    // works; absent on a node that answers, or flat while transactions flow, it is off.
    const QList<NodeConfig> permissioned = nodesOf(network, {NodeType::Validator, NodeType::Writer, NodeType::Boot});
    if (const Selector p(network, permissioned); !p.isEmpty()) {
        const QString counterName = u"__name__=~\"besu_permissioning_.*_check_count.*\""_s;
        const QString counters = p(QString(), counterName);
        const QString up = p(u"up"_s);
        const double flatSeconds = double(permissioningFlatMs(network)) / 1000.0;
        const QString sum = u"sum by (node, organization) (%1)"_s.arg(counters);
        const QString step = duration(network.federation.scrapeIntervalSeconds);
        const QString window = duration(flatSeconds);
        const QString txs = jobOnly(network, u"besu_blockchain_chain_head_transaction_count_counter_total"_s);
        // A vanished counter lingers at a level 2 for the lookback (federated samples carry timestamps, so no
        // staleness marker comes): only fresh counters count, tested one metric name at a time (timestamp() over
        // several names would give each node's counters the same labels).
        QStringList freshParts;
        for (const QString &name : promql::permissioningCounters())
            freshParts << p.fresh(name, stale);
        const QString freshCounters = u'(' + freshParts.join(u" or "_s) + u')';
        // Flat counts only on counters still exported: a stopped node's last samples linger flat at the level 2 for
        // the lookback, and a node that is down is not a node with permissioning off.
        const QString expr = u"((%1 == 1) and %2 unless on(node, organization) %3) or ((max_over_time((%4)[%5:%6]) - "
                             u"min_over_time((%4)[%5:%6])) == 0 and on(node, organization) %3 and on() "
                             u"(sum(increase(%7[%5])) > 0))"_s.arg(
                                 up, p.fresh(u"up"_s, stale), freshCounters, sum, window, step, txs);
        add(QLatin1String(Rules::PermissioningOff), IncidentSeverity::CriticalVulnerability, expr,
            PromRulesText::tr("Permissioning off on {{ $labels.node }} ({{ $labels.organization }})"),
            PromRulesText::tr("The node answers but exports no permissioning check counter, or its counters stayed "
                              "flat for %1 while transactions were included.")
                .arg(window),
            std::max(tracker.raiseAfterSeconds(QLatin1String(Rules::PermissioningOff)), slowData));
    }

    // Monitoring blind: an institution's level-1 data no longer reaches this level 2.
    {
        QStringList parts;
        QStringList orgs;
        for (const Institution &inst : network.institutions) {
            bool hasNodes = false;
            for (const NodeConfig &n : network.nodes)
                hasNodes = hasNodes || (n.institution == inst.id && n.type != NodeType::Prometheus);
            if (hasNodes)
                orgs << (inst.prometheusOrganization.isEmpty() ? inst.id : inst.prometheusOrganization);
        }
        const QString job = promql::jobMatcher(network.prometheusJob);
        for (const QString &org : std::as_const(orgs)) {
            const QString sel
                = u"up{%1organization=\"%2\"}"_s.arg(job.isEmpty() ? QString() : job + u',', promql::escapeLabel(org));
            parts << u"absent(%1)"_s.arg(sel)
                  << u"((time() - max by (organization) (timestamp(%1))) > %2)"_s.arg(sel, num(stale));
        }
        if (!parts.isEmpty()) {
            add(QLatin1String(Rules::MonitoringBlind), IncidentSeverity::Incident, parts.join(u" or "_s),
                PromRulesText::tr("Level-1 data of {{ $labels.organization }} no longer arrives"),
                PromRulesText::tr("No sample of the institution's nodes newer than %1 s at this level 2.")
                    .arg(num(stale)),
                std::max(tracker.raiseAfterSeconds(QLatin1String(Rules::MonitoringBlind)), slowData));
        }
    }

    // Observer access: citizens' observer nodes need several entry points in more than one institution.
    const QList<NodeConfig> observerBoots = nodesOf(network, {NodeType::ObserverBoot});
    if (const Selector o(network, observerBoots); !o.isEmpty()) {
        const int wanted = network.incidents.rules.minObserverBoots;
        const QString up = o(u"up"_s);
        QString expr
            = u"(count((%1 == 0) and %2) > %3)"_s.arg(up, o.fresh(u"up"_s, stale)).arg(std::max(0, o.count() - wanted));
        QSet<QString> institutions;
        for (const NodeConfig &n : observerBoots)
            institutions.insert(n.institution);
        if (institutions.size() >= 2)
            expr += u" or (count(count by (organization) ((%1 == 1) and %2)) < 2)"_s.arg(up, o.fresh(u"up"_s, stale));
        add(QLatin1String(Rules::ObserverAccess), IncidentSeverity::Incident, expr,
            PromRulesText::tr("Observer access at risk"),
            PromRulesText::tr("Fewer than %1 observer-boots answer, or all that answer are in one institution.")
                .arg(wanted));
    }

    const QString needsRpc = PromRulesText::tr("rests on JSON-RPC or Sentinela's own history, no metric equivalent");
    for (const char *rule : {Rules::IntervalBudget, Rules::ValidatorOutOfConsensus,
             Rules::ObserverBootAcceptsTransactions, Rules::Alertmanager, Rules::UnknownSender})
        file.notExported << QLatin1String(rule) + u": "_s + needsRpc;
    return file;
}

QString toYaml(const RuleFile &file, const NetworkConfig &network, const QString &origin)
{
    QString y;
    y += u"# Sentinela's incident rules as Prometheus alerting rules (sentinela-cli rules).\n"_s;
    y += u"# Network: "_s + network.name + (origin.isEmpty() ? QString() : u", profile: "_s + origin) + u'\n';
    y += u"# Thresholds from the profile; job \""_s + network.prometheusJob + u"\"; figures older than "_s
        + num(file.staleAfterSeconds) + u" s are not judged.\n"_s;
    for (const QString &skipped : file.notExported)
        y += u"# Not exported: "_s + skipped + u'\n';
    y += u"groups:\n"_s;
    y += u"  - name: "_s + yamlQuote(file.group) + u'\n';
    y += u"    rules:\n"_s;
    for (const AlertRule &r : file.rules) {
        y += u"      - alert: "_s + r.alert + u'\n';
        y += u"        expr: "_s + yamlQuote(r.expr) + u'\n';
        if (r.forSeconds > 0)
            y += u"        for: "_s + duration(r.forSeconds) + u'\n';
        y += u"        labels:\n"_s;
        y += u"          severity: "_s + severityLabel(r.severity) + u'\n';
        y += u"          incident_severity: "_s + severityKey(r.severity) + u'\n';
        y += u"          rule: "_s + r.rule + u'\n';
        y += u"          generator: sentinela\n"_s;
        y += u"          network: "_s + yamlQuote(network.name) + u'\n';
        y += u"        annotations:\n"_s;
        y += u"          summary: "_s + yamlQuote(r.summary) + u'\n';
        y += u"          description: "_s + yamlQuote(r.description) + u'\n';
        if (!network.incidents.notifications.linkBase.isEmpty())
            y += u"          link: "_s + yamlQuote(network.incidents.notifications.linkBase) + u'\n';
    }
    return y;
}

int runRulesCommand(
    const NetworkConfig &network, const QString &origin, const QString &outPath, QTextStream &out, QTextStream &err)
{
    const QString yaml = toYaml(buildRules(network), network, origin);
    if (outPath.isEmpty() || outPath == u"-") {
        out << yaml;
        out.flush();
        return 0;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml.toUtf8()) < 0 || !file.commit()) {
        err << PromRulesText::tr("cannot write %1: %2").arg(outPath, file.errorString()) << '\n';
        return 2;
    }
    return 0;
}

} // namespace promrules
