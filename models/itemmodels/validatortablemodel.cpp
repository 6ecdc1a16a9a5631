#include "itemmodels/validatortablemodel.h"

#include "chain/hex.h"
#include "core/clock.h"
#include "state/networkstate.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString percentText(double value)
{
    return QLocale().toString(value, 'f', 1) + u" %"_s;
}

} // namespace

ValidatorTableModel::ValidatorTableModel(NetworkState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
    , m_cache(BlockAnalysisCache::of(state))
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ValidatorTableModel::refresh);
    connect(m_cache, &BlockAnalysisCache::blocksAnalysed, this, &ValidatorTableModel::scheduleRefresh);
    connect(m_cache, &BlockAnalysisCache::blocksDropped, this, &ValidatorTableModel::scheduleRefresh);
    connect(m_state, &NetworkState::validatorsChanged, this, &ValidatorTableModel::scheduleRefresh);
    connect(m_state, &NetworkState::momentChanged, this, &ValidatorTableModel::scheduleRefresh);
    connect(m_state, &NetworkState::signerMetricsChanged, this, &ValidatorTableModel::onSignerMetricsChanged);
    connect(m_state, &NetworkState::configured, this, &ValidatorTableModel::rebuildRows);
    rebuildRows();
}

ValidatorTableModel::~ValidatorTableModel() = default;

int ValidatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ValidatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ValidatorTableModel::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void ValidatorTableModel::rebuildRows()
{
    // A new network: the one place where the whole table changes at once.
    beginResetModel();
    m_rows.clear();
    m_result = {};
    m_result.window = m_window;
    for (const ValidatorIdentity &id : inventoryValidators(m_state->network())) {
        Row row;
        row.id = id;
        row.check = analysis::noSignerCheck(id.address);
        row.cells = cellTexts(row);
        m_rows.append(row);
    }
    endResetModel();
    refresh();
}

void ValidatorTableModel::setWindow(ParticipationWindow window)
{
    if (m_window == window)
        return;
    m_window = window;
    emit windowChanged(window);
    refresh();
}

int ValidatorTableModel::rowOf(const QByteArray &address) const
{
    if (address.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id.address == address)
            return i;
    }
    return -1;
}

ValidatorIdentity ValidatorTableModel::identity(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : ValidatorIdentity {};
}

std::optional<analysis::ValidatorParticipation> ValidatorTableModel::figures(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].p : std::nullopt;
}

analysis::SignerCheck ValidatorTableModel::signerCheck(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].check : analysis::noSignerCheck({});
}

QList<QByteArray> ValidatorTableModel::updateSignerChecks()
{
    QHash<QByteArray, analysis::SignerCheck> checks;
    for (const analysis::SignerCheck &c : signerChecks(*m_cache))
        checks.insert(c.address, c);
    for (Row &row : m_rows) {
        const auto it = checks.constFind(row.id.address);
        row.check
            = it != checks.constEnd() && !row.id.address.isEmpty() ? *it : analysis::noSignerCheck(row.id.address);
        checks.remove(row.id.address);
    }
    QList<QByteArray> unknown = checks.keys();
    std::sort(unknown.begin(), unknown.end());
    return unknown;
}

void ValidatorTableModel::onSignerMetricsChanged()
{
    if (!updateSignerChecks().isEmpty()) {
        refresh(); // a signer without a row: refresh adds it
        return;
    }
    // Only the signer column can have changed.
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString text = cellTexts(row).value(SignerMetricsColumn);
        if (text != row.cells.value(SignerMetricsColumn) || row.check.explanation != row.checkExplanation) {
            row.cells[SignerMetricsColumn] = text;
            row.checkExplanation = row.check.explanation;
            emit dataChanged(index(i, SignerMetricsColumn), index(i, SignerMetricsColumn));
        }
    }
}

void ValidatorTableModel::refresh()
{
    m_refresh->stop();
    m_now = m_state->clock()->now().toUTC();
    const bool wasPartial = m_result.partial;
    const QString oldCoverage = m_result.coverage;
    m_result = computeWindow(*m_cache, m_state->network(), m_window, m_now);

    QList<QByteArray> currentSet;
    if (const auto newest = m_cache->newest())
        currentSet = m_cache->block(*newest)->record.validators;

    // Validators seen on chain but not in the inventory get rows of their own, at the end.
    QList<QByteArray> unknown;
    for (const analysis::ValidatorParticipation &p : std::as_const(m_result.report.validators)) {
        if (rowOf(p.address) < 0)
            unknown.append(p.address);
    }
    for (const QByteArray &a : std::as_const(currentSet)) {
        if (rowOf(a) < 0 && !unknown.contains(a))
            unknown.append(a);
    }
    // Signers that only the signer-metrics reply (or a proposal in its range) names get rows too.
    for (const QByteArray &a : updateSignerChecks()) {
        if (!unknown.contains(a))
            unknown.append(a);
    }
    if (!unknown.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(unknown.size()) - 1);
        for (const QByteArray &a : std::as_const(unknown)) {
            Row row;
            row.id.address = a;
            row.cells = cellTexts(row);
            m_rows.append(row);
        }
        endInsertRows();
        updateSignerChecks();
    }

    QHash<QByteArray, const analysis::ValidatorParticipation *> byAddress;
    for (const analysis::ValidatorParticipation &p : std::as_const(m_result.report.validators))
        byAddress.insert(p.address, &p);

    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const analysis::ValidatorParticipation *p = byAddress.value(row.id.address);
        row.p = p ? std::optional<analysis::ValidatorParticipation>(*p) : std::nullopt;
        row.inCurrentSet = !row.id.address.isEmpty() && currentSet.contains(row.id.address);
        const HealthLevel level = levelOf(row);
        const QStringList cells = cellTexts(row);
        int firstChanged = -1;
        int lastChanged = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (cells.value(c) != row.cells.value(c) || (c == StatusColumn && level != row.level)
                || (c == SignerMetricsColumn && row.check.explanation != row.checkExplanation)) {
                if (firstChanged < 0)
                    firstChanged = c;
                lastChanged = c;
            }
        }
        row.cells = cells;
        row.level = level;
        row.checkExplanation = row.check.explanation;
        // Figures behind unchanged texts (percent decimals) may change too: always refresh the numeric columns.
        if (row.p) {
            firstChanged = firstChanged < 0 ? StatusColumn : qMin(firstChanged, int(StatusColumn));
            lastChanged = qMax(lastChanged, int(RoundChangesColumn));
        }
        if (firstChanged >= 0)
            emit dataChanged(index(i, firstChanged), index(i, lastChanged));
    }
    if (wasPartial != m_result.partial || oldCoverage != m_result.coverage)
        emit windowSummaryChanged();
}

HealthLevel ValidatorTableModel::levelOf(const Row &row) const
{
    return row.p ? participationLevel(row.p->status) : HealthLevel::Unknown;
}

QStringList ValidatorTableModel::cellTexts(const Row &row) const
{
    const QLocale locale;
    QStringList cells(ColumnCount);
    cells[InstitutionColumn] = row.id.institution.isEmpty() ? tr("(not in the inventory)") : row.id.institution;
    cells[ValidatorColumn] = row.id.node.isEmpty() ? tr("unknown validator") : row.id.node;
    cells[AddressColumn] = row.id.address.isEmpty() ? tr("no address in the inventory") : chain::toHex(row.id.address);
    const HealthLevel level = levelOf(row);
    const QString statusText = !row.p ? tr("No data") : analysis::statusName(row.p->status);
    cells[StatusColumn] = healthGlyph(level) + u' ' + statusText;
    cells[SignerMetricsColumn] = row.check.summary;
    if (!row.p) {
        for (int c = ProposedColumn; c < SignerMetricsColumn; ++c)
            cells[c] = u"\u2014"_s;
        return cells;
    }
    const analysis::ValidatorParticipation &p = *row.p;
    cells[ProposedColumn] = tr("%1 (OLA %2 / %3)")
                                .arg(percentText(p.proposedPercent), locale.toString(p.yellowPercent, 'f', 1),
                                    locale.toString(p.redPercent, 'f', 1));
    cells[SignedColumn]
        = tr("%1 (%2 of %3)")
              .arg(percentText(p.signingPercent), locale.toString(p.signedBlocks), locale.toString(p.memberBlocks));
    const auto when = [&](std::optional<quint64> block, std::optional<qint64> time) {
        if (!block)
            return tr("not in memory");
        const qint64 age = time ? QDateTime::fromSecsSinceEpoch(*time, Qt::UTC).msecsTo(m_now) : -1;
        return tr("#%1 · %2 ago").arg(locale.toString(*block), formatDuration(qMax<qint64>(0, age)));
    };
    cells[LastProposedColumn] = when(p.lastProposedBlock, p.lastProposedTime);
    cells[LastSignedColumn] = when(p.lastSignedBlock, p.lastSignedTime);
    cells[RoundChangesColumn]
        = tr("%1 of %2 turns").arg(locale.toString(p.roundChangesOnTurn), locale.toString(p.turns));
    return cells;
}

QString ValidatorTableModel::tooltip(const Row &row, int column) const
{
    if (column == SignerMetricsColumn)
        return row.check.explanation;
    if (!row.p) {
        if (!row.inCurrentSet && !row.id.address.isEmpty() && m_cache->count() > 0)
            return tr("Not a member of the validator set in the analysed blocks of this window.");
        return tr("No analysed block of this window includes this validator yet.");
    }
    const analysis::ValidatorParticipation &p = *row.p;
    const QLocale locale;
    switch (column) {
    case StatusColumn:
    case ProposedColumn: {
        QString text
            = tr("Proposed %1 of %2 blocks (%3); expected %4 with this validator count.\n"
                 "OLA: yellow below %5, red below %6.")
                  .arg(locale.toString(p.proposed), locale.toString(p.memberBlocks), percentText(p.proposedPercent),
                      percentText(p.expectedPercent), percentText(p.yellowPercent), percentText(p.redPercent));
        if (p.status == analysis::ParticipationStatus::Inactive)
            text += u'\n'
                + tr("Proposed nothing over the last %1 blocks: validators like this are voted out.")
                      .arg(locale.toString(m_state->network().serviceLevels.inactivityWindowBlocks));
        if (!row.inCurrentSet)
            text += u'\n' + tr("Not in the newest block's validator set.");
        return text;
    }
    case SignedColumn:
        return tr("Committed seals on %1 of the %2 blocks it was a validator for.")
            .arg(locale.toString(p.signedBlocks), locale.toString(p.memberBlocks));
    case RoundChangesColumn:
        return tr("Blocks whose first-round proposer it was (%1) and how many of them needed a round change (%2): "
                  "a validator that is down or out of consensus makes the network wait on its turns.")
            .arg(p.turns)
            .arg(p.roundChangesOnTurn);
    default:
        break;
    }
    return {};
}

QVariant ValidatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.cells.value(column);
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::TextAlignmentRole:
        if (column >= ProposedColumn && column != SignerMetricsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case ItemRoles::Health:
        return int(row.level);
    case AddressRole:
        return row.id.address;
    case NodeRole:
        return row.id.node;
    case ProposedPercentRole:
        return row.p ? row.p->proposedPercent : -1.0;
    case SigningPercentRole:
        return row.p ? row.p->signingPercent : -1.0;
    case YellowPercentRole:
        return row.p ? row.p->yellowPercent : -1.0;
    case RedPercentRole:
        return row.p ? row.p->redPercent : -1.0;
    case InCurrentSetRole:
        return row.inCurrentSet;
    case SignerCheckRole:
        return int(row.check.verdict);
    case SortRole:
        switch (column) {
        case StatusColumn:
            return int(row.level);
        case ProposedColumn:
            return row.p ? row.p->proposedPercent : -1.0;
        case SignedColumn:
            return row.p ? row.p->signingPercent : -1.0;
        case LastProposedColumn:
            return row.p && row.p->lastProposedBlock ? qlonglong(*row.p->lastProposedBlock) : -1LL;
        case LastSignedColumn:
            return row.p && row.p->lastSignedBlock ? qlonglong(*row.p->lastSignedBlock) : -1LL;
        case RoundChangesColumn:
            return row.p ? row.p->roundChangesOnTurn : -1;
        case SignerMetricsColumn:
            return int(row.check.verdict);
        default:
            return row.cells.value(column);
        }
    default:
        break;
    }
    return {};
}

QVariant ValidatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case InstitutionColumn:
            return tr("Institution");
        case ValidatorColumn:
            return tr("Validator");
        case AddressColumn:
            return tr("Address");
        case StatusColumn:
            return tr("Status");
        case ProposedColumn:
            return tr("Proposed");
        case SignedColumn:
            return tr("Signed");
        case LastProposedColumn:
            return tr("Last proposed");
        case LastSignedColumn:
            return tr("Last signed");
        case RoundChangesColumn:
            return tr("Round changes on its turns");
        case SignerMetricsColumn:
            return tr("Signer metrics");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == ProposedColumn)
        return tr("Share of the window's blocks it proposed, against the OLA thresholds (yellow / red) for the "
                  "validator count.");
    if (role == Qt::ToolTipRole && section == SignerMetricsColumn)
        return tr("The node's qbft_getSignerMetrics reply (proposed blocks and last proposed block) checked against "
                  "the proposers of the blocks in memory.");
    return {};
}

QHash<int, QByteArray> ValidatorTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemRoles::Health, "health");
    names.insert(SortRole, "sortValue");
    names.insert(AddressRole, "address");
    names.insert(NodeRole, "node");
    names.insert(ProposedPercentRole, "proposedPercent");
    names.insert(SigningPercentRole, "signingPercent");
    names.insert(YellowPercentRole, "yellowPercent");
    names.insert(RedPercentRole, "redPercent");
    names.insert(InCurrentSetRole, "inCurrentSet");
    names.insert(SignerCheckRole, "signerCheck");
    return names;
}
