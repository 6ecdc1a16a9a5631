#include "besuparsers.h"

#include "chain/hex.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace besu {

namespace {

using nlohmann::json;

// The translation context of this file's messages (a class, so that lupdate finds them).
struct BesuParsersText
{
    Q_DECLARE_TR_FUNCTIONS(BesuParsers)
};

template<typename T> std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString typeName(const json &value)
{
    return QString::fromLatin1(value.type_name());
}

QString str(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// A member that must be a hex quantity; `field` names it in the error.
std::optional<quint64> quantityField(const json &object, const char *field, QString *error, bool required = true)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null()) {
        if (required)
            return fail<quint64>(error, BesuParsersText::tr("field \"%1\" is missing").arg(QLatin1StringView(field)));
        return std::nullopt;
    }
    QString why;
    const auto value = parseQuantity(*it, &why);
    if (!value)
        return fail<quint64>(error, BesuParsersText::tr("field \"%1\": %2").arg(QLatin1StringView(field), why));
    return value;
}

bool isAddress(const QString &text)
{
    static const QRegularExpression re(u"^0x[0-9a-fA-F]{40}$"_s);
    return re.match(text).hasMatch();
}

std::optional<qint64> integerField(const json &object, const char *field, QString *error)
{
    const auto it = object.find(field);
    if (it == object.end())
        return fail<qint64>(error, BesuParsersText::tr("field \"%1\" is missing").arg(QLatin1StringView(field)));
    if (it->is_number_integer())
        return it->get<qint64>();
    // Tolerate a hex quantity in case a proxy or a future release changes the encoding.
    if (it->is_string()) {
        if (const auto q = parseQuantity(*it))
            return static_cast<qint64>(*q);
    }
    return fail<qint64>(error, BesuParsersText::tr("field \"%1\" is not an integer").arg(QLatin1StringView(field)));
}

} // namespace

std::optional<quint64> parseQuantity(const json &result, QString *error)
{
    if (!result.is_string())
        return fail<quint64>(
            error, BesuParsersText::tr("expected a hex quantity string, got %1").arg(typeName(result)));
    return chain::quantityFromHex(result.get_ref<const std::string &>(), error);
}

std::optional<QString> parseString(const json &result, QString *error)
{
    if (!result.is_string())
        return fail<QString>(error, BesuParsersText::tr("expected a string, got %1").arg(typeName(result)));
    return str(result);
}

std::optional<QByteArray> parseData(const json &result, QString *error)
{
    if (!result.is_string())
        return fail<QByteArray>(error, BesuParsersText::tr("expected hex data, got %1").arg(typeName(result)));
    return chain::fromHex(std::string_view(result.get_ref<const std::string &>()), error);
}

std::optional<bool> parseBool(const json &result, QString *error)
{
    if (!result.is_boolean())
        return fail<bool>(error, BesuParsersText::tr("expected true or false, got %1").arg(typeName(result)));
    return result.get<bool>();
}

QString enodePublicKey(const QString &enode)
{
    static const QRegularExpression re(u"^enode://([0-9a-fA-F]{128})@"_s);
    const auto match = re.match(enode);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

std::optional<QString> parseEnode(const json &result, QString *error)
{
    const auto text = parseString(result, error);
    if (!text)
        return std::nullopt;
    if (enodePublicKey(*text).isEmpty())
        return fail<QString>(error, BesuParsersText::tr("not an enode URL: %1").arg(text->left(80)));
    return text;
}

std::optional<SyncStatus> parseSyncing(const json &result, QString *error)
{
    if (result.is_boolean()) {
        if (result.get<bool>())
            return fail<SyncStatus>(error, BesuParsersText::tr("eth_syncing returned true instead of a sync object"));
        return SyncStatus {};
    }
    if (!result.is_object())
        return fail<SyncStatus>(
            error, BesuParsersText::tr("expected false or a sync object, got %1").arg(typeName(result)));
    SyncStatus s;
    s.syncing = true;
    const auto starting = quantityField(result, "startingBlock", error);
    const auto current = quantityField(result, "currentBlock", error);
    const auto highest = quantityField(result, "highestBlock", error);
    if (!starting || !current || !highest)
        return std::nullopt;
    s.startingBlock = *starting;
    s.currentBlock = *current;
    s.highestBlock = *highest;
    QString ignored;
    s.pulledStates = quantityField(result, "pulledStates", &ignored, false);
    s.knownStates = quantityField(result, "knownStates", &ignored, false);
    return s;
}

std::optional<QList<PeerInfo>> parsePeers(const json &result, QString *error)
{
    if (!result.is_array())
        return fail<QList<PeerInfo>>(
            error, BesuParsersText::tr("expected a list of peers, got %1").arg(typeName(result)));
    QList<PeerInfo> peers;
    peers.reserve(static_cast<qsizetype>(result.size()));
    int index = 0;
    for (const auto &item : result) {
        if (!item.is_object())
            return fail<QList<PeerInfo>>(error, BesuParsersText::tr("peer %1 is not an object").arg(index));
        PeerInfo p;
        p.id = str(item.value("id", json())).toLower();
        p.enode = str(item.value("enode", json()));
        p.name = str(item.value("name", json()));
        if (const auto caps = item.find("caps"); caps != item.end() && caps->is_array()) {
            for (const auto &c : *caps)
                p.caps.append(str(c));
        }
        if (const auto net = item.find("network"); net != item.end() && net->is_object()) {
            p.localAddress = str(net->value("localAddress", json()));
            p.remoteAddress = str(net->value("remoteAddress", json()));
            if (const auto inbound = net->find("inbound"); inbound != net->end() && inbound->is_boolean())
                p.inbound = inbound->get<bool>();
        }
        if (const auto protocols = item.find("protocols"); protocols != item.end() && protocols->is_object()) {
            if (const auto eth = protocols->find("eth"); eth != protocols->end() && eth->is_object())
                p.headHash = str(eth->value("head", json()));
        }
        if (p.id.isEmpty() && p.enode.isEmpty())
            return fail<QList<PeerInfo>>(error, BesuParsersText::tr("peer %1 has neither id nor enode").arg(index));
        if (p.id.isEmpty())
            p.id = u"0x"_s + enodePublicKey(p.enode);
        peers.append(p);
        ++index;
    }
    return peers;
}

std::optional<NodeInfo> parseNodeInfo(const json &result, QString *error)
{
    if (!result.is_object())
        return fail<NodeInfo>(error, BesuParsersText::tr("expected a node info object, got %1").arg(typeName(result)));
    NodeInfo n;
    n.enode = str(result.value("enode", json()));
    if (n.enode.isEmpty())
        return fail<NodeInfo>(error, BesuParsersText::tr("field \"enode\" is missing"));
    n.id = str(result.value("id", json())).toLower();
    n.name = str(result.value("name", json()));
    n.ip = str(result.value("ip", json()));
    n.listenAddr = str(result.value("listenAddr", json()));
    n.activeFork = str(result.value("activeFork", json()));
    if (const auto ports = result.find("ports"); ports != result.end() && ports->is_object()) {
        const auto d = ports->find("discovery");
        if (d != ports->end() && d->is_number_integer())
            n.discoveryPort = d->get<int>();
        const auto l = ports->find("listener");
        if (l != ports->end() && l->is_number_integer())
            n.listenerPort = l->get<int>();
    }
    if (const auto protocols = result.find("protocols"); protocols != result.end() && protocols->is_object()) {
        if (const auto eth = protocols->find("eth"); eth != protocols->end() && eth->is_object()) {
            n.genesisHash = str(eth->value("genesis", json()));
            n.headHash = str(eth->value("head", json()));
            if (const auto net = eth->find("network"); net != eth->end() && net->is_number_unsigned())
                n.networkId = net->get<quint64>();
            if (const auto config = eth->find("config"); config != eth->end() && config->is_object()) {
                if (const auto id = config->find("chainId"); id != config->end() && id->is_number_unsigned())
                    n.chainId = id->get<quint64>();
            }
        }
    }
    return n;
}

std::optional<QStringList> parseAddressList(const json &result, QString *error)
{
    if (!result.is_array())
        return fail<QStringList>(
            error, BesuParsersText::tr("expected a list of addresses, got %1").arg(typeName(result)));
    QStringList out;
    for (const auto &item : result) {
        const QString a = str(item);
        if (!isAddress(a))
            return fail<QStringList>(error,
                BesuParsersText::tr("not an address: %1").arg(QString::fromStdString(item.dump().substr(0, 60))));
        out.append(a.toLower());
    }
    return out;
}

std::optional<QStringList> parseEnodeList(const json &result, QString *error)
{
    if (!result.is_array())
        return fail<QStringList>(
            error, BesuParsersText::tr("expected a list of enode URLs, got %1").arg(typeName(result)));
    QStringList out;
    for (const auto &item : result) {
        const auto enode = parseEnode(item, error);
        if (!enode)
            return std::nullopt;
        out.append(*enode);
    }
    return out;
}

std::optional<QList<SignerMetric>> parseSignerMetrics(const json &result, QString *error)
{
    if (!result.is_array())
        return fail<QList<SignerMetric>>(
            error, BesuParsersText::tr("expected a list of signer metrics, got %1").arg(typeName(result)));
    QList<SignerMetric> out;
    int index = 0;
    for (const auto &item : result) {
        if (!item.is_object())
            return fail<QList<SignerMetric>>(
                error, BesuParsersText::tr("signer metric %1 is not an object").arg(index));
        SignerMetric m;
        m.address = str(item.value("address", json())).toLower();
        if (!isAddress(m.address))
            return fail<QList<SignerMetric>>(error, BesuParsersText::tr("signer metric %1: bad address").arg(index));
        QString why;
        const auto count = quantityField(item, "proposedBlockCount", &why);
        const auto last = quantityField(item, "lastProposedBlockNumber", &why);
        if (!count || !last)
            return fail<QList<SignerMetric>>(error, BesuParsersText::tr("signer metric %1: %2").arg(index).arg(why));
        m.proposedBlockCount = *count;
        m.lastProposedBlockNumber = *last;
        out.append(m);
        ++index;
    }
    return out;
}

std::optional<PendingVotes> parsePendingVotes(const json &result, QString *error)
{
    if (!result.is_object())
        return fail<PendingVotes>(
            error, BesuParsersText::tr("expected an object of votes, got %1").arg(typeName(result)));
    PendingVotes votes;
    for (const auto &[key, value] : result.items()) {
        const QString address = QString::fromStdString(key);
        if (!isAddress(address) || !value.is_boolean())
            return fail<PendingVotes>(error, BesuParsersText::tr("bad vote entry for %1").arg(address.left(60)));
        votes.insert(address.toLower(), value.get<bool>());
    }
    return votes;
}

std::optional<TxPoolStatistics> parseTxPoolStatistics(const json &result, QString *error)
{
    if (!result.is_object())
        return fail<TxPoolStatistics>(
            error, BesuParsersText::tr("expected a statistics object, got %1").arg(typeName(result)));
    const auto maxSize = integerField(result, "maxSize", error);
    const auto local = integerField(result, "localCount", error);
    const auto remote = integerField(result, "remoteCount", error);
    if (!maxSize || !local || !remote)
        return std::nullopt;
    return TxPoolStatistics {*maxSize, *local, *remote};
}

std::optional<chain::BlockHeader> parseBlock(const json &result, QString *error)
{
    if (result.is_null())
        return fail<chain::BlockHeader>(error, BesuParsersText::tr("the node does not know this block (result null)"));
    if (!result.is_object())
        return fail<chain::BlockHeader>(
            error, BesuParsersText::tr("expected a block object, got %1").arg(typeName(result)));
    try {
        return chain::BlockHeader::fromJson(result, error);
    } catch (const std::exception &e) {
        return fail<chain::BlockHeader>(error, QString::fromUtf8(e.what()));
    }
}

} // namespace besu
