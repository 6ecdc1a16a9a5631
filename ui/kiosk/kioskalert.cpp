#include "kiosk/kioskalert.h"

#include "common/statusstyle.h"
#include "core/clock.h"
#include "core/format.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentsla.h"
#include "itemmodels/incidenttablemodel.h"
#include "kiosk/walltypography.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KioskAlert::KioskAlert(IncidentBook *book, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_clock(clock ? clock : Clock::system())
    , m_heading(new QLabel(this))
    , m_title(new QLabel(this))
    , m_since(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_evidence(new QLabel(this))
    , m_waiting(new QLabel(this))
{
    setObjectName(u"kioskAlert"_s);
    for (QLabel *l : {m_heading, m_title, m_since, m_deadline, m_evidence, m_waiting}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignCenter);
    }
    m_heading->setText(healthGlyph(HealthLevel::Critical) + u"  "_s + tr("CRITICAL INCIDENT"));
    m_waiting->setText(tr("Waiting for acknowledgement on an NOC desktop (or a silence in Alertmanager)"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_title);
    layout->addWidget(m_since);
    layout->addWidget(m_deadline);
    layout->addWidget(m_evidence);
    layout->addStretch(1);
    layout->addWidget(m_waiting);

    QPalette pal = palette();
    pal.setColor(QPalette::Window, StatusStyle::color(HealthLevel::Critical).darker(260));
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    setAutoFillBackground(true);
    if (m_book) {
        connect(m_book, &IncidentBook::incidentChanged, this, &KioskAlert::refresh);
        connect(m_book, &IncidentBook::incidentsReset, this, &KioskAlert::refresh);
    }
    applyFonts();
}

KioskAlert::~KioskAlert() = default;

void KioskAlert::setNetwork(const NetworkConfig &network)
{
    m_network = network;
    refresh();
}

void KioskAlert::setIncident(const QString &uid)
{
    m_uid = uid;
    refresh();
}

void KioskAlert::setScreenHeight(int height)
{
    if (height <= 0 || height == m_screenHeight)
        return;
    m_screenHeight = height;
    applyFonts();
}

void KioskAlert::applyFonts()
{
    const int h = m_screenHeight;
    const int margin = WallTypography::pixels(h, 0.04);
    layout()->setContentsMargins(margin, margin, margin, margin);
    layout()->setSpacing(WallTypography::pixels(h, 0.02));
    WallTypography::apply(m_heading, h, WallTypography::Heading, true);
    WallTypography::apply(m_title, h, WallTypography::Figure * 0.8, true);
    WallTypography::apply(m_since, h, WallTypography::Caption);
    WallTypography::apply(m_deadline, h, WallTypography::Heading, true);
    WallTypography::apply(m_evidence, h, WallTypography::Detail);
    WallTypography::apply(m_waiting, h, WallTypography::Caption);
}

void KioskAlert::refresh()
{
    const Incident *incident = m_book && !m_uid.isEmpty() ? m_book->find(m_uid) : nullptr;
    if (!incident) {
        m_title->clear();
        m_since->clear();
        m_deadline->clear();
        m_evidence->clear();
        return;
    }
    const QDateTime now = m_clock->now();
    m_title->setText(incident->title.isEmpty() ? Rules::title(incident->rule) : incident->title);
    m_since->setText(tr("Detected %1 ago, at %2")
                         .arg(formatDuration(incident->detectedAt.msecsTo(now)),
                             QLocale().toString(incident->detectedAt.toLocalTime().time(), QLocale::ShortFormat)));
    const IncidentSla sla = incidentSla(*incident, m_network, now);
    m_deadline->setText(sla.hasDeadlines
            ? tr("Answer: %1").arg(IncidentTableModel::deadlineText(sla.answerRemainingSeconds, false, sla.answerBreached))
            : QString());
    m_deadline->setVisible(sla.hasDeadlines);
    m_evidence->setText(incident->evidence);
}

QStringList KioskAlert::texts() const
{
    QStringList out;
    for (QLabel *l : {m_heading, m_title, m_since, m_deadline, m_evidence, m_waiting}) {
        if (!l->isHidden() && !l->text().isEmpty())
            out << l->text();
    }
    return out;
}
