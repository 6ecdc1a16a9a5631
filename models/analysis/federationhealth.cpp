#include "federationhealth.h"
#include "core/format.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace analysis {

namespace {

// One context that lupdate and the lookup agree on (a free tr() was filed by lupdate under another, so the matrix
// stayed in English).
struct FederationHealthText
{
    Q_DECLARE_TR_FUNCTIONS(FederationHealthText)
};

template<typename T> QHash<QString, T> byOrganization(const PromQueryResult &result, T (*convert)(double, qint64))
{
    QHash<QString, T> out;
    for (const PromSeries &s : result.series) {
        if (s.samples.isEmpty() || !std::isfinite(s.samples.constLast().value))
            continue;
        const QString org = s.labels.value(u"organization"_s);
        if (!org.isEmpty())
            out.insert(org, convert(s.samples.constLast().value, s.samples.constLast().timestampMs));
    }
    return out;
}

double asValue(double v, qint64)
{
    return v;
}

} // namespace

FederationSample FederationSample::fromReply(const FederationProbeReply &reply)
{
    FederationSample s;
    s.endpoint = reply.endpoint;
    s.at = reply.at;
    if (reply.results.size() != FederationProbe::QueryCount) {
        s.error = FederationHealthText::tr("incomplete reply");
        return s;
    }
    // The endpoint is reachable when the basic queries answer; a failing optional query is only reported.
    const PromQueryResult &up = reply.results.at(FederationProbe::TargetsUp);
    const PromQueryResult &total = reply.results.at(FederationProbe::TargetsTotal);
    s.reachable = up.ok && total.ok;
    QStringList errors;
    for (const PromQueryResult &r : reply.results)
        if (!r.ok && !r.error.isEmpty() && !errors.contains(r.error))
            errors.append(r.error);
    s.error = errors.join(u"; "_s);
    s.targetsUp = byOrganization<double>(up, asValue);
    s.targetsTotal = byOrganization<double>(total, asValue);
    const QHash<QString, qint64> ages = prom::ageByOrganization(reply.results.at(FederationProbe::NewestSample));
    const qint64 answeredMs = reply.at.toMSecsSinceEpoch();
    for (auto it = ages.cbegin(); it != ages.cend(); ++it)
        if (!it.key().isEmpty())
            s.newestSampleMs.insert(it.key(), answeredMs - it.value());
    s.federationUp = byOrganization<double>(reply.results.at(FederationProbe::FederationUp), asValue);
    return s;
}

QString federationCellStateKey(FederationCellState state)
{
    switch (state) {
    case FederationCellState::Unknown:
        return u"unknown"_s;
    case FederationCellState::Ok:
        return u"ok"_s;
    case FederationCellState::Partial:
        return u"partial"_s;
    case FederationCellState::Stale:
        return u"stale"_s;
    case FederationCellState::Missing:
        return u"missing"_s;
    case FederationCellState::FederationDown:
        return u"federation-down"_s;
    case FederationCellState::EndpointDown:
        return u"endpoint-down"_s;
    }
    return u"unknown"_s;
}

QString federationCellGlyph(FederationCellState state)
{
    switch (state) {
    case FederationCellState::Ok:
        return u"\u2713"_s;
    case FederationCellState::Partial:
        return u"\u25D0"_s;
    case FederationCellState::Stale:
        return u"\u25F7"_s; // a clock face; the stopwatch U+23F1 is missing from common fonts (DejaVu) and drew a box
    case FederationCellState::Missing:
    case FederationCellState::FederationDown:
    case FederationCellState::EndpointDown:
        return u"\u2717"_s;
    case FederationCellState::Unknown:
        break;
    }
    return u"?"_s;
}

FederationMatrix federationMatrix(const QList<PrometheusEndpoint> &endpoints, const QList<Institution> &institutions,
    const QHash<QString, FederationSample> &samples, const QDateTime &now, qint64 staleAfterMs)
{
    FederationMatrix m;
    m.now = now;
    for (const Institution &inst : institutions) {
        m.institutions.append(inst.id);
        m.institutionNames.append(inst.name.isEmpty() ? inst.id : inst.name);
    }
    for (const PrometheusEndpoint &endpoint : endpoints) {
        const QString name
            = endpoint.name.isEmpty() ? endpoint.url.toDisplayString(QUrl::RemoveUserInfo) : endpoint.name;
        m.endpoints.append(name);
        QList<FederationCell> row;
        const auto sample = samples.constFind(name);
        for (const Institution &inst : institutions) {
            FederationCell c;
            const QString org = inst.prometheusOrganization.isEmpty() ? inst.id : inst.prometheusOrganization;
            if (sample == samples.cend()) {
                c.state = FederationCellState::Unknown;
                c.detail = FederationHealthText::tr("Not probed yet.");
            } else if (!sample->reachable) {
                c.state = FederationCellState::EndpointDown;
                c.detail = FederationHealthText::tr("The endpoint did not answer: %1").arg(sample->error);
            } else {
                const bool hasTargets = sample->targetsTotal.contains(org);
                c.targetsTotal = hasTargets ? int(sample->targetsTotal.value(org)) : 0;
                c.targetsUp = int(sample->targetsUp.value(org, 0));
                const auto newest = sample->newestSampleMs.constFind(org);
                if (newest != sample->newestSampleMs.cend())
                    c.ageMs = qMax<qint64>(0, now.toMSecsSinceEpoch() - *newest);
                const auto fed = sample->federationUp.constFind(org);
                if (fed != sample->federationUp.cend() && *fed < 1) {
                    c.state = FederationCellState::FederationDown;
                    c.detail = FederationHealthText::tr("The federation job scraping this institution's level 1 is down.");
                } else if (!hasTargets && c.ageMs < 0) {
                    c.state = FederationCellState::Missing;
                    c.detail = FederationHealthText::tr("No series with organization=\"%1\" on this endpoint.").arg(org);
                } else if (c.ageMs < 0 || c.ageMs > staleAfterMs) {
                    c.state = FederationCellState::Stale;
                    c.detail = c.ageMs < 0 ? FederationHealthText::tr("Targets are listed but none has a sample time.")
                                           : FederationHealthText::tr("The newest sample is %1 old.").arg(::formatAge(c.ageMs));
                } else if (c.targetsUp < c.targetsTotal) {
                    c.state = FederationCellState::Partial;
                    c.detail = FederationHealthText::tr("%1 of %2 targets up.").arg(c.targetsUp).arg(c.targetsTotal);
                } else {
                    c.state = FederationCellState::Ok;
                    c.detail = FederationHealthText::tr("%1 of %2 targets up, data fresh.").arg(c.targetsUp).arg(c.targetsTotal);
                }
            }
            switch (c.state) {
            case FederationCellState::Unknown:
                c.text = FederationHealthText::tr("Unknown");
                break;
            case FederationCellState::Ok:
                c.text = FederationHealthText::tr("OK");
                break;
            case FederationCellState::Partial:
                c.text = FederationHealthText::tr("Partial");
                break;
            case FederationCellState::Stale:
                c.text = FederationHealthText::tr("Stale");
                break;
            case FederationCellState::Missing:
                c.text = FederationHealthText::tr("Missing");
                break;
            case FederationCellState::FederationDown:
                c.text = FederationHealthText::tr("Federation down");
                break;
            case FederationCellState::EndpointDown:
                c.text = FederationHealthText::tr("Endpoint down");
                break;
            }
            row.append(c);
        }
        m.cells.append(row);
    }
    return m;
}

} // namespace analysis
