#pragma once

#include "config/inventory.h"
#include "sources/federationprobe.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Whether each level-2 Prometheus endpoint sees each institution's level-1 data, from what FederationProbe got
// from that endpoint. Pure: the same replies and `now` give the same matrix.
namespace analysis {

// What one endpoint holds, per `organization` label value.
struct FederationSample
{
    QString endpoint;
    QDateTime at; // when it answered
    bool reachable = false;
    QString error; // when !reachable (or a query failed)
    QHash<QString, double> targetsUp;
    QHash<QString, double> targetsTotal;
    // Local time of each institution's newest `up` sample: the answer's time minus the sample's age by the endpoint's
    // own clock (prom::ageByOrganization, as the failover), so a skewed local clock does not change the age.
    QHash<QString, qint64> newestSampleMs;
    QHash<QString, double> federationUp; // only for organizations whose federation target carries the label

    static FederationSample fromReply(const FederationProbeReply &reply);
};

enum class FederationCellState { Unknown, Ok, Partial, Stale, Missing, FederationDown, EndpointDown };
QString federationCellStateKey(FederationCellState state); // "ok", "partial", "stale", ...
// A glyph that says the state without colour: ✓ ok, ◐ partial, ◷ stale, ✗ missing/down, ? unknown.
QString federationCellGlyph(FederationCellState state);

struct FederationCell
{
    FederationCellState state = FederationCellState::Unknown;
    QString text; // short translated state, e.g. "OK", "Stale"
    qint64 ageMs = -1; // age of the institution's newest sample on that endpoint; -1 unknown
    int targetsUp = -1;
    int targetsTotal = -1;
    QString detail; // translated sentence for the tooltip
};

struct FederationMatrix
{
    QStringList endpoints; // rows: configured level-2 endpoints (names)
    QStringList institutions; // columns: Institution::id
    QStringList institutionNames;
    QList<QList<FederationCell>> cells; // [row][column]
    QDateTime now;

    const FederationCell &cell(int row, int column) const { return cells.at(row).at(column); }
};


// `samples` by endpoint name; an endpoint without a sample is Unknown. Data older than staleAfterMs is Stale: pass
// staleAfterSeconds(network) x 1000, the threshold the failover and the node figures use.
FederationMatrix federationMatrix(const QList<PrometheusEndpoint> &endpoints, const QList<Institution> &institutions,
    const QHash<QString, FederationSample> &samples, const QDateTime &now, qint64 staleAfterMs = 120000);

} // namespace analysis
