#include "incidents/statusdetections.h"

#include "incidents/rules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct StatusDetectionsText
{
    Q_DECLARE_TR_FUNCTIONS(StatusDetections)
};

int rank(const Detection &d)
{
    // Critical first, then warnings; unknown ("cannot tell") last.
    switch (d.level) {
    case HealthLevel::Critical:
        return 0;
    case HealthLevel::Warning:
        return 1;
    case HealthLevel::Ok:
        return 2;
    case HealthLevel::Unknown:
        break;
    }
    return 3;
}

} // namespace

QJsonObject detectionToJson(const Detection &d)
{
    return QJsonObject {{u"rule"_s, d.rule}, {u"subject"_s, d.subject}, {u"key"_s, d.key()},
        {u"severity"_s, severityKey(d.severity)}, {u"level"_s, healthKey(d.level)}, {u"title"_s, d.title},
        {u"evidence"_s, d.evidence}, {u"path"_s, d.path}, {u"nodes"_s, QJsonArray::fromStringList(d.nodes)},
        {u"institutions"_s, QJsonArray::fromStringList(d.institutions)}, {u"figures"_s, d.figures}};
}

StatusSection statusDetections(const QList<Detection> &detections)
{
    QList<Detection> sorted = detections;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Detection &a, const Detection &b) { return rank(a) < rank(b); });
    StatusSection s;
    s.jsonKey = u"detections"_s;
    int holding = 0;
    for (const Detection &d : std::as_const(sorted)) {
        s.json.append(detectionToJson(d));
        if (d.level == HealthLevel::Unknown) {
            s.lines << StatusDetectionsText::tr("%1 cannot tell: %2 (%3)")
                           .arg(healthGlyph(d.level), d.title, d.path.isEmpty() ? u"-"_s : d.path);
            continue;
        }
        ++holding;
        s.lines << u"%1 %2: %3 [%4]"_s.arg(
            healthGlyph(d.level), severityText(d.severity), d.title, d.path.isEmpty() ? u"-"_s : d.path);
    }
    s.heading = holding == 0 ? StatusDetectionsText::tr("Incidents: none detected by this pass")
                             : StatusDetectionsText::tr("Incidents detected by this pass: %n", nullptr, holding);
    return s;
}

StatusSection statusDetections(NetworkState &state, const QDateTime &now)
{
    return statusDetections(evaluateRules(state, now));
}
