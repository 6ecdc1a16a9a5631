#include "snapshotjson.h"

#include "incidents/incidentjson.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <nlohmann/json.hpp>

#include "usage/usagejson.h"

#include <cmath>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace snapshotjson {

namespace {

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotJson)
};

// The first problem met while reading: thrown to the top of decode() with the field's path.
struct DecodeError
{
    QString text;
};

[[noreturn]] void fail(const QString &path, const QString &what)
{
    throw DecodeError {JsonText::tr("%1: %2").arg(path, what)};
}

QString join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1StringView(key);
}

QString at(const QString &path, std::size_t i)
{
    return path + u'[' + QString::number(i) + u']';
}

// ---- Writing ----------------------------------------------------------------------------------------------------

std::string text(const QString &s)
{
    return s.toStdString();
}

std::string hex(const QByteArray &b)
{
    QByteArray out;
    out.reserve(2 + b.size() * 2);
    out.append("0x");
    out.append(b.toHex());
    return out.toStdString();
}

json timeMs(const QDateTime &t)
{
    return t.isValid() ? json(t.toMSecsSinceEpoch()) : json();
}

json number(double v)
{
    if (std::isfinite(v))
        return v;
    return std::isnan(v) ? "NaN" : (v > 0 ? "+Inf" : "-Inf");
}

json textList(const QStringList &list)
{
    json a = json::array();
    for (const QString &s : list)
        a.push_back(text(s));
    return a;
}

json hexList(const QList<QByteArray> &list)
{
    json a = json::array();
    for (const QByteArray &b : list)
        a.push_back(hex(b));
    return a;
}

template<typename T, typename F> void putObservation(json &o, const char *key, const Observation<T> &obs, F convert)
{
    if (obs.isSet())
        o[key] = json {{"value", convert(obs.value)}, {"at", obs.at.toMSecsSinceEpoch()}};
}

template<typename T, typename F> void putFigure(json &o, const char *key, const Figure<T> &figure, F convert)
{
    if (!figure.isSet())
        return;
    json f = json::object();
    putObservation(f, "rpc", figure.rpc, convert);
    putObservation(f, "prometheus", figure.prometheus, convert);
    o[key] = f;
}

const auto same = [](const auto &v) { return v; };
const auto asText = [](const QString &v) { return text(v); };
const auto asTime = [](const QDateTime &v) { return timeMs(v); };
const auto asList = [](const QStringList &v) { return textList(v); };

json peerJson(const besu::PeerInfo &p)
{
    json o {{"id", text(p.id)}, {"enode", text(p.enode)}, {"name", text(p.name)}, {"caps", textList(p.caps)},
        {"localAddress", text(p.localAddress)}, {"remoteAddress", text(p.remoteAddress)},
        {"headHash", text(p.headHash)}};
    if (p.inbound)
        o["inbound"] = *p.inbound;
    return o;
}

json peersJson(const QList<besu::PeerInfo> &peers)
{
    json a = json::array();
    for (const auto &p : peers)
        a.push_back(peerJson(p));
    return a;
}

// The recorded lists once each (a list that flaps is stored shared, NetworkState::recordPeers), then the changes as
// [since, lastSeen, list index].
json peerHistoryJson(const QList<PeerListChange> &history)
{
    json lists = json::array();
    json changes = json::array();
    QHash<const void *, std::size_t> stored;
    for (const PeerListChange &c : history) {
        const void *key = c.value.constData();
        auto it = stored.constFind(key);
        if (it == stored.cend()) {
            it = stored.insert(key, lists.size());
            lists.push_back(peersJson(c.value));
        }
        changes.push_back(json::array({c.since.toMSecsSinceEpoch(), c.lastSeen.toMSecsSinceEpoch(), *it}));
    }
    return json {{"lists", std::move(lists)}, {"changes", std::move(changes)}};
}

json healthJson(const SourceHealth &s)
{
    return json {{"state", text(SourceHealth::stateKey(s.state))}, {"source", text(s.source)},
        {"endpoint", text(s.endpoint)}, {"lastError", text(s.lastError)}, {"lastGood", timeMs(s.lastGood)},
        {"detail", text(s.detail)}};
}

json alertsJson(const AlertmanagerAlerts &am)
{
    json alerts = json::array();
    for (const AmAlert &a : am.alerts) {
        json labels = json::object();
        for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
            labels[text(it.key())] = text(it.value());
        json annotations = json::object();
        for (auto it = a.annotations.cbegin(); it != a.annotations.cend(); ++it)
            annotations[text(it.key())] = text(it.value());
        alerts.push_back(json {{"labels", std::move(labels)}, {"annotations", std::move(annotations)},
            {"startsAt", timeMs(a.startsAt)}, {"endsAt", timeMs(a.endsAt)}, {"updatedAt", timeMs(a.updatedAt)},
            {"generatorUrl", text(a.generatorUrl)}, {"fingerprint", text(a.fingerprint)}, {"state", text(a.state)},
            {"silencedBy", textList(a.silencedBy)}, {"inhibitedBy", textList(a.inhibitedBy)},
            {"receivers", textList(a.receivers)}});
    }
    return json {{"at", timeMs(am.at)}, {"error", text(am.error)}, {"alerts", std::move(alerts)}};
}

json votesJson(const besu::PendingVotes &votes)
{
    json byAddress = json::object();
    for (auto v = votes.cbegin(); v != votes.cend(); ++v)
        byAddress[text(v.key())] = v.value();
    return byAddress;
}

json signerMetricsJson(const SignerMetricsRecord &r)
{
    json metrics = json::array();
    for (const besu::SignerMetric &m : r.metrics)
        metrics.push_back(json {{"address", text(m.address)}, {"proposedBlockCount", m.proposedBlockCount},
            {"lastProposedBlockNumber", m.lastProposedBlockNumber}});
    return json {{"node", text(r.node)}, {"at", timeMs(r.at)}, {"fromBlock", r.fromBlock ? json(*r.fromBlock) : json()},
        {"metrics", std::move(metrics)}};
}

// A change-only history (changelog.h) as [{since, lastSeen, value}].
template<typename T, typename F> json changesJson(const QList<Recorded<T>> &log, F valueJson)
{
    json changes = json::array();
    for (const Recorded<T> &c : log)
        changes.push_back(json {{"since", timeMs(c.since)}, {"lastSeen", timeMs(c.lastSeen)}, {"value", valueJson(c.value)}});
    return changes;
}

template<typename T, typename F> json changesByKeyJson(const QHash<QString, QList<Recorded<T>>> &logs, F valueJson)
{
    json o = json::object();
    for (auto it = logs.cbegin(); it != logs.cend(); ++it)
        o[text(it.key())] = changesJson(it.value(), valueJson);
    return o;
}

// Level-2 readings as columns like the chart samples; each reading's seven figure ages (-1: absent) in one flat list.
json prometheusSamplesJson(const QList<PrometheusSample> &readings)
{
    json times = json::array(), heights = json::array(), headTimes = json::array(), checks = json::array(),
         peers = json::array(), limits = json::array(), flags = json::array(), ages = json::array();
    qint64 previous = 0;
    for (const PrometheusSample &r : readings) {
        times.push_back(r.atMs - previous);
        previous = r.atMs;
        heights.push_back(r.height);
        headTimes.push_back(r.headTimeMs);
        checks.push_back(number(r.permissioningChecks));
        peers.push_back(r.peers);
        limits.push_back(r.peerLimit);
        flags.push_back(int(r.inSync) | int(r.up) << 1 | int(r.permissioningQueried) << 2);
        for (qint32 age : r.ageMs)
            ages.push_back(age);
    }
    return json {{"atDelta", std::move(times)}, {"height", std::move(heights)}, {"headTime", std::move(headTimes)},
        {"permissioningChecks", std::move(checks)}, {"peers", std::move(peers)}, {"peerLimit", std::move(limits)},
        {"flags", std::move(flags)}, {"ages", std::move(ages)}};
}

json nodeJson(const NodeState &n, const QList<NodeSample> &samples, const QList<PeerListChange> &peerHistory,
    const QList<PrometheusSample> &readings)
{
    json o {{"name", text(n.name)}, {"type", text(nodeTypeKey(n.type))}, {"institution", text(n.institution)},
        {"address", text(n.address)}, {"configuredEnode", text(n.configuredEnode)}};
    putFigure(o, "height", n.height, same);
    putFigure(o, "peers", n.peers, same);
    putFigure(o, "peerLimit", n.peerLimit, same);
    putFigure(o, "syncing", n.syncing, same);
    putFigure(o, "up", n.up, same);
    putFigure(o, "headTime", n.headTime, asTime);
    putObservation(o, "clientVersion", n.clientVersion, asText);
    putObservation(o, "chainId", n.chainId, same);
    putObservation(o, "enode", n.enode, asText);
    putObservation(o, "peerList", n.peerList, peersJson);
    if (!peerHistory.isEmpty())
        o["peerHistory"] = peerHistoryJson(peerHistory);
    putObservation(o, "accountsAllowlist", n.accountsAllowlist, asList);
    putObservation(o, "nodesAllowlist", n.nodesAllowlist, asList);
    putObservation(o, "accountsAllowlistError", n.accountsAllowlistError, asText);
    putObservation(o, "accountRulesAddress", n.accountRulesAddress, asText);
    putObservation(o, "permissioningChecks", n.permissioningChecks,
        [](const std::optional<double> &v) { return v ? number(*v) : json(); });
    if (n.permissioningChecksRoseAt.isValid())
        o["permissioningChecksRoseAt"] = timeMs(n.permissioningChecksRoseAt);
    o["disabledNamespaces"] = textList(n.disabledNamespaces);
    if (!n.lastRpcError.isEmpty())
        o["lastRpcError"] = text(n.lastRpcError);
    // Chart samples as columns, times as deltas: small numbers that compress well.
    json times = json::array();
    json heights = json::array();
    json peers = json::array();
    json down = json::array(); // indices of polls that got no answer (rare: a list, absent when none)
    json syncing = json::array(); // indices of polls that found the node syncing (likewise)
    qint64 previous = 0;
    for (const NodeSample &s : samples) {
        const qint64 ms = s.at.toMSecsSinceEpoch();
        if (!s.up)
            down.push_back(times.size());
        if (s.syncing)
            syncing.push_back(times.size());
        times.push_back(ms - previous);
        previous = ms;
        heights.push_back(s.height);
        peers.push_back(s.peers);
    }
    o["samples"] = json {{"atDelta", std::move(times)}, {"height", std::move(heights)}, {"peers", std::move(peers)}};
    if (!down.empty())
        o["samples"]["down"] = std::move(down);
    if (!syncing.empty())
        o["samples"]["syncing"] = std::move(syncing);
    if (!readings.isEmpty())
        o["prometheusSamples"] = prometheusSamplesJson(readings);
    return o;
}

json blockJson(const BlockRecord &r, const SnapshotSeal *seal)
{
    const chain::BlockHeader &h = r.header;
    json o {{"number", h.number}, {"hash", hex(h.hash)}, {"parentHash", hex(h.parentHash)},
        {"sha3Uncles", hex(h.sha3Uncles)}, {"miner", hex(h.miner)}, {"stateRoot", hex(h.stateRoot)},
        {"transactionsRoot", hex(h.transactionsRoot)}, {"receiptsRoot", hex(h.receiptsRoot)},
        {"difficulty", hex(h.difficulty)}, {"gasLimit", h.gasLimit},
        {"gasUsed", h.gasUsed}, {"timestamp", h.timestamp}, {"extraData", hex(h.extraData)},
        {"mixHash", hex(h.mixHash)}, {"nonce", hex(h.nonce)}, {"transactionCount", h.transactionCount},
        {"receivedAt", timeMs(r.receivedAt)}, {"source", text(r.source)}};
    // A block without logs has an all-zero bloom (256 bytes): left out, read back as zeros.
    if (h.logsBloom.size() != 256 || h.logsBloom.count('\0') != 256)
        o["logsBloom"] = hex(h.logsBloom);
    if (h.baseFeePerGas)
        o["baseFeePerGas"] = hex(*h.baseFeePerGas);
    if (h.withdrawalsRoot)
        o["withdrawalsRoot"] = hex(*h.withdrawalsRoot);
    if (h.blobGasUsed)
        o["blobGasUsed"] = *h.blobGasUsed;
    if (h.excessBlobGas)
        o["excessBlobGas"] = *h.excessBlobGas;
    if (h.parentBeaconBlockRoot)
        o["parentBeaconBlockRoot"] = hex(*h.parentBeaconBlockRoot);
    if (h.requestsHash)
        o["requestsHash"] = hex(*h.requestsHash);
    if (h.size)
        o["size"] = *h.size;
    if (!h.unknownFields.isEmpty())
        o["unknownFields"] = textList(h.unknownFields);
    if (seal) {
        json s {{"proposer", hex(seal->proposer)}, {"round", seal->round}, {"signers", hexList(seal->signers)},
            {"missing", hexList(seal->missing)}, {"quorum", seal->quorum}, {"quorumMet", seal->quorumMet}};
        if (seal->nonMemberSigners != 0)
            s["nonMemberSigners"] = seal->nonMemberSigners;
        if (seal->invalidSeals != 0)
            s["invalidSeals"] = seal->invalidSeals;
        if (!seal->error.isEmpty())
            s["error"] = text(seal->error);
        o["seal"] = std::move(s);
    }
    return o;
}

json queryResultJson(const PromQueryResult &r)
{
    static const char *const types[] = {"none", "vector", "matrix", "scalar", "string"};
    json series = json::array();
    for (const PromSeries &s : r.series) {
        json labels = json::object();
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            labels[text(it.key())] = text(it.value());
        json samples = json::array();
        for (const PromSample &p : s.samples)
            samples.push_back(json::array({p.timestampMs, number(p.value)}));
        series.push_back(json {{"labels", std::move(labels)}, {"samples", std::move(samples)}});
    }
    json o {{"ok", r.ok}, {"error", text(r.error)}, {"errorType", text(r.errorType)}, {"endpoint", text(r.endpoint)},
        {"type", types[static_cast<int>(r.type)]}, {"series", std::move(series)}};
    if (r.type == PromQueryResult::Type::Scalar)
        o["scalar"] = json::array({r.scalar.timestampMs, number(r.scalar.value)});
    if (r.type == PromQueryResult::Type::String)
        o["string"] = json::array({r.stringTimeMs, text(r.stringValue)});
    return o;
}

json resultsJson(const QList<PromQueryResult> &results)
{
    json a = json::array();
    for (const auto &r : results)
        a.push_back(queryResultJson(r));
    return a;
}

json fromQJson(const QJsonObject &o)
{
    return json::parse(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
}

// ---- Reading ----------------------------------------------------------------------------------------------------

const json &member(const json &o, const char *key)
{
    static const json none;
    if (!o.is_object())
        return none;
    const auto it = o.find(key);
    return it == o.end() ? none : *it;
}

// Every reader of an object starts here: anything else is refused with its path.
void expectObject(const json &v, const QString &path)
{
    if (!v.is_object())
        fail(path, JsonText::tr("expected an object"));
}

const json &object(const json &o, const char *key, const QString &path, bool required = false)
{
    const json &v = member(o, key);
    if (v.is_null() && !required)
        return v;
    if (!v.is_object())
        fail(join(path, key), required && v.is_null() ? JsonText::tr("missing") : JsonText::tr("expected an object"));
    return v;
}

const json &array(const json &o, const char *key, const QString &path, bool required = false)
{
    const json &v = member(o, key);
    if (v.is_null() && !required)
        return v;
    if (!v.is_array())
        fail(join(path, key), required && v.is_null() ? JsonText::tr("missing") : JsonText::tr("expected a list"));
    return v;
}

QString textOf(const json &v, const QString &path)
{
    if (v.is_null())
        return {};
    if (!v.is_string())
        fail(path, JsonText::tr("expected a text value"));
    return QString::fromStdString(v.get_ref<const std::string &>());
}

// The keyed readers build the field's path only when it is needed for a message: a 24 h snapshot has ~10^6 fields.
QString str(const json &o, const char *key, const QString &path)
{
    const json &v = member(o, key);
    if (v.is_string())
        return QString::fromStdString(v.get_ref<const std::string &>());
    return textOf(v, join(path, key));
}

template<typename T> T integer(const json &v, const QString &path, T fallback = {})
{
    if (v.is_null())
        return fallback;
    if (!v.is_number_integer())
        fail(path, JsonText::tr("expected a whole number"));
    if constexpr (std::is_unsigned_v<T>) {
        if (!v.is_number_unsigned())
            fail(path, JsonText::tr("expected a whole number of at least 0"));
    }
    return v.get<T>();
}

// Element i of an array of whole numbers: the path is built only for the message of a bad element (a day of chart
// samples is a million elements).
template<typename T> T element(const json &array, std::size_t i, const QString &path, const char *key)
{
    const json &v = array[i];
    if (v.is_number_unsigned() || (std::is_signed_v<T> && v.is_number_integer()))
        return v.get<T>();
    return integer<T>(v, at(join(path, key), i));
}

template<typename T> T integer(const json &o, const char *key, const QString &path, T fallback = {})
{
    const json &v = member(o, key);
    if (v.is_number_unsigned() || (std::is_signed_v<T> && v.is_number_integer()))
        return v.get<T>();
    return integer<T>(v, join(path, key), fallback);
}

double real(const json &v, const QString &path)
{
    if (v.is_number())
        return v.get<double>();
    if (v.is_string()) {
        const std::string &s = v.get_ref<const std::string &>();
        if (s == "NaN")
            return std::nan("");
        if (s == "+Inf")
            return HUGE_VAL;
        if (s == "-Inf")
            return -HUGE_VAL;
    }
    fail(path, JsonText::tr("expected a number"));
}

bool boolean(const json &v, const QString &path)
{
    if (v.is_null())
        return false;
    if (!v.is_boolean())
        fail(path, JsonText::tr("expected true or false"));
    return v.get<bool>();
}

QDateTime time(const json &v, const QString &path)
{
    if (v.is_null())
        return {};
    return QDateTime::fromMSecsSinceEpoch(integer<qint64>(v, path), Qt::UTC);
}

QDateTime time(const json &o, const char *key, const QString &path)
{
    const json &v = member(o, key);
    if (v.is_null())
        return {};
    if (v.is_number_integer())
        return QDateTime::fromMSecsSinceEpoch(v.get<qint64>(), Qt::UTC);
    return time(v, join(path, key));
}

// Decodes 0x-prefixed hex; false when it is not.
bool decodeHex(const std::string &s, QByteArray &out)
{
    if (s.size() < 2 || s[0] != '0' || s[1] != 'x' || s.size() % 2 != 0)
        return false;
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    out.resize(static_cast<qsizetype>((s.size() - 2) / 2));
    char *d = out.data();
    for (std::size_t i = 2; i < s.size(); i += 2) {
        const int hi = nibble(s[i]);
        const int lo = nibble(s[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        *d++ = static_cast<char>(hi * 16 + lo);
    }
    return true;
}

QByteArray bytesOf(const json &v, const QString &path)
{
    if (v.is_null())
        return {};
    QByteArray out;
    if (!v.is_string() || !decodeHex(v.get_ref<const std::string &>(), out))
        fail(path, JsonText::tr("expected 0x-prefixed hex with an even number of digits"));
    return out;
}

QByteArray bytes(const json &o, const char *key, const QString &path)
{
    const json &v = member(o, key);
    QByteArray out;
    if (v.is_string() && decodeHex(v.get_ref<const std::string &>(), out))
        return out;
    return bytesOf(v, join(path, key));
}

QStringList textList(const json &o, const char *key, const QString &path)
{
    QStringList out;
    const json &a = array(o, key, path);
    const QString p = join(path, key);
    for (std::size_t i = 0; i < a.size(); ++i)
        out.append(textOf(a[i], at(p, i)));
    return out;
}

QList<QByteArray> hexList(const json &o, const char *key, const QString &path)
{
    QList<QByteArray> out;
    const json &a = array(o, key, path);
    const QString p = join(path, key);
    for (std::size_t i = 0; i < a.size(); ++i)
        out.append(bytesOf(a[i], at(p, i)));
    return out;
}

template<typename T, typename F>
void readObservation(const json &o, const char *key, const QString &path, Observation<T> &out, F convert)
{
    const json &v = object(o, key, path);
    if (v.is_null())
        return;
    const QString p = join(path, key);
    out.at = time(v, "at", p);
    if (!out.at.isValid())
        fail(join(p, "at"), JsonText::tr("missing"));
    out.value = convert(member(v, "value"), join(p, "value"));
}

template<typename T, typename F>
void readFigure(const json &o, const char *key, const QString &path, Figure<T> &out, F convert)
{
    const json &v = object(o, key, path);
    if (v.is_null())
        return;
    const QString p = join(path, key);
    readObservation(v, "rpc", p, out.rpc, convert);
    readObservation(v, "prometheus", p, out.prometheus, convert);
}

const auto readU64 = [](const json &v, const QString &p) { return integer<quint64>(v, p); };
const auto readInt = [](const json &v, const QString &p) { return integer<int>(v, p); };
const auto readBool = [](const json &v, const QString &p) { return boolean(v, p); };
const auto readTime = [](const json &v, const QString &p) { return time(v, p); };
const auto readText = [](const json &v, const QString &p) { return textOf(v, p); };
const auto readList = [](const json &v, const QString &p) {
    QStringList out;
    if (!v.is_array())
        fail(p, JsonText::tr("expected a list"));
    for (std::size_t i = 0; i < v.size(); ++i)
        out.append(textOf(v[i], at(p, i)));
    return out;
};

QList<besu::PeerInfo> readPeers(const json &a, const QString &p)
{
    QList<besu::PeerInfo> peers;
    if (!a.is_array())
        fail(p, JsonText::tr("expected a list"));
    for (std::size_t i = 0; i < a.size(); ++i) {
        const QString pp = at(p, i);
        besu::PeerInfo peer;
        peer.id = str(a[i], "id", pp);
        peer.enode = str(a[i], "enode", pp);
        peer.name = str(a[i], "name", pp);
        peer.caps = textList(a[i], "caps", pp);
        peer.localAddress = str(a[i], "localAddress", pp);
        peer.remoteAddress = str(a[i], "remoteAddress", pp);
        peer.headHash = str(a[i], "headHash", pp);
        if (!member(a[i], "inbound").is_null())
            peer.inbound = boolean(member(a[i], "inbound"), join(pp, "inbound"));
        peers.append(peer);
    }
    return peers;
}

std::optional<SourceHealth::State> stateFromKey(const QString &key)
{
    for (auto s : {SourceHealth::State::Disabled, SourceHealth::State::Ok, SourceHealth::State::Degraded,
             SourceHealth::State::Down}) {
        if (SourceHealth::stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

SourceHealth readHealth(const json &o, const QString &p)
{
    expectObject(o, p);
    SourceHealth s;
    s.state = stateFromKey(str(o, "state", p)).value_or(SourceHealth::State::Disabled);
    s.source = str(o, "source", p);
    s.endpoint = str(o, "endpoint", p);
    s.lastError = str(o, "lastError", p);
    s.lastGood = time(o, "lastGood", p);
    s.detail = str(o, "detail", p);
    return s;
}

AlertmanagerAlerts readAlerts(const json &am, const QString &p)
{
    expectObject(am, p);
    AlertmanagerAlerts out;
    out.at = time(am, "at", p);
    out.error = str(am, "error", p);
    const json &list = array(am, "alerts", p);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString ap = at(join(p, "alerts"), i);
        const json &o = list[i];
        AmAlert a;
        for (const char *key : {"labels", "annotations"}) {
            const json &map = object(o, key, ap);
            if (!map.is_object())
                continue;
            for (auto it = map.begin(); it != map.end(); ++it)
                (qstrcmp(key, "labels") == 0 ? a.labels : a.annotations)
                    .insert(QString::fromStdString(it.key()), textOf(it.value(), join(join(ap, key), it.key().c_str())));
        }
        a.startsAt = time(o, "startsAt", ap);
        a.endsAt = time(o, "endsAt", ap);
        a.updatedAt = time(o, "updatedAt", ap);
        a.generatorUrl = str(o, "generatorUrl", ap);
        a.fingerprint = str(o, "fingerprint", ap);
        a.state = str(o, "state", ap);
        a.silencedBy = textList(o, "silencedBy", ap);
        a.inhibitedBy = textList(o, "inhibitedBy", ap);
        a.receivers = textList(o, "receivers", ap);
        out.alerts.append(a);
    }
    return out;
}

using Votes = besu::PendingVotes; // (a qualified return type misleads lupdate about the context of tr)

Votes readVotes(const json &o, const QString &p)
{
    expectObject(o, p);
    besu::PendingVotes v;
    for (auto vote = o.begin(); vote != o.end(); ++vote)
        v.insert(QString::fromStdString(vote.key()), boolean(vote.value(), join(p, vote.key().c_str())));
    return v;
}

SignerMetricsRecord readSignerMetrics(const json &o, const QString &p)
{
    expectObject(o, p);
    SignerMetricsRecord r;
    r.node = str(o, "node", p);
    r.at = time(o, "at", p);
    if (const json &from = member(o, "fromBlock"); !from.is_null())
        r.fromBlock = integer<quint64>(from, join(p, "fromBlock"));
    const json &list = array(o, "metrics", p);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString mp = at(join(p, "metrics"), i);
        besu::SignerMetric m;
        m.address = str(list[i], "address", mp);
        m.proposedBlockCount = integer<quint64>(list[i], "proposedBlockCount", mp);
        m.lastProposedBlockNumber = integer<quint64>(list[i], "lastProposedBlockNumber", mp);
        r.metrics.append(m);
    }
    return r;
}

// A change-only history written by changesJson; its entries must ascend in time.
template<typename T, typename F> QList<Recorded<T>> readChanges(const json &list, const QString &path, F readValue)
{
    if (!list.is_array())
        fail(path, JsonText::tr("expected a list"));
    QList<Recorded<T>> log;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString cp = at(path, i);
        Recorded<T> c;
        c.since = time(list[i], "since", cp);
        c.lastSeen = time(list[i], "lastSeen", cp);
        if (!c.since.isValid() || c.lastSeen < c.since || (!log.isEmpty() && c.since < log.constLast().since))
            fail(cp, JsonText::tr("times out of order"));
        c.value = readValue(member(list[i], "value"), join(cp, "value"));
        log.append(std::move(c));
    }
    return log;
}

// The same by key (source id, node); an absent key is no history.
template<typename T, typename F>
QHash<QString, QList<Recorded<T>>> readChangesByKey(const json &doc, const char *key, F readValue)
{
    QHash<QString, QList<Recorded<T>>> out;
    const json &o = object(doc, key, QString());
    if (o.is_null())
        return out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        out.insert(QString::fromStdString(it.key()),
            readChanges<T>(it.value(), join(QString::fromLatin1(key), it.key().c_str()), readValue));
    }
    return out;
}

QList<PrometheusSample> readPrometheusSamples(const json &p, const QString &sp)
{
    const json &times = array(p, "atDelta", sp, true);
    const std::size_t n = times.size();
    const char *columns[] {"height", "headTime", "permissioningChecks", "peers", "peerLimit", "flags"};
    for (const char *column : columns) {
        if (array(p, column, sp, true).size() != n)
            fail(join(sp, column), JsonText::tr("not as long as atDelta"));
    }
    const json &ages = array(p, "ages", sp, true);
    if (ages.size() != n * PrometheusSample::FigureCount)
        fail(join(sp, "ages"), JsonText::tr("expected %1 ages a reading").arg(int(PrometheusSample::FigureCount)));
    QList<PrometheusSample> out;
    out.reserve(qsizetype(n));
    qint64 ms = 0;
    for (std::size_t i = 0; i < n; ++i) {
        PrometheusSample r;
        const qint64 delta = element<qint64>(times, i, sp, "atDelta");
        if (i > 0 && delta < 0)
            fail(at(join(sp, "atDelta"), i), JsonText::tr("times out of order"));
        ms += delta;
        r.atMs = ms;
        r.height = element<quint64>(p["height"], i, sp, "height");
        r.headTimeMs = element<qint64>(p["headTime"], i, sp, "headTime");
        r.permissioningChecks = real(p["permissioningChecks"][i], at(join(sp, "permissioningChecks"), i));
        r.peers = element<qint32>(p["peers"], i, sp, "peers");
        r.peerLimit = element<qint32>(p["peerLimit"], i, sp, "peerLimit");
        const int flags = element<int>(p["flags"], i, sp, "flags");
        r.inSync = flags & 1;
        r.up = flags & 2;
        r.permissioningQueried = flags & 4;
        for (int f = 0; f < PrometheusSample::FigureCount; ++f) {
            const std::size_t k = i * PrometheusSample::FigureCount + std::size_t(f);
            r.ageMs[f] = element<qint32>(ages, k, sp, "ages");
            if (r.ageMs[f] < -1)
                fail(at(join(sp, "ages"), k), JsonText::tr("expected an age of at least 0, or -1"));
        }
        out.append(r);
    }
    return out;
}

void readNode(const json &o, const QString &path, SnapshotData &out)
{
    expectObject(o, path);
    NodeState n;
    n.name = str(o, "name", path);
    if (n.name.isEmpty())
        fail(join(path, "name"), JsonText::tr("missing"));
    n.type = nodeTypeFromKey(str(o, "type", path)).value_or(NodeType::Other);
    n.institution = str(o, "institution", path);
    n.address = str(o, "address", path);
    n.configuredEnode = str(o, "configuredEnode", path);
    readFigure(o, "height", path, n.height, readU64);
    readFigure(o, "peers", path, n.peers, readInt);
    readFigure(o, "peerLimit", path, n.peerLimit, readInt);
    readFigure(o, "syncing", path, n.syncing, readBool);
    readFigure(o, "up", path, n.up, readBool);
    readFigure(o, "headTime", path, n.headTime, readTime);
    readObservation(o, "clientVersion", path, n.clientVersion, readText);
    readObservation(o, "chainId", path, n.chainId, readU64);
    readObservation(o, "enode", path, n.enode, readText);
    readObservation(o, "peerList", path, n.peerList, readPeers);
    const json &history = object(o, "peerHistory", path);
    if (!history.is_null()) {
        const QString hp = join(path, "peerHistory");
        QList<QList<besu::PeerInfo>> lists;
        const json &stored = array(history, "lists", hp, true);
        for (std::size_t i = 0; i < stored.size(); ++i)
            lists.append(readPeers(stored[i], at(join(hp, "lists"), i)));
        QList<PeerListChange> changes;
        const json &list = array(history, "changes", hp, true);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString cp = at(join(hp, "changes"), i);
            const json &c = list[i];
            if (!c.is_array() || c.size() != 3)
                fail(cp, JsonText::tr("expected [since, lastSeen, list]"));
            const auto index = integer<qint64>(c[2], cp);
            if (index < 0 || index >= lists.size())
                fail(cp, JsonText::tr("no such list"));
            PeerListChange change {lists.at(index), time(c[0], cp), time(c[1], cp)};
            if (!change.since.isValid() || change.lastSeen < change.since
                || (!changes.isEmpty() && change.since < changes.constLast().since))
                fail(cp, JsonText::tr("times out of order"));
            changes.append(std::move(change));
        }
        out.changes.peers.insert(n.name, changes);
    }
    readObservation(o, "accountsAllowlist", path, n.accountsAllowlist, readList);
    readObservation(o, "nodesAllowlist", path, n.nodesAllowlist, readList);
    readObservation(o, "accountsAllowlistError", path, n.accountsAllowlistError, readText);
    readObservation(o, "accountRulesAddress", path, n.accountRulesAddress, readText);
    readObservation(o, "permissioningChecks", path, n.permissioningChecks,
        [](const json &v, const QString &p) { return v.is_null() ? std::optional<double>() : real(v, p); });
    n.permissioningChecksRoseAt = time(o, "permissioningChecksRoseAt", path);
    n.disabledNamespaces = textList(o, "disabledNamespaces", path);
    n.lastRpcError = str(o, "lastRpcError", path);

    QList<NodeSample> samples;
    const json &s = object(o, "samples", path);
    if (!s.is_null()) {
        const QString sp = join(path, "samples");
        const json &times = array(s, "atDelta", sp, true);
        const json &heights = array(s, "height", sp, true);
        const json &peers = array(s, "peers", sp, true);
        if (heights.size() != times.size() || peers.size() != times.size())
            fail(sp, JsonText::tr("atDelta, height and peers differ in length"));
        samples.reserve(static_cast<qsizetype>(times.size()));
        qint64 ms = 0;
        for (std::size_t i = 0; i < times.size(); ++i) {
            ms += element<qint64>(times, i, sp, "atDelta");
            samples.append({QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), element<quint64>(heights, i, sp, "height"),
                element<int>(peers, i, sp, "peers")});
        }
        const json &down = array(s, "down", sp);
        for (std::size_t i = 0; down.is_array() && i < down.size(); ++i) {
            const auto index = element<qint64>(down, i, sp, "down");
            if (index < 0 || index >= samples.size())
                fail(at(join(sp, "down"), i), JsonText::tr("no such sample"));
            samples[index].up = false;
        }
        const json &syncing = array(s, "syncing", sp);
        for (std::size_t i = 0; syncing.is_array() && i < syncing.size(); ++i) {
            const auto index = element<qint64>(syncing, i, sp, "syncing");
            if (index < 0 || index >= samples.size())
                fail(at(join(sp, "syncing"), i), JsonText::tr("no such sample"));
            samples[index].syncing = true;
        }
    }
    out.samples.insert(n.name, samples);
    if (const json &p = object(o, "prometheusSamples", path); !p.is_null())
        out.prometheusSamples.insert(n.name, readPrometheusSamples(p, join(path, "prometheusSamples")));
    out.nodes.append(n);
}

void readBlock(const json &o, const QString &path, SnapshotData &out)
{
    expectObject(o, path);
    BlockRecord r;
    chain::BlockHeader &h = r.header;
    if (member(o, "number").is_null())
        fail(join(path, "number"), JsonText::tr("missing"));
    h.number = integer<quint64>(o, "number", path);
    // As in the block table (blocktable.cpp): a file that reads must read again once written.
    if (!out.blocks.isEmpty() && h.number <= out.blocks.constLast().number())
        fail(join(path, "number"),
            JsonText::tr("%1 after %2 (blocks must ascend)").arg(h.number).arg(out.blocks.constLast().number()));
    h.hash = bytes(o, "hash", path);
    h.parentHash = bytes(o, "parentHash", path);
    h.sha3Uncles = bytes(o, "sha3Uncles", path);
    h.miner = bytes(o, "miner", path);
    h.stateRoot = bytes(o, "stateRoot", path);
    h.transactionsRoot = bytes(o, "transactionsRoot", path);
    h.receiptsRoot = bytes(o, "receiptsRoot", path);
    h.logsBloom = member(o, "logsBloom").is_null() ? QByteArray(256, '\0') : bytes(o, "logsBloom", path);
    h.difficulty = bytes(o, "difficulty", path);
    h.gasLimit = integer<quint64>(o, "gasLimit", path);
    h.gasUsed = integer<quint64>(o, "gasUsed", path);
    h.timestamp = integer<quint64>(o, "timestamp", path);
    h.extraData = bytes(o, "extraData", path);
    h.mixHash = bytes(o, "mixHash", path);
    h.nonce = bytes(o, "nonce", path);
    h.transactionCount = integer<int>(o, "transactionCount", path);
    if (!member(o, "baseFeePerGas").is_null())
        h.baseFeePerGas = bytes(o, "baseFeePerGas", path);
    if (!member(o, "withdrawalsRoot").is_null())
        h.withdrawalsRoot = bytes(o, "withdrawalsRoot", path);
    if (!member(o, "blobGasUsed").is_null())
        h.blobGasUsed = integer<quint64>(o, "blobGasUsed", path);
    if (!member(o, "excessBlobGas").is_null())
        h.excessBlobGas = integer<quint64>(o, "excessBlobGas", path);
    if (!member(o, "parentBeaconBlockRoot").is_null())
        h.parentBeaconBlockRoot = bytes(o, "parentBeaconBlockRoot", path);
    if (!member(o, "requestsHash").is_null())
        h.requestsHash = bytes(o, "requestsHash", path);
    if (!member(o, "size").is_null())
        h.size = integer<quint64>(o, "size", path);
    h.unknownFields = textList(o, "unknownFields", path);
    r.receivedAt = time(o, "receivedAt", path);
    r.source = str(o, "source", path);
    const json &s = object(o, "seal", path);
    if (!s.is_null()) {
        const QString sp = join(path, "seal");
        SnapshotSeal seal;
        seal.proposer = bytes(s, "proposer", sp);
        seal.round = integer<quint32>(s, "round", sp);
        seal.signers = hexList(s, "signers", sp);
        seal.missing = hexList(s, "missing", sp);
        seal.quorum = integer<int>(s, "quorum", sp);
        seal.quorumMet = boolean(member(s, "quorumMet"), join(sp, "quorumMet"));
        seal.nonMemberSigners = integer<int>(s, "nonMemberSigners", sp);
        seal.invalidSeals = integer<int>(s, "invalidSeals", sp);
        seal.error = str(s, "error", sp);
        out.seals.emplace(h.number, std::move(seal));
    }
    out.blocks.append(std::move(r));
}

PromQueryResult readQueryResult(const json &o, const QString &path)
{
    expectObject(o, path);
    PromQueryResult r;
    r.ok = boolean(member(o, "ok"), join(path, "ok"));
    r.error = str(o, "error", path);
    r.errorType = str(o, "errorType", path);
    r.endpoint = str(o, "endpoint", path);
    const QString type = str(o, "type", path);
    static const char *const types[] = {"none", "vector", "matrix", "scalar", "string"};
    for (int i = 0; i < 5; ++i) {
        if (type == QLatin1StringView(types[i]))
            r.type = static_cast<PromQueryResult::Type>(i);
    }
    const json &series = array(o, "series", path);
    const QString sp = join(path, "series");
    for (std::size_t i = 0; i < series.size(); ++i) {
        const QString p = at(sp, i);
        PromSeries s;
        const json &labels = object(series[i], "labels", p);
        if (labels.is_object()) {
            for (auto it = labels.begin(); it != labels.end(); ++it)
                s.labels.insert(QString::fromStdString(it.key()), textOf(it.value(), join(p, "labels")));
        }
        const json &samples = array(series[i], "samples", p);
        s.samples.reserve(static_cast<qsizetype>(samples.size()));
        for (std::size_t k = 0; k < samples.size(); ++k) {
            const json &pair = samples[k];
            if (pair.is_array() && pair.size() == 2 && pair[0].is_number_integer() && pair[1].is_number()) {
                s.samples.append({pair[0].get<qint64>(), pair[1].get<double>()});
                continue;
            }
            const QString kp = at(join(p, "samples"), k);
            if (!pair.is_array() || pair.size() != 2)
                fail(kp, JsonText::tr("expected [time, value]"));
            s.samples.append({integer<qint64>(pair[0], kp), real(pair[1], kp)});
        }
        r.series.append(s);
    }
    const json &scalar = array(o, "scalar", path);
    if (scalar.size() == 2)
        r.scalar = {integer<qint64>(scalar[0], join(path, "scalar")), real(scalar[1], join(path, "scalar"))};
    const json &string = array(o, "string", path);
    if (string.size() == 2) {
        r.stringTimeMs = integer<qint64>(string[0], join(path, "string"));
        r.stringValue = textOf(string[1], join(path, "string"));
    }
    return r;
}

QList<PromQueryResult> readResults(const json &o, const char *key, const QString &path)
{
    QList<PromQueryResult> out;
    const json &a = array(o, key, path);
    for (std::size_t i = 0; i < a.size(); ++i)
        out.append(readQueryResult(a[i], at(join(path, key), i)));
    return out;
}

QJsonObject toQJson(const json &o, const QString &path)
{
    expectObject(o, path);
    return QJsonDocument::fromJson(QByteArray::fromStdString(o.dump())).object();
}

// An array member whose items have their one JSON form elsewhere (incidents, checklist runs): each read with
// `fromJson`, or the first problem thrown with its path.
template<typename T, typename F> void readEach(const json &doc, const char *key, QList<T> &out, F fromJson)
{
    const json &list = array(doc, key, QString());
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString p = at(QString::fromLatin1(key), i);
        QString why;
        auto item = fromJson(toQJson(list[i], p), p, &why);
        if (!item)
            throw DecodeError {why};
        out.append(std::move(*item));
    }
}

} // namespace

QByteArray encode(const SnapshotData &data, bool withBlocks)
{
    return QByteArray::fromStdString(encodeText(data, withBlocks));
}

std::string encodeText(const SnapshotData &data, bool withBlocks, std::size_t reserveExtra)
{
    json doc;
    doc["schema"] = snapshot::SchemaVersion;
    doc["profile"] = data.profileYaml.toStdString();
    doc["network"] = text(data.network.name);

    json nodes = json::array();
    for (const NodeState &n : data.nodes)
        nodes.push_back(nodeJson(
            n, data.samples.value(n.name), data.changes.peers.value(n.name), data.prometheusSamples.value(n.name)));
    doc["nodes"] = std::move(nodes);

    if (withBlocks) {
        json blocks = json::array();
        for (const BlockRecord &r : data.blocks) {
            const auto seal = data.seals.find(r.number());
            blocks.push_back(blockJson(r, seal == data.seals.end() ? nullptr : &seal->second));
        }
        doc["blocks"] = std::move(blocks);
    }

    json validators = json::array();
    for (auto it = data.validators.cbegin(); it != data.validators.cend(); ++it)
        validators.push_back(json {{"block", it.key()}, {"validators", textList(it.value())}});
    doc["validators"] = std::move(validators);

    json federation = json::array();
    for (const FederationProbeReply &r : data.federation)
        federation.push_back(json {{"index", r.index}, {"endpoint", text(r.endpoint)}, {"at", timeMs(r.at)},
            {"results", resultsJson(r.results)}});
    doc["federation"] = std::move(federation);
    if (!data.changes.federation.isEmpty()) {
        json history = json::array();
        QStringList endpoints = data.changes.federation.keys();
        endpoints.sort();
        for (const QString &endpoint : std::as_const(endpoints)) {
            const QList<FederationChange> &log = data.changes.federation[endpoint];
            json changes = json::array();
            for (const FederationChange &c : log)
                changes.push_back(json {{"since", timeMs(c.since)}, {"lastSeen", timeMs(c.lastSeen)},
                    {"results", resultsJson(c.value.results)}});
            history.push_back(json {{"index", log.isEmpty() ? -1 : log.constFirst().value.index},
                {"endpoint", text(endpoint)}, {"changes", std::move(changes)}});
        }
        doc["federationHistory"] = std::move(history);
    }

    const PromRangeHistory &h = data.intervalHistory;
    doc["intervalHistory"] = json {{"fromMs", h.fromMs}, {"toMs", h.toMs}, {"stepSeconds", h.stepSeconds},
        {"servedBy", text(h.servedBy)}, {"error", text(h.error)}, {"at", timeMs(h.at)},
        {"results", resultsJson(h.results)}};

    json health = json::object();
    for (auto it = data.health.cbegin(); it != data.health.cend(); ++it)
        health[text(it.key())] = healthJson(it.value());
    doc["health"] = std::move(health);
    doc["alertmanager"] = alertsJson(data.alerts);
    json votes = json::object();
    for (auto it = data.pendingVotes.cbegin(); it != data.pendingVotes.cend(); ++it)
        votes[text(it.key())] = votesJson(it.value());
    doc["pendingVotes"] = std::move(votes);
    if (data.signerMetrics.at.isValid())
        doc["signerMetrics"] = signerMetricsJson(data.signerMetrics);
    // Optional keys, each written only when something was recorded.
    const ChangeHistories &c = data.changes;
    if (!c.health.isEmpty())
        doc["healthHistory"] = changesByKeyJson(c.health, healthJson);
    if (!c.votes.isEmpty())
        doc["pendingVotesHistory"] = changesByKeyJson(c.votes, votesJson);
    if (!c.alerts.isEmpty())
        doc["alertmanagerHistory"] = changesJson(c.alerts, alertsJson);
    if (!c.signerMetrics.isEmpty())
        doc["signerMetricsHistory"] = changesJson(c.signerMetrics, signerMetricsJson);

    json incidents = json::array();
    for (const Incident &i : data.incidents)
        incidents.push_back(fromQJson(incidentjson::toJson(i)));
    doc["incidents"] = std::move(incidents);
    json runs = json::array();
    for (const ChecklistRun &r : data.runs)
        runs.push_back(fromQJson(incidentjson::toJson(r)));
    doc["runs"] = std::move(runs);
    if (data.usage)
        doc["usage"] = usagejson::toJson(data.usage->ledger, data.usage->contractAnswers);

    // Serialised into one buffer sized up front: a 24 h snapshot is ~60 MB of text, and letting the string double its
    // way there (moving and faulting in pages each time) cost a fifth of the export.
    std::string text;
    qsizetype samples = 0;
    for (const auto &list : data.samples)
        samples += list.size();
    text.reserve((withBlocks ? static_cast<std::size_t>(data.blocks.size()) * 1700 : 0)
        + static_cast<std::size_t>(samples) * 24 + (1 << 20) + reserveExtra);
    nlohmann::detail::serializer<json> out(nlohmann::detail::output_adapter<char>(text), ' ');
    out.dump(doc, false, false, 0);
    return text;
}

bool decode(const json &doc, int schemaVersion, bool blocksInTable, SnapshotData &out, QString *error)
{
    // Schema 1 is the only one so far; a later schema adds its conversions here, and the stored sample files of
    // each version (tests/fixtures/snapshots) keep the older ones readable.
    Q_UNUSED(schemaVersion);
    try {
        expectObject(doc, u"content"_s);
        const json &profile = member(doc, "profile");
        if (!profile.is_string())
            fail(u"profile"_s, JsonText::tr("missing"));
        out.profileYaml = QByteArray::fromStdString(profile.get<std::string>());

        const json &nodes = array(doc, "nodes", QString(), true);
        for (std::size_t i = 0; i < nodes.size(); ++i)
            readNode(nodes[i], at(u"nodes"_s, i), out);

        const json &blocks = blocksInTable ? member(doc, "blocks") : array(doc, "blocks", QString(), true);
        if (blocksInTable && !blocks.is_null())
            fail(u"blocks"_s, JsonText::tr("present although the blocks are in the block table"));
        out.blocks.reserve(static_cast<qsizetype>(blocks.size()));
        for (std::size_t i = 0; i < blocks.size(); ++i)
            readBlock(blocks[i], at(u"blocks"_s, i), out);

        const json &validators = array(doc, "validators", QString());
        for (std::size_t i = 0; i < validators.size(); ++i) {
            const QString p = at(u"validators"_s, i);
            out.validators.insert(integer<quint64>(validators[i], "block", p), textList(validators[i], "validators", p));
        }

        const json &federation = array(doc, "federation", QString());
        for (std::size_t i = 0; i < federation.size(); ++i) {
            const QString p = at(u"federation"_s, i);
            FederationProbeReply r;
            r.index = integer<int>(federation[i], "index", p, -1);
            r.endpoint = str(federation[i], "endpoint", p);
            r.at = time(federation[i], "at", p);
            r.results = readResults(federation[i], "results", p);
            out.federation.append(r);
        }

        // Optional within schema 1: absent from files written before it (no history).
        const json &fedHistory = array(doc, "federationHistory", QString());
        for (std::size_t i = 0; i < fedHistory.size(); ++i) {
            const QString p = at(u"federationHistory"_s, i);
            const int index = integer<int>(fedHistory[i], "index", p, -1);
            const QString endpoint = str(fedHistory[i], "endpoint", p);
            if (endpoint.isEmpty())
                fail(join(p, "endpoint"), JsonText::tr("missing"));
            QList<FederationChange> log;
            const json &changes = array(fedHistory[i], "changes", p, true);
            for (std::size_t k = 0; k < changes.size(); ++k) {
                const QString cp = at(join(p, "changes"), k);
                FederationChange c;
                c.since = time(changes[k], "since", cp);
                c.lastSeen = time(changes[k], "lastSeen", cp);
                if (!c.since.isValid() || c.lastSeen < c.since || (!log.isEmpty() && c.since < log.constLast().since))
                    fail(cp, JsonText::tr("times out of order"));
                c.value.index = index;
                c.value.endpoint = endpoint;
                c.value.at = c.since;
                c.value.results = readResults(changes[k], "results", cp);
                log.append(std::move(c));
            }
            out.changes.federation.insert(endpoint, log);
        }

        const json &h = object(doc, "intervalHistory", QString());
        if (!h.is_null()) {
            const QString p = u"intervalHistory"_s;
            PromRangeHistory &r = out.intervalHistory;
            r.fromMs = integer<qint64>(h, "fromMs", p);
            r.toMs = integer<qint64>(h, "toMs", p);
            r.stepSeconds = integer<int>(h, "stepSeconds", p);
            r.servedBy = str(h, "servedBy", p);
            r.error = str(h, "error", p);
            r.at = time(h, "at", p);
            r.results = readResults(h, "results", p);
        }

        const json &health = object(doc, "health", QString());
        if (health.is_object()) {
            for (auto it = health.begin(); it != health.end(); ++it)
                out.health.insert(QString::fromStdString(it.key()), readHealth(it.value(), join(u"health"_s, it.key().c_str())));
        }

        // Optional within schema 1 (absent from files written before they were added).
        const json &am = object(doc, "alertmanager", QString());
        if (am.is_object())
            out.alerts = readAlerts(am, u"alertmanager"_s);
        const json &votes = object(doc, "pendingVotes", QString());
        if (votes.is_object()) {
            for (auto it = votes.begin(); it != votes.end(); ++it)
                out.pendingVotes.insert(QString::fromStdString(it.key()), readVotes(it.value(), join(u"pendingVotes"_s, it.key().c_str())));
        }
        if (const json &signer = object(doc, "signerMetrics", QString()); !signer.is_null())
            out.signerMetrics = readSignerMetrics(signer, u"signerMetrics"_s);
        out.changes.health = readChangesByKey<SourceHealth>(doc, "healthHistory", readHealth);
        out.changes.votes = readChangesByKey<besu::PendingVotes>(doc, "pendingVotesHistory", readVotes);
        if (const json &log = member(doc, "alertmanagerHistory"); !log.is_null())
            out.changes.alerts = readChanges<AlertmanagerAlerts>(log, u"alertmanagerHistory"_s, readAlerts);
        if (const json &log = member(doc, "signerMetricsHistory"); !log.is_null())
            out.changes.signerMetrics = readChanges<SignerMetricsRecord>(log, u"signerMetricsHistory"_s, readSignerMetrics);

        readEach(doc, "incidents", out.incidents, [](const QJsonObject &o, const QString &p, QString *why) {
            return incidentjson::incidentFromJson(o, p, why);
        });
        readEach(doc, "runs", out.runs,
            [](const QJsonObject &o, const QString &p, QString *why) { return incidentjson::runFromJson(o, p, why); });
        if (const auto usage = doc.find("usage"); usage != doc.end() && !usage->is_null()) {
            SnapshotData::Usage u;
            QString why;
            if (!usagejson::fromJson(*usage, u"usage"_s, u.ledger, u.contractAnswers, &why))
                throw DecodeError {why};
            out.usage = std::move(u);
        }
    } catch (const DecodeError &e) {
        if (error)
            *error = e.text;
        return false;
    } catch (const json::exception &e) {
        if (error)
            *error = JsonText::tr("unexpected value: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

} // namespace snapshotjson
