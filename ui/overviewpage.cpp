#include "overviewpage.h"

#include "analysis/validatoranalysis.h"
#include "emptystate.h"
#include "itemmodels/overviewmodel.h"
#include "common/statusstyle.h"
#include "core/format.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentsla.h"
#include "itemmodels/incidenttablemodel.h"
#include "state/networkstate.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// One big tile: a title, the level's icon and name, a large value and a detail line. The value font scales with
// the tile's height so it stays readable on a wall display.
class OverviewTile : public QFrame
{
public:
    OverviewTile(const QString &title, QWidget *parent)
        : QFrame(parent)
        , m_title(new QLabel(title, this))
        , m_icon(new QLabel(this))
        , m_level(new QLabel(this))
        , m_value(new QLabel(this))
        , m_detail(new QLabel(this))
    {
        setObjectName(u"overviewTile"_s);
        setFrameShape(QFrame::StyledPanel);
        setMinimumSize(260, 170);
        QFont titleFont = m_title->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
        titleFont.setBold(true);
        m_title->setFont(titleFont);
        QFont levelFont = m_level->font();
        levelFont.setPointSizeF(levelFont.pointSizeF() * 1.35);
        levelFont.setBold(true);
        m_level->setFont(levelFont);
        m_value->setWordWrap(true);
        m_value->setTextFormat(Qt::AutoText);
        m_detail->setWordWrap(true);
        QFont detailFont = m_detail->font();
        detailFont.setPointSizeF(detailFont.pointSizeF() * 1.25);
        m_detail->setFont(detailFont);
        auto *layout = new QVBoxLayout(this);
        auto *head = new QHBoxLayout;
        head->addWidget(m_title, 1);
        head->addWidget(m_icon);
        head->addWidget(m_level);
        layout->addLayout(head);
        layout->addWidget(m_value, 1);
        layout->addWidget(m_detail);
        setValueScale(3.2);
    }

    void setValueScale(double scale)
    {
        QFont valueFont = font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * scale);
        valueFont.setBold(true);
        m_value->setFont(valueFont);
    }

    void set(HealthLevel level, const QString &value, const QString &detail, bool showLevel = true)
    {
        const QColor c = StatusStyle::color(level);
        m_icon->setPixmap(showLevel ? StatusStyle::pixmap(level, m_level->fontMetrics().height() + 4) : QPixmap());
        m_level->setText(showLevel ? healthText(level) : QString());
        const QString levelSheet = u"color: %1;"_s.arg(c.darker(120).name());
        if (m_level->styleSheet() != levelSheet)
            m_level->setStyleSheet(levelSheet);
        m_value->setText(value);
        m_detail->setText(detail);
        // A tinted background and a thick coloured left edge; the icon and the level's name say the same in shape
        // and text.
        // The application's palette, not the tile's: the style sheet below changes the tile's own.
        const QPalette app;
        const QColor base = app.color(QPalette::Base);
        QColor tint = showLevel ? blend(base, c, 0.16) : base;
        const QString edge = showLevel ? c.name() : app.color(QPalette::Mid).name();
        const QString sheet
            = u"QFrame#overviewTile { background: %1; border: 1px solid %2; border-left: 10px solid %3; "
              "border-radius: 4px; }"_s.arg(tint.name(), app.color(QPalette::Mid).name(), edge);
        if (styleSheet() != sheet) // re-polishing every second would cost for nothing
            setStyleSheet(sheet);
        setAccessibleName(m_title->text());
        setAccessibleDescription(text());
    }

    QString text() const
    {
        return QStringList {m_title->text(), m_level->text(), m_value->text(), m_detail->text()}.join(u'\n');
    }

private:
    static QColor blend(const QColor &base, const QColor &tint, double a)
    {
        return QColor::fromRgbF(float(base.redF() * (1 - a) + tint.redF() * a),
            float(base.greenF() * (1 - a) + tint.greenF() * a), float(base.blueF() * (1 - a) + tint.blueF() * a));
    }

    QLabel *m_title;
    QLabel *m_icon;
    QLabel *m_level;
    QLabel *m_value;
    QLabel *m_detail;
};

OverviewPage::OverviewPage(NetworkState *state, QWidget *parent)
    : QWidget(parent)
    , m_model(new OverviewModel(state, this))
    , m_stack(new QStackedLayout(this))
    , m_empty(new EmptyState(tr("Network overview"),
          tr("Chain height, time since the last block, the current block interval against the "
             "target, how many validators are signing against the quorum, nodes up by type and "
             "institution, open incidents and how fresh the data is."),
          this))
    , m_content(new QWidget(this))
    , m_height(new OverviewTile(tr("Chain height"), m_content))
    , m_lastBlock(new OverviewTile(tr("Time since the last block"), m_content))
    , m_interval(new OverviewTile(tr("Block interval"), m_content))
    , m_signing(new OverviewTile(tr("Validators signing"), m_content))
    , m_nodesByType(new OverviewTile(tr("Nodes up"), m_content))
    , m_nodesByInstitution(new OverviewTile(tr("Nodes up by institution"), m_content))
    , m_freshness(new OverviewTile(tr("Data freshness"), m_content))
    , m_incidents(new OverviewTile(tr("Open incidents"), m_content))
    , m_ticker(new QTimer(this))
{
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *grid = new QGridLayout(m_content);
    grid->setSpacing(12);
    grid->addWidget(m_height, 0, 0);
    grid->addWidget(m_lastBlock, 0, 1);
    grid->addWidget(m_interval, 0, 2);
    grid->addWidget(m_signing, 1, 0);
    grid->addWidget(m_nodesByType, 1, 1);
    grid->addWidget(m_freshness, 1, 2);
    grid->addWidget(m_nodesByInstitution, 2, 0, 1, 2);
    grid->addWidget(m_incidents, 2, 2);
    m_nodesByInstitution->setValueScale(1.6);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    connect(m_model, &OverviewModel::changed, this, &OverviewPage::update);
    // "Time since the last block" and freshness move with the clock.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, m_model, &OverviewModel::refresh);
    m_ticker->start();
    update();
}

OverviewPage::~OverviewPage() = default;

bool OverviewPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString OverviewPage::emptyReason() const
{
    return m_empty->reason();
}

QStringList OverviewPage::tileTexts() const
{
    QStringList out;
    for (const OverviewTile *t :
        {m_height, m_lastBlock, m_interval, m_signing, m_nodesByType, m_freshness, m_nodesByInstitution, m_incidents})
        out.append(t->text());
    return out;
}

void OverviewPage::update()
{
    const OverviewModel &m = *m_model;
    m_empty->setReason(m.emptyReason());
    m_stack->setCurrentWidget(m.hasData() ? m_content : static_cast<QWidget *>(m_empty));
    const QLocale locale;
    const auto seconds = [&locale](double s) { return tr("%1 s").arg(locale.toString(s, 'f', s < 10 ? 1 : 0)); };
    // Height.
    m_height->set(m.chainHeight() >= 0 ? HealthLevel::Ok : HealthLevel::Unknown,
        m.chainHeight() >= 0 ? locale.toString(m.chainHeight()) : tr("unknown"),
        tr("highest block a node reports with fresh data"), false);

    // Time since the last block: the verdict rests on how long the chain had certainly gone without a block when
    // its head was last seen, through the path named.
    const HealthLevel ageLevel = HealthLevel(m.lastBlockLevel());
    QString ageDetail = m.lastBlockText();
    const HealthThresholds limits = m.thresholds();
    ageDetail += u'\n'
        + tr("target period %1; halted past %2").arg(seconds(m.targetPeriodSeconds()), seconds(limits.blockAgeCriticalSeconds));
    m_lastBlock->set(
        ageLevel, m.lastBlockAgeMs() >= 0 ? formatDuration(m.lastBlockAgeMs()) : tr("no block yet"), ageDetail);

    // Interval.
    m_interval->set(HealthLevel(m.intervalLevel()),
        m.lastIntervalSeconds() >= 0 ? seconds(m.lastIntervalSeconds()) : tr("unknown"),
        m.averageIntervalSeconds() >= 0
            ? tr("average of the last %1 blocks %2; target %3")
                  .arg(OverviewModel::IntervalSamples)
                  .arg(seconds(m.averageIntervalSeconds()), seconds(m.targetPeriodSeconds()))
            : tr("target %1").arg(seconds(m.targetPeriodSeconds())));

    // Sealing: validators seen sealing in the signing window (a block carries only a quorum of seals).
    const SigningSummary &signing = m.signing();
    if (signing.validators > 0) {
        const QString margin
            = signing.margin >= 0 ? u"+"_s + QString::number(signing.margin) : QString::number(signing.margin);
        QString detail = tr("quorum %1, fault-tolerance margin %2; last %n block(s)", nullptr, signing.blocks)
                             .arg(signing.quorum)
                             .arg(margin);
        if (signing.margin == 0)
            detail += u'\n' + tr("one more validator lost stops the network");
        else if (signing.margin < 0)
            detail += u'\n' + tr("fewer validators than the quorum: the network cannot produce blocks");
        m_signing->set(HealthLevel(m.signingLevel()), tr("%1 of %2").arg(signing.active).arg(signing.validators), detail);
    } else {
        m_signing->set(HealthLevel::Unknown, tr("unknown"), tr("waiting for analysed blocks"));
    }

    // Nodes.
    const auto groupLines = [](const QList<OverviewModel::NodeGroup> &groups) {
        QStringList lines;
        for (const OverviewModel::NodeGroup &g : groups) {
            QString line = healthGlyph(g.level) + u' ' + tr("%1: %2 of %3 up").arg(g.name).arg(g.up).arg(g.total);
            if (g.down > 0)
                line += tr(", %n down", nullptr, g.down);
            lines.append(line);
        }
        return lines;
    };
    m_nodesByType->set(HealthLevel(m.nodesLevel()), tr("%1 of %2").arg(m.nodesUp()).arg(m.nodesTotal()),
        groupLines(m.nodesByType()).join(u'\n'));
    const QStringList institutionLines = groupLines(m.nodesByInstitution());
    // Two columns of institutions keep the tile short on a wall display.
    const qsizetype half = (institutionLines.size() + 1) / 2;
    QString institutions = u"<table width='100%' cellspacing='4'>"_s;
    for (qsizetype i = 0; i < half; ++i) {
        institutions += u"<tr><td>"_s + institutionLines[i].toHtmlEscaped() + u"</td><td>"_s;
        if (i + half < institutionLines.size())
            institutions += institutionLines[i + half].toHtmlEscaped();
        institutions += u"</td></tr>"_s;
    }
    institutions += u"</table>"_s;
    m_nodesByInstitution->set(HealthLevel(m.nodesLevel()), institutions, QString());

    // Freshness.
    m_freshness->set(HealthLevel(m.freshnessLevel()),
        m.freshnessMs() >= 0 ? tr("%1 ago").arg(formatDuration(m.freshnessMs())) : tr("no data"),
        tr("newest figure from any node or Prometheus; older than %1 counts as unknown")
            .arg(seconds(m.staleAfterSeconds())));

    updateIncidents();
}

void OverviewPage::setIncidentBook(IncidentBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book) {
        connect(book, &IncidentBook::incidentAdded, this, &OverviewPage::updateIncidents);
        connect(book, &IncidentBook::incidentChanged, this, &OverviewPage::updateIncidents);
        connect(book, &IncidentBook::incidentsReset, this, &OverviewPage::updateIncidents);
    }
    updateIncidents();
}

// The open incidents, the most severe first, with the answer countdown of critical ones (the 3 a.m. question: how
// long do we have?).
void OverviewPage::updateIncidents()
{
    if (!m_book) {
        m_incidents->set(HealthLevel::Unknown, tr("not recorded"),
            tr("No incident database is open; the findings above come from the same checks."), false);
        return;
    }
    const QList<Incident> open = m_book->openIncidents();
    HealthLevel level = HealthLevel::Ok;
    QStringList lines;
    const QDateTime now = m_model->now();
    const NetworkConfig &network = m_model->network();
    for (const Incident &incident : open) {
        level = worstLevel(level, healthLevelOf(incident.severity));
        if (lines.size() == 3)
            continue;
        QString line = healthGlyph(healthLevelOf(incident.severity)) + u' '
            + (incident.title.isEmpty() ? Rules::title(incident.rule) : incident.title);
        if (isCritical(incident.severity) && !incident.acknowledgedAt.isValid()) {
            const IncidentSla sla = incidentSla(incident, network, now);
            line += u" — "_s + tr("answer: %1")
                                 .arg(IncidentTableModel::deadlineText(sla.answerRemainingSeconds, false,
                                     sla.answerBreached));
        }
        lines << line;
    }
    if (open.size() > lines.size())
        lines << tr("and %n more on the Incidents page", nullptr, int(open.size() - lines.size()));
    if (open.isEmpty())
        lines << tr("none: every rule of the Operations Manual holds");
    for (const OverdueDeclaration &d : std::as_const(m_overdue)) {
        level = worstLevel(level, HealthLevel::Warning);
        const QString who = d.institution.isEmpty() ? d.title : d.institution;
        lines << healthGlyph(HealthLevel::Warning) + u' '
                + (d.due.isValid() ? tr("Declaration overdue: %1 (due %2)").arg(who, QLocale().toString(d.due, QLocale::ShortFormat))
                                   : tr("Declaration never made: %1").arg(who));
    }
    m_incidents->set(level, QString::number(open.size()), lines.join(u'\n'));
}

void OverviewPage::setOverdueDeclarations(const QList<OverdueDeclaration> &overdue)
{
    m_overdue = overdue;
    updateIncidents();
}
