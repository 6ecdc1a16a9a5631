#include "chain/blockanalysis.h"

#include "chain/hex.h"
#include "chain/secp256k1.h"

#include <QCoreApplication>
#include <QDateTime>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chain {

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct BlockReportText
{
    Q_DECLARE_TR_FUNCTIONS(BlockReport)
};

nlohmann::json hexList(const QList<QByteArray> &list)
{
    nlohmann::json out = nlohmann::json::array();
    for (const QByteArray &item : list)
        out.push_back(toHexStd(item));
    return out;
}

} // namespace

int bftQuorum(int validatorCount)
{
    if (validatorCount <= 0)
        return 0;
    return (2 * validatorCount + 2) / 3;
}

BlockAnalysis analyzeBlock(
    const BlockHeader &header, std::optional<BftType> forced, const QList<QByteArray> &validatorsOverride)
{
    BlockAnalysis a;
    a.number = header.number;
    a.hash = header.hash;
    a.timestamp = header.timestamp;
    a.proposer = header.miner;
    if (forced)
        a.type = *forced;

    QString error;
    const auto extra = decodeExtraData(header.extraData, forced, &error);
    if (!extra) {
        a.error = error;
        return a;
    }
    a.type = extra->type;
    a.round = extra->round;
    a.vote = extra->vote;
    a.seals = extra->seals;
    if (!validatorsOverride.isEmpty()) {
        a.validators = validatorsOverride;
        a.validatorsFromOverride = true;
    } else {
        a.validators = extra->validators;
    }
    a.quorum = bftQuorum(static_cast<int>(a.validators.size()));

    // A field of a later fork that this decoder does not know enters the header RLP somewhere: any hash rebuilt
    // without it is wrong, and so would be every signer recovered from a wrong seal hash.
    if (!header.unknownFields.isEmpty()) {
        a.hashVerifiable = false;
        a.unknownHeaderFields = header.unknownFields;
        a.error = BlockReportText::tr("the header has field(s) this version does not know (%1): its hash and seals "
                                      "cannot be verified")
                      .arg(header.unknownFields.join(u", "_s));
        return a;
    }
    a.computedHash = header.computeHash(*extra);
    a.sealHash = header.sealHash(*extra);
    a.hashMatches = !header.hash.isEmpty() && a.computedHash == header.hash;

    // Validator sets are small (tens); linear membership tests beat hashing here.
    for (const QByteArray &seal : extra->seals) {
        const auto signer = recoverAddress(a.sealHash, seal);
        if (!signer) {
            ++a.invalidSeals;
            continue;
        }
        if (a.signers.contains(*signer) || a.nonMemberSigners.contains(*signer)) {
            ++a.duplicateSeals;
            continue;
        }
        if (a.validators.contains(*signer))
            a.signers.append(*signer);
        else
            a.nonMemberSigners.append(*signer);
    }
    for (const QByteArray &validator : std::as_const(a.validators)) {
        if (!a.signers.contains(validator) && !a.missing.contains(validator))
            a.missing.append(validator);
    }
    a.quorumMargin = static_cast<int>(a.signers.size()) - a.quorum;
    a.quorumMet = !a.validators.isEmpty() && a.quorumMargin >= 0;
    return a;
}

QByteArray expectedProposer(const QList<QByteArray> &validators, const QByteArray &parentProposer, quint32 round)
{
    if (validators.isEmpty())
        return {};
    QList<QByteArray> sorted = validators;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const auto size = static_cast<quint64>(sorted.size());
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), parentProposer);
    quint64 start = 0;
    quint64 offset = round;
    if (it != sorted.end() && *it == parentProposer) {
        // Parent proposer still a validator: the next one proposes round 0.
        start = static_cast<quint64>(it - sorted.begin());
        offset += 1;
    } else {
        // Parent proposer removed: the first address above it proposes round 0 (wrapping to the lowest).
        start = it == sorted.end() ? 0 : static_cast<quint64>(it - sorted.begin());
    }
    return sorted.at(static_cast<qsizetype>((start + offset) % size));
}

nlohmann::json toJson(const BlockAnalysis &a)
{
    nlohmann::json j;
    j["number"] = a.number;
    j["hash"] = toHexStd(a.hash);
    j["computedHash"] = toHexStd(a.computedHash);
    j["hashMatches"] = a.hashMatches;
    j["hashVerifiable"] = a.hashVerifiable;
    j["unknownHeaderFields"] = nlohmann::json::array();
    for (const QString &field : a.unknownHeaderFields)
        j["unknownHeaderFields"].push_back(field.toStdString());
    j["sealHash"] = toHexStd(a.sealHash);
    j["timestamp"] = a.timestamp;
    j["type"] = a.type == BftType::Qbft ? "qbft" : "ibft2";
    j["proposer"] = toHexStd(a.proposer);
    j["round"] = a.round;
    if (a.vote)
        j["vote"] = {{"address", toHexStd(a.vote->address)}, {"add", a.vote->add}};
    else
        j["vote"] = nullptr;
    j["validators"] = hexList(a.validators);
    j["validatorsFromOverride"] = a.validatorsFromOverride;
    j["seals"] = hexList(a.seals);
    j["signers"] = hexList(a.signers);
    j["nonMemberSigners"] = hexList(a.nonMemberSigners);
    j["invalidSeals"] = a.invalidSeals;
    j["duplicateSeals"] = a.duplicateSeals;
    j["missing"] = hexList(a.missing);
    j["quorum"] = a.quorum;
    j["quorumMargin"] = a.quorumMargin;
    j["quorumMet"] = a.quorumMet;
    if (a.ok())
        j["error"] = nullptr;
    else
        j["error"] = a.error.toStdString();
    return j;
}

QString toText(const BlockAnalysis &a)
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) { out += label + u": "_s + value + u'\n'; };
    const auto addresses = [&out](const QList<QByteArray> &list) {
        for (const QByteArray &address : list)
            out += u"  "_s + toHex(address) + u'\n';
    };

    line(BlockReportText::tr("Block"), QString::number(a.number));
    line(BlockReportText::tr("Hash"), toHex(a.hash));
    if (!a.ok()) {
        line(BlockReportText::tr("Error"), a.error);
        return out;
    }
    line(BlockReportText::tr("Consensus"), bftTypeName(a.type));
    line(BlockReportText::tr("Time"),
        QDateTime::fromSecsSinceEpoch(static_cast<qint64>(a.timestamp), Qt::UTC).toString(Qt::ISODate));
    line(BlockReportText::tr("Hash recomputed"),
        a.hashMatches ? BlockReportText::tr("matches")
                      : BlockReportText::tr("MISMATCH (computed %1)").arg(toHex(a.computedHash)));
    line(BlockReportText::tr("Seal hash"), toHex(a.sealHash));
    line(BlockReportText::tr("Proposer"), toHex(a.proposer));
    line(BlockReportText::tr("Round"), QString::number(a.round));
    if (a.vote)
        line(BlockReportText::tr("Vote"),
            (a.vote->add ? BlockReportText::tr("add %1") : BlockReportText::tr("drop %1")).arg(toHex(a.vote->address)));
    else
        line(BlockReportText::tr("Vote"), BlockReportText::tr("none"));
    line(BlockReportText::tr("Validators"),
        a.validatorsFromOverride ? BlockReportText::tr("%1 (from the validator contract)").arg(a.validators.size())
                                 : QString::number(a.validators.size()));
    addresses(a.validators);
    line(BlockReportText::tr("Seals"), QString::number(a.seals.size()));
    line(BlockReportText::tr("Signers"), QString::number(a.signers.size()));
    addresses(a.signers);
    if (!a.missing.isEmpty()) {
        line(BlockReportText::tr("Missing"), QString::number(a.missing.size()));
        addresses(a.missing);
    }
    if (!a.nonMemberSigners.isEmpty()) {
        line(BlockReportText::tr("Signers not in the validator set"), QString::number(a.nonMemberSigners.size()));
        addresses(a.nonMemberSigners);
    }
    if (a.invalidSeals > 0)
        line(BlockReportText::tr("Invalid seals"), QString::number(a.invalidSeals));
    if (a.duplicateSeals > 0)
        line(BlockReportText::tr("Duplicate seals"), QString::number(a.duplicateSeals));
    if (a.number == 0 && a.seals.isEmpty()) {
        line(BlockReportText::tr("Quorum"), BlockReportText::tr("not applicable: the genesis block carries no seals"));
        return out;
    }
    line(BlockReportText::tr("Quorum"),
        BlockReportText::tr("%1 of %2 needed, margin %3, %4")
            .arg(a.quorum)
            .arg(a.validators.size())
            .arg(a.quorumMargin >= 0 ? u"+"_s + QString::number(a.quorumMargin) : QString::number(a.quorumMargin))
            .arg(a.quorumMet ? BlockReportText::tr("met") : BlockReportText::tr("NOT MET")));
    return out;
}

} // namespace chain
