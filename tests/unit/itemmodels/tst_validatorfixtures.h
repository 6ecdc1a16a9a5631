#pragma once

// Real QBFT block headers for the validator item-model tests: keys, a configured network, and a chain simulated by
// Besu's round-robin rule, each block carrying committed seals signed with secp256k1 so that the models recover
// them exactly as they do for a live network.

#include "chain/blockanalysis.h"
#include "chain/blockheader.h"
#include "chain/extradata.h"
#include "chain/hex.h"
#include "chain/keccak.h"
#include "chain/secp256k1.h"
#include "config/inventory.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace fixtures {

inline constexpr qint64 GenesisTime = 1'760'000'000; // 2025-10-09, a Thursday
inline constexpr double Period = 2.0;

struct Validator
{
    QByteArray key;
    QByteArray address;
};

// Validator i: the private key is keccak("validator-i"); addresses are sorted the way Besu rotates (by address).
inline Validator validator(int i)
{
    Validator v;
    v.key = chain::keccak256(QByteArray("validator-") + QByteArray::number(i));
    v.address = chain::addressFromPrivateKey(v.key);
    return v;
}

// A network of `count` validators (validator01.. at institution inst01..), one boot node per institution;
// validators with index >= inventoryCount are left out of the inventory (seen on chain only).
inline NetworkConfig network(int count, int inventoryCount = -1)
{
    if (inventoryCount < 0)
        inventoryCount = count;
    NetworkConfig n;
    n.name = QStringLiteral("test");
    n.displayName = QStringLiteral("Test network");
    n.chainId = 1337;
    n.blockPeriodSeconds = Period;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("inst%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        n.institutions.append({id, QStringLiteral("Institution %1").arg(i + 1), id});
        if (i < inventoryCount) {
            NodeConfig v;
            v.name = QStringLiteral("validator%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            v.type = NodeType::Validator;
            v.institution = id;
            v.address = chain::toHex(validator(i).address);
            n.nodes.append(v);
        }
        NodeConfig boot;
        boot.name = QStringLiteral("boot%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        boot.type = NodeType::Boot;
        boot.institution = id;
        n.nodes.append(boot);
    }
    return n;
}

inline QByteArray filled(int size, char c)
{
    return QByteArray(size, c);
}

// One sealed QBFT header: `signers` are validator indices that commit.
inline chain::BlockHeader sealedBlock(quint64 number, const QByteArray &parentHash, qint64 timestamp,
    const QList<int> &set, int proposer, quint32 round, const QList<int> &signers)
{
    chain::BlockHeader h;
    h.parentHash = parentHash.isEmpty() ? filled(32, 0) : parentHash;
    h.sha3Uncles = filled(32, 1);
    h.miner = validator(proposer).address;
    h.stateRoot = filled(32, 2);
    h.transactionsRoot = filled(32, 3);
    h.receiptsRoot = filled(32, 4);
    h.logsBloom = filled(256, 0);
    h.difficulty = QByteArray(1, 1);
    h.number = number;
    h.gasLimit = 30'000'000;
    h.gasUsed = 21'000 * (number % 5);
    h.timestamp = quint64(timestamp);
    h.mixHash = QByteArray::fromHex("63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365");
    h.nonce = filled(8, 0);
    chain::BftExtraData extra;
    extra.type = chain::BftType::Qbft;
    extra.vanity = filled(32, 0);
    for (int v : set)
        extra.validators.append(validator(v).address);
    std::sort(extra.validators.begin(), extra.validators.end());
    extra.round = round;
    const QByteArray sealHash = h.sealHash(extra);
    for (int s : signers)
        extra.seals.append(chain::sign(sealHash, validator(s).key));
    h.extraData = chain::encodeExtraData(extra);
    h.hash = h.computeHash(extra);
    h.transactionCount = int(number % 3);
    return h;
}

// Simulates blocks [from, to]: `setAt(n)` gives the validator indices, `down(n, i)` whether validator i is offline
// (it then neither proposes nor signs; its turn costs a round change). Timestamps advance by the period plus one
// period per round change, so consecutive blocks are consecutive in time.
struct Simulation
{
    std::function<QList<int>(quint64)> setAt;
    std::function<bool(quint64, int)> down = [](quint64, int) { return false; };
    quint64 from = 1;
    quint64 to = 100;
    QByteArray parentHash;
    int parentProposer = -1;
    qint64 startTime = GenesisTime;
    // Like Besu (QbftRound.importBlockToChain): the block carries the proposer's seal and the first quorum - 1
    // commits to arrive, drawn from the live validators with probability proportional to weight(i) (a slow or
    // remote validator has a small weight). Off: every live validator seals (the old, kinder simulation).
    bool quorumOnly = false;
    std::function<double(int)> weight = [](int) { return 1.0; };
    std::function<bool(quint64, int)> neverSeals = [](quint64, int) { return false; }; // up, but out of consensus
    quint32 seed = 1;
};

inline int indexOf(const QList<int> &set, const QByteArray &address)
{
    for (int v : set) {
        if (validator(v).address == address)
            return v;
    }
    return -1;
}

inline QList<chain::BlockHeader> simulate(const Simulation &sim)
{
    QList<chain::BlockHeader> out;
    QByteArray parentHash = sim.parentHash;
    QByteArray parentProposer;
    const QList<int> firstSet = sim.setAt(sim.from);
    parentProposer = validator(sim.parentProposer >= 0 ? sim.parentProposer : firstSet.last()).address;
    qint64 time = sim.startTime + qint64(sim.from) * qint64(Period);
    quint32 rng = sim.seed;
    for (quint64 n = sim.from; n <= sim.to; ++n) {
        const QList<int> set = sim.setAt(n);
        QList<QByteArray> addresses;
        for (int v : set)
            addresses.append(validator(v).address);
        quint32 round = 0;
        int proposer = indexOf(set, chain::expectedProposer(addresses, parentProposer, round));
        while (sim.down(n, proposer)) {
            ++round;
            proposer = indexOf(set, chain::expectedProposer(addresses, parentProposer, round));
        }
        while (sim.neverSeals(n, proposer)) {
            ++round;
            proposer = indexOf(set, chain::expectedProposer(addresses, parentProposer, round));
        }
        QList<int> signers;
        for (int v : set) {
            if (!sim.down(n, v) && !sim.neverSeals(n, v))
                signers.append(v);
        }
        if (sim.quorumOnly) {
            const int quorum = chain::bftQuorum(int(set.size()));
            QList<int> chosen {proposer};
            QList<int> pool;
            for (int v : std::as_const(signers)) {
                if (v != proposer)
                    pool.append(v);
            }
            while (chosen.size() < quorum && !pool.isEmpty()) {
                double total = 0;
                for (int v : std::as_const(pool))
                    total += sim.weight(v);
                rng = rng * 1664525u + 1013904223u;
                double pick = double(rng >> 8) / double(1u << 24) * total;
                qsizetype at = 0;
                for (; at < pool.size() - 1; ++at) {
                    pick -= sim.weight(pool[at]);
                    if (pick < 0)
                        break;
                }
                chosen.append(pool.takeAt(at));
            }
            std::sort(chosen.begin(), chosen.end());
            signers = chosen;
        }
        time += qint64(Period) * (1 + round);
        const chain::BlockHeader h = sealedBlock(n, parentHash, time, set, proposer, round, signers);
        out.append(h);
        parentHash = h.hash;
        parentProposer = h.miner;
    }
    return out;
}

inline QList<int> range(int count, int first = 0)
{
    QList<int> out;
    for (int i = first; i < first + count; ++i)
        out.append(i);
    return out;
}

} // namespace fixtures
