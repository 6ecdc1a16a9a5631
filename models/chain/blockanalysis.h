#pragma once

#include "chain/blockheader.h"
#include "chain/extradata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace chain {

// Who proposed and who committed one BFT block, and whether the commit quorum was reached.
struct BlockAnalysis
{
    quint64 number = 0;
    QByteArray hash; // as reported by the node
    QByteArray computedHash; // recomputed from the header (empty if extraData did not decode)
    QByteArray sealHash; // what the committed seals sign
    quint64 timestamp = 0;
    BftType type = BftType::Qbft;
    bool hashMatches = false;
    // False when the header has fields this decoder cannot put into the RLP (unknownHeaderFields): then neither the
    // hash nor the seals are checked, and `error` says why.
    bool hashVerifiable = true;
    QStringList unknownHeaderFields;
    QByteArray proposer; // the block's miner (coinbase)
    quint32 round = 0;
    std::optional<BftVote> vote;
    QList<QByteArray> validators; // the set the seals are judged against (extraData's, or the override)
    bool validatorsFromOverride = false;
    QList<QByteArray> seals;
    QList<QByteArray> signers; // distinct recovered seal signers that are members, in seal order
    QList<QByteArray> nonMemberSigners; // distinct recovered signers that are not in `validators`
    int invalidSeals = 0; // seals that do not recover (bad r/s/recId)
    int duplicateSeals = 0; // seals whose signer was already counted
    QList<QByteArray> missing; // validators not among signers, in validator order
    int quorum = 0; // ceil(2N/3)
    int quorumMargin = 0; // signers - quorum
    bool quorumMet = false;
    QString error; // set when the block could not be analysed (extraData invalid); other fields partly filled

    bool ok() const { return error.isEmpty(); }
};

// ceil(2n/3), Besu's commit quorum for n validators.
int bftQuorum(int validatorCount);

// Analyses one block. `forced` fixes the extraData type (QBFT at/after a configured startBlock); otherwise it is
// detected. `validatorsOverride` is used instead of extraData's list when non-empty (contract validator mode,
// where extraData's list is empty; the caller gets it from qbft_getValidatorsByBlockNumber).
BlockAnalysis analyzeBlock(
    const BlockHeader &header, std::optional<BftType> forced = {}, const QList<QByteArray> &validatorsOverride = {});

// The proposer Besu expects for a block at `round`, given the validator set of that block (= the parent's
// validators-after-block) and the parent block's proposer (its miner): round-robin over the sorted set, one step
// per block and one per round; if the parent proposer is no longer a validator, counting starts from the next
// address above it. Empty when `validators` is empty.
QByteArray expectedProposer(const QList<QByteArray> &validators, const QByteArray &parentProposer, quint32 round);

nlohmann::json toJson(const BlockAnalysis &analysis);
// Multi-line human-readable report; labels are translatable (context "BlockReport").
QString toText(const BlockAnalysis &analysis);

} // namespace chain
