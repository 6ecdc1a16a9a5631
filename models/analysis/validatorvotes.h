#pragma once

#include "analysis/validatoranalysis.h"
#include "config/inventory.h"
#include "sources/besuparsers.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The nodes' pending validator votes (qbft_getPendingVotes / ibft_getPendingVotes) read as an operator needs them:
// per candidate and direction, which nodes will cast the vote, which never will, and what it takes to pass. Pure
// functions: the Validators page and `sentinela-cli status` show the same lines.
namespace analysis {

struct PendingValidatorVote
{
    QByteArray candidate; // 20 bytes
    bool add = false; // true: add the candidate to the validator set; false: remove it
    // Nodes in the current validator set holding the vote: Besu puts a pending vote in the next block the node
    // proposes (VoteProposer), so each of these casts it at its next turn.
    QStringList casting;
    // Nodes holding the vote that are not validators: they never propose, so their vote is never cast.
    QStringList idle;
    // Adding a current validator or removing a non-member changes nothing: Besu's proposer skips such a vote (it
    // stays pending until discarded).
    bool moot = false;
    // Another node holds the opposite vote on the same candidate.
    bool contested = false;
};

struct PendingVotesSummary
{
    QList<PendingValidatorVote> votes; // by candidate, add before remove
    int validators = 0; // the current validator set's size
    // A vote passes once more than half of the validators have cast it in blocks they proposed (Besu's VoteTally;
    // the tally restarts at each epoch block).
    int needed = 0;

    bool isEmpty() const { return votes.isEmpty(); }
};

// `byNode`: node name -> its pending votes (addresses "0x…" in lower case); `validators`: the current set, same form.
// A node is a validator when its inventory address is in the set, or, with no address in the inventory, when the
// profile says it is one.
PendingVotesSummary summarisePendingVotes(
    const QMap<QString, besu::PendingVotes> &byNode, const NetworkConfig &network, const QStringList &validators);

// One translated line per vote, e.g. "Remove validator03: to be cast by validator01, validator02 when proposing;
// it passes when 3 of the 4 validators have cast it". Candidates are named through `directory` (validatorLabel).
QStringList pendingVoteLines(
    const PendingVotesSummary &summary, const QHash<QByteArray, ValidatorIdentity> &directory);

} // namespace analysis
