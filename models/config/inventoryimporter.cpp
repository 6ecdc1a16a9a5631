#include "inventoryimporter.h"

#include "chain/extradata.h"
#include "chain/hex.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

void addError(ImportResult &r, const QString &file, const QString &field, const QString &text)
{
    ConfigMessage m;
    m.file = file;
    m.field = field;
    m.text = text;
    r.messages.append(m);
}

void addWarning(ImportResult &r, const QString &file, const QString &field, const QString &text)
{
    ConfigMessage m;
    m.severity = ConfigMessage::Severity::Warning;
    m.file = file;
    m.field = field;
    m.text = text;
    r.messages.append(m);
}

std::optional<json> parseJson(const QByteArray &data, const QString &file, ImportResult &r)
{
    try {
        return json::parse(data.constBegin(), data.constEnd());
    } catch (const json::parse_error &e) {
        addError(r, file, {},
            InventoryImporter::tr("not valid JSON (at byte %1): %2").arg(e.byte).arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
}

QString str(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>()).trimmed();
    if (it->is_number())
        return QString::fromStdString(it->dump());
    return {};
}

// Besu lower-cases the keys of the genesis config before reading them (GenesisConfig), so blockPeriodSeconds and
// blockperiodseconds are the same option.
json::const_iterator findKey(const json &j, const char *key)
{
    const auto exact = j.find(key);
    if (exact != j.end() || !j.is_object())
        return exact;
    const QString wanted = QString::fromLatin1(key);
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (QString::fromStdString(it.key()).compare(wanted, Qt::CaseInsensitive) == 0)
            return it;
    }
    return j.end();
}

// Numbers in genesis files come as JSON numbers or as decimal/hex strings.
std::optional<quint64> number(const json &j, const char *key)
{
    const auto it = findKey(j, key);
    if (it == j.end())
        return std::nullopt;
    if (it->is_number_unsigned())
        return it->get<quint64>();
    if (it->is_number_integer() && it->get<qint64>() >= 0)
        return static_cast<quint64>(it->get<qint64>());
    if (it->is_string()) {
        const std::string s = it->get<std::string>();
        if (s.rfind("0x", 0) == 0)
            return chain::quantityFromHex(s);
        bool ok = false;
        const quint64 v = QString::fromStdString(s).toULongLong(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

const QRegularExpression &enodePattern()
{
    static const QRegularExpression re(u"enode://([0-9a-fA-F]{128})@([^:/?\\s\"]+)(?::(\\d+))?"_s);
    return re;
}

QString institutionIdFor(const QString &name)
{
    // Decompose accents so that "União" becomes "uniao", not "uni-o".
    QString id = name.normalized(QString::NormalizationForm_KD).toLower();
    id.remove(QRegularExpression(u"[\\x{0300}-\\x{036f}]"_s));
    id.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? u"unknown"_s : id;
}

void ensureInstitution(NetworkConfig &net, const QString &id, const QString &name)
{
    if (!net.institution(id))
        net.institutions.append({id, name.isEmpty() ? id : name, id});
}

// RBB names types validator / boot / writer / observer-boot; the on-chain registry also knows WriterPartner,
// Observer and Other.
NodeType nodeTypeFromRbb(const QString &text)
{
    const QString t = text.toLower().remove(u'_').remove(u' ');
    if (t == u"writerpartner"_s)
        return NodeType::Writer;
    if (t == u"observerboot"_s)
        return NodeType::ObserverBoot;
    if (auto parsed = nodeTypeFromKey(text))
        return *parsed;
    if (t.startsWith(u"validator"_s))
        return NodeType::Validator;
    if (t.startsWith(u"boot"_s))
        return NodeType::Boot;
    if (t.startsWith(u"writer"_s))
        return NodeType::Writer;
    if (t.startsWith(u"observer"_s))
        return NodeType::Observer;
    if (t.startsWith(u"prometheus"_s))
        return NodeType::Prometheus;
    return NodeType::Other;
}

// yaml-cpp throws when asked the type of a missing key's node; this asks IsDefined() first.
QString scalarText(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
}

} // namespace

ImportResult InventoryImporter::fromGenesis(const QByteArray &data, const QString &file)
{
    ImportResult r;
    const auto doc = parseJson(data, file, r);
    if (!doc)
        return r;
    if (!doc->is_object() || !doc->contains("config") || !(*doc)["config"].is_object()) {
        addError(r, file, u"config"_s, InventoryImporter::tr("a Besu genesis file has a \"config\" object"));
        return r;
    }
    const json &config = (*doc)["config"];
    NetworkConfig &net = r.network;
    if (auto chainId = number(config, "chainId")) {
        net.chainId = *chainId;
        r.statedFields << u"chainId"_s;
        r.found << InventoryImporter::tr("chainId %1").arg(*chainId);
    } else {
        addError(r, file, u"config.chainId"_s, InventoryImporter::tr("missing or not a number"));
    }
    const bool hasQbft = config.contains("qbft") && config["qbft"].is_object();
    const bool hasIbft2 = config.contains("ibft2") && config["ibft2"].is_object();
    if (!hasQbft && !hasIbft2) {
        addError(r, file, u"config"_s, InventoryImporter::tr("neither \"qbft\" nor \"ibft2\": not a Besu BFT genesis"));
        return r;
    }
    // A migrated chain names both: IBFT 2.0 from genesis, QBFT from qbft.startBlock.
    const json &bft = hasIbft2 ? config["ibft2"] : config["qbft"];
    net.consensus = hasIbft2 ? Consensus::Ibft2 : Consensus::Qbft;
    r.statedFields << u"consensus"_s;
    if (hasQbft) {
        if (auto start = number(config["qbft"], "startBlock")) {
            net.qbftStartBlock = *start;
            if (hasIbft2)
                net.consensus = Consensus::Ibft2;
            r.statedFields << u"qbftStartBlock"_s;
            r.found << InventoryImporter::tr("IBFT 2.0 migrated to QBFT at block %1").arg(*start);
        } else {
            net.consensus = Consensus::Qbft;
        }
    }
    r.found << InventoryImporter::tr("consensus %1").arg(consensusKey(net.consensus));
    const json &periodSource = hasQbft && !hasIbft2 ? config["qbft"] : bft;
    if (auto period = number(periodSource, "blockperiodseconds")) {
        net.blockPeriodSeconds = static_cast<double>(*period);
        r.statedFields << u"blockPeriodSeconds"_s;
        r.found << InventoryImporter::tr("block period %1 s").arg(*period);
    }
    if (auto timeout = number(periodSource, "requesttimeoutseconds")) {
        net.requestTimeoutSeconds = static_cast<int>(*timeout);
        r.statedFields << u"requestTimeoutSeconds"_s;
    }
    if (auto epoch = number(periodSource, "epochlength")) {
        net.epochLength = *epoch;
        r.statedFields << u"epochLength"_s;
    }
    // QBFT's emptyblockperiodseconds (Besu's BftConfigOptions.getEmptyBlockPeriodSeconds): blocks with nothing to
    // include come only this often. Early releases read it as the experimental xemptyblockperiodseconds.
    auto empty = number(periodSource, "emptyblockperiodseconds");
    if (!empty)
        empty = number(periodSource, "xemptyblockperiodseconds");
    if (empty) {
        net.emptyBlockPeriodSeconds = static_cast<double>(*empty);
        r.statedFields << u"emptyBlockPeriodSeconds"_s;
        r.found << InventoryImporter::tr("empty-block period %1 s").arg(*empty);
    }
    if (periodSource.contains("validatorcontractaddress"))
        r.found << InventoryImporter::tr("validators come from the contract %1")
                       .arg(str(periodSource, "validatorcontractaddress"));

    const QString extra = str(*doc, "extraData");
    if (!extra.isEmpty()) {
        QString error;
        const auto bytes = chain::fromHex(QStringView(extra), &error);
        const auto decoded = bytes ? chain::decodeExtraData(*bytes, std::nullopt, &error) : std::nullopt;
        if (!decoded) {
            addError(
                r, file, u"extraData"_s, InventoryImporter::tr("cannot be decoded as BFT extraData: %1").arg(error));
            return r;
        }
        for (const QByteArray &validator : decoded->validators) {
            NodeConfig node;
            node.address = chain::toHex(validator);
            node.name = u"validator-"_s + node.address.mid(2, 8);
            node.prometheusNode = node.name;
            node.type = NodeType::Validator;
            net.nodes.append(node);
        }
        r.found << InventoryImporter::tr(
            "%n genesis validator(s)", nullptr, static_cast<int>(decoded->validators.size()));
    }
    return r;
}

ImportResult InventoryImporter::fromStaticNodes(const QByteArray &data, const QString &file)
{
    ImportResult r;
    const QString text = QString::fromUtf8(data);
    auto it = enodePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        NodeConfig node;
        node.enode = m.captured(1).toLower();
        const QString host = m.captured(2);
        node.name = host;
        node.prometheusNode = host;
        node.type = NodeType::Other;
        r.network.nodes.append(node);
    }
    if (r.network.nodes.isEmpty())
        addError(r, file, {}, InventoryImporter::tr("no enode URL (enode://<128 hex digits>@host:port) found"));
    else
        r.found << InventoryImporter::tr("%n enode(s)", nullptr, static_cast<int>(r.network.nodes.size()));
    return r;
}

ImportResult InventoryImporter::fromRbbNodes(const QByteArray &data, const QString &file)
{
    ImportResult r;
    const auto doc = parseJson(data, file, r);
    if (!doc)
        return r;
    // Accepted shapes: [{"organization": "...", "nodes": [...]}, ...], {"organizations": [...]}, or
    // {"<organisation>": [nodes...], ...}.
    std::vector<std::pair<QString, const json *>> orgs;
    auto collectArray = [&](const json &array) {
        for (const json &org : array) {
            if (!org.is_object())
                continue;
            QString name = str(org, "organization");
            if (name.isEmpty())
                name = str(org, "name");
            if (name.isEmpty())
                name = str(org, "org");
            if (org.contains("nodes") && org["nodes"].is_array())
                orgs.emplace_back(name, &org["nodes"]);
        }
    };
    if (doc->is_array()) {
        collectArray(*doc);
    } else if (doc->is_object()) {
        for (const char *key : {"organizations", "organisations", "participants"}) {
            if (doc->contains(key) && (*doc)[key].is_array())
                collectArray((*doc)[key]);
        }
        if (orgs.empty()) {
            for (auto it = doc->begin(); it != doc->end(); ++it) {
                if (it.value().is_array())
                    orgs.emplace_back(QString::fromStdString(it.key()), &it.value());
            }
        }
    }
    if (orgs.empty()) {
        addError(r, file, {}, InventoryImporter::tr("no organisation with a \"nodes\" list found"));
        return r;
    }
    for (const auto &[orgName, nodes] : orgs) {
        const QString id = institutionIdFor(orgName);
        ensureInstitution(r.network, id, orgName);
        for (std::size_t i = 0; i < nodes->size(); ++i) {
            const json &n = (*nodes)[i];
            const QString field = u"%1.nodes[%2]"_s.arg(orgName).arg(i);
            if (!n.is_object()) {
                addWarning(r, file, field, InventoryImporter::tr("not an object, skipped"));
                continue;
            }
            NodeConfig node;
            node.name = str(n, "name");
            if (node.name.isEmpty()) {
                addWarning(r, file, field, InventoryImporter::tr("no \"name\", skipped"));
                continue;
            }
            if (str(n, "deploymentStatus").compare(u"retired"_s, Qt::CaseInsensitive) == 0) {
                r.found << InventoryImporter::tr("%1 skipped: retired").arg(node.name);
                continue;
            }
            node.type = nodeTypeFromRbb(str(n, "nodeType"));
            node.institution = id;
            node.prometheusNode = node.name;
            QString pubKey = str(n, "pubKey");
            if (pubKey.startsWith(u"0x"_s))
                pubKey = pubKey.mid(2);
            if (QRegularExpression(u"^[0-9a-fA-F]{128}$"_s).match(pubKey).hasMatch())
                node.enode = pubKey.toLower();
            else if (!pubKey.isEmpty())
                addWarning(r, file, field + u".pubKey"_s, InventoryImporter::tr("expected 128 hex digits, ignored"));
            const QString address = str(n, "id");
            if (node.type == NodeType::Validator
                && QRegularExpression(u"^0x[0-9a-fA-F]{40}$"_s).match(address).hasMatch())
                node.address = address.toLower();
            r.network.nodes.append(node);
        }
    }
    r.found << InventoryImporter::tr("%n organisation(s)", nullptr, static_cast<int>(r.network.institutions.size()))
            << InventoryImporter::tr("%n node(s)", nullptr, static_cast<int>(r.network.nodes.size()));
    return r;
}

ImportResult InventoryImporter::fromPrometheusConfig(const QByteArray &data, const QString &file)
{
    ImportResult r;
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::ParserException &e) {
        ConfigMessage m;
        m.file = file;
        m.line = e.mark.line + 1;
        m.column = e.mark.column + 1;
        m.text = InventoryImporter::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg));
        r.messages.append(m);
        return r;
    }
    const YAML::Node jobs = root["scrape_configs"];
    if (!jobs.IsDefined() || !jobs.IsSequence()) {
        addError(r, file, u"scrape_configs"_s,
            InventoryImporter::tr("a Prometheus configuration has a \"scrape_configs\" list"));
        return r;
    }
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        if (!jobs[j].IsMap())
            continue;
        const YAML::Node statics = jobs[j]["static_configs"];
        if (!statics.IsDefined() || !statics.IsSequence())
            continue;
        const QString job = scalarText(jobs[j]["job_name"]);
        for (std::size_t s = 0; s < statics.size(); ++s) {
            if (!statics[s].IsMap())
                continue;
            const YAML::Node labels = statics[s]["labels"];
            const YAML::Node targets = statics[s]["targets"];
            auto label = [&labels](const char *name) {
                return labels.IsDefined() && labels.IsMap() ? scalarText(labels[name]) : QString();
            };
            const QString nodeLabel = label("node");
            const QString org = label("organization");
            if (!targets.IsDefined() || !targets.IsSequence())
                continue;
            for (std::size_t t = 0; t < targets.size(); ++t) {
                const QString target = scalarText(targets[t]);
                if (target.isEmpty())
                    continue;
                if (nodeLabel.isEmpty() && org.isEmpty())
                    continue; // the labels are what identifies a Besu node
                NodeConfig node;
                node.name = nodeLabel.isEmpty() ? target : nodeLabel;
                node.prometheusNode = nodeLabel;
                node.prometheusInstance = target;
                node.type = nodeTypeFromRbb(node.name.section(u'-', 0, -1).remove(QRegularExpression(u"\\d+$"_s)));
                if (!org.isEmpty()) {
                    node.institution = institutionIdFor(org);
                    ensureInstitution(r.network, node.institution, org);
                    r.network.institutions.last().prometheusOrganization = org;
                }
                r.network.nodes.append(node);
            }
        }
        if (!job.isEmpty() && !r.network.nodes.isEmpty() && !r.statedFields.contains(u"prometheusJob"_s)) {
            r.network.prometheusJob = job;
            r.statedFields << u"prometheusJob"_s;
        }
    }
    if (r.network.nodes.isEmpty())
        addError(r, file, u"scrape_configs"_s,
            InventoryImporter::tr("no static_configs target with a \"node\" or \"organization\" label"));
    else
        r.found << InventoryImporter::tr("%n labelled target(s)", nullptr, static_cast<int>(r.network.nodes.size()));
    return r;
}

std::optional<InventoryImporter::Kind> InventoryImporter::detect(const QByteArray &data)
{
    if (data.contains("scrape_configs"))
        return Kind::PrometheusConfig;
    if (data.contains("\"config\"") && (data.contains("\"qbft\"") || data.contains("\"ibft2\"")))
        return Kind::Genesis;
    if (data.contains("nodeType") || data.contains("pubKey"))
        return Kind::RbbNodes;
    if (data.contains("enode://"))
        return Kind::StaticNodes;
    return std::nullopt;
}

ImportResult InventoryImporter::importFile(Kind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        addError(r, path, {}, InventoryImporter::tr("cannot open the file: %1").arg(file.errorString()));
        return r;
    }
    const QByteArray data = file.readAll();
    switch (kind) {
    case Kind::Genesis:
        return fromGenesis(data, path);
    case Kind::StaticNodes:
        return fromStaticNodes(data, path);
    case Kind::RbbNodes:
        return fromRbbNodes(data, path);
    case Kind::PrometheusConfig:
        return fromPrometheusConfig(data, path);
    }
    return {};
}

QStringList InventoryImporter::merge(NetworkConfig &into, const ImportResult &import)
{
    QStringList changes;
    const NetworkConfig &from = import.network;
    const auto stated = [&](const char *key) { return import.statedFields.contains(QLatin1StringView(key)); };
    if (stated("chainId") && into.chainId != from.chainId) {
        changes << InventoryImporter::tr("chainId: %1 → %2").arg(into.chainId).arg(from.chainId);
        into.chainId = from.chainId;
    }
    if (stated("consensus") && into.consensus != from.consensus) {
        changes << InventoryImporter::tr("consensus: %1 → %2")
                       .arg(consensusKey(into.consensus), consensusKey(from.consensus));
        into.consensus = from.consensus;
    }
    if (stated("qbftStartBlock") && into.qbftStartBlock != from.qbftStartBlock) {
        changes << InventoryImporter::tr("QBFT start block: %1").arg(*from.qbftStartBlock);
        into.qbftStartBlock = from.qbftStartBlock;
    }
    if (stated("blockPeriodSeconds") && into.blockPeriodSeconds != from.blockPeriodSeconds) {
        changes << InventoryImporter::tr("block period: %1 s → %2 s")
                       .arg(into.blockPeriodSeconds)
                       .arg(from.blockPeriodSeconds);
        into.blockPeriodSeconds = from.blockPeriodSeconds;
    }
    if (stated("requestTimeoutSeconds"))
        into.requestTimeoutSeconds = from.requestTimeoutSeconds;
    if (stated("epochLength"))
        into.epochLength = from.epochLength;
    if (stated("emptyBlockPeriodSeconds") && into.emptyBlockPeriodSeconds != from.emptyBlockPeriodSeconds) {
        changes << InventoryImporter::tr("empty-block period: %1 s → %2 s")
                       .arg(into.emptyBlockPeriodSeconds)
                       .arg(from.emptyBlockPeriodSeconds);
        into.emptyBlockPeriodSeconds = from.emptyBlockPeriodSeconds;
    }
    if (stated("prometheusJob"))
        into.prometheusJob = from.prometheusJob;
    for (const Institution &inst : from.institutions) {
        if (!into.institution(inst.id)) {
            into.institutions.append(inst);
            changes << InventoryImporter::tr("new institution %1 (%2)").arg(inst.id, inst.name);
        }
    }
    for (const NodeConfig &node : from.nodes) {
        auto match = std::find_if(into.nodes.begin(), into.nodes.end(), [&](const NodeConfig &n) {
            return n.name == node.name || (!node.enode.isEmpty() && n.enode == node.enode)
                || (!node.address.isEmpty() && n.address == node.address);
        });
        if (match == into.nodes.end()) {
            into.nodes.append(node);
            changes << InventoryImporter::tr("new node %1 (%2)").arg(node.name, nodeTypeKey(node.type));
            continue;
        }
        QStringList what;
        auto fill = [&](QString &target, const QString &value, const QString &label) {
            if (!value.isEmpty() && target != value) {
                target = value;
                what << label;
            }
        };
        fill(match->enode, node.enode, InventoryImporter::tr("enode"));
        fill(match->address, node.address, InventoryImporter::tr("address"));
        fill(match->institution, node.institution, InventoryImporter::tr("institution"));
        fill(match->prometheusInstance, node.prometheusInstance, InventoryImporter::tr("Prometheus instance"));
        if (node.type != NodeType::Other && match->type != node.type) {
            match->type = node.type;
            what << InventoryImporter::tr("type");
        }
        if (!what.isEmpty())
            changes << InventoryImporter::tr("node %1: %2").arg(match->name, what.join(u", "_s));
    }
    return changes;
}
