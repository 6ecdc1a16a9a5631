// Parses a generated query_range reply of 60 series x 5,760 points (24 h at 15 s) the way PrometheusClient does on
// its worker thread: JSON with the depth limit, then the typed matrix. Prints milliseconds and MB/s.
#include "sources/jsonlimits.h"
#include "sources/prometheusparse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kSeries = 60;
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

    QTextStream out(stdout);
    QList<double> times;
    qsizetype points = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const JsonParseResult json = parseJsonLimited(body, u"bench"_s);
        PromQueryResult result;
        if (!json.ok || !prom::parseQuery(json.value, u"bench"_s, result)) {
            out << "parse failed: " << json.error << result.error << Qt::endl;
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
    out << "bench_prometheus_parse: " << kSeries << " series x " << kPoints << " points (" << points << " samples), "
        << QString::number(mb, 'f', 1) << " MiB\n";
    out << "  median " << QString::number(median, 'f', 1) << " ms, best " << QString::number(times.first(), 'f', 1)
        << " ms, " << QString::number(mb / (median / 1000.0), 'f', 1) << " MiB/s" << Qt::endl;
    return 0;
}
