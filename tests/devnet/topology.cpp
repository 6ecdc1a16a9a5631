#include "topology.h"

#include "chain/hex.h"
#include "chain/keccak.h"
#include "chain/secp256k1.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString devNodeTypeKey(DevNodeType type)
{
    switch (type) {
    case DevNodeType::Validator:
        return u"validator"_s;
    case DevNodeType::Boot:
        return u"boot"_s;
    case DevNodeType::Writer:
        return u"writer"_s;
    case DevNodeType::ObserverBoot:
        return u"observer-boot"_s;
    }
    return {};
}

QString DevNode::enode() const
{
    return u"enode://"_s + chain::toHex(publicKey).mid(2) + u"@127.0.0.1:"_s + QString::number(p2pPort);
}

QString DevNode::addressHex() const
{
    return chain::toHex(address);
}

QByteArray deterministicKey(quint64 seed, const QString &label)
{
    for (int attempt = 0;; ++attempt) {
        const QByteArray material
            = "sentinela-devnet:" + QByteArray::number(seed) + ':' + label.toUtf8() + ':' + QByteArray::number(attempt);
        QByteArray key = chain::keccak256(material);
        if (chain::isValidPrivateKey(key))
            return key;
    }
}

Topology Topology::build(const DevnetOptions &options)
{
    // Real RBB participants first, generic ids after them.
    static const QList<std::pair<QString, QString>> known = {
        {u"bndes"_s, u"Banco Nacional de Desenvolvimento Econômico e Social"_s},
        {u"rnp"_s, u"Rede Nacional de Ensino e Pesquisa"_s},
        {u"tcu"_s, u"Tribunal de Contas da União"_s},
        {u"cpqd"_s, u"CPQD"_s},
        {u"prodemge"_s, u"Companhia de Tecnologia da Informação de Minas Gerais"_s},
    };
    Topology t;
    for (int i = 0; i < options.institutions; ++i) {
        if (i < known.size())
            t.institutions.append({known[i].first, known[i].second});
        else
            t.institutions.append({u"inst%1"_s.arg(i + 1, 2, 10, QLatin1Char('0')), u"Instituição %1"_s.arg(i + 1)});
    }
    int validatorNo = 0;
    auto add = [&](DevNodeType type, int institution, int number) {
        DevNode n;
        n.index = int(t.nodes.size());
        n.type = type;
        n.institution = institution;
        n.name = devNodeTypeKey(type) + u"%1"_s.arg(number, 2, 10, QLatin1Char('0'));
        n.privateKey = deterministicKey(options.seed, n.name);
        n.publicKey = chain::publicKey(n.privateKey);
        n.address = chain::addressFromPublicKey(n.publicKey);
        n.account = chain::addressFromPrivateKey(deterministicKey(options.seed, n.name + u"/account"_s));
        n.p2pPort = 30303 + n.index;
        t.nodes.append(n);
    };
    for (int i = 0; i < options.institutions; ++i) {
        for (int v = 0; v < options.validatorsPerInstitution; ++v)
            add(DevNodeType::Validator, i, ++validatorNo);
        add(DevNodeType::Boot, i, i + 1);
        add(DevNodeType::Writer, i, i + 1);
        add(DevNodeType::ObserverBoot, i, i + 1);
    }
    // Core and writers: full static mesh. Observer-boots: linked to every boot (they are the public edge).
    t.links.resize(t.nodes.size());
    for (const DevNode &a : std::as_const(t.nodes)) {
        for (const DevNode &b : std::as_const(t.nodes)) {
            if (a.index == b.index)
                continue;
            const bool aObs = a.type == DevNodeType::ObserverBoot;
            const bool bObs = b.type == DevNodeType::ObserverBoot;
            bool linked = false;
            if (!aObs && !bObs)
                linked = true;
            else if (aObs != bObs)
                linked = (aObs ? b.type : a.type) == DevNodeType::Boot;
            if (linked)
                t.links[a.index].append(b.index);
        }
    }
    return t;
}

int Topology::nodeIndex(const QString &name) const
{
    for (const DevNode &n : nodes) {
        if (n.name == name)
            return n.index;
    }
    return -1;
}

int Topology::institutionIndex(const QString &id) const
{
    for (int i = 0; i < institutions.size(); ++i) {
        if (institutions[i].id == id)
            return i;
    }
    return -1;
}

int Topology::nodeByAddress(const QByteArray &address) const
{
    for (const DevNode &n : nodes) {
        if (n.address == address)
            return n.index;
    }
    return -1;
}
