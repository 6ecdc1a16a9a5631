#include "incidentdetail.h"

#include "common/healthdelegate.h"
#include "common/statusstyle.h"
#include "core/clock.h"
#include "core/format.h"
#include "incidentactiondialog.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentsla.h"
#include "itemmodels/incidenttablemodel.h"
#include "itemmodels/incidenttimelinemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

IncidentDetail::IncidentDetail(IncidentBook *book, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_clock(clock ? clock : Clock::system())
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_evidence(new QLabel(this))
    , m_sla(new QLabel(this))
    , m_affected(new QLabel(this))
    , m_acknowledge(new QPushButton(IncidentActionDialog::actionText(IncidentActionDialog::Action::Acknowledge), this))
    , m_note(new QPushButton(IncidentActionDialog::actionText(IncidentActionDialog::Action::Note), this))
    , m_mitigate(new QPushButton(IncidentActionDialog::actionText(IncidentActionDialog::Action::Mitigate), this))
    , m_resolve(new QPushButton(IncidentActionDialog::actionText(IncidentActionDialog::Action::Resolve), this))
    , m_runbook(new QPushButton(tr("Open runbook"), this))
    , m_timeline(new QTableView(this))
    , m_timelineModel(new IncidentTimelineModel(book, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_status, m_evidence, m_sla, m_affected}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_acknowledge->setToolTip(tr("Your institution has seen the incident and is examining its own nodes."));
    m_runbook->setToolTip(tr("Open the Operations Manual's checklist for this kind of incident and record a run."));

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    head->addWidget(m_title, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_acknowledge, m_note, m_mitigate, m_resolve, m_runbook})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_timeline->setModel(m_timelineModel);
    m_timeline->setItemDelegate(new HealthDelegate(m_timeline));
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(true);
    m_timeline->setAccessibleName(tr("Timeline"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_status);
    layout->addWidget(m_sla);
    layout->addWidget(m_affected);
    layout->addWidget(m_evidence);
    layout->addLayout(buttons);
    auto *timelineTitle = new QLabel(tr("Timeline"), this);
    QFont bold = timelineTitle->font();
    bold.setBold(true);
    timelineTitle->setFont(bold);
    layout->addWidget(timelineTitle);
    layout->addWidget(m_timeline, 1);

    connect(m_acknowledge, &QPushButton::clicked, this, [this] { act(int(IncidentActionDialog::Action::Acknowledge)); });
    connect(m_note, &QPushButton::clicked, this, [this] { act(int(IncidentActionDialog::Action::Note)); });
    connect(m_mitigate, &QPushButton::clicked, this, [this] { act(int(IncidentActionDialog::Action::Mitigate)); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { act(int(IncidentActionDialog::Action::Resolve)); });
    connect(m_runbook, &QPushButton::clicked, this, [this] {
        if (const Incident *i = m_book ? m_book->find(m_uid) : nullptr)
            emit runbookRequested(i->rule, i->uid);
    });
    if (book) {
        connect(book, &IncidentBook::incidentChanged, this, [this](const QString &uid) {
            if (uid == m_uid)
                refresh();
        });
        connect(book, &IncidentBook::incidentsReset, this, &IncidentDetail::refresh);
    }
    setIncident({});
}

void IncidentDetail::setNetwork(const NetworkConfig &network)
{
    m_network = network;
    refresh();
}

void IncidentDetail::setIncident(const QString &uid)
{
    m_uid = uid;
    m_timelineModel->setIncident(uid);
    m_timeline->resizeColumnToContents(IncidentTimelineModel::Time);
    m_timeline->resizeColumnToContents(IncidentTimelineModel::Kind);
    refresh();
}

void IncidentDetail::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void IncidentDetail::refresh()
{
    const Incident *incident = m_book && !m_uid.isEmpty() ? m_book->find(m_uid) : nullptr;
    const bool writable = incident && !m_readOnly && !(m_book && m_book->isReadOnly());
    m_acknowledge->setEnabled(writable && incident->status == IncidentStatus::Detected);
    m_note->setEnabled(writable);
    m_mitigate->setEnabled(writable && incident->isOpen() && incident->status != IncidentStatus::Mitigated);
    m_resolve->setEnabled(writable && incident->isOpen());
    m_runbook->setEnabled(incident != nullptr);
    m_timeline->setVisible(incident != nullptr);
    if (!incident) {
        m_icon->clear();
        m_title->setText(tr("Select an incident"));
        m_status->setText(tr("Its evidence, service-hour deadlines, actions and timeline show here."));
        for (QLabel *l : {m_evidence, m_sla, m_affected})
            l->clear();
        return;
    }
    const QLocale locale;
    const QDateTime now = m_clock->now();
    const HealthLevel level = incident->isOpen() ? healthLevelOf(incident->severity) : HealthLevel::Ok;
    m_icon->setPixmap(StatusStyle::pixmap(level, m_title->fontMetrics().height() + 6));
    m_title->setText(u"#%1 "_s.arg(incident->id) + (incident->title.isEmpty() ? Rules::title(incident->rule) : incident->title));
    QString status = severityText(incident->severity) + u" · "_s + statusText(incident->status) + u" · "_s
        + tr("detected %1 (%2 ago)")
              .arg(locale.toString(incident->detectedAt.toLocalTime(), QLocale::ShortFormat),
                  formatDuration(incident->detectedAt.msecsTo(now)));
    if (incident->acknowledgedAt.isValid()) {
        status += u'\n'
            + tr("acknowledged by %1 (%2) at %3")
                  .arg(incident->acknowledgedBy, incident->acknowledgedInstitution,
                      locale.toString(incident->acknowledgedAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (incident->resolvedAt.isValid()) {
        status += u'\n'
            + (incident->resolvedBy.isEmpty()
                      ? tr("resolved automatically at %1 (the condition cleared)")
                      : tr("resolved by %2 at %1").arg(u"%1"_s, incident->resolvedBy))
                  .arg(locale.toString(incident->resolvedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_status->setText(status);

    const IncidentSla sla = incidentSla(*incident, m_network, now);
    QStringList slaLines;
    if (sla.hasDeadlines) {
        slaLines << tr("Answer by %1: %2")
                        .arg(locale.toString(sla.answerDeadline.toLocalTime(), QLocale::ShortFormat),
                            IncidentTableModel::deadlineText(
                                sla.answerRemainingSeconds, incident->acknowledgedAt.isValid(), sla.answerBreached));
        slaLines << tr("Synchronous action by %1: %2")
                        .arg(locale.toString(sla.actionDeadline.toLocalTime(), QLocale::ShortFormat),
                            IncidentTableModel::deadlineText(sla.actionRemainingSeconds,
                                incident->mitigatedAt.isValid() || incident->resolvedAt.isValid(), sla.actionBreached));
    }
    slaLines << tr("Open for %1 of service hours").arg(formatDuration(sla.openServiceSeconds * 1000));
    if (sla.toAcknowledgeSeconds >= 0)
        slaLines << tr("acknowledged after %1 of service hours").arg(formatDuration(sla.toAcknowledgeSeconds * 1000));
    m_sla->setText(slaLines.join(u'\n'));
    const bool breached = sla.answerBreached || sla.actionBreached;
    m_sla->setStyleSheet(breached ? u"color: %1; font-weight: bold;"_s.arg(StatusStyle::color(HealthLevel::Critical).darker(120).name())
                                  : QString());

    QStringList institutions;
    for (const QString &id : incident->institutions) {
        const Institution *inst = m_network.institution(id);
        institutions << (inst && !inst->name.isEmpty() ? inst->name : id);
    }
    QString affected = tr("Nodes: %1").arg(incident->nodes.isEmpty() ? tr("the whole network") : incident->nodes.join(u", "_s));
    if (!institutions.isEmpty())
        affected += u'\n' + tr("Institutions: %1").arg(institutions.join(u", "_s));
    m_affected->setText(affected);
    m_evidence->setText(tr("Evidence: %1").arg(incident->evidence.isEmpty() ? tr("none recorded") : incident->evidence));
}

void IncidentDetail::act(int action)
{
    const Incident *incident = m_book ? m_book->find(m_uid) : nullptr;
    if (!incident)
        return;
    const auto a = IncidentActionDialog::Action(action);
    IncidentActionDialog dialog(a, incident->title, m_network, this);
    if (dialog.exec() != QDialog::Accepted || !m_book)
        return;
    const QDateTime now = m_clock->now();
    const QString uid = m_uid; // the dialog's event loop may have changed the selection
    switch (a) {
    case IncidentActionDialog::Action::Acknowledge:
        m_book->acknowledge(uid, dialog.who(), dialog.institution(), now, dialog.note());
        break;
    case IncidentActionDialog::Action::Note:
        m_book->addNote(uid, dialog.who(), dialog.institution(), now, dialog.note());
        break;
    case IncidentActionDialog::Action::Mitigate:
        m_book->mitigate(uid, dialog.who(), dialog.institution(), now, dialog.note());
        break;
    case IncidentActionDialog::Action::Resolve:
        m_book->resolve(uid, dialog.who(), now, dialog.note());
        break;
    }
    refresh();
}

QString IncidentDetail::text() const
{
    return QStringList {m_title->text(), m_status->text(), m_sla->text(), m_affected->text(), m_evidence->text()}.join(u'\n');
}
