#include "blockchartview.h"

#include "analysis/lttb.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

BlockChartView::BlockChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
{
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    m_x->setFormat(QStringLiteral("dd/MM HH:mm"));
    m_x->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    setRenderHint(QPainter::Antialiasing, false); // a few thousand segments draw much faster without it
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_x, &QDateTimeAxis::rangeChanged, this, [this] {
        if (!m_redrawing)
            redraw();
        emit rangeChanged();
    });
}

QValueAxis *BlockChartView::rightAxis()
{
    if (!m_right) {
        m_right = new QValueAxis;
        m_right->setLabelFormat(QStringLiteral("%.1f"));
        chart()->addAxis(m_right, Qt::AlignRight);
    }
    return m_right;
}

QLineSeries *BlockChartView::addLine(const QString &name, const QPen &pen, bool right)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(right ? rightAxis() : m_y);
    m_data.insert(series, {});
    return series;
}

QScatterSeries *BlockChartView::addMarkers(const QString &name, int shape, const QColor &color, qreal size)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(static_cast<QScatterSeries::MarkerShape>(shape));
    series->setMarkerSize(size);
    series->setColor(color);
    series->setBorderColor(color.darker(160));
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_data.insert(series, {});
    return series;
}

void BlockChartView::setData(QXYSeries *series, QList<QPointF> points)
{
    m_data.insert(series, std::move(points));
}

void BlockChartView::setFullRange(qint64 fromMs, qint64 toMs)
{
    // New data must not throw away the part the operator zoomed into: keep that range, redraw with the new points.
    const bool keepZoom = m_fullTo > m_fullFrom && isZoomed();
    m_fullFrom = fromMs;
    m_fullTo = std::max(toMs, fromMs + 1000);
    if (keepZoom)
        redraw();
    else
        resetZoom();
}

void BlockChartView::resetZoom()
{
    chart()->zoomReset();
    m_redrawing = true;
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_fullFrom), QDateTime::fromMSecsSinceEpoch(m_fullTo));
    m_redrawing = false;
    redraw();
}

bool BlockChartView::isZoomed() const
{
    return m_x->min().toMSecsSinceEpoch() > m_fullFrom || m_x->max().toMSecsSinceEpoch() < m_fullTo;
}

void BlockChartView::redraw()
{
    m_redrawing = true;
    const double lo = static_cast<double>(m_x->min().toMSecsSinceEpoch());
    const double hi = static_cast<double>(m_x->max().toMSecsSinceEpoch());
    const qsizetype threshold = std::max<qsizetype>(200, static_cast<qsizetype>(2 * chart()->plotArea().width()));
    m_drawn = 0;
    for (auto it = m_data.cbegin(); it != m_data.cend(); ++it) {
        const QList<QPointF> &all = it.value();
        const auto xLess = [](const QPointF &p, double x) { return p.x() < x; };
        // One point beyond each edge so lines run to the border.
        auto first = std::lower_bound(all.begin(), all.end(), lo, xLess);
        auto last = std::lower_bound(first, all.end(), hi, xLess);
        if (first != all.begin())
            --first;
        if (last != all.end())
            ++last;
        const qsizetype count = last - first;
        QList<QPointF> shown;
        if (qobject_cast<QScatterSeries *>(it.key()))
            shown = QList<QPointF>(first, last); // markers are few: round changes
        else
            shown = analysis::lttb(all.constData() + (first - all.begin()), count, threshold);
        m_drawn += static_cast<int>(shown.size());
        it.key()->replace(shown);
    }
    m_redrawing = false;
}

void BlockChartView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const QRectF area = chart()->plotArea();
    const qreal cx = std::clamp(event->position().x(), area.left(), area.right());
    // Zoom in x around the cursor: the zoomed rectangle keeps the cursor's relative position.
    const qreal width = area.width() * factor;
    const qreal left = cx - (cx - area.left()) * factor;
    chart()->zoomIn(QRectF(left, area.top(), width, area.height()));
    event->accept();
}

void BlockChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_lastPan = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void BlockChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        panBy(m_lastPan.x() - event->position().x());
        m_lastPan = event->position();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void BlockChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void BlockChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void BlockChartView::keyPressEvent(QKeyEvent *event)
{
    const qreal step = chart()->plotArea().width() / 10;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-step);
        break;
    case Qt::Key_Right:
        panBy(step);
        break;
    case Qt::Key_Plus:
        chart()->zoom(1.25);
        break;
    case Qt::Key_Minus:
        chart()->zoom(0.8);
        break;
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void BlockChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    redraw();
}

void BlockChartView::panBy(qreal pixels)
{
    chart()->scroll(pixels, 0);
}
