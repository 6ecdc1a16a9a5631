// The recurring-incident review: counts by rule, institution and node; mean times to acknowledge and to resolve in
// service hours (09:00-18:00 America/Sao_Paulo, weekdays, holidays excluded); CSV and Markdown exports; the model
// under QAbstractItemModelTester.

#include "incidents/incidentreview.h"
#include "itemmodels/incidentreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone SaoPaulo("America/Sao_Paulo");

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), SaoPaulo).toUTC();
}

Incident incident(const QString &rule, const QString &node, const QString &institution, const QDateTime &detected,
    const QDateTime &acknowledged = {}, const QDateTime &resolved = {})
{
    Incident i;
    i.rule = rule;
    i.subject = node;
    i.key = rule + u'/' + node;
    i.nodes = {node};
    i.institutions = {institution};
    i.detectedAt = detected;
    i.acknowledgedAt = acknowledged;
    i.resolvedAt = resolved;
    i.status = resolved.isValid() ? IncidentStatus::Resolved
        : acknowledged.isValid()  ? IncidentStatus::Acknowledged
                                  : IncidentStatus::Detected;
    i.severity = rule == QLatin1String(Rules::ChainHalted) ? IncidentSeverity::CriticalIncident : IncidentSeverity::Incident;
    return i;
}

NetworkConfig network()
{
    NetworkConfig net;
    net.name = u"rbb"_s;
    net.displayName = u"RBB"_s;
    net.institutions = {{u"bndes"_s, u"BNDES"_s, {}}, {u"tcu"_s, u"TCU"_s, {}}};
    net.serviceHours.holidays = {QDate(2026, 11, 20)};
    return net;
}

} // namespace

class TestIncidentReview : public QObject
{
    Q_OBJECT
private slots:
    void countsAndServiceHourMeans()
    {
        const QList<Incident> incidents {
            // Tuesday 10:00, acknowledged 10:30, resolved 11:00: 30 and 60 service minutes.
            incident(QLatin1String(Rules::ValidatorDown), u"validator01"_s, u"bndes"_s, local(2026, 11, 3, 10),
                local(2026, 11, 3, 10, 30), local(2026, 11, 3, 11)),
            // Friday 17:00 acknowledged Monday 09:30: one service hour before the weekend, half an hour after.
            incident(QLatin1String(Rules::ValidatorDown), u"validator01"_s, u"bndes"_s, local(2026, 11, 6, 17),
                local(2026, 11, 9, 9, 30)),
            // Thursday 19 Nov 17:30, resolved Monday 23 Nov 09:30: Friday 20 Nov is a holiday: 30 + 30 min.
            incident(QLatin1String(Rules::ChainHalted), QString(), u"tcu"_s, local(2026, 11, 19, 17, 30), {},
                local(2026, 11, 23, 9, 30)),
            // Outside the period: not counted.
            incident(QLatin1String(Rules::ValidatorDown), u"validator02"_s, u"tcu"_s, local(2026, 10, 1, 10)),
        };
        const IncidentReview review
            = reviewIncidents(incidents, network(), local(2026, 11, 1, 0), local(2026, 12, 1, 0));
        QCOMPARE(review.total, 3);
        QCOMPARE(review.meanToAcknowledgeSeconds, (30 * 60 + 90 * 60) / 2);
        QCOMPARE(review.meanToResolveSeconds, (60 * 60 + 60 * 60) / 2);
        const ReviewGroup &first = review.groups.first();
        QCOMPARE(first.by, ReviewGroup::By::Rule);
        QCOMPARE(first.name, QLatin1String(Rules::ValidatorDown));
        QCOMPARE(first.count, 2);
        QCOMPARE(first.open, 1);
        QCOMPARE(first.acknowledged, 2);
        const QList<ReviewGroup> recurring = review.recurring();
        // validator-down twice, BNDES twice, validator01 twice.
        QCOMPARE(recurring.size(), 3);
        const auto halted = std::find_if(review.groups.cbegin(), review.groups.cend(),
            [](const ReviewGroup &g) { return g.name == QLatin1String(Rules::ChainHalted); });
        QVERIFY(halted != review.groups.cend());
        QCOMPARE(halted->critical, 1);
        QCOMPARE(halted->meanToAcknowledgeSeconds, -1);
        QCOMPARE(halted->meanToResolveSeconds, 3600);
    }

    void exports()
    {
        const QList<Incident> incidents {incident(QLatin1String(Rules::NodeLagging), u"boot, \"01\""_s, u"bndes"_s,
            local(2026, 11, 3, 10), local(2026, 11, 3, 10, 5))};
        const IncidentReview review = reviewIncidents(incidents, network(), local(2026, 11, 1, 0), local(2026, 12, 1, 0));
        const QString csv = QString::fromUtf8(reviewToCsv(review));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, rule, institution, node
        QVERIFY(lines.first().startsWith(u"group,name,label,incidents"_s));
        QVERIFY2(csv.contains(u"node,\"boot, \"\"01\"\"\""_s), qPrintable(csv)); // quoted as RFC 4180 says
        QVERIFY2(lines.at(1).endsWith(u",300,"_s), qPrintable(lines.at(1))); // 5 service minutes, not resolved
        const QString md = reviewToMarkdown(review, network());
        QVERIFY2(md.startsWith(u"# Recurring-incident review — RBB"_s), qPrintable(md));
        QVERIFY2(md.contains(u"| Node lagging | 1 | 1 | 0 | 5 min | — |"_s), qPrintable(md));
        QVERIFY2(md.contains(u"No rule, institution or node had more than one incident"_s), qPrintable(md));
    }

    void model()
    {
        IncidentReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Incident> incidents {
            incident(QLatin1String(Rules::ValidatorDown), u"validator01"_s, u"bndes"_s, local(2026, 11, 3, 10)),
            incident(QLatin1String(Rules::ValidatorDown), u"validator01"_s, u"bndes"_s, local(2026, 11, 4, 10)),
        };
        model.setReview(reviewIncidents(incidents, network(), local(2026, 11, 1, 0), local(2026, 12, 1, 0)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, IncidentReviewModel::Count).data().toInt(), 2);
        QCOMPARE(model.index(0, IncidentReviewModel::Count).data(ItemRoles::Health).toInt(), int(HealthLevel::Warning));
        QCOMPARE(model.index(1, IncidentReviewModel::Name).data().toString(), u"BNDES"_s);
    }
};

QTEST_GUILESS_MAIN(TestIncidentReview)
#include "tst_incidentreview.moc"
