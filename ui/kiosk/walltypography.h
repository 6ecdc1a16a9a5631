#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QLabel;

// The wall's type scale, as fractions of the screen height, so that a 1080p and a 4K wall show the same layout.
// At 5 m a character should subtend about 16 arc minutes (some 23 mm of cap height); on a 55" screen (68 cm high)
// that is a font of about 4.5 % of the height, which the labels reach and the key figures pass by far.
namespace WallTypography {

inline constexpr double Figure = 0.11; // the key figures
inline constexpr double FigureMinimum = 0.075; // a long translated word may shrink the figure this far, no further
inline constexpr double Heading = 0.05; // network name, alert heading, stale banner
inline constexpr double Caption = 0.04; // tile captions, institution rows
inline constexpr double Detail = 0.034; // lines under the figures, incident rows
inline constexpr double Footnote = 0.028; // freshness and clock line: read up close

int pixels(int screenHeight, double fraction);
QFont font(const QFont &base, int screenHeight, double fraction, bool bold = false);
// The largest pixel size from `fraction` down to `minimumFraction` at which `text` fits `width`.
QFont fitted(const QFont &base, const QString &text, int width, int screenHeight, double fraction,
    double minimumFraction, bool bold = true);
void apply(QLabel *label, int screenHeight, double fraction, bool bold = false);

// The wall's dark theme: light text on a near-black background that does not glow in a dim NOC.
QColor background();
QColor panel();
QColor text();
QColor dimText();

} // namespace WallTypography
