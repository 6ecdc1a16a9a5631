#include "kiosk/kioskwindow.h"

#include "blockspage.h"
#include "common/statusstyle.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/logging.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentspage.h"
#include "itemmodels/kioskplaylist.h"
#include "itemmodels/overviewmodel.h"
#include "kiosk/kioskalert.h"
#include "kiosk/screensaverinhibitor.h"
#include "kiosk/walloverview.h"
#include "kiosk/walltypography.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"
#include "topologypage.h"
#include "usage/usagepage.h"
#include "validatordetail.h"
#include "validatorspage.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

#include <spdlog/spdlog.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Down sources named in the banner; the rest are counted.
constexpr int MaxNamedSources = 3;
// Refreshes come every second.
constexpr int FitEveryRefreshes = 10;
constexpr int TrimEveryRefreshes = 600;

// glibc keeps freed memory in its heap. Once a large block (a full-screen image: 8 MB at 1080p, 33 MB at 4K) has been
// freed, the threshold above which blocks are mapped on their own rises to its size, and every later one is carved
// from the heap and stays resident after it is freed: on a wall the resident size steps up and never comes back.
// Large blocks are mapped and unmapped on their own instead, and the free end of the heap is given back now and then.
void limitHeapRetention()
{
#if defined(__GLIBC__)
    static const bool once = [] { return mallopt(M_MMAP_THRESHOLD, 1024 * 1024) == 1; }();
    Q_UNUSED(once);
#endif
}

void releaseFreeHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
    case QEvent::Drop:
    case QEvent::DragEnter:
        return true;
    default:
        return false;
    }
}

// The wall rotates on real time, also over a snapshot whose review clock stands still at the time cursor.
Clock *rotationClock(Monitor *monitor)
{
    auto *replay = qobject_cast<ReplayClock *>(monitor->clock());
    return replay && replay->base() ? replay->base() : monitor->clock();
}

// A desk's table elides its columns at the wall's type size. Each shown column gets its contents' width (header
// included); spare room is shared out. When the contents are wider than the view, the widest columns give way first,
// never narrower than their header, and wrap their text onto more lines instead of eliding it.
void fitColumns(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int available = table->viewport()->width();
    QList<int> columns;
    QList<int> widths;
    QList<int> floors;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        columns << c;
        floors << header->sectionSizeHint(c);
        // sizeHintForColumn is public in the base class only.
        widths << std::max(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c), floors.last());
    }
    if (columns.isEmpty() || available <= 0)
        return;
    const int total = std::accumulate(widths.cbegin(), widths.cend(), 0);
    if (total <= available) {
        const int extra = (available - total) / int(columns.size());
        for (int &w : widths)
            w += extra;
        widths.last() += available - total - extra * int(columns.size());
    } else {
        // The largest cap that fits: columns narrower than it keep their width, none goes below its header.
        const auto widthAt = [&](int cap) {
            int sum = 0;
            for (qsizetype i = 0; i < widths.size(); ++i)
                sum += std::max(floors.at(i), std::min(widths.at(i), cap));
            return sum;
        };
        int lo = 0;
        int hi = *std::max_element(widths.cbegin(), widths.cend());
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (widthAt(mid) <= available)
                lo = mid;
            else
                hi = mid - 1;
        }
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = std::max(floors.at(i), std::min(widths.at(i), lo));
    }
    for (qsizetype i = 0; i < columns.size(); ++i)
        header->resizeSection(columns.at(i), widths.at(i));
    table->setWordWrap(true);
    table->verticalHeader()->setSectionResizeMode(
        total > available ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
}

} // namespace

KioskWindow::KioskWindow(Monitor *monitor, IncidentBook *book, const KioskConfig &config, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_monitor(monitor)
    , m_book(book)
    , m_clock(monitor->clock())
    , m_model(new OverviewModel(monitor->state(), this))
    , m_playlist(new KioskPlaylist(rotationClock(monitor), this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new WallOverview(m_model, m_stack))
    , m_alert(new KioskAlert(book, monitor->clock(), m_stack))
    , m_ticker(new QTimer(this))
    , m_inhibitor(new ScreenSaverInhibitor(this))
{
    setObjectName(u"kioskWindow"_s);
    setWindowTitle(tr("Sentinela wall"));
    setCursor(Qt::BlankCursor);
    setContextMenuPolicy(Qt::NoContextMenu);

    m_banner->setObjectName(u"staleBanner"_s);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();

    // The screen's size is the wall's size: a page's minimum size never makes the window taller than the screen.
    m_stack->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_alert);
    m_pages.insert(u"overview"_s, m_overview);
    m_overview->setIncidentBook(book);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    m_startedMs = m_clock->nowMs();
    m_alert->setNetwork(monitor->network());
    connect(monitor->state(), &NetworkState::configured, this, [this] {
        m_alert->setNetwork(m_monitor->network());
        m_startedMs = m_clock->nowMs();
        refresh();
    });
    connect(monitor->state(), &NetworkState::alertmanagerAlertsChanged, this, &KioskWindow::updateActiveAlerts);
    connect(monitor->state(), &NetworkState::healthChanged, this, &KioskWindow::updateBanner);
    connect(m_playlist, &KioskPlaylist::currentChanged, this, &KioskWindow::showCurrent);
    connect(m_playlist, &KioskPlaylist::interruptionChanged, this, &KioskWindow::showCurrent);
    m_playlist->setIncidentBook(book);
    setKioskConfig(config);

    connect(m_ticker, &QTimer::timeout, this, &KioskWindow::refresh);
    m_ticker->start(1000);
    limitHeapRetention();
    // Input is swallowed before any page sees it: no click, key or wheel reaches a button or opens a dialog.
    qApp->installEventFilter(this);
    refresh();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::setKioskConfig(const KioskConfig &config)
{
    m_config = config;
    m_exitChord = QKeySequence(config.exitChord, QKeySequence::PortableText);
    if (m_exitChord.isEmpty())
        Logging::logger().warn("kiosk exit chord \"{}\" is not a key sequence; only a signal ends the kiosk",
            config.exitChord.toStdString());
    QList<KioskPage> pages;
    for (const KioskPage &page : config.playlist) {
        if (createPage(page.page))
            pages << page;
    }
    if (pages.isEmpty())
        pages << KioskPage {u"overview"_s, 60};
    m_playlist->setPages(pages);
    showCurrent();
}

QWidget *KioskWindow::createPage(const QString &key)
{
    if (QWidget *page = m_pages.value(key))
        return page;
    QWidget *page = nullptr;
    if (key == u"validators"_s) {
        auto *validators = new ValidatorsPage(m_monitor->state(), m_stack);
        // Nobody selects a validator on a wall: its detail pane would stay empty; the table takes the room.
        validators->detail()->hide();
        page = validators;
    } else if (key == u"blocks"_s)
        page = new BlocksPage(m_monitor, m_stack);
    else if (key == u"topology"_s)
        page = new TopologyPage(m_monitor->state(), m_stack);
    else if (key == u"incidents"_s && m_book)
        page = new IncidentsPage(m_book, m_clock, m_stack);
    else if (key == u"usage"_s)
        page = new UsagePage(m_monitor, m_stack);
    if (!page) {
        Logging::logger().warn("kiosk page \"{}\" cannot be shown here; left out of the rotation", key.toStdString());
        return nullptr;
    }
    page->setFocusPolicy(Qt::NoFocus);
    m_stack->addWidget(page);
    m_pages.insert(key, page);
    m_scaledFor = 0;
    applyScale();
    return page;
}

void KioskWindow::showOnWall()
{
    showFullScreen();
    m_inhibitor->inhibit(tr("Sentinela is showing the network on the NOC wall"));
}

QWidget *KioskWindow::currentView() const
{
    return m_stack->currentWidget();
}

int KioskWindow::screenHeight() const
{
    return std::max(1, height());
}

void KioskWindow::showCurrent()
{
    if (m_playlist->isInterrupted()) {
        m_alert->setIncident(m_playlist->interruptingIncident());
        m_stack->setCurrentWidget(m_alert);
        return;
    }
    m_alert->setIncident({});
    if (QWidget *page = m_pages.value(m_playlist->currentPage()))
        m_stack->setCurrentWidget(page);
    else
        m_stack->setCurrentWidget(m_overview);
    fitTables();
}

void KioskWindow::fitTables()
{
    QWidget *page = m_stack->currentWidget();
    if (!page || page == m_overview || page == m_alert)
        return;
    // Laid out at the wall's size before measuring (a page shown for the first time has not been yet).
    page->setGeometry(m_stack->contentsRect());
    const QList<QTableView *> tables = page->findChildren<QTableView *>();
    for (QTableView *table : tables) {
        if (table->isVisibleTo(page))
            fitColumns(table);
    }
}

void KioskWindow::refresh()
{
    applyScale();
    m_model->refresh();
    m_playlist->update();
    // Rows come and go on the current page: its columns are fitted again now and then, not at every tick.
    if (++m_refreshes % FitEveryRefreshes == 0)
        fitTables();
    if (m_refreshes % TrimEveryRefreshes == 0)
        releaseFreeHeap();
    if (m_stack->currentWidget() == m_alert)
        m_alert->refresh();
    updateBanner();
}

// The newest figure of any source against the stale limit: when even that one is old, nothing on the wall is live.
void KioskWindow::updateBanner()
{
    const NetworkConfig &network = m_monitor->network();
    const double limitMs = kioskStaleAfterSeconds(m_config, network) * 1000.0;
    const qint64 fresh = m_model->freshnessMs();
    const qint64 sinceStart = m_clock->nowMs() - m_startedMs;
    const bool stale = fresh >= 0 ? double(fresh) > limitMs : double(sinceStart) > limitMs;
    m_stale = stale;

    QStringList down;
    const QMap<QString, SourceHealth> health = m_monitor->state()->health();
    for (const SourceHealth &h : health) {
        if (h.state == SourceHealth::State::Down)
            down << (h.source.isEmpty() ? h.endpoint : h.source);
    }
    QString downText;
    if (!down.isEmpty()) {
        const qsizetype more = down.size() - MaxNamedSources;
        downText = tr("down: %1").arg(down.mid(0, MaxNamedSources).join(u", "_s));
        if (more > 0)
            downText += u' ' + tr("and %n more", nullptr, int(more));
    }

    HealthLevel level = HealthLevel::Ok;
    QString text;
    if (stale) {
        level = HealthLevel::Critical;
        text = fresh >= 0 ? tr("DATA OUT OF DATE · newest figure %1 ago").arg(formatDuration(fresh))
                          : tr("DATA OUT OF DATE · nothing received in %1").arg(formatDuration(sinceStart));
        if (!downText.isEmpty())
            text += u'\n' + downText;
    } else if (!downText.isEmpty()) {
        level = HealthLevel::Warning;
        text = tr("Source %1").arg(downText);
    }
    if (text.isEmpty()) {
        m_banner->hide();
        return;
    }
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, StatusStyle::color(level));
    p.setColor(QPalette::WindowText, StatusStyle::foreground(level));
    m_banner->setPalette(p);
    m_banner->setFont(WallTypography::font(
        m_banner->font(), screenHeight(), stale ? WallTypography::Heading : WallTypography::Detail, true));
    m_banner->setText(text);
    m_banner->show();
    // Laid out now, not at the next event: a grab or a repaint right after must not show half a banner.
    layout()->activate();
}

bool KioskWindow::isStaleBannerVisible() const
{
    return m_stale;
}

QString KioskWindow::staleBannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void KioskWindow::updateActiveAlerts()
{
    const AlertmanagerAlerts &alerts = m_monitor->state()->alertmanagerAlerts();
    const double limitMs = 3.0 * m_monitor->network().polling.prometheusMs;
    if (!alerts.at.isValid() || double(alerts.at.msecsTo(m_clock->now())) > limitMs) {
        m_playlist->setActiveAlerts(std::nullopt);
        return;
    }
    QSet<QString> fingerprints;
    for (const AmAlert &alert : alerts.alerts)
        fingerprints.insert(alert.fingerprint);
    m_playlist->setActiveAlerts(fingerprints);
}

void KioskWindow::applyScale()
{
    const int h = screenHeight();
    if (h == m_scaledFor)
        return;
    m_scaledFor = h;
    m_overview->setScreenHeight(h);
    m_alert->setScreenHeight(h);
    // The desktop pages keep their layout and palette, in type larger for the room but not so large that their
    // columns, sized for a desk, elide everything (in points: their headings scale the base font's point size).
    QFont pageFont = QApplication::font();
    pageFont.setPointSizeF(h * 0.016 * 72.0 / std::max(1, logicalDpiY()));
    const int rowHeight = QFontMetrics(pageFont).height() + WallTypography::pixels(h, 0.006);
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.value() == m_overview)
            continue;
        // Headings and titles set their own size, from the desk's font when they were made: scaled by as much. (The
        // rest inherits the page's font.)
        const double deskPoints = QApplication::font().pointSizeF();
        const QList<QWidget *> children = it.value()->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (!w->testAttribute(Qt::WA_SetFont) || !(w->font().resolveMask() & QFont::SizeResolved)
                || deskPoints <= 0)
                continue;
            QVariant own = w->property("sentinelaDeskPointSize");
            if (!own.isValid()) {
                own = w->font().pointSizeF();
                w->setProperty("sentinelaDeskPointSize", own);
            }
            if (own.toDouble() <= 0)
                continue; // sized in pixels: left as it is
            QFont f = w->font();
            f.setPointSizeF(own.toDouble() * pageFont.pointSizeF() / deskPoints);
            w->setFont(f);
        }
        it.value()->setFont(pageFont);
        // Charts draw with fonts of their own.
        const QList<QChartView *> charts = it.value()->findChildren<QChartView *>();
        for (QChartView *view : charts) {
            QChart *chart = view->chart();
            // The legend holds a line of entries: a little smaller than the text, so that they fit unelided.
            QFont legend = pageFont;
            legend.setPointSizeF(pageFont.pointSizeF() * 0.8);
            chart->legend()->setFont(legend);
            QFont bold = pageFont;
            bold.setBold(true);
            chart->setTitleFont(bold);
            const QList<QAbstractAxis *> axes = chart->axes();
            for (QAbstractAxis *axis : axes) {
                axis->setLabelsFont(pageFont);
                axis->setTitleFont(bold);
            }
        }
        // Tables keep the row height they had for the desk's font: give them the wall's.
        const QList<QTableView *> tables = it.value()->findChildren<QTableView *>();
        for (QTableView *table : tables) {
            table->verticalHeader()->setDefaultSectionSize(rowHeight);
            table->verticalHeader()->setMinimumSectionSize(rowHeight);
            table->horizontalHeader()->setFont(pageFont);
        }
    }
    fitTables();
    updateBanner();
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!isInput(event->type()) || !watched->isWidgetType())
        return QWidget::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != this)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress && !m_exitChord.isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination pressed(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key()));
        if (pressed == m_exitChord[0] && !key->isAutoRepeat()) {
            Logging::logger().info("kiosk: exit chord pressed");
            m_closeAllowed = true;
            emit exitRequested();
        }
    }
    return true;
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4 or a window manager's close button do not end the wall; the exit chord or a signal do.
    if (!m_closeAllowed) {
        event->ignore();
        return;
    }
    m_inhibitor->release();
    QWidget::closeEvent(event);
}
