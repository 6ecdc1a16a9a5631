#pragma once

#include "itemmodels/participationstripmodel.h"

#include <QColor>
#include <QIcon>

// Colours and shapes of the participation strip's cells (levels use StatusStyle). Every colour comes with a shape,
// so no state is told by colour alone.
namespace StripPalette {

QColor cellColor(ParticipationStripModel::Cell cell);
// Paints one strip cell into `rect`: shapes differ per state (full block, half block, outline, triangle, dot).
void paintCell(class QPainter *painter, const QRectF &rect, ParticipationStripModel::Cell cell);

} // namespace StripPalette
