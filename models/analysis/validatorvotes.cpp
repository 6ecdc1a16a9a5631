#include "analysis/validatorvotes.h"

#include "chain/hex.h"

#include <QCoreApplication>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace analysis {

namespace {

struct VotesText
{
    Q_DECLARE_TR_FUNCTIONS(ValidatorVotes)
};

bool isValidatorNode(const NodeConfig &node, const QSet<QString> &validators)
{
    if (!node.address.isEmpty())
        return validators.contains(node.address.toLower());
    return node.type == NodeType::Validator;
}

} // namespace

PendingVotesSummary summarisePendingVotes(
    const QMap<QString, besu::PendingVotes> &byNode, const NetworkConfig &network, const QStringList &validators)
{
    QSet<QString> set;
    for (const QString &v : validators)
        set.insert(v.toLower());
    QHash<QString, const NodeConfig *> nodes;
    for (const NodeConfig &n : network.nodes)
        nodes.insert(n.name, &n);

    PendingVotesSummary summary;
    summary.validators = int(set.size());
    summary.needed = summary.validators / 2 + 1;
    // (candidate, remove?) keeps add before remove for the same candidate.
    std::map<std::pair<QString, bool>, PendingValidatorVote> votes;
    for (auto node = byNode.cbegin(); node != byNode.cend(); ++node) {
        const NodeConfig *config = nodes.value(node.key());
        // The state's nodes are the profile's; a name it does not list cannot be shown to propose.
        const bool casts = config ? isValidatorNode(*config, set) : false;
        for (auto vote = node.value().cbegin(); vote != node.value().cend(); ++vote) {
            const std::optional<QByteArray> candidate = chain::fromHex(QStringView(vote.key()));
            if (!candidate || candidate->size() != 20)
                continue; // the parser admits only addresses; a restored snapshot is checked the same way
            PendingValidatorVote &v = votes[{vote.key().toLower(), !vote.value()}];
            v.candidate = *candidate;
            v.add = vote.value();
            v.moot = v.add == set.contains(vote.key().toLower());
            (casts ? v.casting : v.idle).append(node.key());
        }
    }
    for (auto &[key, vote] : votes) {
        vote.contested = votes.count({key.first, !key.second}) > 0;
        summary.votes.append(vote);
    }
    return summary;
}

QStringList pendingVoteLines(const PendingVotesSummary &summary, const QHash<QByteArray, ValidatorIdentity> &directory)
{
    QStringList lines;
    for (const PendingValidatorVote &v : summary.votes) {
        const QString who = validatorLabel(directory, v.candidate);
        QString line = v.add ? VotesText::tr("Add %1").arg(who) : VotesText::tr("Remove %1").arg(who);
        QStringList parts;
        if (!v.casting.isEmpty()) {
            parts << VotesText::tr("to be cast by %1 when proposing")
                         .arg(v.casting.join(u", "_s));
        }
        if (!v.idle.isEmpty()) {
            parts << VotesText::tr("held by %1 outside the validator set (never cast)")
                         .arg(v.idle.join(u", "_s));
        }
        if (v.moot) {
            parts << (v.add ? VotesText::tr("no effect: already a validator")
                            : VotesText::tr("no effect: not a validator"));
        } else if (summary.validators > 0) {
            parts << VotesText::tr("it passes when %1 of the %2 validators have cast it")
                         .arg(summary.needed)
                         .arg(summary.validators);
        }
        if (v.contested)
            parts << VotesText::tr("other nodes vote the opposite way");
        lines << line + u": "_s + parts.join(u"; "_s);
    }
    return lines;
}

} // namespace analysis
