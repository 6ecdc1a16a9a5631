#pragma once

#include "incidents/incident.h"
#include "monitor/statuscommand.h"

#include <QJsonObject>

class NetworkState;

// `sentinela-cli status`'s incident section: the incident rules (evaluateRules) on the pass's own state at the same
// instant as its verdict. One pass has no hysteresis, so these are the conditions that hold now, not raised incidents;
// the ones whose figures are stale are listed as "cannot tell".
StatusSection statusDetections(NetworkState &state, const QDateTime &now);
StatusSection statusDetections(const QList<Detection> &detections);

QJsonObject detectionToJson(const Detection &detection);
