// Hysteresis of the incident rules: raise after the condition held, clear after it has been absent, one incident per
// key however the condition flaps, unknown (stale) detections hold, profile overrides and disabled rules.

#include "incidents/ruletracker.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

Detection detection(const char *rule, const QString &subject = {}, HealthLevel level = HealthLevel::Warning)
{
    Detection d;
    d.rule = QString::fromLatin1(rule);
    d.subject = subject;
    d.level = level;
    d.title = d.rule + u" "_s + subject;
    return d;
}

QStringList describe(const QList<RuleChange> &changes)
{
    QStringList out;
    for (const RuleChange &c : changes) {
        const QString kind = c.kind == RuleChange::Kind::Raise ? u"raise"_s
            : c.kind == RuleChange::Kind::Clear                ? u"clear"_s
                                                               : u"update"_s;
        out << kind + u" "_s + c.key;
    }
    return out;
}

// Runs the tracker once a second from `from` for `seconds`, with `at(second)` giving that second's detections;
// returns every change with the second it happened.
QStringList run(RuleTracker &tracker, int seconds, const std::function<QList<Detection>(int)> &at, bool withUpdates = false)
{
    QStringList out;
    for (int s = 0; s < seconds; ++s) {
        for (const RuleChange &c : tracker.update(at(s), t0.addSecs(s))) {
            if (c.kind == RuleChange::Kind::Update && !withUpdates)
                continue;
            out << u"%1 %2"_s.arg(s).arg(describe({c}).first());
        }
    }
    return out;
}

NetworkConfig network()
{
    NetworkConfig n; // RBB's timing: 5 s node polls, lag 30 s
    return n;
}

} // namespace

class TestRuleTracker : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void chainHaltRaisesAtOnceAndClearsAfterTwoPolls();
    void nodeDownRaisesAfterTwoPolls();
    void flappingNodeIsOneIncident();
    void unknownHoldsState();
    void laggingNeedsLagSeconds();
    void profileOverridesAndDisabledRules();
    void updatesSaySignificantChanges();
    void restoredKeysAreNotRaisedAgain();
};

void TestRuleTracker::defaults()
{
    const NetworkConfig n = network();
    QCOMPARE(RuleTracker::defaultRaiseAfterSeconds(u"chain-halted"_s, n), 0.0);
    QCOMPARE(RuleTracker::defaultRaiseAfterSeconds(u"quorum-lost"_s, n), 0.0);
    QCOMPARE(RuleTracker::defaultRaiseAfterSeconds(u"validator-down"_s, n), 10.0);
    QCOMPARE(RuleTracker::defaultRaiseAfterSeconds(u"node-lagging"_s, n), 30.0);
    QCOMPARE(RuleTracker::defaultClearAfterSeconds(u"chain-halted"_s, n), 10.0);
    QCOMPARE(RuleTracker::defaultClearAfterSeconds(u"interval-budget"_s, n), 600.0);
    // Every rule id has a positive clear time (an incident is never cleared by one missing evaluation).
    for (const QString &rule : Rules::all())
        QVERIFY2(RuleTracker::defaultClearAfterSeconds(rule, n) > 0, qPrintable(rule));
}

void TestRuleTracker::chainHaltRaisesAtOnceAndClearsAfterTwoPolls()
{
    RuleTracker tracker(network());
    // Halted from second 5 to second 40: one incident for the network, raised at once, cleared 10 s after.
    const QStringList changes = run(tracker, 60, [](int s) {
        return s >= 5 && s < 40 ? QList<Detection> {detection(Rules::ChainHalted, {}, HealthLevel::Critical)}
                                : QList<Detection> {};
    });
    QCOMPARE(changes, (QStringList {u"5 raise chain-halted"_s, u"50 clear chain-halted"_s}));
}

void TestRuleTracker::nodeDownRaisesAfterTwoPolls()
{
    RuleTracker tracker(network());
    // A blip of 6 s never raises; a 30 s outage raises after 10 s.
    const QStringList changes = run(tracker, 90, [](int s) {
        const bool down = (s >= 0 && s < 6) || (s >= 40 && s < 70);
        return down ? QList<Detection> {detection(Rules::ValidatorDown, u"validator02"_s)} : QList<Detection> {};
    });
    QCOMPARE(changes,
        (QStringList {u"50 raise validator-down/validator02"_s, u"80 clear validator-down/validator02"_s}));
}

void TestRuleTracker::flappingNodeIsOneIncident()
{
    RuleTracker tracker(network());
    // Down 5 s, up 5 s, for two minutes: one raise and one clear, never one per flap.
    const QStringList changes = run(tracker, 150, [](int s) {
        const bool down = s < 120 && (s / 5) % 2 == 0;
        return down ? QList<Detection> {detection(Rules::ValidatorDown, u"validator02"_s)} : QList<Detection> {};
    });
    QCOMPARE(changes.size(), 2);
    QVERIFY2(changes.first().endsWith(u"raise validator-down/validator02"_s), qPrintable(changes.join(u"; "_s)));
    QVERIFY2(changes.last().endsWith(u"clear validator-down/validator02"_s), qPrintable(changes.join(u"; "_s)));
    QVERIFY(changes.last().split(u' ').first().toInt() >= 120);
}

void TestRuleTracker::unknownHoldsState()
{
    RuleTracker tracker(network());
    // Raised, then the figures go stale for five minutes: no clear while unknown; cleared only after real absence.
    const QStringList changes = run(tracker, 400, [](int s) {
        if (s < 20)
            return QList<Detection> {detection(Rules::ChainHalted, {}, HealthLevel::Critical)};
        if (s < 320)
            return QList<Detection> {detection(Rules::ChainHalted, {}, HealthLevel::Unknown)};
        return QList<Detection> {};
    });
    QCOMPARE(changes, (QStringList {u"0 raise chain-halted"_s, u"330 clear chain-halted"_s}));
    // An unknown detection alone never raises.
    RuleTracker fresh(network());
    QVERIFY(run(fresh, 100, [](int) {
        return QList<Detection> {detection(Rules::ChainHalted, {}, HealthLevel::Unknown)};
    }).isEmpty());
    QVERIFY(fresh.raisedKeys().isEmpty());
}

void TestRuleTracker::laggingNeedsLagSeconds()
{
    RuleTracker tracker(network());
    const QStringList changes = run(tracker, 60, [](int s) {
        return s >= 10 ? QList<Detection> {detection(Rules::NodeLagging, u"boot01"_s)} : QList<Detection> {};
    });
    QCOMPARE(changes, QStringList {u"40 raise node-lagging/boot01"_s});
}

void TestRuleTracker::profileOverridesAndDisabledRules()
{
    NetworkConfig n = network();
    RuleSettings halt;
    halt.raiseAfterSeconds = 3;
    halt.clearAfterSeconds = 1;
    n.incidents.rules.rules.insert(u"chain-halted"_s, halt);
    RuleSettings off;
    off.enabled = false;
    n.incidents.rules.rules.insert(u"node-lagging"_s, off);
    RuleTracker tracker(n);
    QCOMPARE(tracker.raiseAfterSeconds(u"chain-halted"_s), 3.0);
    QVERIFY(!tracker.enabled(u"node-lagging"_s));
    const QStringList changes = run(tracker, 100, [](int s) {
        QList<Detection> out {detection(Rules::NodeLagging, u"boot01"_s)};
        if (s >= 10 && s < 20)
            out << detection(Rules::ChainHalted, {}, HealthLevel::Critical);
        return out;
    });
    QCOMPARE(changes, (QStringList {u"13 raise chain-halted"_s, u"21 clear chain-halted"_s}));
}

void TestRuleTracker::updatesSaySignificantChanges()
{
    RuleTracker tracker(network());
    Detection d = detection(Rules::QuorumLost, {}, HealthLevel::Critical);
    QCOMPARE(describe(tracker.update({d}, t0)), QStringList {u"raise quorum-lost"_s});
    d.evidence = u"fresher figures"_s;
    QList<RuleChange> changes = tracker.update({d}, t0.addSecs(1));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().kind, RuleChange::Kind::Update);
    QVERIFY(!changes.first().significant);
    QCOMPARE(changes.first().since, t0);
    d.nodes = {u"validator03"_s};
    changes = tracker.update({d}, t0.addSecs(2));
    QVERIFY(changes.first().significant);
    QCOMPARE(changes.first().detection.nodes, QStringList {u"validator03"_s});
}

void TestRuleTracker::restoredKeysAreNotRaisedAgain()
{
    RuleTracker tracker(network());
    tracker.restoreRaised({u"validator-down/validator02"_s, u"chain-halted"_s}, t0);
    QVERIFY(tracker.isRaised(u"chain-halted"_s));
    // validator02 still down: updated, not raised; the halt is over: cleared after its clear time.
    const QStringList changes = run(tracker, 20, [](int) {
        return QList<Detection> {detection(Rules::ValidatorDown, u"validator02"_s)};
    }, true);
    QVERIFY(changes.contains(u"0 update validator-down/validator02"_s));
    QVERIFY(changes.contains(u"10 clear chain-halted"_s));
    for (const QString &c : changes)
        QVERIFY2(!c.contains(u"raise"_s), qPrintable(c));
}

QTEST_GUILESS_MAIN(TestRuleTracker)
#include "tst_ruletracker.moc"
