#pragma once

#include "sources/prometheusparse.h"

#include <QList>
#include <QString>

// Block intervals from Prometheus history, for the spans the local block history does not cover: range queries of
// the chain height and head timestamp give, per step, the mean interval of the blocks made in that step.
// Pure functions of plain data.
namespace analysis {

// One step of a range query.
struct StepInterval
{
    qint64 timeMs = 0; // end of the step (the sample time)
    double spanSeconds = 0; // time since the previous usable sample: the step, or more after a gap
    double meanInterval = 0; // seconds per block; for a step without a block, a lower bound of the stalled interval
    double blocks = 0; // blocks made in the step; 0: no block in this step (a production stop)

    bool stopped() const { return blocks == 0; }
};

// The PromQL of the two range queries, for the job of NetworkConfig::prometheusJob (one series each: the max over
// the job's nodes, i.e. the head of the best-synced node).
QString chainHeightQuery(const QString &job);
QString chainHeadTimestampQuery(const QString &job);

// The range-query step for a window: at least the block period and about 2000 points, rounded to a round value
// (24 h: 60 s, 7 days: 300 s).
int rangeStepSeconds(double blockPeriodSeconds, qint64 windowSeconds);

// Per step: mean interval = delta(head timestamp) / delta(height) when the height grew. A step where the height did
// not grow had no block: its interval is at least the step (and at least the time since the head block). Samples
// that are NaN/Inf or missing in either series are skipped and the next step spans the gap; a height that goes
// down (a node resynced, or the best node left the job) gives no point. Points ascend by time.
QList<StepInterval> stepIntervals(const PromQueryResult &height, const PromQueryResult &headTimestamp);

} // namespace analysis
