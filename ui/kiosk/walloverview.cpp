#include "kiosk/walloverview.h"

#include "common/statusstyle.h"
#include "core/format.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentsla.h"
#include "itemmodels/incidenttablemodel.h"
#include "itemmodels/overviewmodel.h"
#include "kiosk/walltypography.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Rows on the wall: more than this and the last row says how many are left out.
constexpr int MaxInstitutionRows = 8;
constexpr int MaxIncidentRows = 5;

QString chainWord(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return WallOverview::tr("Producing");
    case HealthLevel::Warning:
        return WallOverview::tr("Late");
    case HealthLevel::Critical:
        return WallOverview::tr("Halted");
    case HealthLevel::Unknown:
        break;
    }
    return WallOverview::tr("No data");
}

QString tileStyle(HealthLevel level, int borderPixels)
{
    return u"QFrame#wallTile { background: %1; border: %2px solid %3; border-radius: 12px; }"_s.arg(
        WallTypography::panel().name(), QString::number(borderPixels), StatusStyle::color(level).name());
}

} // namespace

WallOverview::WallOverview(OverviewModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_network(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_institutionsTitle(new QLabel(tr("Nodes up by institution"), this))
    , m_incidentsTitle(new QLabel(tr("Open incidents"), this))
    , m_institutionRows(new QVBoxLayout)
    , m_incidentRows(new QVBoxLayout)
    , m_footer(new QLabel(this))
{
    setObjectName(u"wallOverview"_s);
    m_captionTexts[0] = tr("Chain");
    m_captionTexts[1] = tr("Last block");
    m_captionTexts[2] = tr("Validators sealing");
    auto *tilesLayout = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_tiles[i] = new QFrame(this);
        m_tiles[i]->setObjectName(u"wallTile"_s);
        m_captions[i] = new QLabel(m_captionTexts[i], m_tiles[i]);
        m_figures[i] = new QLabel(m_tiles[i]);
        m_details[i] = new QLabel(m_tiles[i]);
        m_figures[i]->setObjectName(u"wallFigure"_s);
        for (QLabel *l : {m_captions[i], m_figures[i], m_details[i]}) {
            l->setTextFormat(Qt::PlainText);
            l->setAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
        }
        m_details[i]->setWordWrap(true);
        auto *v = new QVBoxLayout(m_tiles[i]);
        v->addWidget(m_captions[i]);
        v->addWidget(m_figures[i], 1);
        v->addWidget(m_details[i]);
        tilesLayout->addWidget(m_tiles[i], 1);
    }
    m_network->setTextFormat(Qt::PlainText);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_footer->setTextFormat(Qt::PlainText);

    auto *header = new QHBoxLayout;
    header->addWidget(m_network, 1);
    header->addWidget(m_verdict);

    auto *lower = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_institutionsTitle);
    left->addLayout(m_institutionRows);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_incidentsTitle);
    right->addLayout(m_incidentRows);
    right->addStretch(1);
    lower->addLayout(left, 2);
    lower->addLayout(right, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(tilesLayout, 5);
    layout->addLayout(lower, 4);
    layout->addWidget(m_footer);

    QPalette pal = palette();
    pal.setColor(QPalette::Window, WallTypography::background());
    pal.setColor(QPalette::WindowText, WallTypography::text());
    setPalette(pal);
    setAutoFillBackground(true);

    connect(m_model, &OverviewModel::changed, this, &WallOverview::refresh);
    applyFonts();
    refresh();
}

WallOverview::~WallOverview() = default;

void WallOverview::setIncidentBook(IncidentBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book) {
        connect(book, &IncidentBook::incidentAdded, this, &WallOverview::updateIncidents);
        connect(book, &IncidentBook::incidentChanged, this, &WallOverview::updateIncidents);
        connect(book, &IncidentBook::incidentsReset, this, &WallOverview::updateIncidents);
    }
    updateIncidents();
}

void WallOverview::setScreenHeight(int height)
{
    if (height <= 0 || height == m_screenHeight)
        return;
    m_screenHeight = height;
    applyFonts();
    refresh();
}

void WallOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

void WallOverview::applyFonts()
{
    const int h = m_screenHeight;
    const int margin = WallTypography::pixels(h, 0.02);
    layout()->setContentsMargins(margin, margin, margin, margin / 2);
    layout()->setSpacing(margin);
    WallTypography::apply(m_network, h, WallTypography::Heading, true);
    WallTypography::apply(m_verdict, h, WallTypography::Heading, true);
    WallTypography::apply(m_institutionsTitle, h, WallTypography::Caption, true);
    WallTypography::apply(m_incidentsTitle, h, WallTypography::Caption, true);
    WallTypography::apply(m_footer, h, WallTypography::Footnote);
    for (int i = 0; i < 3; ++i) {
        WallTypography::apply(m_captions[i], h, WallTypography::Caption, true);
        WallTypography::apply(m_figures[i], h, WallTypography::Figure, true);
        WallTypography::apply(m_details[i], h, WallTypography::Detail);
        m_tiles[i]->layout()->setContentsMargins(margin, margin / 2, margin, margin / 2);
    }
    for (QLabel *l : std::as_const(m_institutionLabels))
        WallTypography::apply(l, h, WallTypography::Detail);
    for (QLabel *l : std::as_const(m_incidentLabels))
        WallTypography::apply(l, h, WallTypography::Detail);
}

void WallOverview::refresh()
{
    const int h = m_screenHeight;
    const NetworkVerdict &verdict = m_model->verdict();
    const NetworkConfig &network = m_model->network();
    const QLocale locale;
    m_network->setText(network.displayName.isEmpty() ? network.name : network.displayName);
    m_verdict->setText(healthGlyph(verdict.level) + u' ' + healthText(verdict.level));
    QPalette vp = m_verdict->palette();
    vp.setColor(QPalette::WindowText, StatusStyle::color(verdict.level).lighter(130));
    m_verdict->setPalette(vp);

    // Chain status.
    const HealthLevel chain = HealthLevel(m_model->lastBlockLevel());
    QString figures[3];
    HealthLevel levels[3];
    figures[0] = chainWord(chain);
    levels[0] = chain;
    m_details[0]->setText(m_model->chainHeight() >= 0 ? tr("block %1").arg(locale.toString(m_model->chainHeight()))
                                                     : tr("height unknown"));
    // Time since the last block.
    const qint64 age = m_model->lastBlockAgeMs();
    figures[1] = age >= 0 ? formatDuration(age) : tr("no block");
    levels[1] = chain;
    m_details[1]->setText(tr("target: one block every %1").arg(formatDuration(qint64(m_model->targetPeriodSeconds() * 1000))));
    // Validators sealing and the fault-tolerance margin.
    const SigningSummary &signing = m_model->signing();
    levels[2] = signing.level;
    if (signing.validators > 0) {
        figures[2] = tr("%1 of %2").arg(signing.active).arg(signing.validators);
        m_details[2]->setText(signing.margin >= 0
                ? tr("fault margin: %n", nullptr, signing.margin)
                : tr("quorum of %1 lost: %n short", nullptr, -signing.margin).arg(signing.quorum));
    } else {
        figures[2] = u"?"_s;
        m_details[2]->setText(tr("validator set not known yet"));
    }
    const int tileWidth = std::max(100, width() / 3 - WallTypography::pixels(h, 0.06));
    for (int i = 0; i < 3; ++i) {
        m_figures[i]->setFont(WallTypography::fitted(m_figures[i]->font(), figures[i], tileWidth, h,
            WallTypography::Figure, WallTypography::FigureMinimum));
        m_figures[i]->setText(figures[i]);
        // Re-polishing a styled frame every second is not free: only when its level or the scale changed.
        const QString style = tileStyle(levels[i], std::max(3, WallTypography::pixels(h, 0.006)));
        if (m_tiles[i]->styleSheet() != style)
            m_tiles[i]->setStyleSheet(style);
        QPalette fp = m_figures[i]->palette();
        fp.setColor(QPalette::WindowText,
            levels[i] == HealthLevel::Ok ? WallTypography::text() : StatusStyle::color(levels[i]).lighter(125));
        m_figures[i]->setPalette(fp);
        // The level's glyph leads the caption, so that no state is told by the colour of the frame alone.
        m_captions[i]->setText(healthGlyph(levels[i]) + u' ' + m_captionTexts[i]);
        for (QLabel *l : {m_captions[i], m_details[i]}) {
            QPalette p = l->palette();
            p.setColor(QPalette::WindowText, WallTypography::dimText());
            l->setPalette(p);
        }
    }

    const qint64 fresh = m_model->freshnessMs();
    m_footer->setText(fresh >= 0 ? tr("Newest figure %1 old · %2")
                                       .arg(formatAge(fresh), locale.toString(m_model->now().toLocalTime().time(), QLocale::ShortFormat))
                                 : tr("No figure received yet"));
    updateInstitutions();
    updateIncidents();
}

QLabel *WallOverview::addRow(QVBoxLayout *layout, QList<QLabel *> &rows, int index)
{
    while (rows.size() <= index) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        rows.append(label);
        layout->addWidget(label);
    }
    rows[index]->show();
    return rows[index];
}

void WallOverview::updateInstitutions()
{
    // The worst first: when rows run out, the ones left out are the healthiest.
    QList<OverviewModel::NodeGroup> groups = m_model->nodesByInstitution();
    std::stable_sort(groups.begin(), groups.end(),
        [](const OverviewModel::NodeGroup &a, const OverviewModel::NodeGroup &b) { return int(a.level) > int(b.level); });
    int row = 0;
    for (const auto &g : groups) {
        if (row == MaxInstitutionRows - 1 && groups.size() > MaxInstitutionRows) {
            const int more = int(groups.size()) - row;
            addRow(m_institutionRows, m_institutionLabels, row++)->setText(tr("and %n more institution(s)", nullptr, more));
            break;
        }
        QLabel *l = addRow(m_institutionRows, m_institutionLabels, row++);
        QString text = healthGlyph(g.level) + u"  "_s + g.name + u"   "_s + tr("%1 of %2").arg(g.up).arg(g.total);
        if (g.down > 0)
            text += u" · "_s + tr("%n down", nullptr, g.down);
        l->setText(text);
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, g.level == HealthLevel::Ok ? WallTypography::text() : StatusStyle::color(g.level).lighter(125));
        l->setPalette(p);
    }
    if (groups.isEmpty())
        addRow(m_institutionRows, m_institutionLabels, row++)->setText(tr("No institution in the profile"));
    for (int i = row; i < m_institutionLabels.size(); ++i)
        m_institutionLabels[i]->hide();
    for (QLabel *l : std::as_const(m_institutionLabels))
        WallTypography::apply(l, m_screenHeight, WallTypography::Detail);
}

// The open incidents, the most severe first, each critical one with its answer countdown (service hours).
void WallOverview::updateIncidents()
{
    int row = 0;
    if (!m_book) {
        addRow(m_incidentRows, m_incidentLabels, row++)->setText(tr("Incidents are not recorded on this wall"));
    } else {
        const QList<Incident> open = m_book->openIncidents();
        const QDateTime now = m_model->now();
        for (const Incident &incident : open) {
            if (row == MaxIncidentRows - 1 && open.size() > MaxIncidentRows) {
                const int more = int(open.size()) - row;
                addRow(m_incidentRows, m_incidentLabels, row++)->setText(tr("and %n more", nullptr, more));
                break;
            }
            const HealthLevel level = healthLevelOf(incident.severity);
            QString text = healthGlyph(level) + u' ' + (incident.title.isEmpty() ? Rules::title(incident.rule) : incident.title);
            if (isCritical(incident.severity)) {
                const IncidentSla sla = incidentSla(incident, m_model->network(), now);
                text += incident.acknowledgedAt.isValid()
                    ? u" — "_s + tr("action: %1").arg(IncidentTableModel::deadlineText(
                          sla.actionRemainingSeconds, false, sla.actionBreached))
                    : u" — "_s + tr("answer: %1").arg(IncidentTableModel::deadlineText(
                          sla.answerRemainingSeconds, false, sla.answerBreached));
            } else {
                text += u" — "_s + formatAge(incident.detectedAt.msecsTo(now));
            }
            QLabel *l = addRow(m_incidentRows, m_incidentLabels, row++);
            l->setText(text);
            QPalette p = l->palette();
            p.setColor(QPalette::WindowText, StatusStyle::color(level).lighter(130));
            l->setPalette(p);
        }
        if (open.isEmpty()) {
            QLabel *l = addRow(m_incidentRows, m_incidentLabels, row++);
            l->setText(healthGlyph(HealthLevel::Ok) + u' ' + tr("None open"));
            QPalette p = l->palette();
            p.setColor(QPalette::WindowText, WallTypography::text());
            l->setPalette(p);
        }
    }
    for (int i = row; i < m_incidentLabels.size(); ++i)
        m_incidentLabels[i]->hide();
    for (QLabel *l : std::as_const(m_incidentLabels)) {
        l->setWordWrap(true);
        WallTypography::apply(l, m_screenHeight, WallTypography::Detail);
    }
}

QStringList WallOverview::institutionTexts() const
{
    QStringList out;
    for (QLabel *l : m_institutionLabels) {
        if (!l->isHidden())
            out << l->text();
    }
    return out;
}

QStringList WallOverview::incidentTexts() const
{
    QStringList out;
    for (QLabel *l : m_incidentLabels) {
        if (!l->isHidden())
            out << l->text();
    }
    return out;
}
