#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

// Typed results of the Prometheus HTTP API v1 (also served by VictoriaMetrics), and the parsers that produce them
// from a reply document. Parsers are pure functions, safe on any thread.

using PromLabels = QMap<QString, QString>; // sorted: stable order for display and comparison

struct PromSample
{
    qint64 timestampMs = 0;
    double value = 0; // NaN, +Inf and -Inf arrive as the strings "NaN", "+Inf", "-Inf"
};

struct PromSeries
{
    PromLabels labels;
    QList<PromSample> samples; // instant vector: exactly one; matrix: ordered by time
};

// What every reply carries besides its data.
struct PromReply
{
    bool ok = false;
    QString error; // translated summary naming the endpoint; empty when ok
    QString errorType; // Prometheus' errorType ("bad_data", "timeout", "execution", ...) or ours ("http", "parse")
    QStringList warnings;
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QString endpoint; // endpoint name (e.g. "bndes-l2") or URL that answered
};

struct PromQueryResult : PromReply
{
    enum class Type { None, Vector, Matrix, Scalar, String };
    Type type = Type::None;
    QList<PromSeries> series; // Vector and Matrix
    PromSample scalar; // Scalar
    qint64 stringTimeMs = 0; // String
    QString stringValue;

    // The newest sample timestamp over every series (or the scalar); nullopt when there is none.
    std::optional<qint64> newestTimestampMs() const;
    // Drops samples older than maxAgeMs before nowMs (and series left empty): vector results keep a series for up to
    // 5 minutes after its target disappeared (the lookback delta), which a dashboard must not show as current.
    void dropStale(qint64 nowMs, qint64 maxAgeMs);
    // First series whose labels include all of `match` (nullptr if none).
    const PromSeries *find(const PromLabels &match) const;
};

struct PromSeriesListResult : PromReply
{
    QList<PromLabels> series;
};

struct PromStringListResult : PromReply
{
    QStringList values; // label names or label values
};

struct PromTarget
{
    PromLabels labels;
    PromLabels discoveredLabels;
    QString scrapePool;
    QString scrapeUrl;
    QString health; // "up", "down", "unknown"
    QString lastError;
    QDateTime lastScrape;
    double lastScrapeDurationSeconds = 0;
};

struct PromTargetsResult : PromReply
{
    QList<PromTarget> active;
    int droppedCount = 0;
};

struct PromReadyResult : PromReply
{
};

Q_DECLARE_METATYPE(PromQueryResult)

namespace prom {

// The identity of a series without its metric name, e.g. to pair `m{...}` with `timestamp(m{...})`, whose result
// carries the same labels minus __name__.
QString seriesKey(const PromLabels &labels);

// One sample of a `timestamp(<vector>)` instant query: its value is the sample's own time (seconds) and its timestamp
// the evaluation time, i.e. the server's now (Prometheus docs, querying/functions.md "timestamp()" and
// querying/api.md "Instant queries"). Their difference is the sample's age by the server's clock alone, which stays
// right when the local clock is skewed. Negative ages (a level-1 clock ahead of level 2) count as 0; nullopt for a
// non-finite value or one beyond ±1e11 s (sample times are parsed under the same limit).
std::optional<qint64> sampleAgeMs(const PromSample &timestampSample);

// Per `organization` label value, the age (server clock) of the newest sample in the result of
// `max by (organization) (timestamp(...))`; series without the label count under "".
QHash<QString, qint64> ageByOrganization(const PromQueryResult &result);

// Parses a sample value as Prometheus writes it ("1.5", "NaN", "+Inf", "-Inf", "1e+06"). nullopt if malformed.
std::optional<double> parseValue(std::string_view text);
// Formats a time for API parameters: unix seconds with millisecond decimals.
QString formatTime(qint64 msSinceEpoch);

// Each fills `out` from a complete reply document ({"status": ..., "data": ..., "warnings": ...}).
// `origin` names the endpoint in error messages. Returns out.ok.
bool parseQuery(const nlohmann::json &doc, const QString &origin, PromQueryResult &out);
bool parseSeriesList(const nlohmann::json &doc, const QString &origin, PromSeriesListResult &out);
bool parseStringList(const nlohmann::json &doc, const QString &origin, PromStringListResult &out);
bool parseTargets(const nlohmann::json &doc, const QString &origin, PromTargetsResult &out);

// Reads the envelope: status, errorType/error, warnings. Returns the "data" member when status is "success".
const nlohmann::json *parseEnvelope(const nlohmann::json &doc, const QString &origin, PromReply &out);

} // namespace prom
