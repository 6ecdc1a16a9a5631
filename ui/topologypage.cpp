#include "topologypage.h"

#include "emptystate.h"
#include "federationhealthwidget.h"
#include "itemmodels/topologynodemodel.h"
#include "state/networkstate.h"
#include "topologyview.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TopologyPage::TopologyPage(NetworkState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("Peer topology"),
          tr("Which node is connected to which, from every reachable node's admin_peers: "
             "missing static links, partitions, nodes with few peers and validators that do not "
             "reach a quorum of validators directly."),
          this))
    , m_view(new TopologyView(this))
    , m_model(new TopologyNodeModel(this))
    , m_federation(new FederationHealthWidget(state ? state->clock() : nullptr, this))
    , m_search(new QLineEdit(this))
    , m_minPeersBox(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_debounce(new QTimer(this))
{
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Find a node\u2026"));
    m_search->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_model, this);
    completer->setCompletionColumn(TopologyNodeModel::Name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    bar->addWidget(m_search, 1);
    auto *minLabel = new QLabel(tr("Minimum peers:"), this);
    m_minPeersBox->setRange(0, 100);
    m_minPeersBox->setValue(m_minPeers);
    minLabel->setBuddy(m_minPeersBox);
    bar->addWidget(minLabel);
    bar->addWidget(m_minPeersBox);
    auto *zoomIn = new QPushButton(tr("Zoom in"), this);
    auto *zoomOut = new QPushButton(tr("Zoom out"), this);
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    contentLayout->addLayout(bar);
    m_summary->setWordWrap(true);
    contentLayout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Horizontal, content);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new TopologyLegend(left));
    leftLayout->addWidget(m_view, 1);
    split->addWidget(left);
    m_details->setPlaceholderText(tr("Click a node to see its details."));
    m_details->setMinimumWidth(220);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    contentLayout->addWidget(split, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->addWidget(m_stack);
    outer->addWidget(m_federation);
    outer->setStretchFactor(0, 4);
    outer->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outer);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &TopologyPage::refresh);
    connect(m_view, &TopologyView::nodeSelected, this, &TopologyPage::showDetails);
    connect(m_search, &QLineEdit::returnPressed, this, &TopologyPage::search);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &TopologyPage::search);
    connect(m_minPeersBox, &QSpinBox::valueChanged, this, &TopologyPage::setMinPeers);
    connect(zoomIn, &QPushButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showDetails(m_view->selectedNode()); });

    if (m_state) {
        connect(m_state, &NetworkState::configured, this, [this] {
            m_federation->configure(m_state->network(), m_state);
            refresh();
        });
        connect(m_state, &NetworkState::peersChanged, this, &TopologyPage::scheduleRefresh);
        connect(m_state, &NetworkState::nodeChanged, this, &TopologyPage::scheduleRefresh);
        m_federation->configure(m_state->network(), m_state);
    }
    refresh();
}

void TopologyPage::setMinPeers(int minPeers)
{
    if (minPeers == m_minPeers)
        return;
    m_minPeers = minPeers;
    m_minPeersBox->setValue(minPeers);
    refresh();
}

void TopologyPage::scheduleRefresh()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void TopologyPage::refresh()
{
    m_debounce->stop();
    if (!m_state || m_state->nodeNames().isEmpty()) {
        m_empty->setReason(tr("No network is configured: the profile lists no nodes."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const analysis::TopologyGraph graph
        = analysis::buildTopology(analysis::TopologyInput::fromState(*m_state, m_minPeers));
    if (graph.reportingCount == 0) {
        QStringList adminOff;
        for (const QString &name : m_state->nodeNames())
            if (const NodeState *n = m_state->node(name); n && n->disabledNamespaces.contains(u"admin"_s))
                adminOff.append(name);
        QString reason = m_state->isReplaying()
            ? tr("No peer list is known at this moment: the snapshot holds each node's admin_peers only as last "
                 "observed before the capture. Move the time cursor closer to the capture time to see the topology.")
            : tr("No node has answered admin_peers yet: at least one node's JSON-RPC must be reachable "
                 "with the ADMIN namespace enabled.");
        if (!adminOff.isEmpty())
            reason += u' ' + tr("ADMIN is disabled on: %1.").arg(adminOff.join(u", "_s));
        m_empty->setReason(reason);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_model->setGraph(graph);
    m_view->setGraph(graph);
    m_stack->setCurrentIndex(1);

    QStringList summary;
    summary << tr("%1 of %2 nodes report their peers.").arg(graph.reportingCount).arg(m_state->nodeNames().size());
    if (graph.isPartitioned())
        summary << tr("\u2702 The network is split into %n partition(s).", nullptr, int(graph.components.size()));
    if (const int missing = graph.missingCount())
        summary << tr("%n expected link(s) missing.", nullptr, missing);
    int quorum = 0;
    int fewPeers = 0;
    for (const analysis::TopologyNode &n : graph.nodes) {
        quorum += n.belowValidatorQuorum ? 1 : 0;
        fewPeers += n.belowPeerThreshold ? 1 : 0;
    }
    if (quorum)
        summary << tr("\u26A0 %n validator(s) not directly linked to a quorum (%1 of %2).", nullptr, quorum)
                       .arg(graph.validatorQuorum)
                       .arg(graph.validatorCount);
    if (fewPeers)
        summary << tr("\u26A0 %n node(s) with fewer than %1 peers.", nullptr, fewPeers).arg(graph.minPeers);
    m_summary->setText(summary.join(u"  "_s));
}

bool TopologyPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString TopologyPage::emptyReason() const
{
    return m_empty->reason();
}

QString TopologyPage::details() const
{
    return m_details->toPlainText();
}

void TopologyPage::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const analysis::TopologyGraph &g = m_model->graph();
    QString found;
    for (const analysis::TopologyNode &n : g.nodes) {
        if (n.id.compare(text, Qt::CaseInsensitive) == 0 || n.label.compare(text, Qt::CaseInsensitive) == 0) {
            found = n.id;
            break;
        }
        if (found.isEmpty() && n.label.contains(text, Qt::CaseInsensitive))
            found = n.id;
    }
    if (found.isEmpty() || !m_view->focusNode(found))
        m_summary->setText(tr("No node matches \u201C%1\u201D.").arg(text));
}

void TopologyPage::showDetails(const QString &id)
{
    const analysis::TopologyGraph &g = m_model->graph();
    const int i = g.indexOf(id);
    if (i < 0) {
        m_details->clear();
        return;
    }
    const analysis::TopologyNode &n = g.nodes.at(i);
    QStringList peers;
    for (const analysis::TopologyEdge &e : g.edges) {
        if (e.state != analysis::TopologyEdge::State::Present || (e.a != i && e.b != i))
            continue;
        const int other = e.a == i ? e.b : e.a;
        const bool opened = (e.a == i && e.direction == analysis::TopologyEdge::Direction::FromA)
            || (e.b == i && e.direction == analysis::TopologyEdge::Direction::FromB);
        const bool accepted = (e.a == i && e.direction == analysis::TopologyEdge::Direction::FromB)
            || (e.b == i && e.direction == analysis::TopologyEdge::Direction::FromA);
        const QString dir = opened                                   ? tr("outbound")
            : accepted                                               ? tr("inbound")
            : e.direction == analysis::TopologyEdge::Direction::Both ? tr("both ways")
                                                                     : tr("direction unknown");
        peers << u"<li>%1 (%2)</li>"_s.arg(g.nodes.at(other).label.toHtmlEscaped(), dir);
    }
    QString html = u"<h3>%1</h3>"_s.arg(n.label.toHtmlEscaped());
    html += u"<p><b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6</p>"_s.arg(tr("Type:"),
        TopologyNodeModel::kindDisplayName(n.kind), tr("Institution:"),
        n.institution.isEmpty() ? tr("\u2014") : n.institution.toHtmlEscaped(), tr("Peers:"),
        n.peerCount >= 0 ? QString::number(n.peerCount) : tr("unknown"));
    if (!n.attachedTo.isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("Anonymous peers of %1.").arg(n.attachedTo.toHtmlEscaped()));
    if (!n.publicKey.isEmpty())
        html += u"<p><b>%1</b><br><code style='font-size:small'>%2</code></p>"_s.arg(
            tr("Enode public key:"), n.publicKey);
    const QStringList findings = TopologyNodeModel::findings(g, n);
    if (!findings.isEmpty()) {
        QString items;
        for (const QString &f : findings)
            items += u"<li>%1</li>"_s.arg(f.toHtmlEscaped());
        html += u"<p><b>%1</b></p><ul>%2</ul>"_s.arg(tr("\u26A0 Findings:"), items);
    }
    if (!n.missingLinks.isEmpty())
        html += u"<p><b>%1</b></p><ul><li>%2</li></ul>"_s.arg(
            tr("Missing expected links:"), n.missingLinks.join(u"</li><li>"_s));
    html += u"<p><b>%1</b></p><ul>%2</ul>"_s.arg(tr("Connected to (%1):").arg(peers.size()), peers.join(QString()));
    m_details->setHtml(html);
}
