#include "analysis/participation.h"

#include "chain/blockanalysis.h"
#include "chain/extradata.h"
#include "chain/keccak.h"
#include "chain/secp256k1.h"

#include <QSet>
#include <QTest>

using namespace analysis;
using namespace Qt::StringLiterals;

namespace {

QByteArray address(int i)
{
    QByteArray a(20, '\0');
    a[0] = static_cast<char>(0x10 + i);
    return a;
}

QList<QByteArray> addresses(int count, int first = 0)
{
    QList<QByteArray> out;
    for (int i = first; i < first + count; ++i)
        out.append(address(i));
    return out;
}

// A chain simulated by Besu's round-robin rule: when the round-0 proposer is down the round changes and the next
// validator proposes. `setAt(number)` gives the validator set, `down(number, validator)` whether it is offline.
template<typename SetAt, typename Down> QList<BlockRecord> simulate(quint64 from, quint64 to, SetAt setAt, Down down)
{
    QList<BlockRecord> blocks;
    QByteArray parentProposer = setAt(from).last();
    for (quint64 n = from; n <= to; ++n) {
        BlockRecord b;
        b.number = n;
        b.timestamp = 1'700'000'000 + qint64(n) * 2;
        b.validators = setAt(n);
        quint32 round = 0;
        while (down(n, chain::expectedProposer(b.validators, parentProposer, round)))
            ++round;
        b.round = round;
        b.proposer = chain::expectedProposer(b.validators, parentProposer, round);
        for (const QByteArray &v : b.validators)
            if (!down(n, v))
                b.signers.append(v);
        parentProposer = b.proposer;
        blocks.append(b);
    }
    return blocks;
}

const ValidatorParticipation *find(const ParticipationReport &report, const QByteArray &address)
{
    for (const ValidatorParticipation &v : report.validators)
        if (v.address == address)
            return &v;
    return nullptr;
}

} // namespace

class TestParticipation : public QObject
{
    Q_OBJECT
private slots:
    void thresholds_data();
    void thresholds();
    void steadyRotation();
    void validatorDown_data();
    void validatorDown();
    void inactive();
    void membershipChanges_data();
    void membershipChanges();
    void windows_data();
    void windows();
    void institutions();
    void ibft2ToQbftMigration();
    void emptyInput();
};

void TestParticipation::thresholds_data()
{
    QTest::addColumn<int>("validators");
    QTest::addColumn<double>("yellow");
    QTest::addColumn<double>("red");
    QTest::newRow("8 (RBB)") << 8 << 11.8 << 11.0;
    QTest::newRow("9 (RBB)") << 9 << 10.4 << 9.8;
    QTest::newRow("10 (RBB)") << 10 << 9.5 << 8.9;
    QTest::newRow("4 (scaled)") << 4 << 23.5 << 22.0;
    QTest::newRow("20 (scaled)") << 20 << 4.7 << 4.4;
    QTest::newRow("0") << 0 << 0.0 << 0.0;
}

void TestParticipation::thresholds()
{
    QFETCH(int, validators);
    QFETCH(double, yellow);
    QFETCH(double, red);
    const OlaThreshold t = thresholdFor(validators, ServiceLevels::rbbDefaults().ola);
    QVERIFY(qAbs(t.yellowPercent - yellow) < 1e-9);
    QVERIFY(qAbs(t.redPercent - red) < 1e-9);
}

void TestParticipation::steadyRotation()
{
    const QList<QByteArray> set = addresses(8);
    const auto blocks = simulate(
        1, 800, [&](quint64) { return set; }, [](quint64, const QByteArray &) { return false; });
    const ParticipationReport r = computeParticipation(blocks);
    QCOMPARE(r.blockCount, 800);
    QCOMPARE(r.firstBlock, quint64(1));
    QCOMPARE(r.lastBlock, quint64(800));
    QCOMPARE(r.validators.size(), 8);
    for (const ValidatorParticipation &v : r.validators) {
        QCOMPARE(v.proposed, 100);
        QCOMPARE(v.memberBlocks, 800);
        QCOMPARE(v.proposedPercent, 12.5);
        QCOMPARE(v.expectedPercent, 12.5);
        QCOMPARE(v.signingPercent, 100.0);
        QCOMPARE(v.roundChangesOnTurn, 0);
        QVERIFY(v.turns >= 99); // the first block has no parent in the list
        QCOMPARE(v.status, ParticipationStatus::Ok);
        QVERIFY(v.lastProposedBlock && *v.lastProposedBlock > 792);
        QCOMPARE(v.lastSignedBlock, std::optional<quint64>(800));
        QCOMPARE(v.lastSignedTime, std::optional<qint64>(1'700'000'000 + 1600));
    }
}

void TestParticipation::validatorDown_data()
{
    QTest::addColumn<int>("downBlocks"); // validator 3 offline for this many blocks, in the middle of 800
    QTest::addColumn<ParticipationStatus>("status");
    QTest::newRow("never down") << 0 << ParticipationStatus::Ok;
    QTest::newRow("down 40 blocks") << 40 << ParticipationStatus::Ok; // 95 of 800 = 11.9%
    QTest::newRow("down 80 blocks") << 80 << ParticipationStatus::Yellow; // 90 of 800 = 11.25%
    QTest::newRow("down 200 blocks") << 200 << ParticipationStatus::Red; // 75 of 800 = 9.4%
}

void TestParticipation::validatorDown()
{
    QFETCH(int, downBlocks);
    QFETCH(ParticipationStatus, status);
    const QList<QByteArray> set = addresses(8);
    const QByteArray victim = address(3);
    const quint64 downFrom = 300;
    const quint64 downTo = downFrom + quint64(downBlocks) - 1;
    const auto isDown = [&](quint64 n, const QByteArray &v) { return v == victim && n >= downFrom && n <= downTo; };
    const auto blocks = simulate(
        1, 800, [&](quint64) { return set; }, isDown);
    const ParticipationReport r = computeParticipation(blocks);
    const ValidatorParticipation *v = find(r, victim);
    QVERIFY(v);
    int roundChanges = 0;
    int proposedByVictim = 0;
    for (const BlockRecord &b : blocks) {
        roundChanges += b.round > 0 ? 1 : 0;
        proposedByVictim += b.proposer == victim ? 1 : 0;
    }
    QCOMPARE(v->proposed, proposedByVictim);
    QCOMPARE(v->roundChangesOnTurn, roundChanges); // every round change happened on the victim's turn
    QCOMPARE(v->signedBlocks, 800 - downBlocks);
    QCOMPARE(v->status, status);
    for (const ValidatorParticipation &other : r.validators)
        if (other.address != victim)
            QCOMPARE(other.roundChangesOnTurn, 0);
}

void TestParticipation::inactive()
{
    const QList<QByteArray> set = addresses(8);
    const QByteArray victim = address(5);
    // Down for the last 2050 blocks of 2500.
    const auto blocks = simulate(
        1, 2500, [&](quint64) { return set; }, [&](quint64 n, const QByteArray &v) { return v == victim && n > 450; });
    ParticipationOptions options;
    options.lastBlocks = 1000;
    const ParticipationReport r = computeParticipation(blocks, options);
    QCOMPARE(r.blockCount, 1000);
    const ValidatorParticipation *v = find(r, victim);
    QVERIFY(v);
    QCOMPARE(v->status, ParticipationStatus::Inactive);
    QCOMPARE(v->proposed, 0);
    QVERIFY(v->lastProposedBlock && *v->lastProposedBlock <= 450); // found outside the window
    QCOMPARE(v->lastSignedBlock, std::optional<quint64>(450));
    // Down for only 1900 blocks: Red, not Inactive.
    const auto shorter = simulate(
        1, 2500, [&](quint64) { return set; }, [&](quint64 n, const QByteArray &a) { return a == victim && n > 600; });
    QCOMPARE(find(computeParticipation(shorter, options), victim)->status, ParticipationStatus::Red);
}

void TestParticipation::membershipChanges_data()
{
    QTest::addColumn<bool>("added"); // true: validator 8 joins at block 401; false: validator 7 leaves after 400
    QTest::newRow("validator added mid-window") << true;
    QTest::newRow("validator removed mid-window") << false;
}

void TestParticipation::membershipChanges()
{
    QFETCH(bool, added);
    const QList<QByteArray> eight = addresses(8);
    const QList<QByteArray> nine = addresses(9);
    const QList<QByteArray> seven = addresses(7);
    const auto setAt = [&](quint64 n) { return n <= 400 ? eight : (added ? nine : seven); };
    const auto blocks = simulate(1, 800, setAt, [](quint64, const QByteArray &) { return false; });
    const ParticipationReport r = computeParticipation(blocks);
    const QByteArray changed = added ? address(8) : address(7);
    const ValidatorParticipation *v = find(r, changed);
    QVERIFY(v);
    QCOMPARE(v->memberBlocks, 400);
    // Judged only over the blocks where it was a member, with that period's N.
    const double expected = added ? 100.0 / 9 : 12.5;
    QVERIFY(qAbs(v->expectedPercent - expected) < 1e-9);
    QVERIFY(qAbs(v->proposedPercent - expected) < 0.5);
    QCOMPARE(v->status, ParticipationStatus::Ok);
    QVERIFY(qAbs(v->yellowPercent - (added ? 10.4 : 11.8)) < 1e-9);
    // A validator present throughout is judged against a mix of both periods' thresholds.
    const ValidatorParticipation *steady = find(r, address(0));
    QCOMPARE(steady->memberBlocks, 800);
    QVERIFY(qAbs(steady->yellowPercent - (added ? (11.8 + 10.4) / 2 : (11.8 + 100.0 / 7 * 0.94) / 2)) < 1e-9);
    QCOMPARE(steady->status, ParticipationStatus::Ok);
    QCOMPARE(r.validators.size(), added ? 9 : 8);
}

void TestParticipation::windows_data()
{
    QTest::addColumn<int>("lastBlocks"); // 0: unset
    QTest::addColumn<qint64>("since"); // 0: unset
    QTest::addColumn<int>("blockCount");
    QTest::addColumn<quint64>("firstBlock");
    QTest::newRow("everything") << 0 << qint64(0) << 100 << quint64(1);
    QTest::newRow("last 10") << 10 << qint64(0) << 10 << quint64(91);
    QTest::newRow("since block 51's time") << 0 << qint64(1'700'000'102) << 50 << quint64(51);
    QTest::newRow("both: the narrower wins") << 30 << qint64(1'700'000'102) << 30 << quint64(71);
    QTest::newRow("in the future") << 0 << qint64(1'800'000'000) << 0 << quint64(0);
}

void TestParticipation::windows()
{
    QFETCH(int, lastBlocks);
    QFETCH(qint64, since);
    QFETCH(int, blockCount);
    QFETCH(quint64, firstBlock);
    const QList<QByteArray> set = addresses(4);
    auto blocks = simulate(
        1, 100, [&](quint64) { return set; }, [](quint64, const QByteArray &) { return false; });
    std::reverse(blocks.begin(), blocks.end()); // order of the input does not matter
    ParticipationOptions options;
    if (lastBlocks)
        options.lastBlocks = lastBlocks;
    if (since)
        options.sinceTimestamp = since;
    const ParticipationReport r = computeParticipation(blocks, options);
    QCOMPARE(r.blockCount, blockCount);
    QCOMPARE(r.firstBlock, firstBlock);
    int proposed = 0;
    for (const ValidatorParticipation &v : r.validators)
        proposed += v.proposed;
    QCOMPARE(proposed, blockCount);
}

void TestParticipation::institutions()
{
    const QList<QByteArray> set = addresses(8);
    const QByteArray victim = address(3);
    const auto blocks = simulate(
        1, 800, [&](quint64) { return set; }, [&](quint64 n, const QByteArray &v) { return v == victim && n > 600; });
    const ParticipationReport r = computeParticipation(blocks);
    QHash<QByteArray, QString> institutionOf;
    for (int i = 0; i < 4; ++i)
        institutionOf.insert(address(i), u"Banco A"_s);
    for (int i = 4; i < 7; ++i)
        institutionOf.insert(address(i), u"Banco B"_s);
    // address(7) is not in the map.
    const QList<InstitutionParticipation> groups = aggregateByInstitution(r, institutionOf);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups[0].institution, QString()); // unmapped first (sorted by name)
    QCOMPARE(groups[1].institution, u"Banco A"_s);
    QCOMPARE(groups[2].institution, u"Banco B"_s);
    QCOMPARE(groups[1].validators.size(), 4);
    QCOMPARE(groups[1].status, ParticipationStatus::Red); // its worst validator
    QCOMPARE(groups[2].status, ParticipationStatus::Ok);
    QCOMPARE(groups[0].proposed + groups[1].proposed + groups[2].proposed, 800);
    QVERIFY(qAbs(groups[1].expectedPercent - 50.0) < 1e-9);
    QVERIFY(qAbs(groups[0].proposedPercent + groups[1].proposedPercent + groups[2].proposedPercent - 100.0) < 1e-9);
    QVERIFY(groups[1].signingPercent < 100.0);
    QCOMPARE(groups[2].signingPercent, 100.0);
}

void TestParticipation::ibft2ToQbftMigration()
{
    // Real signed blocks: IBFT 2.0 up to block 20, QBFT from block 21 (a genesis "qbft": {"startBlock": 21}),
    // analysed by models/chain and fed to participation as one continuous chain.
    QList<QByteArray> keys;
    for (int i = 0; i < 4; ++i)
        keys.append(chain::keccak256(QByteArray("migration validator ") + QByteArray::number(i)));
    QList<QByteArray> validators;
    for (const QByteArray &k : keys)
        validators.append(chain::addressFromPrivateKey(k));
    std::sort(validators.begin(), validators.end());

    QList<BlockRecord> records;
    QByteArray parentProposer = validators.last();
    for (quint64 n = 1; n <= 40; ++n) {
        const chain::BftType type = n < 21 ? chain::BftType::Ibft2 : chain::BftType::Qbft;
        chain::BlockHeader h;
        h.parentHash = QByteArray(32, '\x01');
        h.sha3Uncles = chain::keccak256(QByteArray::fromHex("c0"));
        h.stateRoot = h.transactionsRoot = h.receiptsRoot = QByteArray(32, '\x02');
        h.logsBloom = QByteArray(256, '\0');
        h.difficulty = QByteArray::fromHex("01");
        h.number = n;
        h.gasLimit = 30'000'000;
        h.timestamp = 1'700'000'000 + n;
        h.mixHash = QByteArray::fromHex("63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365");
        h.nonce = QByteArray(8, '\0');
        chain::BftExtraData extra;
        extra.type = type;
        extra.vanity = QByteArray(32, '\0');
        extra.validators = validators;
        extra.round = n == 30 ? 1 : 0; // one round change, on the QBFT side
        h.miner = chain::expectedProposer(validators, parentProposer, extra.round);
        h.extraData = chain::encodeExtraData(extra);
        const QByteArray sealHash = h.sealHash(extra);
        for (int i = 0; i < 3; ++i) // validator 0 of the key list never signs
            extra.seals.append(chain::sign(sealHash, keys[i + 1]));
        h.extraData = chain::encodeExtraData(extra);
        h.hash = h.computeHash(extra);
        const chain::BlockAnalysis a = chain::analyzeBlock(h);
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.type, type);
        QVERIFY(a.hashMatches);
        QVERIFY(a.quorumMet);
        records.append(fromAnalysis(a));
        parentProposer = h.miner;
    }
    const ParticipationReport r = computeParticipation(records);
    QCOMPARE(r.blockCount, 40);
    QCOMPARE(r.validators.size(), 4);
    int proposed = 0;
    int turns = 0;
    int roundChanges = 0;
    for (const ValidatorParticipation &v : r.validators) {
        proposed += v.proposed;
        turns += v.turns;
        roundChanges += v.roundChangesOnTurn;
        const bool silent = v.address == chain::addressFromPrivateKey(keys[0]);
        QCOMPARE(v.signedBlocks, silent ? 0 : 40);
        QCOMPARE(v.lastSignedBlock.has_value(), !silent);
    }
    QCOMPARE(proposed, 40);
    QCOMPARE(turns, 39); // every block but the first, across the fork
    QCOMPARE(roundChanges, 1);
}

void TestParticipation::emptyInput()
{
    const ParticipationReport r = computeParticipation({});
    QCOMPARE(r.blockCount, 0);
    QVERIFY(r.validators.isEmpty());
    QVERIFY(aggregateByInstitution(r, {}).isEmpty());
    QCOMPARE(statusName(ParticipationStatus::Red), u"Red"_s);
}

QTEST_GUILESS_MAIN(TestParticipation)
#include "tst_participation.moc"
