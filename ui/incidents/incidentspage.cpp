#include "incidentspage.h"

#include "common/healthdelegate.h"
#include "common/statusstyle.h"
#include "core/clock.h"
#include "core/format.h"
#include "incidentdetail.h"
#include "incidentfilterproxy.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentreview.h"
#include "itemmodels/incidentreviewmodel.h"
#include "itemmodels/incidenttablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

IncidentsPage::IncidentsPage(IncidentBook *book, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_clock(clock ? clock : Clock::system())
    , m_model(new IncidentTableModel(book, m_clock, this))
    , m_openProxy(new IncidentFilterProxy(IncidentFilterProxy::Scope::Open, this))
    , m_historyProxy(new IncidentFilterProxy(IncidentFilterProxy::Scope::All, this))
    , m_reviewModel(new IncidentReviewModel(this))
    , m_detail(new IncidentDetail(book, m_clock, this))
{
    m_openProxy->setSourceModel(m_model);
    m_historyProxy->setSourceModel(m_model);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createOpenTab(), tr("Open"));
    m_tabs->addTab(createHistoryTab(), tr("History"));
    m_tabs->addTab(createReviewTab(), tr("Recurring-incident review"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_detail, &IncidentDetail::runbookRequested, this, &IncidentsPage::runbookRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_detail->setVisible(index != int(Tab::Review));
        if (index == int(Tab::Review))
            updateReview();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IncidentsPage::updateCounts);
    // Ages and countdowns move with the clock.
    auto *ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, [this] {
        m_model->refresh();
        m_detail->refresh();
    });
    ticker->start();
    updateCounts();
}

IncidentsPage::~IncidentsPage() = default;

QTableView *IncidentsPage::createTable(IncidentFilterProxy *proxy)
{
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setItemDelegate(new HealthDelegate(view));
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setSectionResizeMode(IncidentTableModel::Title, QHeaderView::Stretch);
    view->setColumnWidth(IncidentTableModel::Severity, 190);
    view->setColumnWidth(IncidentTableModel::Status, 110);
    view->setColumnWidth(IncidentTableModel::Affected, 140);
    view->setColumnWidth(IncidentTableModel::Answer, 150);
    view->setColumnWidth(IncidentTableModel::Action, 150);
    view->setColumnHidden(IncidentTableModel::Path, true);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this, view] { selectionChanged(view); });
    return view;
}

QWidget *IncidentsPage::createOpenTab()
{
    auto *tab = new QWidget(this);
    m_openView = createTable(m_openProxy);
    m_openView->setColumnHidden(IncidentTableModel::Detected, true);
    // Most severe first, then the oldest (the longest waiting).
    m_openView->sortByColumn(IncidentTableModel::Severity, Qt::DescendingOrder);
    m_noOpen = new QLabel(tab);
    m_noOpen->setAlignment(Qt::AlignCenter);
    m_noOpen->setWordWrap(true);
    m_openStack = new QStackedWidget(tab);
    m_openStack->addWidget(m_openView);
    m_openStack->addWidget(m_noOpen);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_openStack);
    return tab;
}

QWidget *IncidentsPage::createHistoryTab()
{
    auto *tab = new QWidget(this);
    m_historyView = createTable(m_historyProxy);
    m_historyView->setColumnHidden(IncidentTableModel::Age, false);
    m_historyView->sortByColumn(IncidentTableModel::Detected, Qt::DescendingOrder);
    const QDate today = m_clock->now().toLocalTime().date();
    m_historyFrom = new QDateEdit(today.addDays(-30), tab);
    m_historyTo = new QDateEdit(today, tab);
    for (QDateEdit *e : {m_historyFrom, m_historyTo}) {
        e->setCalendarPopup(true);
        connect(e, &QDateEdit::dateChanged, this, &IncidentsPage::updateHistoryFilter);
    }
    m_historyRule = new QComboBox(tab);
    m_historyRule->addItem(tr("Any rule"), QString());
    for (const QString &rule : Rules::all())
        m_historyRule->addItem(Rules::title(rule), rule);
    m_historyInstitution = new QComboBox(tab);
    m_historyInstitution->addItem(tr("Any institution"), QString());
    m_historyText = new QLineEdit(tab);
    m_historyText->setPlaceholderText(tr("Search title, evidence, node or #number"));
    m_historyText->setClearButtonEnabled(true);
    connect(m_historyRule, &QComboBox::currentIndexChanged, this, &IncidentsPage::updateHistoryFilter);
    connect(m_historyInstitution, &QComboBox::currentIndexChanged, this, &IncidentsPage::updateHistoryFilter);
    connect(m_historyText, &QLineEdit::textChanged, this, &IncidentsPage::updateHistoryFilter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), tab));
    filters->addWidget(m_historyFrom);
    filters->addWidget(new QLabel(tr("to"), tab));
    filters->addWidget(m_historyTo);
    filters->addWidget(m_historyRule);
    filters->addWidget(m_historyInstitution);
    filters->addWidget(m_historyText, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_historyView, 1);
    updateHistoryFilter();
    return tab;
}

QWidget *IncidentsPage::createReviewTab()
{
    auto *tab = new QWidget(this);
    const QDate today = m_clock->now().toLocalTime().date();
    // The committee meets monthly: the previous three months by default.
    m_reviewFrom = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-3), tab);
    m_reviewTo = new QDateEdit(today, tab);
    for (QDateEdit *e : {m_reviewFrom, m_reviewTo}) {
        e->setCalendarPopup(true);
        connect(e, &QDateEdit::dateChanged, this, &IncidentsPage::updateReview);
    }
    auto *csv = new QPushButton(tr("Export CSV…"), tab);
    auto *markdown = new QPushButton(tr("Export Markdown…"), tab);
    connect(csv, &QPushButton::clicked, this, [this] { exportReview(false); });
    connect(markdown, &QPushButton::clicked, this, [this] { exportReview(true); });
    m_reviewSummary = new QLabel(tab);
    m_reviewSummary->setWordWrap(true);
    m_reviewView = new QTableView(tab);
    m_reviewView->setModel(m_reviewModel);
    m_reviewView->setItemDelegate(new HealthDelegate(m_reviewView));
    m_reviewView->verticalHeader()->hide();
    m_reviewView->horizontalHeader()->setSectionResizeMode(IncidentReviewModel::Name, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), tab));
    bar->addWidget(m_reviewFrom);
    bar->addWidget(new QLabel(tr("to"), tab));
    bar->addWidget(m_reviewTo);
    bar->addStretch(1);
    bar->addWidget(csv);
    bar->addWidget(markdown);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_reviewSummary);
    layout->addWidget(m_reviewView, 1);
    return tab;
}

void IncidentsPage::setNetwork(const NetworkConfig &network)
{
    m_network = network;
    m_model->setNetwork(network);
    m_detail->setNetwork(network);
    const QString current = m_historyInstitution->currentData().toString();
    m_historyInstitution->blockSignals(true);
    m_historyInstitution->clear();
    m_historyInstitution->addItem(tr("Any institution"), QString());
    for (const Institution &inst : network.institutions)
        m_historyInstitution->addItem(inst.name.isEmpty() ? inst.id : inst.name, inst.id);
    m_historyInstitution->setCurrentIndex(std::max(0, m_historyInstitution->findData(current)));
    m_historyInstitution->blockSignals(false);
    updateHistoryFilter();
    updateCounts();
}

void IncidentsPage::setReadOnly(bool readOnly)
{
    m_detail->setReadOnly(readOnly);
}

void IncidentsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void IncidentsPage::showIncident(const QString &uid)
{
    const int sourceRow = m_model->rowOf(uid);
    if (sourceRow < 0)
        return;
    const Incident *incident = m_model->incidentAt(sourceRow);
    QTableView *view = incident && incident->isOpen() ? m_openView : m_historyView;
    auto *proxy = static_cast<IncidentFilterProxy *>(view->model());
    const QModelIndex index = proxy->mapFromSource(m_model->index(sourceRow, 0));
    showTab(view == m_openView ? Tab::Open : Tab::History);
    if (index.isValid())
        view->setCurrentIndex(index);
    m_detail->setIncident(uid);
}

void IncidentsPage::selectionChanged(QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    m_detail->setIncident(current.isValid() ? current.data(ItemRoles::Key).toString() : QString());
}

void IncidentsPage::updateCounts()
{
    const int open = m_openProxy->rowCount();
    m_tabs->setTabText(int(Tab::Open), open > 0 ? tr("Open (%1)").arg(open) : tr("Open"));
    HealthLevel worst = HealthLevel::Ok;
    for (int r = 0; r < open; ++r)
        worst = worstLevel(worst, HealthLevel(m_openProxy->index(r, 0).data(ItemRoles::Health).toInt()));
    m_tabs->setTabIcon(int(Tab::Open), StatusStyle::icon(worst));
    if (open == 0) {
        m_noOpen->setText(u"<p style='font-size:large'>%1 %2</p><p>%3</p>"_s.arg(healthGlyph(HealthLevel::Ok),
            tr("No open incident").toHtmlEscaped(),
            tr("Sentinela checks the rules of the Operations Manual every second; an incident opens here when one "
               "holds, and closes by itself when its condition clears.")
                .toHtmlEscaped()));
        m_openStack->setCurrentWidget(m_noOpen);
    } else {
        m_openStack->setCurrentWidget(m_openView);
        if (!m_openView->currentIndex().isValid() && m_tabs->currentIndex() == int(Tab::Open))
            m_openView->setCurrentIndex(m_openProxy->index(0, 0));
    }
}

void IncidentsPage::updateHistoryFilter()
{
    // Dates are the operator's local days, inclusive.
    const QDateTime from = m_historyFrom->date().startOfDay();
    const QDateTime to = m_historyTo->date().addDays(1).startOfDay();
    m_historyProxy->setPeriod(from, to);
    m_historyProxy->setRule(m_historyRule->currentData().toString());
    m_historyProxy->setInstitution(m_historyInstitution->currentData().toString());
    m_historyProxy->setText(m_historyText->text());
    if (m_book)
        m_book->loadHistory(from.toUTC(), to.toUTC());
}

void IncidentsPage::updateReview()
{
    const QDateTime from = m_reviewFrom->date().startOfDay().toUTC();
    const QDateTime to = m_reviewTo->date().addDays(1).startOfDay().toUTC();
    const IncidentReview review = reviewIncidents(m_book ? m_book->incidents() : QList<Incident>(), m_network, from, to);
    m_reviewModel->setReview(review);
    const auto mean = [](qint64 s) { return s < 0 ? u"—"_s : formatDuration(s * 1000); };
    m_reviewSummary->setText(tr("%n incident(s) in the period; mean time to acknowledge %1 and to resolve %2, in "
                                "service hours. Rows with two or more incidents recur.",
        nullptr, review.total)
                                 .arg(mean(review.meanToAcknowledgeSeconds), mean(review.meanToResolveSeconds)));
}

QByteArray IncidentsPage::reviewCsv() const
{
    return reviewToCsv(m_reviewModel->review());
}

QString IncidentsPage::reviewMarkdown() const
{
    return reviewToMarkdown(m_reviewModel->review(), m_network);
}

void IncidentsPage::exportReview(bool markdown)
{
    updateReview();
    const QString suggested = u"incident-review-%1.%2"_s.arg(m_reviewTo->date().toString(Qt::ISODate),
        markdown ? u"md"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export review"), suggested,
        markdown ? tr("Markdown (*.md)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray content = markdown ? reviewMarkdown().toUtf8() : reviewCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        QMessageBox::warning(this, tr("Export review"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}
