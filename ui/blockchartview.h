#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QValueAxis;
class QLineSeries;
class QScatterSeries;
class QXYSeries;

// A time chart for long block histories: each series keeps its full data and shows an LTTB downsample of the
// visible x range (about two points per pixel), recomputed on zoom and pan, so 100,000 blocks redraw quickly.
// Zoom: rubber band (drag) or the wheel (x only, around the cursor); pan: middle-button drag or the arrow keys;
// Home or double-click resets.
class BlockChartView : public QChartView
{
    Q_OBJECT
public:
    explicit BlockChartView(QWidget *parent = nullptr);

    QDateTimeAxis *xAxis() const { return m_x; }
    QValueAxis *yAxis() const { return m_y; }
    QValueAxis *rightAxis(); // created on first use

    // Series are owned by the chart. x values are milliseconds since the epoch.
    QLineSeries *addLine(const QString &name, const QPen &pen, bool rightAxis = false);
    QScatterSeries *addMarkers(const QString &name, int shape, const QColor &color, qreal size = 9);
    void setData(QXYSeries *series, QList<QPointF> points); // points ascending by x
    // The full x range (resets the zoom).
    void setFullRange(qint64 fromMs, qint64 toMs);
    void resetZoom();
    bool isZoomed() const;

    // Downsamples every series to the visible range and replaces the drawn points. Called on range changes.
    void redraw();
    int drawnPoints() const { return m_drawn; }

signals:
    void rangeChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void panBy(qreal pixels);

    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QValueAxis *m_right = nullptr;
    QHash<QXYSeries *, QList<QPointF>> m_data;
    qint64 m_fullFrom = 0;
    qint64 m_fullTo = 0;
    bool m_panning = false;
    bool m_redrawing = false;
    QPointF m_lastPan;
    int m_drawn = 0;
};
