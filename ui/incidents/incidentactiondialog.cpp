#include "incidentactiondialog.h"

#include "ui_incidentactiondialog.h"

#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

IncidentActionDialog::IncidentActionDialog(
    Action action, const QString &incidentTitle, const NetworkConfig &network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IncidentActionDialog>())
    , m_action(action)
{
    m_ui->setupUi(this);
    setWindowTitle(actionText(action));
    switch (action) {
    case Action::Acknowledge:
        m_ui->summary->setText(tr("Acknowledge “%1”: your institution has seen it and is examining its own nodes. "
                                  "The time to acknowledge is counted in service hours.")
                                   .arg(incidentTitle));
        break;
    case Action::Note:
        m_ui->summary->setText(tr("Add a note to the timeline of “%1”.").arg(incidentTitle));
        break;
    case Action::Mitigate:
        m_ui->summary->setText(tr("Mark “%1” as mitigated: the effect is contained while the cause is still being "
                                  "dealt with.")
                                   .arg(incidentTitle));
        break;
    case Action::Resolve:
        m_ui->summary->setText(tr("Resolve “%1” by hand. Sentinela also resolves an incident by itself when its "
                                  "condition clears; it reopens if the condition comes back.")
                                   .arg(incidentTitle));
        break;
    }
    for (const Institution &inst : network.institutions)
        m_ui->institution->addItem(inst.name.isEmpty() ? inst.id : inst.name, inst.id);
    const int own = m_ui->institution->findData(network.incidents.institution);
    m_ui->institution->setCurrentIndex(std::max(own, 0));
    m_ui->who->setText(QSettings().value(u"incidents/operator"_s).toString());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(actionText(action));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->who, &QLineEdit::textChanged, this, &IncidentActionDialog::updateOk);
    connect(m_ui->note, &QPlainTextEdit::textChanged, this, &IncidentActionDialog::updateOk);
    if (m_ui->who->text().isEmpty())
        m_ui->who->setFocus();
    else
        m_ui->note->setFocus();
    updateOk();
}

IncidentActionDialog::~IncidentActionDialog() = default;

QString IncidentActionDialog::actionText(Action action)
{
    switch (action) {
    case Action::Acknowledge:
        return tr("Acknowledge");
    case Action::Note:
        return tr("Add note");
    case Action::Mitigate:
        return tr("Mitigated");
    case Action::Resolve:
        return tr("Resolve");
    }
    return {};
}

QString IncidentActionDialog::who() const
{
    return m_ui->who->text().trimmed();
}

QString IncidentActionDialog::institution() const
{
    return m_ui->institution->currentData().toString();
}

QString IncidentActionDialog::note() const
{
    return m_ui->note->toPlainText().trimmed();
}

// A name is always wanted (the committee reviews who acted); a note only for a note.
void IncidentActionDialog::updateOk()
{
    const bool ok = !who().isEmpty() && (m_action != Action::Note || !note().isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void IncidentActionDialog::accept()
{
    QSettings().setValue(u"incidents/operator"_s, who());
    QDialog::accept();
}
