#include "incidentengine.h"

#include "core/clock.h"
#include "core/logging.h"
#include "incidents/incidentbook.h"
#include "incidents/rules.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace {
struct EngineText
{
    Q_DECLARE_TR_FUNCTIONS(IncidentEngine)
};
} // namespace

IncidentEngine::IncidentEngine(Monitor *monitor, IncidentBook *book, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_book(book)
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { evaluate(); });
    // Changes come in bursts (every node answers its poll within a few milliseconds): one pass after the burst.
    m_soon->setSingleShot(true);
    m_soon->setInterval(100);
    connect(m_soon, &QTimer::timeout, this, [this] {
        if (m_timer->isActive()) {
            evaluate();
            m_timer->start(); // the next tick a whole interval after this pass
        }
    });
    if (monitor && monitor->state()) {
        const auto soon = [this] {
            if (m_timer->isActive() && !m_soon->isActive())
                m_soon->start();
        };
        connect(monitor->state(), &NetworkState::nodeChanged, this, soon);
        connect(monitor->state(), &NetworkState::blocksAdded, this, soon);
    }
    if (book) {
        // A reload (another process, or the file opened) may bring open incidents the tracker does not hold.
        connect(book, &IncidentBook::incidentsReset, this, [this] { m_adopted = false; });
        connect(book, &IncidentBook::opened, this, [this] { m_adopted = false; });
    }
}

IncidentEngine::~IncidentEngine() = default;

QString IncidentEngine::databasePath(const NetworkConfig &network, const QString &profilePath)
{
    if (!network.incidents.database.isEmpty()) {
        const QString configured = QDir::fromNativeSeparators(network.incidents.database);
        if (QDir::isAbsolutePath(configured) || profilePath.isEmpty() || profilePath.startsWith(u':'))
            return configured;
        return QFileInfo(profilePath).absoluteDir().filePath(configured);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString name = network.name;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QDir(dir).filePath(u"incidents-%1.sqlite"_s.arg(name.isEmpty() ? u"network"_s : name));
}

void IncidentEngine::setNetwork(const NetworkConfig &network, const QString &profilePath, bool openBook)
{
    m_network = network;
    m_tracker.setNetwork(network);
    m_tracker.reset();
    m_adopted = false;
    m_lastDetections.clear();
    m_sla.reset();
    m_slaAt = {};
    if (openBook && m_book) {
        const QString path = databasePath(network, profilePath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_book->open(path);
    }
}

void IncidentEngine::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void IncidentEngine::stop()
{
    m_timer->stop();
    m_soon->stop();
}

bool IncidentEngine::isRunning() const
{
    return m_timer->isActive();
}

void IncidentEngine::adoptOpenIncidents()
{
    if (!m_book || !m_monitor)
        return;
    QStringList keys;
    for (const Incident &incident : m_book->openIncidents()) {
        if (!incident.key.isEmpty())
            keys << incident.key;
    }
    m_tracker.restoreRaised(keys, m_monitor->clock()->now());
    m_adopted = true;
}

QList<RuleChange> IncidentEngine::evaluate()
{
    if (!m_monitor || !m_monitor->state())
        return {};
    if (!m_adopted && m_book && m_book->isOpen())
        adoptOpenIncidents();
    const QDateTime now = m_monitor->clock()->now();
    RuleInput in = ruleInput(*m_monitor->state(), now, false);
    if (!m_slaAt.isValid() || m_slaAt.secsTo(now) >= 60 || m_slaAt > now) {
        m_sla = monthSlaOfHeldBlocks(*m_monitor->state(), now);
        m_slaAt = now;
    }
    in.sla = m_sla;
    m_lastDetections = evaluateRules(in);
    const QList<RuleChange> changes = m_tracker.update(m_lastDetections, now);
    if (m_book && !m_book->isReadOnly()) {
        for (const RuleChange &change : changes) {
            const Incident *open = m_book->openByKey(change.key);
            switch (change.kind) {
            case RuleChange::Kind::Raise:
                if (open) {
                    m_book->observe(open->uid, change.detection, now);
                } else {
                    // The incident starts when the condition started to hold, not when the hysteresis let it through.
                    const QString uid = m_book->raise(change.detection, change.since.isValid() ? change.since : now);
                    Logging::logger().warn("incident raised: {} ({})", change.detection.title.toStdString(),
                        change.key.toStdString());
                    emit incidentRaised(uid);
                }
                break;
            case RuleChange::Kind::Update:
                // The book writes a still-holding incident's last-seen time only now and then; significant changes
                // (severity, title, nodes) go to its timeline.
                if (open)
                    m_book->observe(open->uid, change.detection, now);
                break;
            case RuleChange::Kind::Clear:
                if (open) {
                    const QString uid = open->uid;
                    m_book->resolve(uid, QString(), now,
                        EngineText::tr("The condition cleared: %1").arg(Rules::title(change.detection.rule)));
                    Logging::logger().info("incident resolved: {}", change.key.toStdString());
                    emit incidentCleared(uid);
                }
                break;
            }
        }
    }
    emit evaluated();
    return changes;
}
