// Redraw of the Blocks page's interval chart over a 100,000-block history: LTTB to the plot width, series replace,
// render to a QImage offscreen. Target: under 16 ms per redraw (one frame at 60 Hz), judged in optimised builds.
#include "benchreport.h"
#include "blockchartview.h"

#include "analysis/lttb.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QValueAxis>

#include <algorithm>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    constexpr int Points = 100'000;
    const int Rounds = bench::quick() ? 5 : 30;
    bench::Report report("blockchart");
    QRandomGenerator rng(12120014);
    QList<QPointF> points;
    points.reserve(Points);
    double t = 1.7e12;
    for (int i = 0; i < Points; ++i) {
        const double interval = (i % 997 == 0) ? 12 + rng.bounded(20.0) : 4 + (rng.bounded(10) == 0 ? 1 : 0);
        t += interval * 1000;
        points.append({t, interval});
    }

    BlockChartView view;
    view.resize(1200, 500);
    QLineSeries *line = view.addLine(QStringLiteral("interval"), QPen(Qt::blue));
    view.yAxis()->setRange(0, 40);
    view.setData(line, points);
    view.show(); // lays the chart out so the plot area (and so the LTTB threshold) has its real width
    QApplication::processEvents();
    view.setFullRange(static_cast<qint64>(points.first().x()), static_cast<qint64>(points.last().x()));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Rounds; ++i)
        (void)analysis::lttb(points, 2400);
    const double lttbMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / Rounds;

    // Warm up, then measure a full redraw: downsample + replace + render.
    view.redraw();
    image.fill(Qt::white);
    {
        QPainter p(&image);
        view.render(&p);
    }
    QList<double> samples;
    for (int i = 0; i < Rounds; ++i) {
        timer.restart();
        view.redraw();
        image.fill(Qt::white);
        QPainter p(&image);
        view.render(&p);
        p.end();
        samples.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    const double median = samples.at(samples.size() / 2);
    const double worst = samples.last();
    const int width = int(view.chart()->plotArea().width());
    report.info("lttb",
        QStringLiteral("LTTB of %1 block intervals to 2,400 points, mean of %2").arg(Points).arg(Rounds), lttbMs, "ms");
    report.figure("redraw",
        QStringLiteral("Blocks chart redraw from %1 blocks: LTTB to the %2 px plot (%3 points) + series replace + "
                       "offscreen render 1200x500, median of %4 (worst %5 ms)")
            .arg(Points)
            .arg(width)
            .arg(view.drawnPoints())
            .arg(Rounds)
            .arg(worst, 0, 'f', 1),
        median, "ms", bench::Goal::Below, 16);
    return report.exitCode();
}
