#include "incidentfilterproxy.h"

#include "analysis/health.h"
#include "itemmodels/incidenttablemodel.h"

IncidentFilterProxy::IncidentFilterProxy(Scope scope, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_scope(scope)
{
    setSortRole(ItemRoles::Sort);
    setDynamicSortFilter(true);
}

void IncidentFilterProxy::setPeriod(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void IncidentFilterProxy::setRule(const QString &rule)
{
    m_rule = rule;
    invalidateFilter();
}

void IncidentFilterProxy::setInstitution(const QString &institution)
{
    m_institution = institution;
    invalidateFilter();
}

void IncidentFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const IncidentTableModel *>(sourceModel());
    const Incident *incident = model && !sourceParent.isValid() ? model->incidentAt(sourceRow) : nullptr;
    if (!incident)
        return false;
    if (m_scope == Scope::Open && !incident->isOpen())
        return false;
    if (m_scope == Scope::Closed && incident->isOpen())
        return false;
    if (m_from.isValid() && incident->detectedAt < m_from)
        return false;
    if (m_to.isValid() && incident->detectedAt >= m_to)
        return false;
    if (!m_rule.isEmpty() && incident->rule != m_rule)
        return false;
    if (!m_institution.isEmpty() && !incident->institutions.contains(m_institution))
        return false;
    if (!m_text.isEmpty()) {
        const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
        if (!has(incident->title) && !has(incident->evidence) && !has(incident->nodes.join(u' '))
            && !has(incident->subject) && !has(QString::number(incident->id)))
            return false;
    }
    return true;
}
