#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

// Open incidents, or the history narrowed by period, rule, institution and text (IncidentTableModel rows).
class IncidentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope { Open, Closed, All };

    explicit IncidentFilterProxy(Scope scope, QObject *parent = nullptr);

    void setPeriod(const QDateTime &from, const QDateTime &to); // invalid: unbounded
    void setRule(const QString &rule); // empty: any
    void setInstitution(const QString &institution); // empty: any
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Scope m_scope;
    QDateTime m_from;
    QDateTime m_to;
    QString m_rule;
    QString m_institution;
    QString m_text;
};
