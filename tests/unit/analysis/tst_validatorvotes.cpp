// Pending validator votes as the Validators page and `sentinela-cli status` show them: who casts a vote (a node in the
// current set puts it in the next block it proposes, Besu's VoteProposer), who never does (a node that is not a
// validator), votes that change nothing (Besu's proposer skips them), opposite votes, and the "more than half" a vote
// needs (Besu's VoteTally; the devnet's tally follows the same rule).

#include "analysis/validatorvotes.h"

#include "chain/hex.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray address(int i)
{
    return QByteArray(20, char(0xa0 + i));
}

QString hex(int i)
{
    return chain::toHex(address(i));
}

// Four validators v1..v4 (addresses 1..4, the last without an address in the profile) and an observer.
NetworkConfig network()
{
    NetworkConfig n;
    n.name = u"lab"_s;
    for (int i = 1; i <= 4; ++i) {
        NodeConfig v;
        v.name = u"v%1"_s.arg(i);
        v.type = NodeType::Validator;
        v.address = i < 4 ? hex(i) : QString();
        n.nodes.append(v);
    }
    NodeConfig observer;
    observer.name = u"observer"_s;
    observer.type = NodeType::Observer;
    n.nodes.append(observer);
    return n;
}

const QStringList currentSet {hex(1), hex(2), hex(3), hex(4)};

} // namespace

class TestValidatorVotes : public QObject
{
    Q_OBJECT
private slots:
    void noVotesNoLines()
    {
        const auto summary = analysis::summarisePendingVotes({}, network(), currentSet);
        QVERIFY(summary.isEmpty());
        QCOMPARE(summary.validators, 4);
        QCOMPARE(summary.needed, 3);
        QVERIFY(analysis::pendingVoteLines(summary, validatorDirectory(network())).isEmpty());
        // Nodes answering with an empty object hold no vote either.
        QVERIFY(analysis::summarisePendingVotes({{u"v1"_s, {}}}, network(), currentSet).isEmpty());
    }

    void castingIdleAndNeeded()
    {
        const QMap<QString, besu::PendingVotes> byNode {
            {u"v1"_s, {{hex(9), true}}},
            {u"v2"_s, {{hex(9), true}, {hex(3), false}}},
            {u"observer"_s, {{hex(9), true}}},
            // No address in the profile, but a validator by type: its vote is cast.
            {u"v4"_s, {{hex(3), false}}},
        };
        const auto summary = analysis::summarisePendingVotes(byNode, network(), currentSet);
        QCOMPARE(summary.votes.size(), 2);
        // By candidate: 0xa3… before 0xa9….
        const analysis::PendingValidatorVote &remove = summary.votes[0];
        QCOMPARE(remove.candidate, address(3));
        QVERIFY(!remove.add);
        QCOMPARE(remove.casting, QStringList({u"v2"_s, u"v4"_s}));
        QVERIFY(remove.idle.isEmpty());
        QVERIFY(!remove.moot);
        QVERIFY(!remove.contested);
        const analysis::PendingValidatorVote &add = summary.votes[1];
        QCOMPARE(add.candidate, address(9));
        QVERIFY(add.add);
        QCOMPARE(add.casting, QStringList({u"v1"_s, u"v2"_s}));
        QCOMPARE(add.idle, QStringList({u"observer"_s}));

        const QStringList lines = analysis::pendingVoteLines(summary, validatorDirectory(network()));
        QCOMPARE(lines.size(), 2);
        // The candidate by its node's name when the profile knows its address, else by a shortened address.
        QCOMPARE(lines[0], u"Remove v3: to be cast by v2, v4 when proposing; it passes when 3 of the 4 "
                           "validators have cast it"_s);
        QCOMPARE(lines[1], u"Add 0xa9a9\u2026a9a9: to be cast by v1, v2 when proposing; held by observer outside the "
                           "validator set (never cast); it passes when 3 of the 4 validators have cast it"_s);
    }

    void mootAndContested()
    {
        const QMap<QString, besu::PendingVotes> byNode {
            {u"v1"_s, {{hex(2), true}, {hex(9), true}}}, // v2 is already a validator
            {u"v2"_s, {{hex(9), false}}}, // removing a non-member, and against v1's vote
            {u"v3"_s, {{hex(1), false}}},
        };
        const auto summary = analysis::summarisePendingVotes(byNode, network(), currentSet);
        QCOMPARE(summary.votes.size(), 4);
        QCOMPARE(summary.votes[0].candidate, address(1));
        QVERIFY(!summary.votes[0].moot);
        QVERIFY(!summary.votes[0].contested);
        QCOMPARE(summary.votes[1].candidate, address(2));
        QVERIFY(summary.votes[1].moot);
        QCOMPARE(summary.votes[2].candidate, address(9));
        QVERIFY(summary.votes[2].add);
        QVERIFY(summary.votes[2].contested);
        QVERIFY(!summary.votes[2].moot);
        QVERIFY(!summary.votes[3].add);
        QVERIFY(summary.votes[3].contested);
        QVERIFY(summary.votes[3].moot);
        const QStringList lines = analysis::pendingVoteLines(summary, validatorDirectory(network()));
        QCOMPARE(lines[1], u"Add v2: to be cast by v1 when proposing; no effect: already a validator"_s);
        QVERIFY2(lines[2].endsWith(u"other nodes vote the opposite way"_s), qPrintable(lines[2]));
        QVERIFY2(lines[3].contains(u"no effect: not a validator"_s), qPrintable(lines[3]));
    }

    void validatorLeftTheSet()
    {
        // v3 was voted out: its own pending votes are no longer cast (it never proposes again).
        const QStringList after {hex(1), hex(2), hex(4)};
        const auto summary
            = analysis::summarisePendingVotes({{u"v3"_s, {{hex(9), true}}}}, network(), after);
        QCOMPARE(summary.validators, 3);
        QCOMPARE(summary.needed, 2);
        QCOMPARE(summary.votes.size(), 1);
        QVERIFY(summary.votes[0].casting.isEmpty());
        QCOMPARE(summary.votes[0].idle, QStringList({u"v3"_s}));
    }
};

QTEST_GUILESS_MAIN(TestValidatorVotes)
#include "tst_validatorvotes.moc"
