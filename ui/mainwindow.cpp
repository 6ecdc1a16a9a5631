#include "mainwindow.h"

#include "aboutdialog.h"
#include "blockspage.h"
#include "common/statusstyle.h"
#include "common/timecursor.h"
#include "config/inventoryloader.h"
#include "core/clock.h"
#include "emptystate.h"
#include "exportsnapshotdialog.h"
#include "importdialog.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "incidents/incidentdetail.h"
#include "incidents/incidentspage.h"
#include "itemmodels/overviewmodel.h"
#include "checklists/checklistlibrary.h"
#include "manual/manualpage.h"
#include "kiosk/kioskwindow.h"
#include "overviewpage.h"
#include "reportdialog.h"
#include "reports/committeereport.h"
#include "reports/reportwriter.h"
#include "sources/prometheusfederation.h"
#include "analysis/health.h"
#include "core/clock.h"
#include "monitor/monitor.h"
#include "state/collector.h"
#include "state/networkstate.h"
#include "topologypage.h"
#include "snapshots/snapshotreader.h"
#include "snapshots/snapshotreplay.h"
#include "snapshots/snapshotwriter.h"
#include "sources/jsonlimits.h"
#include "usage/usagepage.h"
#include "validatorspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Monitor *monitor, IncidentBook *book, QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_book(book)
    , m_monitor(monitor)
    , m_state(monitor ? monitor->state() : nullptr)
{
    setWindowTitle(tr("Sentinela"));
    setWindowIcon(QIcon(u":/icons/sentinela.svg"_s));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    // The banner over the pages says when they show a snapshot instead of the live network.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_snapshotBanner = new QLabel(central);
    m_snapshotBanner->setObjectName(u"snapshotBanner"_s);
    m_snapshotBanner->setWordWrap(true);
    m_snapshotBanner->setTextFormat(Qt::PlainText);
    m_snapshotBanner->setContentsMargins(12, 6, 12, 6);
    m_snapshotBanner->setAutoFillBackground(true);
    m_snapshotBanner->hide();
    layout->addWidget(m_snapshotBanner);
    m_timeCursor = new TimeCursor(central);
    m_timeCursor->setAutoFillBackground(true);
    m_timeCursor->hide();
    layout->addWidget(m_timeCursor);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    createPages();
    createMenus();
    createStatusBar();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"mainWindow/page"_s, 0).toInt());
    updateEmptyStates();
}

MainWindow::~MainWindow()
{
    delete m_kiosk; // it reads this window's monitor and book
}

void MainWindow::createPages()
{
    struct PageText
    {
        QString title;
        QString heading;
        QString explanation;
    };
    const PageText texts[] = {
        {tr("Overview"), tr("Network overview"),
            tr("Chain height, time since the last block, the current block interval against the target, how many "
               "validators are signing against the quorum, nodes up by type and institution, open incidents and how "
               "fresh the data is.")},
        {tr("Validators"), tr("Validator participation"),
            tr("Per validator and per block: who proposed and who signed, the share of blocks proposed against the "
               "operational level (OLA), the signing rate, and validators out of consensus.")},
        {tr("Blocks"), tr("Blocks and block times"),
            tr("Block intervals against the target and the service levels (99% under 10 s, 99.9% under 30 s), blocks "
               "produced against expected, and the recent blocks with proposer, round and signers.")},
        {tr("Topology"), tr("Peer topology"),
            tr("Nodes by institution and type, their peer links, missing expected links, partitions and validators "
               "not connected to a quorum of validators.")},
        {tr("Incidents"), tr("Incidents"),
            tr("An incident opens when a rule of the Operations Manual holds (block production stopped, fewer "
               "validators signing, a boot or validator disconnected, permissioning switched off on a validator, a "
               "validator up but out of consensus); the page keeps its timeline and notes and counts down the 2 and "
               "16 service-hour deadlines of critical incidents.")},
        {tr("Operations Manual"), tr("The Operations Manual opens with a profile"),
            tr("This page holds the Operations Manual's checklists (a runbook for each incident rule, synchronous "
               "upgrades, the onboarding of a new institution, key-management declarations) as Markdown files in a "
               "folder your institution keeps in Git, to edit them and to run them step by step with each run "
               "recorded with its incident.")},
        {tr("Usage"), tr("Usage and accountability"),
            tr("Per institution and per sender account: transactions per second, share of gas, top contracts and "
               "failed transactions, with the accounts no institution answers for listed first.")},
    };
    // Not "waiting for data": these pages have no data to wait for in this version.
    const QString noBook = tr("No incident database is open, so incidents are not recorded in this window.");
    const QString notYetManual = tr("No profile is open: open one from the File menu.");
    for (int i = 0; i < int(std::size(texts)); ++i) {
        const auto p = static_cast<Page>(i);
        QWidget *page = m_state ? createPage(p) : nullptr;
        if (!page) {
            auto *empty = new EmptyState(texts[i].heading, texts[i].explanation, m_tabs);
            if (p == Page::Incidents)
                empty->setReason(noBook);
            else if (p == Page::Manual)
                empty->setReason(notYetManual);
            else
                m_emptyStates.append(empty);
            page = empty;
        }
        m_tabs->addTab(page, texts[i].title);
    }
}

// The pages that exist so far; the others show what they will show.
QWidget *MainWindow::createPage(Page p)
{
    switch (p) {
    case Page::Overview:
        m_overviewPage = new OverviewPage(m_state, m_tabs);
        m_overviewPage->setIncidentBook(m_book);
        // The status bar shows the Overview's verdict: judged once per refresh, for both.
        connect(m_overviewPage->model(), &OverviewModel::changed, this, &MainWindow::updateVerdict);
        return m_overviewPage;
    case Page::Validators:
        return new ValidatorsPage(m_state, m_tabs);
    case Page::Blocks:
        m_blocksPage = new BlocksPage(m_monitor, m_tabs);
        return m_blocksPage;
    case Page::Topology:
        m_topologyPage = new TopologyPage(m_state, m_tabs);
        return m_topologyPage;
    case Page::Usage:
        return new UsagePage(m_monitor, m_tabs);
    case Page::Incidents:
        if (!m_book)
            return nullptr;
        m_incidentsPage = new IncidentsPage(m_book, m_monitor ? m_monitor->clock() : nullptr, m_tabs);
        // "Open runbook": the rule's runbook in the Manual tab, as a run tied to the incident.
        connect(m_incidentsPage, &IncidentsPage::runbookRequested, this, [this](const QString &rule, const QString &uid) {
            if (!m_manualPage)
                return;
            showPage(Page::Manual);
            if (!m_manualPage->openRunbookForRule(rule, uid))
                statusBar()->showMessage(tr("No checklist of the Operations Manual is linked to the rule %1.")
                                             .arg(Rules::title(rule)),
                    10000);
        });
        return m_incidentsPage;
    case Page::Manual:
        m_manualPage = new ManualPage(m_tabs);
        if (m_overviewPage) {
            connect(m_manualPage, &ManualPage::libraryChanged, this,
                [this] { m_overviewPage->setOverdueDeclarations(m_manualPage->overdueDeclarations()); });
        }
        return m_manualPage;
    }
    return nullptr;
}

QWidget *MainWindow::page(Page p) const
{
    return m_tabs->widget(static_cast<int>(p));
}

void MainWindow::showPage(Page p)
{
    m_tabs->setCurrentIndex(static_cast<int>(p));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openConfig
        = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open profile…"), this, &MainWindow::openConfig);
    openConfig->setShortcut(QKeySequence::Open);
    QAction *import = file->addAction(tr("&Import into profile…"), this, &MainWindow::importIntoProfile);
    import->setToolTip(tr("Read a Besu genesis.json, static-nodes.json, RBB nodes.json or a Prometheus configuration "
                          "into the current network, review the changes and save the profile."));
    QAction *openSnapshot = file->addAction(tr("Open &snapshot…"), this, &MainWindow::chooseSnapshotToOpen);
    openSnapshot->setToolTip(tr("Review an exported snapshot offline: every page shows it, read-only."));
    QAction *exportSnapshot = file->addAction(tr("&Export snapshot…"), this, &MainWindow::chooseSnapshotToExport);
    exportSnapshot->setToolTip(tr("Write the last hour of the network's state and its incidents to a file that "
                                  "another institution can review."));
    exportSnapshot->setEnabled(m_monitor != nullptr);
    QAction *report = file->addAction(tr("Committee &report…"), this, &MainWindow::chooseReport);
    report->setObjectName(u"reportAction"_s);
    report->setToolTip(tr("Availability, the validators' OLA, incidents and recurring problems over a period, as PDF or "
                          "Markdown, from what this window shows (live or a snapshot)."));
    report->setEnabled(m_monitor != nullptr);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *kiosk = view->addAction(tr("&Kiosk mode"), this, &MainWindow::showKiosk);
    kiosk->setObjectName(u"kioskAction"_s);
    kiosk->setEnabled(m_monitor != nullptr);
    kiosk->setToolTip(tr("Full screen wall display of this network, read-only; leave it with the profile's exit chord."));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sentinela"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_networkLabel = new QLabel(this);
    m_sourcesLabel = new QLabel(this);
    m_freshnessLabel = new QLabel(this);
    statusBar()->addWidget(m_networkLabel);
    statusBar()->addWidget(m_sourcesLabel, 1);
    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(u"verdict"_s);
    statusBar()->addWidget(m_verdictLabel);
    m_incidentLabel = new QLabel(this);
    m_incidentLabel->setObjectName(u"worstIncident"_s);
    statusBar()->addWidget(m_incidentLabel);
    if (m_book) {
        connect(m_book, &IncidentBook::incidentAdded, this, &MainWindow::updateWorstIncident);
        connect(m_book, &IncidentBook::incidentChanged, this, &MainWindow::updateWorstIncident);
        connect(m_book, &IncidentBook::incidentsReset, this, &MainWindow::updateWorstIncident);
        connect(m_book, &IncidentBook::writeFailed, this, &MainWindow::updateWorstIncident);
        connect(m_book, &IncidentBook::writesRecovered, this, &MainWindow::updateWorstIncident);
    }
    updateWorstIncident();
    statusBar()->addPermanentWidget(m_freshnessLabel);
    m_freshnessTimer = new QTimer(this);
    m_freshnessTimer->setInterval(1000);
    connect(m_freshnessTimer, &QTimer::timeout, this, &MainWindow::updateFreshness);
    m_freshnessTimer->start();
    setSourceHealth({});
    updateFreshness();
    if (m_state) {
        // Health changes come in bursts (one per source per poll): refresh the bar at most four times a second.
        m_healthTimer = new QTimer(this);
        m_healthTimer->setSingleShot(true);
        m_healthTimer->setInterval(250);
        connect(m_healthTimer, &QTimer::timeout, this, [this] { setSourceHealth(m_state->health()); });
        connect(m_state, &NetworkState::healthChanged, m_healthTimer, qOverload<>(&QTimer::start));
    }
}

void MainWindow::setInventory(const Inventory &inventory, const QString &networkName)
{
    leaveSnapshot();
    m_inventory = inventory;
    m_networkName = networkName.isEmpty() ? inventory.activeNetwork : networkName;
    const NetworkConfig *net = network();
    m_networkLabel->setText(
        net ? tr("Network: %1 (chainId %2)").arg(net->displayName).arg(net->chainId) : tr("No network"));
    setWindowTitle(net ? tr("Sentinela — %1").arg(net->displayName) : tr("Sentinela"));
    updateEmptyStates();
    if (m_incidentsPage && net)
        m_incidentsPage->setNetwork(*net);
    if (m_manualPage && net) {
        m_manualPage->setFolder(ChecklistLibrary::folderFor(*net, m_inventory->path), net->checklists.folder.isEmpty());
        // Runs record who ticked each step: the operator named in the last incident action, else the login name.
        QString user = QSettings().value(u"incidents/operator"_s).toString();
        if (user.isEmpty())
            user = qEnvironmentVariable("USER");
        m_manualPage->setIncidentBook(m_book, user, net->incidents.institution);
        if (m_overviewPage)
            m_overviewPage->setOverdueDeclarations(m_manualPage->overdueDeclarations());
    }
    if (m_engine)
        m_engine->stop();
    if (m_monitor) {
        m_monitor->stop();
        if (net) {
            m_monitor->setNetwork(*net);
            m_monitor->start();
        }
    }
    if (m_engine && net) {
        m_engine->setNetwork(*net, m_inventory->path);
        m_engine->start();
    }
    updateVerdict();
}

// The wall on the same Monitor and incident book as this window: another arrangement of the same data.
void MainWindow::showKiosk()
{
    if (!m_monitor)
        return;
    if (!m_kiosk) {
        m_kiosk = new KioskWindow(m_monitor, m_book, m_inventory ? m_inventory->kiosk : KioskConfig::rbbDefaults());
        m_kiosk->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_kiosk, &KioskWindow::exitRequested, m_kiosk, &QWidget::close);
    }
    m_kiosk->showOnWall();
}

KioskWindow *MainWindow::kioskWindow() const
{
    return m_kiosk;
}

void MainWindow::setIncidentEngine(IncidentEngine *engine)
{
    m_engine = engine;
}

const NetworkConfig *MainWindow::network() const
{
    return m_inventory ? m_inventory->network(m_networkName) : nullptr;
}

QList<SourceHealth> MainWindow::prometheusEndpoints() const
{
    const PrometheusFederation *federation = m_monitor ? m_monitor->collector()->prometheus() : nullptr;
    return federation ? federation->endpointHealth() : QList<SourceHealth>();
}

void MainWindow::setSourceHealth(const QMap<QString, SourceHealth> &health)
{
    if (health.isEmpty()) {
        m_sourcesLabel->setText(tr("Sources: none configured"));
        m_sourcesLabel->setToolTip({});
        return;
    }
    struct Group
    {
        int total = 0;
        int ok = 0;
        SourceHealth::State worst = SourceHealth::State::Disabled;
        QString detail;
    };
    // Worst first: Down > Degraded > Ok > Disabled.
    const auto rank = [](SourceHealth::State s) {
        switch (s) {
        case SourceHealth::State::Down:
            return 3;
        case SourceHealth::State::Degraded:
            return 2;
        case SourceHealth::State::Ok:
            return 1;
        case SourceHealth::State::Disabled:
            break;
        }
        return 0;
    };
    QMap<QString, Group> groups;
    QStringList details;
    QDateTime freshest;
    const QList<SourceHealth> endpoints = prometheusEndpoints();
    int standby = 0; // level-2 endpoints the federation has had no reason to query yet
    for (auto it = health.cbegin(); it != health.cend(); ++it) {
        const SourceHealth &h = it.value();
        const QString kind = it.key().section(u':', 0, 0);
        Group &g = groups[kind];
        if (rank(h.state) > rank(g.worst))
            g.worst = h.state;
        if (!h.detail.isEmpty() && g.detail.isEmpty())
            g.detail = h.detail;
        if (h.lastGood.isValid() && (!freshest.isValid() || h.lastGood > freshest))
            freshest = h.lastGood;
        details << u"%1 (%2): %3 %4 %5"_s.arg(h.source, h.stateText(), h.endpoint, h.lastError, h.detail).simplified();
        // The federation reports one overall health; its count is over the configured level-2 endpoints.
        if (kind == u"prometheus"_s && !endpoints.isEmpty()) {
            g.total = int(endpoints.size());
            for (const SourceHealth &e : endpoints) {
                if (e.state == SourceHealth::State::Ok)
                    ++g.ok;
                else if (e.state == SourceHealth::State::Disabled)
                    ++standby;
                details << u"  %1 (%2): %3 %4"_s
                               .arg(e.source,
                                   e.state == SourceHealth::State::Disabled ? tr("standby, not queried yet")
                                                                            : e.stateText(),
                                   e.endpoint, e.lastError)
                               .trimmed();
            }
            continue;
        }
        if (h.state != SourceHealth::State::Disabled)
            ++g.total;
        if (h.state == SourceHealth::State::Ok)
            ++g.ok;
    }
    QStringList parts;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group &g = it.value();
        const QString mark = g.worst == SourceHealth::State::Ok ? u"✔"_s
            : g.worst == SourceHealth::State::Degraded          ? u"▲"_s
            : g.worst == SourceHealth::State::Down              ? u"✖"_s
                                                                : u"–"_s;
        const QString name = it.key() == u"prometheus"_s ? tr("Prometheus")
            : it.key() == u"rpc"_s                       ? tr("JSON-RPC")
            : it.key() == u"ws"_s                        ? tr("WebSocket")
                                                         : it.key();
        const bool federation = it.key() == u"prometheus"_s;
        QString text;
        if (g.total == 0)
            text = tr("%1 %2: disabled").arg(mark, name);
        else if (federation && endpoints.isEmpty()) // no endpoint detail (a bare health map): no count to give
            text = tr("%1 %2: %3").arg(mark, name, health.value(it.key()).stateText());
        else if (federation && standby > 0)
            text = tr("%1 %2: %3 of %4 ok, %5 on standby").arg(mark, name).arg(g.ok).arg(g.total).arg(standby);
        else
            text = tr("%1 %2: %3 of %4 ok").arg(mark, name).arg(g.ok).arg(g.total);
        // Only the first clause ("serving l2-a") fits the bar; the reasons are in the tooltip.
        if (federation && !g.detail.isEmpty())
            text += u" ("_s + g.detail.section(u" ("_s, 0, 0) + u')';
        parts << text;
    }
    m_sourcesLabel->setText(parts.join(u"   "_s));
    m_sourcesLabel->setToolTip(details.join(u'\n'));
    if (freshest.isValid())
        setFreshestData(freshest);
}

void MainWindow::setFreshestData(const QDateTime &time)
{
    m_freshest = time;
    updateFreshness();
}

void MainWindow::updateFreshness()
{
    if (!m_freshest.isValid() && !m_snapshotOpen) {
        m_freshnessLabel->setText(tr("No data yet"));
        return;
    }
    QDateTime freshest = m_freshest;
    const QDateTime now = m_monitor ? m_monitor->clock()->now() : QDateTime::currentDateTimeUtc();
    if (m_snapshotOpen && m_state) {
        // Under review the sources' health is the producer's at capture: the newest figure shown is what counts.
        freshest = {};
        for (const QString &name : m_state->nodeNames()) {
            if (const NodeState *n = m_state->node(name)) {
                for (const QDateTime &at : {n->height.at(), n->up.at()}) {
                    if (at.isValid() && at <= now && (!freshest.isValid() || at > freshest))
                        freshest = at;
                }
            }
        }
        if (!freshest.isValid()) {
            m_freshnessLabel->setText(tr("No data at this moment"));
            return;
        }
    }
    const qint64 seconds = freshest.secsTo(now);
    m_freshnessLabel->setText(tr("Freshest data: %n s ago", nullptr, static_cast<int>(std::max<qint64>(0, seconds))));
}

// The network's verdict (the Overview model's judgeNetwork(), the function `sentinela-cli status` prints): level and
// the worst finding.
void MainWindow::updateVerdict()
{
    if (!m_verdictLabel)
        return;
    if (!m_overviewPage || !network()) {
        m_verdictLabel->clear();
        return;
    }
    const NetworkVerdict &v = m_overviewPage->model()->verdict();
    QString text = healthGlyph(v.level) + u' ' + tr("Network: %1").arg(healthText(v.level));
    if (!v.findings.isEmpty())
        text += u" \u2014 "_s + v.findings.first().text;
    QStringList all;
    for (const Finding &f : v.findings)
        all << healthGlyph(f.level) + u' ' + f.text;
    m_verdictLabel->setText(fontMetrics().elidedText(text, Qt::ElideRight, 380));
    m_verdictLabel->setToolTip(all.join(u'\n'));
}

// The worst open incident (the book orders open incidents most severe first), so it is seen from every page.
void MainWindow::updateWorstIncident()
{
    if (!m_incidentLabel)
        return;
    // A book that cannot write (a full disk) says so before anything else: what is shown is not yet saved.
    if (m_book && m_book->hasUnsavedChanges()) {
        m_incidentLabel->setText(healthGlyph(HealthLevel::Critical) + u' '
            + fontMetrics().elidedText(tr("Incidents not saved, retrying"), Qt::ElideRight, 320));
        m_incidentLabel->setToolTip(m_book->writeError());
        return;
    }
    const QList<Incident> open = m_book ? m_book->openIncidents() : QList<Incident>();
    if (open.isEmpty()) {
        m_incidentLabel->setText(m_book ? tr("No open incident") : QString());
        m_incidentLabel->setToolTip({});
        return;
    }
    const Incident &worst = open.first();
    const QString title = worst.title.isEmpty() ? Rules::title(worst.rule) : worst.title;
    QString text = healthGlyph(healthLevelOf(worst.severity)) + u' '
        + tr("%n open incident(s): %1", nullptr, int(open.size())).arg(title);
    m_incidentLabel->setText(fontMetrics().elidedText(text, Qt::ElideRight, 320));
    QStringList all;
    for (const Incident &i : open)
        all << healthGlyph(healthLevelOf(i.severity)) + u' ' + severityText(i.severity) + u": "_s
                + (i.title.isEmpty() ? Rules::title(i.rule) : i.title);
    m_incidentLabel->setToolTip(all.join(u'\n'));
}

void MainWindow::updateEmptyStates()
{
    const NetworkConfig *net = network();
    QString reason;
    if (!net)
        reason = tr("No profile is loaded: open one with File ▸ Open profile.");
    else if (net->prometheus.isEmpty() && std::none_of(net->nodes.cbegin(), net->nodes.cend(), [](const NodeConfig &n) {
                 return !n.rpcHttp.isEmpty() || !n.rpcWs.isEmpty();
             }))
        reason = tr("The profile of %1 has no Prometheus endpoint and no node JSON-RPC URL yet: add your "
                    "institution's level-2 Prometheus and the nodes you can reach to %2.")
                     .arg(net->displayName, m_inventory->path);
    else
        reason = tr("Waiting for the first replies from the data sources.");
    for (EmptyState *empty : std::as_const(m_emptyStates))
        empty->setReason(reason);
}

void MainWindow::openConfig()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open profile"),
        settings.value(u"lastConfig"_s).toString(), tr("Sentinela profiles (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        emit configOpenRequested(path);
}

void MainWindow::importIntoProfile()
{
    if (!m_inventory || !network()) {
        QMessageBox::information(
            this, tr("Import"), tr("Open a profile first: the import adds to one of its networks."));
        return;
    }
    QSettings settings;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import into profile"), settings.value(u"lastImportDir"_s).toString(),
            tr("Network descriptions (*.json *.yml *.yaml *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"lastImportDir"_s, QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"), tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray content = file.read(16 * 1024 * 1024);
    const auto kind = InventoryImporter::detect(content);
    if (!kind) {
        QMessageBox::warning(this, tr("Import"),
            tr("%1 is not a Besu genesis, a static-nodes list, an RBB nodes.json or a Prometheus "
               "configuration.")
                .arg(path));
        return;
    }
    ImportDialog dialog(*network(), InventoryImporter::importFile(*kind, path), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Save profile"),
        m_inventory->path.startsWith(u':') ? QString() : m_inventory->path, tr("Sentinela profiles (*.yaml *.yml)"));
    if (target.isEmpty())
        return;
    Inventory updated = *m_inventory;
    for (NetworkConfig &net : updated.networks) {
        if (net.name == m_networkName)
            net = dialog.merged();
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(InventoryLoader::toYaml(updated)) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Save profile"), tr("Cannot write %1: %2").arg(target, out.errorString()));
        return;
    }
    emit configOpenRequested(target);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/page"_s, m_tabs->currentIndex());
    if (m_kiosk) {
        m_kiosk->allowClose();
        m_kiosk->close();
    }
    event->accept();
}

// ---- Snapshots --------------------------------------------------------------------------------------------------

namespace {

QString snapshotFilter()
{
    return MainWindow::tr("Sentinela snapshots (*.%1);;All files (*)").arg(QLatin1StringView(snapshot::FileSuffix));
}

} // namespace

void MainWindow::chooseSnapshotToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open snapshot"), QString(), snapshotFilter());
    if (!path.isEmpty())
        openSnapshot(path);
}

void MainWindow::chooseSnapshotToExport()
{
    const NetworkConfig *net = network();
    const QString name = u"%1-%2.%3"_s.arg(net ? net->name : u"network"_s,
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmm"_s), QLatin1StringView(snapshot::FileSuffix));
    QSettings settings;
    ExportSnapshotDialog dialog(m_book ? m_book->incidents() : QList<Incident> {}, name, this);
    dialog.setKeyFile(settings.value(u"snapshots/signingKey"_s).toString());
    // An incident selected on the Incidents page is the likely subject.
    if (m_incidentsPage && m_tabs->currentWidget() == page(Page::Incidents))
        dialog.selectIncident(m_incidentsPage->detail()->incident());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(u"snapshots/signingKey"_s, dialog.keyFile());
    exportSnapshot(dialog.filePath(), dialog.options(), dialog.keyFile());
}

void MainWindow::exportSnapshot(const QString &path, const SnapshotOptions &options, const QString &keyFile)
{
    if (!m_monitor)
        return;
    QString error;
    // The copy is taken here (plain values, fast); reading the key, serialising and compressing run on the pool.
    const auto captured = SnapshotWriter::capture(*m_monitor, m_book, options, &error);
    if (!captured) {
        emit snapshotExported(false, error);
        QMessageBox::warning(this, tr("Snapshot not exported"), error);
        return;
    }
    statusBar()->showMessage(tr("Exporting the snapshot to %1…").arg(path));
    runInWorker<QString>(
        this,
        [snapshot = *captured, path, keyFile]() -> QString {
            QByteArray key;
            if (!keyFile.isEmpty()) {
                QFile file(keyFile);
                if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
                    return tr("cannot read the signing key %1: %2").arg(keyFile, file.errorString());
                key = file.readAll();
            }
            QString why;
            const QByteArray bytes = SnapshotWriter::encode(snapshot, key, &why);
            if (bytes.isEmpty() || !SnapshotWriter::writeFile(path, bytes, &why))
                return why.isEmpty() ? tr("unknown error") : why;
            return {};
        },
        [this, path, signed_ = !keyFile.isEmpty()](QString why) {
            if (why.isEmpty()) {
                const QString message = signed_ ? tr("Signed snapshot exported to %1").arg(path)
                                                : tr("Snapshot exported to %1").arg(path);
                statusBar()->showMessage(message, 10000);
                emit snapshotExported(true, message);
            } else {
                statusBar()->clearMessage();
                emit snapshotExported(false, why);
                QMessageBox::warning(this, tr("Snapshot not exported"), why);
            }
        });
}

void MainWindow::chooseReport()
{
    if (!m_state)
        return;
    QDateTime heldFrom;
    QDateTime heldTo;
    if (const auto lo = m_state->lowestBlock(), hi = m_state->highestBlock(); lo && hi) {
        heldFrom = QDateTime::fromSecsSinceEpoch(qint64(m_state->block(*lo)->header.timestamp), Qt::UTC);
        heldTo = QDateTime::fromSecsSinceEpoch(qint64(m_state->block(*hi)->header.timestamp) + 1, Qt::UTC);
    }
    const NetworkConfig *net = network();
    const QString name = tr("report-%1-%2.pdf").arg(net ? net->name : u"network"_s,
        QDateTime::currentDateTime().toString(u"yyyyMMdd"_s));
    ReportDialog dialog(heldFrom, heldTo, name, this);
    if (dialog.exec() == QDialog::Accepted)
        writeReport(dialog.filePath(), dialog.from(), dialog.to());
}

void MainWindow::writeReport(const QString &path, const QDateTime &from, const QDateTime &to)
{
    if (!m_monitor)
        return;
    // Everything from the start of the period to now, captured here (plain values); figures and rendering run on
    // the pool.
    SnapshotOptions options;
    options.windowSeconds = qMax<qint64>(0, from.secsTo(m_monitor->clock()->now()));
    if (m_snapshotOpen)
        options.producer = m_snapshotProducer;
    QString error;
    auto captured = SnapshotWriter::capture(*m_monitor, m_book, options, &error);
    // An open snapshot's data is as its producer captured it, whatever moment the cursor shows.
    if (captured && m_snapshotOpen && m_snapshotCapturedAt.isValid())
        captured->header.createdAt = m_snapshotCapturedAt;
    if (!captured) {
        emit reportWritten(false, error);
        QMessageBox::warning(this, tr("Report not written"), error);
        return;
    }
    const QString origin = m_snapshotOpen ? m_snapshotOrigin : tr("the live state held by this Sentinela");
    statusBar()->showMessage(tr("Writing the report %1…").arg(path));
    runInWorker<QString>(
        this,
        [data = *captured, path, from, to, origin]() -> QString {
            CommitteeReport report = CommitteeReportBuilder::build(data, from, to);
            report.origin = origin;
            QString why;
            if (!ReportWriter::write(report, path, &why))
                return why.isEmpty() ? tr("unknown error") : why;
            return {};
        },
        [this, path](QString why) {
            if (why.isEmpty()) {
                const QString message = tr("Report written to %1").arg(path);
                statusBar()->showMessage(message, 10000);
                emit reportWritten(true, message);
            } else {
                statusBar()->clearMessage();
                emit reportWritten(false, why);
                QMessageBox::warning(this, tr("Report not written"), why);
            }
        });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_monitor && urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_monitor || urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    // Any file is read as a snapshot: one that is not says so (no SNTLSNAP signature), as File → Open does.
    openSnapshot(urls.constFirst().toLocalFile());
}

void MainWindow::openSnapshot(const QString &path)
{
    const QList<TrustedSnapshotKey> trusted = m_inventory ? m_inventory->snapshots.trustedKeys : QList<TrustedSnapshotKey> {};
    statusBar()->showMessage(tr("Reading the snapshot %1…").arg(path));
    SnapshotReader::readFileAsync(this, path, trusted, [this, path](SnapshotReadResult result) {
        statusBar()->clearMessage();
        if (!result.ok) {
            emit snapshotOpened(false, result.error);
            QMessageBox::critical(this, tr("Snapshot not opened"), result.error);
            return;
        }
        if (m_engine)
            m_engine->stop(); // no rule runs on a snapshot, nothing is written to the NOC's book
        SnapshotReader::apply(result.data, m_monitor, m_book);
        m_timeCursor->setReplay(nullptr);
        delete m_replay;
        m_replay = new SnapshotReplay(result.data, m_monitor, m_book, this);
        m_timeCursor->setReplay(m_replay);
        m_timeCursor->show();
        connect(m_replay, &SnapshotReplay::timeChanged, this, [this] {
            updateFreshness();
            updateVerdict();
        });
        if (m_incidentsPage) {
            m_incidentsPage->setNetwork(result.data.network);
            m_incidentsPage->setReadOnly(true);
        }
        // Reviewing a snapshot edits nothing: the Operations Manual is shown, not changed.
        if (m_manualPage)
            m_manualPage->setReadOnly(true);
        m_snapshotOpen = true;
        m_snapshotOrigin = tr("snapshot %1 (%2)").arg(QFileInfo(path).fileName(), result.trustText);
        m_snapshotProducer = result.data.header.producer;
        m_snapshotCapturedAt = result.data.header.createdAt;
        const QString text = SnapshotReader::describe(result) + u" — "_s + tr("read-only, no live data");
        m_snapshotBanner->setText(text);
        // Unknown (neutral) when the producer's signature is trusted; a warning tint when it is not or is absent.
        const HealthLevel level = result.trust == SnapshotTrust::Trusted ? HealthLevel::Unknown : HealthLevel::Warning;
        QPalette palette = m_snapshotBanner->palette();
        palette.setColor(QPalette::Window, StatusStyle::background(level));
        m_snapshotBanner->setPalette(palette);
        m_timeCursor->setPalette(palette);
        m_snapshotBanner->show();
        const SnapshotHeader &h = result.data.header;
        m_networkLabel->setText(tr("Snapshot: %1 (chainId %2)").arg(h.networkDisplayName).arg(result.data.network.chainId));
        setWindowTitle(tr("Sentinela — snapshot of %1").arg(h.networkDisplayName));
        updateEmptyStates();
        updateVerdict();
        emit snapshotOpened(true, text);
    });
}

void MainWindow::leaveSnapshot()
{
    if (!m_snapshotOpen)
        return;
    m_snapshotOpen = false;
    m_snapshotBanner->hide();
    m_timeCursor->setReplay(nullptr);
    m_timeCursor->hide();
    delete m_replay;
    m_replay = nullptr;
    if (m_book)
        m_book->setReadOnly(false);
    if (m_incidentsPage)
        m_incidentsPage->setReadOnly(false);
    if (m_manualPage)
        m_manualPage->setReadOnly(false);
}
