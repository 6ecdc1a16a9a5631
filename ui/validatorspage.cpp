#include "validatorspage.h"

#include "analysis/validatoranalysis.h"
#include "analysis/validatorvotes.h"
#include "common/statusstyle.h"
#include "core/clock.h"
#include "emptystate.h"
#include "itemmodels/participationstripmodel.h"
#include "itemmodels/validatortablemodel.h"
#include "participationstrippalette.h"
#include "participationstripview.h"
#include "state/networkstate.h"
#include "validatordetail.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Sorting by the model's SortRole, a search over institution, node name and address, and the status icon (the
// item models stay free of Qt GUI types).
class ValidatorProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ValidatorTableModel::StatusColumn) {
            const int level = QSortFilterProxyModel::data(index, ItemRoles::Health).toInt();
            return StatusStyle::icon(HealthLevel(level));
        }
        return QSortFilterProxyModel::data(index, role);
    }

    void setNeedle(const QString &needle)
    {
        m_needle = needle.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString &needle = m_needle;
        if (needle.isEmpty())
            return true;
        for (int c : {ValidatorTableModel::InstitutionColumn, ValidatorTableModel::ValidatorColumn,
                 ValidatorTableModel::AddressColumn, ValidatorTableModel::StatusColumn}) {
            if (sourceModel()->index(row, c, parent).data().toString().contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_needle;
};

QLabel *legendItem(ParticipationStripModel::Cell cell, QWidget *parent)
{
    const int size = 14;
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    StripPalette::paintCell(&p, QRectF(2, 0, size - 4, size), cell);
    p.end();
    auto *label = new QLabel(parent);
    label->setPixmap(pm);
    label->setToolTip(ParticipationStripModel::cellName(cell));
    return label;
}

} // namespace

ValidatorsPage::ValidatorsPage(NetworkState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_cache(BlockAnalysisCache::of(state))
    , m_model(new ValidatorTableModel(state, this))
    , m_stripModel(new ParticipationStripModel(state, this))
    , m_proxy(new ValidatorProxy(this))
    , m_stack(new QStackedLayout(this))
    , m_empty(new EmptyState(tr("Validator participation"),
          tr("Per validator and per block: who proposed and who signed, the share of blocks proposed "
             "against the operational level (OLA), the signing rate, and validators out of "
             "consensus."),
          this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(m_content))
    , m_window(new QComboBox(m_content))
    , m_coverage(new QLabel(m_content))
    , m_progress(new QProgressBar(m_content))
    , m_votes(new QLabel(m_content))
    , m_table(new QTableView(m_content))
    , m_strip(new ParticipationStripView(m_content))
    , m_detail(new ValidatorDetail(m_content))
    , m_ticker(new QTimer(this))
{
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(m_content);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search institution, validator or address"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search validators"));
    for (ParticipationWindow w : participationWindows())
        m_window->addItem(participationWindowName(w), int(w));
    m_window->setCurrentIndex(m_window->findData(int(m_model->window())));
    m_window->setAccessibleName(tr("Participation window"));
    m_coverage->setWordWrap(true);
    m_progress->setFormat(tr("Analysing blocks: %v of %m"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(280);
    bar->addWidget(m_search, 2);
    bar->addWidget(new QLabel(tr("Window:"), m_content));
    bar->addWidget(m_window);
    bar->addWidget(m_progress);
    bar->addWidget(m_coverage, 3);
    layout->addLayout(bar);
    // Shown only while some node holds a vote: a vote nobody expected (above all one to remove a validator) is
    // what an operator must see before it is cast.
    m_votes->setWordWrap(true);
    m_votes->setTextFormat(Qt::PlainText);
    m_votes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_votes->setVisible(false);
    m_votes->setAccessibleName(tr("Pending validator votes"));
    layout->addWidget(m_votes);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ValidatorTableModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ValidatorTableModel::InstitutionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The full address stays in the cell (and is searchable); the column shows its ends.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(ValidatorTableModel::AddressColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ValidatorTableModel::AddressColumn, 150);
    // The address is the least read column (the detail pane shows it whole): last, so that the columns judging the
    // validator (status, share proposed, signing rate) come right after its name and stay in view on a 1600 px
    // screen whatever the language's widths.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(ValidatorTableModel::AddressColumn), header->count() - 1);
    m_table->setAccessibleName(tr("Validators"));

    auto *legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Recent blocks (newest on the right; hover for details):"), m_content));
    for (auto cell : {ParticipationStripModel::Cell::Proposed, ParticipationStripModel::Cell::Signed,
             ParticipationStripModel::Cell::NotSealed, ParticipationStripModel::Cell::RoundChange,
             ParticipationStripModel::Cell::NotMember}) {
        legend->addWidget(legendItem(cell, m_content));
        legend->addWidget(new QLabel(ParticipationStripModel::cellName(cell), m_content));
        legend->addSpacing(8);
    }
    legend->addStretch(1);
    auto *stripBox = new QWidget(m_content);
    auto *stripLayout = new QVBoxLayout(stripBox);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    stripLayout->addLayout(legend);
    m_strip->setModel(m_stripModel);
    stripLayout->addWidget(m_strip, 1);

    auto *top = new QSplitter(Qt::Horizontal, m_content);
    top->addWidget(m_table);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    m_detail->setMaximumWidth(620);
    auto *vertical = new QSplitter(Qt::Vertical, m_content);
    vertical->addWidget(top);
    vertical->addWidget(stripBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    connect(m_search, &QLineEdit::textChanged, this,
        [this](const QString &text) { static_cast<ValidatorProxy *>(m_proxy)->setNeedle(text); });
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setWindow(ParticipationWindow(m_window->currentData().toInt()));
        updateDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int row = selectedSourceRow();
        m_strip->setSelectedRow(row >= 0 ? m_stripModel->rowOf(m_model->identity(row).address) : -1);
        updateDetail();
    });
    connect(m_strip, &ParticipationStripView::rowClicked, this, [this](int stripRow) {
        const int row = m_model->rowOf(m_stripModel->addressAt(stripRow));
        if (row >= 0)
            selectValidator(row);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl) {
        if (tl.row() == selectedSourceRow())
            updateDetail();
    });
    connect(m_model, &ValidatorTableModel::windowSummaryChanged, this, &ValidatorsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ValidatorsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ValidatorsPage::updateEmptyState);
    connect(m_cache, &BlockAnalysisCache::blocksAnalysed, this, &ValidatorsPage::updateEmptyState);
    connect(m_cache, &BlockAnalysisCache::blocksDropped, this, &ValidatorsPage::updateEmptyState);
    connect(m_cache, &BlockAnalysisCache::cleared, this, &ValidatorsPage::updateEmptyState);
    connect(m_cache, &BlockAnalysisCache::progressChanged, this, [this](int done, int total) {
        m_progress->setVisible(done < total && total > BlockAnalysisCache::InlineLimit);
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        updateEmptyState();
    });
    connect(m_state, &NetworkState::configured, this, &ValidatorsPage::updateEmptyState);
    connect(m_state, &NetworkState::blocksAdded, this, &ValidatorsPage::updateEmptyState);
    connect(m_state, &NetworkState::configured, this, &ValidatorsPage::updateVotes);
    connect(m_state, &NetworkState::pendingVotesChanged, this, &ValidatorsPage::updateVotes);
    connect(m_state, &NetworkState::validatorsChanged, this, &ValidatorsPage::updateVotes);

    // Ages and time windows move with the clock even when no block arrives (a stopped chain above all).
    m_ticker->setInterval(10000);
    connect(m_ticker, &QTimer::timeout, m_model, &ValidatorTableModel::refresh);
    m_ticker->start();

    updateSummary();
    updateVotes();
    updateEmptyState();
}

ValidatorsPage::~ValidatorsPage() = default;

bool ValidatorsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ValidatorsPage::emptyReason() const
{
    return m_empty->reason();
}

void ValidatorsPage::updateEmptyState()
{
    QString reason;
    if (m_state->network().nodes.isEmpty())
        reason = tr("No network is configured: open a profile with the network's nodes.");
    else if (m_cache->count() == 0 && m_cache->isBusy())
        reason = tr("Analysing the committed seals of %n block(s)…", nullptr, m_cache->pendingCount());
    else if (m_cache->count() == 0 && m_state->blockCount() > 0)
        reason = tr(
            "None of the %n block(s) received could be decoded as QBFT / IBFT 2.0.", nullptr, m_state->blockCount());
    else if (m_cache->count() == 0)
        reason = tr("Waiting for blocks: no node has answered with a block yet.");
    m_empty->setReason(reason);
    m_stack->setCurrentWidget(reason.isEmpty() ? m_content : static_cast<QWidget *>(m_empty));
}

void ValidatorsPage::updateSummary()
{
    const QString coverage = m_model->coverage();
    m_coverage->setText(coverage.isEmpty() ? QString() : (m_model->isPartial() ? u"\u26A0 "_s : QString()) + coverage);
    m_coverage->setToolTip(m_model->isPartial()
            ? tr("The history in memory does not cover the whole window: the figures count only the "
                 "blocks held.")
            : QString());
}

void ValidatorsPage::updateVotes()
{
    const analysis::PendingVotesSummary summary
        = analysis::summarisePendingVotes(m_state->pendingVotes(), m_state->network(), m_state->currentValidators());
    const QStringList lines = analysis::pendingVoteLines(summary, validatorDirectory(m_state->network()));
    m_votes->setVisible(!lines.isEmpty());
    if (lines.isEmpty()) {
        m_votes->clear();
        return;
    }
    m_votes->setText(tr("Pending validator votes (cast in the blocks their nodes propose):") + u"\n\u2022 "_s
        + lines.join(u"\n\u2022 "_s));
}

QString ValidatorsPage::votesText() const
{
    return m_votes->isHidden() ? QString() : m_votes->text();
}

int ValidatorsPage::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ValidatorsPage::selectValidator(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ValidatorsPage::updateDetail()
{
    const int row = selectedSourceRow();
    if (row < 0) {
        m_detail->clear();
        return;
    }
    m_detail->setValidator(m_model->identity(row), m_model->figures(row), *m_cache, m_model->participation(),
        m_state->clock()->now(), m_model->signerCheck(row));
}
