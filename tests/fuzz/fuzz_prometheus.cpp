// Fuzz target for what a Prometheus (or VictoriaMetrics) and an Alertmanager server send back: the reply body
// through the depth-limited JSON parser, then every typed parser of models/sources and what the views compute from
// their results. Seeds: tests/fixtures/prometheus.
#include "fuzzsupport.h"

#include "sources/alertmanagerclient.h"
#include "sources/jsonlimits.h"
#include "sources/prometheusparse.h"

#include <cstdint>
#include <string_view>

using namespace Qt::StringLiterals;
using fuzzsupport::violated;

namespace {

template<typename Result> void check(bool ok, const Result &result, const char *what)
{
    if (ok != result.ok)
        violated(what);
    if (!ok && result.error.isEmpty())
        violated(what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzsupport::view(data, size).toByteArray();
    (void)prom::parseValue(std::string_view(body.constData(), size_t(body.size())));
    (void)bodyExcerpt(body);
    const QString origin = u"http://fuzz.invalid:9090"_s;
    const JsonParseResult json = parseJsonLimited(body, origin, kDefaultMaxJsonDepth, "application/json");
    if (!json.ok) {
        if (json.error.isEmpty())
            violated("JSON failure without a message");
        return 0;
    }

    PromQueryResult query;
    check(prom::parseQuery(json.value, origin, query), query, "query result without a message");
    if (query.ok) {
        (void)query.newestTimestampMs();
        (void)prom::ageByOrganization(query);
        for (const PromSeries &s : std::as_const(query.series)) {
            (void)prom::seriesKey(s.labels);
            for (const PromSample &sample : s.samples)
                (void)prom::sampleAgeMs(sample);
        }
        (void)query.find({{u"job"_s, u"besu"_s}});
        PromQueryResult copy = query;
        copy.dropStale(1'700'000'000'000, 60'000);
        for (const PromSeries &s : std::as_const(copy.series))
            if (s.samples.isEmpty())
                violated("dropStale kept an empty series");
    }
    PromSeriesListResult series;
    check(prom::parseSeriesList(json.value, origin, series), series, "series list without a message");
    PromStringListResult strings;
    check(prom::parseStringList(json.value, origin, strings), strings, "string list without a message");
    PromTargetsResult targets;
    check(prom::parseTargets(json.value, origin, targets), targets, "targets without a message");
    AmAlertsResult alerts;
    check(am::parseAlerts(json.value, origin, alerts), alerts, "alerts without a message");
    AmSilencesResult silences;
    check(am::parseSilences(json.value, origin, silences), silences, "silences without a message");
    return 0;
}
