#pragma once

#include "analysis/health.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

// The one palette of health levels in the widgets. Every colour comes with the level's glyph and text
// (healthGlyph, healthText), so no state is told by colour alone.
namespace StatusStyle {

QColor color(HealthLevel level); // strong: icons, chart marks, card borders
QColor background(HealthLevel level); // pale tint behind a table cell; invalid for Ok (no tint)
QColor foreground(HealthLevel level); // text on color(level)
// A filled circle in the level's colour with the level's glyph on it.
QPixmap pixmap(HealthLevel level, int size);
QIcon icon(HealthLevel level);

} // namespace StatusStyle
