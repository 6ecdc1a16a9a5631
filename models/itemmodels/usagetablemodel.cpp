#include "usagetablemodel.h"

#include "analysis/health.h"
#include "core/format.h"
#include "state/networkstate.h"

#include <QLocale>
#include <QtConcurrent>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

UsageTableModel::UsageTableModel(NetworkState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
}

void UsageTableModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    m_keys = rowKeys(m_report);
    endResetModel();
}

void UsageTableModel::setWindow(qint64 fromSec, qint64 toSec)
{
    m_fromSec = fromSec;
    m_toSec = toSec;
}

QStringList UsageTableModel::rowKeys(const usage::UsageReport &report) const
{
    QStringList keys;
    if (m_mode == Mode::Institutions) {
        for (const usage::InstitutionUsage &i : report.institutions)
            keys << i.id;
    } else {
        for (const usage::AccountUsage &a : report.accounts)
            keys << a.address;
    }
    return keys;
}

void UsageTableModel::apply(usage::UsageReport next)
{
    const QStringList keys = rowKeys(next);
    if (keys != m_keys) {
        beginResetModel();
        m_report = std::move(next);
        m_keys = keys;
        endResetModel();
    } else {
        m_report = std::move(next);
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
    }
    emit refreshed();
}

void UsageTableModel::refresh()
{
    if (!m_state)
        return;
    m_shown = ++m_requests;
    apply(usage::buildReport(m_state->usage(), m_state->accounts(), m_fromSec, m_toSec));
}

bool UsageTableModel::isRefreshing() const
{
    return m_job && m_job->isRunning();
}

void UsageTableModel::refreshInBackground()
{
    if (!m_state)
        return;
    if (isRefreshing()) {
        m_again = true;
        return;
    }
    if (!m_job) {
        m_job = new QFutureWatcher<usage::UsageReport>(this);
        connect(m_job, &QFutureWatcher<usage::UsageReport>::finished, this, [this] {
            if (m_jobRequest > m_shown) {
                m_shown = m_jobRequest;
                apply(m_job->result());
            }
            if (std::exchange(m_again, false))
                refreshInBackground();
        });
    }
    m_jobRequest = ++m_requests;
    m_job->setFuture(QtConcurrent::run(
        [ledger = m_state->usage().excerpt(m_fromSec, m_toSec), accounts = m_state->accounts(), from = m_fromSec,
            to = m_toSec] { return usage::buildReport(ledger, accounts, from, to); }));
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const bool inst = m_mode == Mode::Institutions;
    if (inst && index.row() >= m_report.institutions.size())
        return {};
    if (!inst && index.row() >= m_report.accounts.size())
        return {};
    const usage::Counts &c = inst ? m_report.institutions[index.row()].counts : m_report.accounts[index.row()].counts;
    const double perSecond = inst ? m_report.institutions[index.row()].transactionsPerSecond
                                  : m_report.accounts[index.row()].transactionsPerSecond;
    const double share = inst ? m_report.institutions[index.row()].gasShare : m_report.accounts[index.row()].gasShare;
    const QList<usage::TargetUsage> &targets
        = inst ? m_report.institutions[index.row()].topTargets : m_report.accounts[index.row()].topTargets;
    const AccountDirectory::Attribution *attribution = inst ? nullptr : &m_report.accounts[index.row()].attribution;
    const QString institutionId = inst ? m_report.institutions[index.row()].id : attribution->institution;
    const bool pending = attribution && attribution->source == AccountDirectory::Source::Pending;
    const bool unknown = institutionId.isEmpty() && !pending;
    const QLocale locale;

    if (role == ItemRoles::Key)
        return m_keys[index.row()];
    if (role == ItemRoles::Health) {
        if (index.column() != Name && index.column() != Attribution && index.column() != Failed)
            return {};
        if (index.column() == Failed)
            return int(c.failed > 0 ? HealthLevel::Warning : HealthLevel::Ok);
        return int(pending ? HealthLevel::Unknown : unknown ? HealthLevel::Warning : HealthLevel::Ok);
    }
    if (role == Qt::ToolTipRole) {
        if (attribution && !attribution->detail.isEmpty())
            return attribution->detail;
        if (index.column() == TopContracts)
            return usage::targetsText(targets, 10);
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Transactions && index.column() <= Failed)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const bool sort = role == ItemRoles::Sort;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (index.column()) {
    case Name:
        if (inst)
            return m_report.institutions[index.row()].name;
        return m_report.accounts[index.row()].address;
    case Institution:
        if (inst)
            return sort ? QVariant(m_report.institutions[index.row()].accounts)
                        : QVariant(tr("%n account(s)", nullptr, m_report.institutions[index.row()].accounts));
        if (pending)
            return tr("(asking)");
        if (unknown)
            return tr("unknown");
        return m_state ? m_state->accounts().institutionName(institutionId) : institutionId;
    case Attribution:
        if (inst)
            return unknown ? tr("no institution answers for them") : QString();
        return attribution->label.isEmpty() ? AccountDirectory::sourceText(attribution->source)
                                            : AccountDirectory::sourceText(attribution->source) + u" · "_s + attribution->label;
    case Transactions:
        return sort ? QVariant(qint64(c.transactions)) : QVariant(locale.toString(qint64(c.transactions)));
    case PerSecond:
        return sort ? QVariant(perSecond) : QVariant(locale.toString(perSecond, 'f', perSecond < 10 ? 3 : 1));
    case Gas:
        return sort ? QVariant(qint64(c.gasUsed)) : QVariant(locale.toString(qint64(c.gasUsed)));
    case GasShare:
        return sort ? QVariant(share) : QVariant(formatPercent(share * 100.0));
    case Failed:
        if (sort)
            return qint64(c.failed);
        return c.transactions > 0 ? tr("%1 (%2)").arg(locale.toString(qint64(c.failed)),
                                     formatPercent(100.0 * double(c.failed) / double(c.transactions)))
                                  : QString();
    case TopContracts:
        return usage::targetsText(targets);
    default:
        return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return m_mode == Mode::Institutions ? tr("Institution") : tr("Account");
    case Institution:
        return m_mode == Mode::Institutions ? tr("Accounts") : tr("Institution");
    case Attribution:
        return tr("Attribution");
    case Transactions:
        return tr("Transactions");
    case PerSecond:
        return tr("Tx/s");
    case Gas:
        return tr("Gas used");
    case GasShare:
        return tr("Share of gas");
    case Failed:
        return tr("Failed");
    case TopContracts:
        return tr("Top contracts");
    default:
        return {};
    }
}

QByteArray UsageTableModel::toCsv() const
{
    // Machine-readable: keys and raw numbers, whatever the mode shown.
    QStringList lines {u"kind,id,institution,attribution,transactions,tx_per_second,gas_used,gas_share,failed,"
                       u"without_receipt,top_contracts"_s};
    auto targets = [](const QList<usage::TargetUsage> &list) {
        QStringList parts;
        for (const usage::TargetUsage &t : list)
            parts << (t.address.isEmpty() ? u"creation"_s : t.address) + u':' + QString::number(t.counts.transactions);
        return parts.join(u' ');
    };
    auto numbers = [](const usage::Counts &c, double perSecond, double share) {
        return u"%1,%2,%3,%4,%5,%6"_s.arg(c.transactions)
            .arg(perSecond, 0, 'f', 6)
            .arg(c.gasUsed)
            .arg(share, 0, 'f', 6)
            .arg(c.failed)
            .arg(c.withoutReceipt);
    };
    for (const usage::InstitutionUsage &i : m_report.institutions)
        lines << u"institution,"_s + csvField(i.id.isEmpty() ? u"unknown"_s : i.id) + u','
                + csvField(i.name) + u",,"_s + numbers(i.counts, i.transactionsPerSecond, i.gasShare) + u','
                + csvField(targets(i.topTargets));
    for (const usage::AccountUsage &a : m_report.accounts)
        lines << u"account,"_s + a.address + u',' + csvField(a.attribution.institution) + u','
                + AccountDirectory::sourceKey(a.attribution.source) + u','
                + numbers(a.counts, a.transactionsPerSecond, a.gasShare) + u',' + csvField(targets(a.topTargets));
    return lines.join(u'\n').toUtf8() + '\n';
}
