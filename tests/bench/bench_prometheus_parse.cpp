// Parses a generated query_range reply of 60 series x 5,760 points (24 h at 15 s) the way PrometheusClient does on
// its worker thread: JSON with the depth limit, then the typed matrix (6 series in quick mode). No target was set
// for it: the figures are printed for information.
#include "benchreport.h"

#include "sources/jsonlimits.h"
#include "sources/prometheusparse.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::Report report("prometheus_parse");
    const int kSeries = bench::quick() ? 6 : 60;
    constexpr int kPoints = 5760;
    const qint64 start = 1711929600;

    QByteArray body;
    body.reserve(16 * 1024 * 1024);
    body += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < kSeries; ++s) {
        if (s)
            body += ',';
        body += R"({"metric":{"__name__":"ethereum_blockchain_height","job":"rbb","node":"node)" + QByteArray::number(s)
            + R"(","organization":"org)" + QByteArray::number(s % 12) + R"("},"values":[)";
        for (int p = 0; p < kPoints; ++p) {
            if (p)
                body += ',';
            body += '[' + QByteArray::number(start + p * 15) + ".5,\""
                + QByteArray::number(184000 + p * 3.25 + s, 'g', 12) + "\"]";
        }
        body += "]}";
    }
    body += "]}}";

    QList<double> times;
    qsizetype points = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const JsonParseResult json = parseJsonLimited(body, u"bench"_s);
        PromQueryResult result;
        if (!json.ok || !prom::parseQuery(json.value, u"bench"_s, result)) {
            report.runFailed("parse", u"parse failed: "_s + json.error + result.error);
            return 1;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
        points = 0;
        for (const PromSeries &s : result.series)
            points += s.samples.size();
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    const double mb = double(body.size()) / (1024.0 * 1024.0);
    const QString what = u"parse a query_range reply of %1 series x %2 points (%3 MiB): JSON with the depth limit + "
                         "typed matrix, median of 3"_s.arg(kSeries)
                             .arg(kPoints)
                             .arg(mb, 0, 'f', 1);
    report.info("query_range", what, median, "ms");
    report.info("query_range_rate", what, mb / (median / 1000.0), "MiB/s");
    if (points != qsizetype(kSeries) * kPoints)
        report.runFailed("query_range", u"%1 samples parsed, %2 sent"_s.arg(points).arg(qsizetype(kSeries) * kPoints));
    return report.exitCode();
}
