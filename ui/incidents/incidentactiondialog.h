#pragma once

#include "config/inventory.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IncidentActionDialog;
}

// Who acts on an incident and why: acknowledge, note, mitigate, resolve. Remembers the operator's name; the
// institution defaults to the profile's own (incidents.institution).
class IncidentActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Acknowledge, Note, Mitigate, Resolve };

    IncidentActionDialog(Action action, const QString &incidentTitle, const NetworkConfig &network,
        QWidget *parent = nullptr);
    ~IncidentActionDialog() override;

    QString who() const;
    QString institution() const; // id
    QString note() const;

    static QString actionText(Action action); // "Acknowledge", ...

    void accept() override;

private:
    void updateOk();

    std::unique_ptr<Ui::IncidentActionDialog> m_ui;
    Action m_action;
};
