#include "prometheusparse.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct PrometheusParseText
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusParse)
};

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool fail(PromReply &out, const QString &origin, const QString &what)
{
    out.ok = false;
    if (out.errorType.isEmpty())
        out.errorType = u"parse"_s;
    out.error = PrometheusParseText::tr("Unexpected reply from %1: %2").arg(origin, what);
    return false;
}

// Unix seconds to milliseconds, for times a server can mean: beyond ±1e11 s (year 5138) the milliseconds would not be
// far from overflowing qint64 in the age arithmetic the views do, so such a time is malformed (found by fuzzing).
std::optional<qint64> secondsToMs(double seconds)
{
    if (!std::isfinite(seconds) || std::abs(seconds) > 1e11)
        return std::nullopt;
    return qint64(std::llround(seconds * 1000.0));
}

// [ <unix seconds as number>, "<value>" ]
bool parsePair(const json &pair, PromSample &sample)
{
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number() || !pair[1].is_string())
        return false;
    const auto timestampMs = secondsToMs(pair[0].get<double>());
    if (!timestampMs)
        return false;
    sample.timestampMs = *timestampMs;
    const auto value = prom::parseValue(pair[1].get_ref<const std::string &>());
    if (!value)
        return false;
    sample.value = *value;
    return true;
}

bool parseLabels(const json &object, PromLabels &labels)
{
    if (!object.is_object())
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().is_string())
            return false;
        labels.insert(qs(it.key()), qs(it.value().get_ref<const std::string &>()));
    }
    return true;
}

QDateTime parseRfc3339(const std::string &text)
{
    QDateTime time = QDateTime::fromString(qs(text), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

namespace prom {

std::optional<double> parseValue(std::string_view text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

QString formatTime(qint64 msSinceEpoch)
{
    const qint64 seconds = msSinceEpoch / 1000;
    const qint64 millis = msSinceEpoch % 1000;
    return u"%1.%2"_s.arg(seconds).arg(qAbs(millis), 3, 10, QLatin1Char('0'));
}

const json *parseEnvelope(const json &doc, const QString &origin, PromReply &out)
{
    if (!doc.is_object() || !doc.contains("status") || !doc["status"].is_string()) {
        fail(out, origin, PrometheusParseText::tr("not a Prometheus API reply (no \"status\")"));
        return nullptr;
    }
    if (const auto it = doc.find("warnings"); it != doc.end() && it->is_array()) {
        for (const json &warning : *it) {
            if (warning.is_string())
                out.warnings.append(qs(warning.get_ref<const std::string &>()));
        }
    }
    const std::string &status = doc["status"].get_ref<const std::string &>();
    if (status != "success") {
        out.ok = false;
        out.errorType = doc.contains("errorType") && doc["errorType"].is_string()
            ? qs(doc["errorType"].get_ref<const std::string &>())
            : u"unknown"_s;
        const QString message = doc.contains("error") && doc["error"].is_string()
            ? qs(doc["error"].get_ref<const std::string &>())
            : PrometheusParseText::tr("no error message");
        out.error = PrometheusParseText::tr("%1 reported an error (%2): %3").arg(origin, out.errorType, message);
        return nullptr;
    }
    const auto data = doc.find("data");
    if (data == doc.end()) {
        fail(out, origin, PrometheusParseText::tr("\"data\" is missing"));
        return nullptr;
    }
    out.ok = true;
    return &*data;
}

bool parseQuery(const json &doc, const QString &origin, PromQueryResult &out)
{
    const json *data = parseEnvelope(doc, origin, out);
    if (!data)
        return false;
    if (!data->is_object() || !data->contains("resultType") || !(*data)["resultType"].is_string()
        || !data->contains("result"))
        return fail(out, origin, PrometheusParseText::tr("\"data\" has no resultType/result"));
    const std::string &type = (*data)["resultType"].get_ref<const std::string &>();
    const json &result = (*data)["result"];
    if (type == "vector" || type == "matrix") {
        const bool vector = type == "vector";
        out.type = vector ? PromQueryResult::Type::Vector : PromQueryResult::Type::Matrix;
        if (!result.is_array())
            return fail(out, origin, PrometheusParseText::tr("\"result\" is not a list"));
        out.series.reserve(qsizetype(result.size()));
        for (const json &item : result) {
            PromSeries series;
            if (!item.is_object())
                return fail(out, origin, PrometheusParseText::tr("a series is not an object"));
            if (const auto metric = item.find("metric"); metric != item.end() && !parseLabels(*metric, series.labels))
                return fail(out, origin, PrometheusParseText::tr("bad \"metric\" labels"));
            if (vector) {
                const auto value = item.find("value");
                if (value == item.end()) {
                    // A native-histogram sample ("histogram") has no float value: not used by Sentinela, skipped.
                    if (item.contains("histogram"))
                        continue;
                    return fail(out, origin, PrometheusParseText::tr("a vector sample has no \"value\""));
                }
                PromSample sample;
                if (!parsePair(*value, sample))
                    return fail(out, origin, PrometheusParseText::tr("bad sample value %1").arg(qs(value->dump())));
                series.samples.append(sample);
            } else {
                const auto values = item.find("values");
                if (values == item.end() || !values->is_array()) {
                    if (item.contains("histograms"))
                        continue;
                    return fail(out, origin, PrometheusParseText::tr("a matrix series has no \"values\""));
                }
                series.samples.reserve(qsizetype(values->size()));
                for (const json &pair : *values) {
                    PromSample sample;
                    if (!parsePair(pair, sample))
                        return fail(out, origin, PrometheusParseText::tr("bad sample value %1").arg(qs(pair.dump())));
                    series.samples.append(sample);
                }
            }
            out.series.append(std::move(series));
        }
    } else if (type == "scalar") {
        out.type = PromQueryResult::Type::Scalar;
        if (!parsePair(result, out.scalar))
            return fail(out, origin, PrometheusParseText::tr("bad scalar %1").arg(qs(result.dump())));
    } else if (type == "string") {
        out.type = PromQueryResult::Type::String;
        const auto timeMs = result.is_array() && result.size() == 2 && result[0].is_number() && result[1].is_string()
            ? secondsToMs(result[0].get<double>())
            : std::nullopt;
        if (!timeMs)
            return fail(out, origin, PrometheusParseText::tr("bad string result %1").arg(qs(result.dump())));
        out.stringTimeMs = *timeMs;
        out.stringValue = qs(result[1].get_ref<const std::string &>());
    } else {
        return fail(out, origin, PrometheusParseText::tr("unknown resultType \"%1\"").arg(qs(type)));
    }
    return true;
}

bool parseSeriesList(const json &doc, const QString &origin, PromSeriesListResult &out)
{
    const json *data = parseEnvelope(doc, origin, out);
    if (!data)
        return false;
    if (!data->is_array())
        return fail(out, origin, PrometheusParseText::tr("\"data\" is not a list of series"));
    for (const json &item : *data) {
        PromLabels labels;
        if (!parseLabels(item, labels))
            return fail(out, origin, PrometheusParseText::tr("a series is not a label set"));
        out.series.append(labels);
    }
    return true;
}

bool parseStringList(const json &doc, const QString &origin, PromStringListResult &out)
{
    const json *data = parseEnvelope(doc, origin, out);
    if (!data)
        return false;
    if (data->is_null())
        return true; // VictoriaMetrics and old Prometheus versions send null for "no values"
    if (!data->is_array())
        return fail(out, origin, PrometheusParseText::tr("\"data\" is not a list of strings"));
    for (const json &item : *data) {
        if (!item.is_string())
            return fail(out, origin, PrometheusParseText::tr("\"data\" is not a list of strings"));
        out.values.append(qs(item.get_ref<const std::string &>()));
    }
    return true;
}

bool parseTargets(const json &doc, const QString &origin, PromTargetsResult &out)
{
    const json *data = parseEnvelope(doc, origin, out);
    if (!data)
        return false;
    if (!data->is_object())
        return fail(out, origin, PrometheusParseText::tr("\"data\" is not an object"));
    if (const auto active = data->find("activeTargets"); active != data->end() && active->is_array()) {
        for (const json &item : *active) {
            if (!item.is_object())
                return fail(out, origin, PrometheusParseText::tr("a target is not an object"));
            PromTarget target;
            if (const auto it = item.find("labels"); it != item.end())
                parseLabels(*it, target.labels);
            if (const auto it = item.find("discoveredLabels"); it != item.end())
                parseLabels(*it, target.discoveredLabels);
            auto str = [&item](const char *key) {
                const auto it = item.find(key);
                return it != item.end() && it->is_string() ? qs(it->get_ref<const std::string &>()) : QString();
            };
            target.scrapePool = str("scrapePool");
            target.scrapeUrl = str("scrapeUrl");
            target.health = str("health");
            target.lastError = str("lastError");
            if (const auto it = item.find("lastScrape"); it != item.end() && it->is_string())
                target.lastScrape = parseRfc3339(it->get_ref<const std::string &>());
            if (const auto it = item.find("lastScrapeDuration"); it != item.end() && it->is_number())
                target.lastScrapeDurationSeconds = it->get<double>();
            out.active.append(target);
        }
    }
    if (const auto dropped = data->find("droppedTargets"); dropped != data->end() && dropped->is_array())
        out.droppedCount = int(dropped->size());
    return true;
}

} // namespace prom

std::optional<qint64> PromQueryResult::newestTimestampMs() const
{
    std::optional<qint64> newest;
    if (type == Type::Scalar)
        return scalar.timestampMs;
    for (const PromSeries &s : series) {
        for (const PromSample &sample : s.samples) {
            if (!newest || sample.timestampMs > *newest)
                newest = sample.timestampMs;
        }
    }
    return newest;
}

void PromQueryResult::dropStale(qint64 nowMs, qint64 maxAgeMs)
{
    for (PromSeries &s : series)
        s.samples.removeIf([&](const PromSample &sample) { return nowMs - sample.timestampMs > maxAgeMs; });
    series.removeIf([](const PromSeries &s) { return s.samples.isEmpty(); });
}

const PromSeries *PromQueryResult::find(const PromLabels &match) const
{
    for (const PromSeries &s : series) {
        bool all = true;
        for (auto it = match.begin(); it != match.end() && all; ++it)
            all = s.labels.value(it.key()) == it.value();
        if (all)
            return &s;
    }
    return nullptr;
}

namespace prom {

QString seriesKey(const PromLabels &labels)
{
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() == u"__name__"_s)
            continue;
        // Label names cannot contain '=' and the separator cannot occur in a name: the key is unambiguous.
        key += it.key() + u'=' + it.value() + QChar(0x1f);
    }
    return key;
}

std::optional<qint64> sampleAgeMs(const PromSample &timestampSample)
{
    const auto sampleMs = secondsToMs(timestampSample.value);
    if (!sampleMs)
        return std::nullopt;
    return qMax<qint64>(0, timestampSample.timestampMs - *sampleMs);
}

QHash<QString, qint64> ageByOrganization(const PromQueryResult &result)
{
    QHash<QString, qint64> ages;
    for (const PromSeries &s : result.series) {
        if (s.samples.isEmpty())
            continue;
        const auto age = sampleAgeMs(s.samples.constLast());
        if (!age)
            continue;
        const QString org = s.labels.value(u"organization"_s);
        const auto it = ages.constFind(org);
        if (it == ages.cend() || *age < *it)
            ages.insert(org, *age);
    }
    return ages;
}

} // namespace prom
