#include "incidentreviewmodel.h"

#include "analysis/health.h"
#include "core/format.h"

using namespace Qt::StringLiterals;

void IncidentReviewModel::setReview(const IncidentReview &review)
{
    beginResetModel();
    m_review = review;
    endResetModel();
}

int IncidentReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.groups.size());
}

int IncidentReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_review.groups.size())
        return {};
    const ReviewGroup &g = m_review.groups.at(index.row());
    const auto mean = [](qint64 s) { return s < 0 ? u"—"_s : formatDuration(s * 1000); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Group:
            return reviewByText(g.by);
        case Name:
            return g.label;
        case Count:
            return g.count;
        case Open:
            return g.open;
        case Critical:
            return g.critical;
        case MeanToAcknowledge:
            return mean(g.meanToAcknowledgeSeconds);
        case MeanToResolve:
            return mean(g.meanToResolveSeconds);
        default:
            break;
        }
    }
    if (role == ItemRoles::Sort) {
        switch (index.column()) {
        case Group:
            return int(g.by);
        case MeanToAcknowledge:
            return g.meanToAcknowledgeSeconds;
        case MeanToResolve:
            return g.meanToResolveSeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == ItemRoles::Health && index.column() == Count && g.count >= 2)
        return int(HealthLevel::Warning); // recurring
    if (role == Qt::TextAlignmentRole && index.column() >= Count)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ItemRoles::Key)
        return g.name;
    return {};
}

QVariant IncidentReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("By");
    case Name:
        return tr("Name");
    case Count:
        return tr("Incidents");
    case Open:
        return tr("Open");
    case Critical:
        return tr("Critical");
    case MeanToAcknowledge:
        return tr("Mean to acknowledge");
    case MeanToResolve:
        return tr("Mean to resolve");
    default:
        break;
    }
    return {};
}
