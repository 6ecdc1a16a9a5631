#pragma once

#include "incidents/incidentreview.h"

#include <QAbstractTableModel>

// The recurring-incident review as a table (rule, institution and node groups).
class IncidentReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, Name, Count, Open, Critical, MeanToAcknowledge, MeanToResolve, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setReview(const IncidentReview &review);
    const IncidentReview &review() const { return m_review; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IncidentReview m_review;
};
