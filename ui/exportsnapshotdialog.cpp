#include "exportsnapshotdialog.h"
#include "ui_exportsnapshotdialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

ExportSnapshotDialog::ExportSnapshotDialog(const QList<Incident> &incidents, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportSnapshotDialog>())
{
    m_ui->setupUi(this);
    QList<Incident> sorted = incidents;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const Incident &a, const Incident &b) { return a.detectedAt > b.detectedAt; });
    const QLocale locale;
    for (const Incident &i : sorted) {
        const QString when = locale.toString(i.detectedAt.toLocalTime(), QLocale::ShortFormat);
        m_ui->incidentCombo->addItem(tr("#%1 %2 (detected %3, %4)").arg(QString::number(i.id), i.title, when, statusText(i.status)), i.uid);
    }
    if (sorted.isEmpty())
        m_ui->incidentCombo->addItem(tr("no incident in the book"));
    m_ui->filePath->setText(path);
    connect(m_ui->stateRadio, &QRadioButton::toggled, this, &ExportSnapshotDialog::updateEnabled);
    connect(m_ui->incidentRadio, &QRadioButton::toggled, this, &ExportSnapshotDialog::updateEnabled);
    connect(m_ui->filePath, &QLineEdit::textChanged, this, &ExportSnapshotDialog::updateEnabled);
    connect(m_ui->keyBrowse, &QPushButton::clicked, this, [this] {
        const QString key = QFileDialog::getOpenFileName(this, tr("Signing key"), m_ui->keyPath->text(),
            tr("PEM private keys (*.pem *.key);;All files (*)"));
        if (!key.isEmpty())
            m_ui->keyPath->setText(key);
    });
    connect(m_ui->fileBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export snapshot"), m_ui->filePath->text(),
            tr("Sentinela snapshots (*.%1);;All files (*)").arg(QLatin1StringView(snapshot::FileSuffix)));
        if (!file.isEmpty())
            m_ui->filePath->setText(file);
    });
    m_ui->incidentRadio->setEnabled(!sorted.isEmpty());
    updateEnabled();
}

ExportSnapshotDialog::~ExportSnapshotDialog() = default;

void ExportSnapshotDialog::updateEnabled()
{
    const bool incident = m_ui->incidentRadio->isChecked();
    m_ui->incidentCombo->setEnabled(incident && m_ui->incidentRadio->isEnabled());
    m_ui->windowLabel->setText(incident ? tr("History before the incident:") : tr("History before now:"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->filePath->text().trimmed().isEmpty());
}

void ExportSnapshotDialog::selectIncident(const QString &uid)
{
    const int index = m_ui->incidentCombo->findData(uid);
    if (index < 0 || !m_ui->incidentRadio->isEnabled())
        return;
    m_ui->incidentCombo->setCurrentIndex(index);
    m_ui->incidentRadio->setChecked(true);
}

void ExportSnapshotDialog::setWindowMinutes(int minutes)
{
    m_ui->windowMinutes->setValue(minutes);
}

void ExportSnapshotDialog::setKeyFile(const QString &path)
{
    m_ui->keyPath->setText(path);
}

void ExportSnapshotDialog::setFilePath(const QString &path)
{
    m_ui->filePath->setText(path);
}

SnapshotOptions ExportSnapshotDialog::options() const
{
    SnapshotOptions o;
    o.windowSeconds = qint64(m_ui->windowMinutes->value()) * 60;
    if (m_ui->incidentRadio->isChecked())
        o.incident = m_ui->incidentCombo->currentData().toString();
    return o;
}

QString ExportSnapshotDialog::keyFile() const
{
    return m_ui->keyPath->text().trimmed();
}

QString ExportSnapshotDialog::filePath() const
{
    return m_ui->filePath->text().trimmed();
}
