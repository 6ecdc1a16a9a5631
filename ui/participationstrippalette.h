#pragma once

#include "analysis/validatoranalysis.h"
#include "itemmodels/participationstripmodel.h"

#include <QColor>
#include <QIcon>

// Colours and icons of status levels and participation cells, shared by the Overview and Validators pages. Every
// colour comes with a shape (icon glyph or cell shape) and a text, so no state is told by colour alone.
namespace StatusPalette {

QColor color(StatusLevel level);
// A filled circle in the level's colour with the level's glyph (see statusLevelSymbol) drawn on it.
QIcon icon(StatusLevel level);
QPixmap pixmap(StatusLevel level, int size);

QColor cellColor(ParticipationStripModel::Cell cell);
// Paints one strip cell into `rect`: shapes differ per state (full block, half block, cross, triangle, dot).
void paintCell(class QPainter *painter, const QRectF &rect, ParticipationStripModel::Cell cell);

} // namespace StatusPalette
