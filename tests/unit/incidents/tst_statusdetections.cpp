#include "incidents/statusdetections.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// `sentinela-cli status`'s incident section: what holds first (critical before warning), stale ones as "cannot tell".
class TestStatusDetections : public QObject
{
    Q_OBJECT
private slots:
    void section()
    {
        Detection stale;
        stale.rule = QLatin1String(Rules::ChainHalted);
        stale.level = HealthLevel::Unknown;
        stale.severity = IncidentSeverity::CriticalIncident;
        stale.title = u"Chain halted? No fresh head for 40 s"_s;
        stale.path = u"prometheus"_s;
        Detection down;
        down.rule = QLatin1String(Rules::ValidatorDown);
        down.subject = u"validator01"_s;
        down.level = HealthLevel::Warning;
        down.title = u"Validator validator01 down"_s;
        down.path = u"rpc"_s;
        down.nodes = {u"validator01"_s};
        down.institutions = {u"bndes"_s};
        Detection perm;
        perm.rule = QLatin1String(Rules::PermissioningOff);
        perm.subject = u"validator03"_s;
        perm.level = HealthLevel::Critical;
        perm.severity = IncidentSeverity::CriticalVulnerability;
        perm.title = u"Permissioning off on validator03"_s;
        perm.figures = {{u"checkCounters"_s, QJsonValue()}};

        const StatusSection s = statusDetections(QList<Detection> {stale, down, perm});
        QCOMPARE(s.jsonKey, u"detections"_s);
        QVERIFY2(s.heading.contains(u"2"_s), qPrintable(s.heading)); // the two that hold, not the stale one
        QCOMPARE(s.lines.size(), 3);
        QVERIFY2(s.lines[0].contains(u"Permissioning off on validator03"_s), qPrintable(s.lines[0]));
        QVERIFY2(s.lines[1].contains(u"Validator validator01 down"_s) && s.lines[1].contains(u"[rpc]"_s),
            qPrintable(s.lines[1]));
        QVERIFY2(s.lines[2].contains(u"No fresh head"_s) && s.lines[2].startsWith(healthGlyph(HealthLevel::Unknown)),
            qPrintable(s.lines[2]));
        QCOMPARE(s.json.size(), 3);
        const QJsonObject first = s.json.at(0).toObject();
        QCOMPARE(first.value(u"rule"_s).toString(), u"permissioning-off"_s);
        QCOMPARE(first.value(u"severity"_s).toString(), u"critical-vulnerability"_s);
        QCOMPARE(first.value(u"level"_s).toString(), u"critical"_s);
        QCOMPARE(first.value(u"key"_s).toString(), u"permissioning-off/validator03"_s);
        QCOMPARE(s.json.at(1).toObject().value(u"nodes"_s).toArray(), QJsonArray({u"validator01"_s}));
        QCOMPARE(s.json.at(2).toObject().value(u"level"_s).toString(), u"unknown"_s);

        const StatusSection none = statusDetections(QList<Detection> {stale});
        QCOMPARE(none.lines.size(), 1);
        QVERIFY(!none.heading.contains(u"1"_s));
    }
};

QTEST_GUILESS_MAIN(TestStatusDetections)
#include "tst_statusdetections.moc"
