#include "manualpage.h"

#include "checklistcommitdialog.h"
#include "checklists/checklistitemsmodel.h"
#include "checklists/checklistlibrarymodel.h"
#include "checklists/checklistrunmodel.h"
#include "checklists/linemerge.h"
#include "incidents/incidentbook.h"
#include "ui_manualitemform.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int SectionKind = 0;
constexpr int ItemKind = 1;

// Every edit is the document's bytes before and after: undo and redo restore them exactly.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ManualPage *page, const QString &text, QByteArray before, QByteArray after)
        : QUndoCommand(text)
        , m_page(page)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_page->setDocumentContent(m_before); }
    void redo() override { m_page->setDocumentContent(m_after); }

private:
    ManualPage *m_page;
    QByteArray m_before;
    QByteArray m_after;
};

struct GitResult
{
    bool repository = false;
    QList<ChecklistChange> changes;
    QString error;
};

} // namespace

ManualPage::ManualPage(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_autosave(new QTimer(this))
    , m_rescanTimer(new QTimer(this))
    , m_diskTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_libraryModel(new ChecklistLibraryModel(this))
    , m_itemsModel(new ChecklistItemsModel(this))
    , m_runModel(new ChecklistRunModel(this))
    , m_formUi(std::make_unique<Ui::ManualItemForm>())
{
    m_gitPool.setMaxThreadCount(1);
    // Left: the folder's documents and its Git state.
    m_folderLabel = new QLabel(this);
    m_folderLabel->setWordWrap(true);
    m_documents = new QTreeView(this);
    m_documents->setObjectName(u"documents"_s);
    m_documents->setModel(m_libraryModel);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->header()->setSectionResizeMode(ChecklistLibraryModel::TitleColumn, QHeaderView::Stretch);
    m_documents->header()->setStretchLastSection(false);
    m_documents->header()->setSectionResizeMode(ChecklistLibraryModel::StateColumn, QHeaderView::ResizeToContents);
    m_gitLabel = new QLabel(this);
    m_gitLabel->setWordWrap(true);
    m_commit = new QPushButton(tr("Commit…"), this);
    m_commit->setObjectName(u"commit"_s);
    m_commit->setToolTip(tr("Commit the changed documents to the folder's Git repository (nothing is pushed)."));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_folderLabel);
    leftLayout->addWidget(m_documents, 1);
    auto *gitRow = new QHBoxLayout;
    gitRow->addWidget(m_gitLabel, 1);
    gitRow->addWidget(m_commit);
    leftLayout->addLayout(gitRow);

    // Right: the banner for a change on disk, the document's header and its tabs.
    m_banner = new QFrame(this);
    m_banner->setObjectName(u"externalChange"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_reload = new QPushButton(tr("Reload theirs"), m_banner);
    m_reload->setToolTip(tr("Show the version on disk; your edits stay in the undo history."));
    m_merge = new QPushButton(tr("Keep mine and merge"), m_banner);
    m_merge->setToolTip(tr("Merge both versions line by line; where both changed the same lines both are kept."));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_reload);
    bannerLayout->addWidget(m_merge);
    m_banner->hide();

    m_title = new QLabel(this);
    m_title->setObjectName(u"documentTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_meta = new QLabel(this);
    m_meta->setWordWrap(true);
    m_reviewed = new QPushButton(tr("Mark reviewed today"), this);
    m_reviewed->setToolTip(tr("Sets the document's lastReviewed date to today: the next review is due one review "
                              "period later."));
    auto *header = new QHBoxLayout;
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_meta);
    header->addLayout(headerText, 1);
    header->addWidget(m_reviewed, 0, Qt::AlignTop);

    m_tabs = new QTabWidget(this);
    // Edit tab: toolbar, items tree and the item form.
    auto *editTab = new QWidget(m_tabs);
    auto *toolbar = new QToolBar(editTab);
    toolbar->setObjectName(u"editToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_items = new QTreeView(editTab);
    m_items->setObjectName(u"items"_s);
    m_items->setModel(m_itemsModel);
    m_items->setHeaderHidden(true);
    m_items->setDragDropMode(QAbstractItemView::InternalMove);
    m_items->setDefaultDropAction(Qt::MoveAction);
    m_items->setDragEnabled(true);
    m_items->setAcceptDrops(true);
    m_items->setDropIndicatorShown(true);
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_form = new QWidget(editTab);
    m_formUi->setupUi(m_form);
    auto *editSplit = new QSplitter(Qt::Vertical, editTab);
    editSplit->addWidget(m_items);
    editSplit->addWidget(m_form);
    editSplit->setStretchFactor(0, 3);
    editSplit->setStretchFactor(1, 1);
    editSplit->setSizes({560, 200});
    auto *editLayout = new QVBoxLayout(editTab);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(toolbar);
    editLayout->addWidget(editSplit, 1);
    m_tabs->addTab(editTab, tr("Edit"));

    m_preview = new QTextBrowser(m_tabs);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setOpenExternalLinks(true);
    m_tabs->addTab(m_preview, tr("Preview"));

    // Runs tab.
    auto *runsTab = new QWidget(m_tabs);
    m_runs = new QComboBox(runsTab);
    m_runs->setObjectName(u"runs"_s);
    m_startRun = new QPushButton(tr("Start run"), runsTab);
    m_startRun->setToolTip(tr("Start this checklist now: each step ticked is recorded with who and when, with the "
                              "incident when one is chosen. The document itself is not changed."));
    m_finishRun = new QPushButton(tr("Finish run"), runsTab);
    m_runInfo = new QLabel(runsTab);
    m_runInfo->setWordWrap(true);
    m_runSteps = new QTableView(runsTab);
    m_runSteps->setObjectName(u"runSteps"_s);
    m_runSteps->setModel(m_runModel);
    // A step's note can be long: it wraps in its cell, and the row grows to hold it.
    m_runSteps->setWordWrap(true);
    m_runSteps->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runSteps->horizontalHeader()->setSectionResizeMode(ChecklistRunModel::StepColumn, QHeaderView::Stretch);
    m_runSteps->horizontalHeader()->setSectionResizeMode(
        ChecklistRunModel::DoneByColumn, QHeaderView::ResizeToContents);
    m_runSteps->horizontalHeader()->setSectionResizeMode(
        ChecklistRunModel::DoneAtColumn, QHeaderView::ResizeToContents);
    // The step gets the room; the note keeps a readable width and can be widened.
    m_runSteps->horizontalHeader()->setStretchLastSection(false);
    m_runSteps->horizontalHeader()->setSectionResizeMode(ChecklistRunModel::NoteColumn, QHeaderView::Interactive);
    m_runSteps->horizontalHeader()->resizeSection(ChecklistRunModel::NoteColumn, 300);
    m_runSteps->verticalHeader()->hide();
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runs, 1);
    runRow->addWidget(m_startRun);
    runRow->addWidget(m_finishRun);
    auto *runsLayout = new QVBoxLayout(runsTab);
    runsLayout->addLayout(runRow);
    runsLayout->addWidget(m_runInfo);
    runsLayout->addWidget(m_runSteps, 1);
    m_tabs->addTab(runsTab, tr("Runs"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"saveStatus"_s);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // Room for the documents' titles (pt_BR ones are long) beside their Git state.
    splitter->setSizes({520, 1080});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    createActions();
    for (QAction *a : {m_addSection, m_addItem, m_addChild, m_indent, m_outdent, m_moveUp, m_moveDown, m_delete,
             m_undoAction, m_redoAction})
        toolbar->addAction(a);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1500);
    connect(m_autosave, &QTimer::timeout, this, [this] { saveNow(); });
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(300);
    connect(m_rescanTimer, &QTimer::timeout, this, &ManualPage::rescan);
    m_diskTimer->setSingleShot(true);
    m_diskTimer->setInterval(200);
    connect(m_diskTimer, &QTimer::timeout, this, &ManualPage::checkDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ManualPage::fileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_rescanTimer, qOverload<>(&QTimer::start));

    connect(m_documents->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        const QString path = i.data(ChecklistLibraryModel::PathRole).toString();
        if (!path.isEmpty() && path != m_relativePath)
            openDocument(path);
    });
    connect(m_items->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateForm();
        updateActions();
    });
    // Queued: the view is still inside setData or its drop when the model asks.
    connect(
        m_itemsModel, &ChecklistItemsModel::textEdited, this,
        [this](ChecklistItemsModel::Kind kind, int index, const QString &text) {
            if (kind == ChecklistItemsModel::Kind::Section)
                applyEdit(tr("Rename section"), [&](ChecklistDocument &d) { return d.setSectionTitle(index, text); });
            else
                applyEdit(tr("Edit item"), [&](ChecklistDocument &d) { return d.setItemText(index, text); });
            selectNode(kind == ChecklistItemsModel::Kind::Section ? SectionKind : ItemKind, index);
        },
        Qt::QueuedConnection);
    connect(
        m_itemsModel, &ChecklistItemsModel::checkEdited, this,
        [this](int item, bool checked) {
            applyEdit(checked ? tr("Tick item") : tr("Untick item"),
                [&](ChecklistDocument &d) { return d.setItemChecked(item, checked); });
            selectNode(ItemKind, item);
        },
        Qt::QueuedConnection);
    connect(
        m_itemsModel, &ChecklistItemsModel::moveRequested, this,
        [this](int item, ChecklistItemsModel::Kind kind, int target, ChecklistDocument::Position position) {
            moveRequested(item, kind == ChecklistItemsModel::Kind::Section ? SectionKind : ItemKind, target, position);
        },
        Qt::QueuedConnection);
    connect(
        m_itemsModel, &ChecklistItemsModel::sectionMoveRequested, this,
        [this](int section, int target, ChecklistDocument::Position position) {
            if (section < 0 || section >= m_doc.sections().size())
                return;
            const ChecklistSection moved = m_doc.sections().at(section);
            if (!applyEdit(
                    tr("Move section"), [&](ChecklistDocument &d) { return d.moveSection(section, target, position); }))
                return;
            // Follow it: the heading of that title and level nearest to where it went.
            for (const ChecklistSection &s : m_doc.sections()) {
                if (s.title == moved.title && s.level == moved.level) {
                    selectNode(SectionKind, s.index);
                    break;
                }
            }
        },
        Qt::QueuedConnection);

    connect(m_formUi->text, &QLineEdit::returnPressed, this, &ManualPage::applyForm);
    connect(m_formUi->buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *b) {
        if (m_formUi->buttons->buttonRole(b) == QDialogButtonBox::ApplyRole)
            applyForm();
        else
            updateForm();
    });
    connect(m_formUi->addLink, &QPushButton::clicked, this, &ManualPage::addLink);
    connect(m_reviewed, &QPushButton::clicked, this, [this] {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        applyEdit(
            tr("Mark reviewed"), [&](ChecklistDocument &d) { return d.setFrontMatterValue(u"lastReviewed"_s, today); });
    });
    connect(m_reload, &QPushButton::clicked, this, &ManualPage::reloadFromDisk);
    connect(m_merge, &QPushButton::clicked, this, &ManualPage::mergeWithDisk);
    connect(m_commit, &QPushButton::clicked, this, &ManualPage::commitChanges);
    connect(m_startRun, &QPushButton::clicked, this, &ManualPage::startRun);
    connect(m_finishRun, &QPushButton::clicked, this, &ManualPage::finishRun);
    connect(m_runs, &QComboBox::currentIndexChanged, this, [this] {
        m_runModel->setRun(m_runs->currentData().toString());
        updateActions();
    });
    connect(m_undo, &QUndoStack::indexChanged, this, &ManualPage::updateActions);

    setFolder({});
}

ManualPage::~ManualPage()
{
    if (isDirty() && !isReadOnly())
        saveNow();
    // The stack clears itself when destroyed, after this page's members are gone.
    disconnect(m_undo, nullptr, this, nullptr);
}

void ManualPage::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_addSection = make(tr("Add section"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        tr("A new section after the selected one"), [this] {
            const int s = selectedKind() == SectionKind ? selectedIndex()
                : selectedKind() == ItemKind            ? m_doc.items().at(selectedIndex()).section
                                                        : int(m_doc.sections().size()) - 1;
            const int level = s >= 0 ? m_doc.sections().at(s).level : 2;
            int added = -1;
            if (applyEdit(tr("Add section"), [&](ChecklistDocument &d) {
                    added = d.addSection(s, level, tr("New section"));
                    return added >= 0;
                })) {
                selectNode(SectionKind, added);
                m_items->edit(m_items->currentIndex());
            }
        });
    m_addItem
        = make(tr("Add item"), QKeySequence(Qt::CTRL | Qt::Key_N), tr("A new step after the selected one"), [this] {
              int added = -1;
              const int kind = selectedKind();
              const int index = selectedIndex();
              const bool ok = applyEdit(tr("Add item"), [&](ChecklistDocument &d) {
                  if (kind == ItemKind)
                      added = d.addItem(index, ChecklistDocument::Position::After, tr("New step"));
                  else if (kind == SectionKind)
                      added = d.addItemToSection(index, tr("New step"));
                  return added >= 0;
              });
              if (ok) {
                  selectNode(ItemKind, added);
                  m_items->edit(m_items->currentIndex());
              }
          });
    m_addChild = make(tr("Add sub-item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
        tr("A new step under the selected one"), [this] {
            int added = -1;
            const int index = selectedIndex();
            if (selectedKind() == ItemKind && applyEdit(tr("Add sub-item"), [&](ChecklistDocument &d) {
                    added = d.addItem(index, ChecklistDocument::Position::Child, tr("New step"));
                    return added >= 0;
                })) {
                selectNode(ItemKind, added);
                m_items->edit(m_items->currentIndex());
            }
        });
    const auto itemOp = [this](const QString &text, bool (ChecklistDocument::*op)(int)) {
        return [this, text, op] {
            if (selectedKind() != ItemKind)
                return;
            const int index = selectedIndex();
            const int line = m_doc.items().at(index).line;
            const QString itemText = m_doc.items().at(index).text;
            if (!applyEdit(text, [&](ChecklistDocument &d) { return (d.*op)(index); }))
                return;
            // Follow the moved item: by its text near where it was.
            int best = -1;
            for (const ChecklistItem &it : m_doc.items()) {
                if (it.text == itemText
                    && (best < 0 || qAbs(it.line - line) < qAbs(m_doc.items().at(best).line - line)))
                    best = it.index;
            }
            selectNode(ItemKind, best);
        };
    };
    const auto sectionOrItemOp = [this, itemOp](const QString &text, bool (ChecklistDocument::*itemFn)(int),
                                     bool (ChecklistDocument::*sectionFn)(int)) {
        return [this, text, itemFn, sectionFn, itemOp] {
            if (selectedKind() == SectionKind && sectionFn) {
                const int index = selectedIndex();
                const QString title = m_doc.sections().at(index).title;
                if (applyEdit(text, [&](ChecklistDocument &d) { return (d.*sectionFn)(index); })) {
                    for (const ChecklistSection &s : m_doc.sections()) {
                        if (s.title == title) {
                            selectNode(SectionKind, s.index);
                            break;
                        }
                    }
                }
            } else {
                itemOp(text, itemFn)();
            }
        };
    };
    m_indent = make(tr("Indent"), QKeySequence(Qt::ALT | Qt::Key_Right),
        tr("Make the step a sub-step of the one above"), itemOp(tr("Indent item"), &ChecklistDocument::indentItem));
    m_outdent = make(tr("Outdent"), QKeySequence(Qt::ALT | Qt::Key_Left), tr("Move the sub-step out one level"),
        itemOp(tr("Outdent item"), &ChecklistDocument::outdentItem));
    m_moveUp = make(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the step or section up"),
        sectionOrItemOp(tr("Move up"), &ChecklistDocument::moveItemUp, &ChecklistDocument::moveSectionUp));
    m_moveDown = make(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move the step or section down"),
        sectionOrItemOp(tr("Move down"), &ChecklistDocument::moveItemDown, &ChecklistDocument::moveSectionDown));
    m_delete = make(tr("Delete"), QKeySequence(QKeySequence::Delete),
        tr("Delete the step (with its sub-steps) or the section"), [this] {
            const int kind = selectedKind();
            const int index = selectedIndex();
            if (kind == ItemKind)
                applyEdit(tr("Delete item"), [&](ChecklistDocument &d) { return d.deleteItem(index); });
            else if (kind == SectionKind)
                applyEdit(tr("Delete section"), [&](ChecklistDocument &d) { return d.deleteSection(index); });
        });
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    // Both conventions, whatever the platform theme says.
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redoAction);
}

void ManualPage::setFolder(const QString &folder, bool templates)
{
    if (isDirty() && !isReadOnly())
        saveNow();
    m_templates = templates;
    m_folder = folder;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_library = ChecklistLibrary();
    m_relativePath.clear();
    m_doc = ChecklistDocument();
    m_base.clear();
    m_diskPending.clear();
    m_banner->hide();
    m_undo->clear();
    m_pendingRule.clear();
    m_pendingIncident.clear();
    m_itemsModel->setDocument(&m_doc);
    m_libraryModel->setLibrary(m_library, QDate::currentDate());
    m_changes.clear();
    m_libraryModel->setChanges({});
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        m_watcher->addPath(folder);
    m_folderLabel->setText(folder.isEmpty() ? tr("No Operations Manual folder: set checklists.folder in the profile.")
            : templates ? tr("Shipped templates (read-only): %1").arg(QDir::toNativeSeparators(folder))
                        : QDir::toNativeSeparators(folder));
    setReadOnly(m_readOnly);
    startScan(true);
    refreshGit();
    updateHeader();
    updateForm();
    updatePreview();
    updateRuns();
}

void ManualPage::rescan()
{
    startScan(false);
}

// Every document of the folder is read and parsed on a worker: a folder on a slow or network disk never freezes the
// window. A newer scan supersedes an older one still running.
void ManualPage::startScan(bool openFirst)
{
    const int generation = ++m_scanGeneration;
    const QString folder = m_folder;
    if (folder.isEmpty()) {
        m_scanning = false;
        applyScan(ChecklistLibrary(), openFirst);
        return;
    }
    m_scanning = true;
    if (openFirst)
        m_meta->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(folder)));
    auto *watcher = new QFutureWatcher<ChecklistLibrary>(this);
    connect(watcher, &QFutureWatcher<ChecklistLibrary>::finished, this, [this, watcher, generation, openFirst] {
        watcher->deleteLater();
        if (generation != m_scanGeneration)
            return;
        m_scanning = false;
        applyScan(watcher->result(), openFirst);
    });
    watcher->setFuture(QtConcurrent::run([folder] {
        ChecklistLibrary library;
        library.scan(folder);
        return library;
    }));
}

void ManualPage::applyScan(const ChecklistLibrary &library, bool openFirst)
{
    m_library = library;
    m_libraryModel->setLibrary(m_library, QDate::currentDate());
    m_libraryModel->setChanges(m_changes);
    m_documents->expandAll();
    emit libraryChanged();
    if (openFirst && m_relativePath.isEmpty() && !m_library.entries().isEmpty()) {
        openDocument(m_library.entries().first().relativePath);
    } else {
        const QModelIndex i = m_libraryModel->indexOfPath(m_relativePath);
        if (i.isValid()) {
            const QSignalBlocker block(m_documents->selectionModel());
            m_documents->setCurrentIndex(i);
        }
        updateHeader();
    }
    if (!m_pendingRule.isEmpty()) {
        const QString rule = std::exchange(m_pendingRule, QString());
        const QString incident = std::exchange(m_pendingIncident, QString());
        openRunbookForRule(rule, incident);
    }
    if (!openFirst)
        refreshGit();
    emit scanned();
}

void ManualPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool ro = isReadOnly();
    m_itemsModel->setReadOnly(ro);
    m_runModel->setReadOnly(readOnly || !m_book || m_book->isReadOnly());
    m_items->setDragDropMode(ro ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
    m_form->setEnabled(!ro);
    m_merge->setEnabled(!ro);
    if (ro)
        m_autosave->stop();
    updateActions();
}

bool ManualPage::isReadOnly() const
{
    return m_readOnly || m_templates;
}

void ManualPage::setIncidentBook(IncidentBook *book, const QString &user, const QString &institution)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    m_user = user;
    m_institution = institution;
    m_runModel->setBook(book, user);
    m_runModel->setReadOnly(m_readOnly || !book || book->isReadOnly());
    if (book) {
        connect(book, &IncidentBook::runChanged, this, [this] { updateRuns(); });
        connect(book, &IncidentBook::incidentsReset, this, [this] { updateRuns(); });
    }
    updateRuns();
}

bool ManualPage::openRunbookForRule(const QString &ruleId, const QString &incidentUid)
{
    // The library follows the folder (watched, read again on a worker): it is only waited for while being read.
    if (m_scanning) {
        m_pendingRule = ruleId;
        m_pendingIncident = incidentUid;
        setStatus(tr("Reading the Operations Manual folder…"));
        return true;
    }
    const ChecklistEntry *entry = m_library.runbookForRule(ruleId);
    if (!entry) {
        setStatus(tr("No runbook in %1 names the rule \"%2\" in its front matter.")
                      .arg(QDir::toNativeSeparators(m_folder), ruleId));
        return false;
    }
    if (!openDocument(entry->relativePath))
        return false;
    m_incidentUid = incidentUid;
    if (m_book && !m_book->isReadOnly() && !m_readOnly) {
        QString open;
        for (const ChecklistRun &r : m_book->runs(incidentUid)) {
            if (r.documentId == m_doc.frontMatter().id && !r.finishedAt.isValid())
                open = r.uid;
        }
        if (open.isEmpty())
            startRun();
        else {
            updateRuns();
            m_runs->setCurrentIndex(m_runs->findData(open));
        }
    } else {
        updateRuns();
    }
    showTab(Tab::Runs);
    return true;
}

bool ManualPage::openDocument(const QString &relativePath)
{
    const ChecklistEntry *entry = m_library.entry(relativePath);
    if (!entry)
        return false;
    if (isDirty() && !isReadOnly())
        saveNow();
    ChecklistDocument doc;
    QString error;
    if (!doc.load(entry->absolutePath, &error)) {
        setStatus(error);
        return false;
    }
    if (!m_doc.path().isEmpty())
        m_watcher->removePath(m_doc.path());
    m_doc = doc;
    m_base = m_doc.content();
    m_relativePath = relativePath;
    m_diskPending.clear();
    m_banner->hide();
    m_undo->clear();
    m_itemsModel->refresh();
    m_items->expandAll();
    watchCurrent();
    const QModelIndex i = m_libraryModel->indexOfPath(relativePath);
    if (i.isValid() && m_documents->currentIndex() != i) {
        const QSignalBlocker block(m_documents->selectionModel());
        m_documents->setCurrentIndex(i);
    }
    if (!m_doc.items().isEmpty())
        selectNode(ItemKind, 0);
    updateHeader();
    updateForm();
    updatePreview();
    updateRuns();
    updateActions();
    setStatus(QString());
    return true;
}

void ManualPage::watchCurrent()
{
    if (!m_doc.path().isEmpty() && QFileInfo::exists(m_doc.path()) && !m_watcher->files().contains(m_doc.path()))
        m_watcher->addPath(m_doc.path());
}

bool ManualPage::applyEdit(const QString &text, const std::function<bool(ChecklistDocument &)> &edit)
{
    if (isReadOnly() || m_relativePath.isEmpty())
        return false;
    ChecklistDocument copy = m_doc;
    if (!edit(copy) || copy.content() == m_doc.content())
        return false;
    m_undo->push(new EditCommand(this, text, m_doc.content(), copy.content()));
    return true;
}

void ManualPage::setDocumentContent(const QByteArray &content)
{
    const int kind = selectedKind();
    const int index = selectedIndex();
    m_doc.setContent(content);
    m_itemsModel->refresh();
    m_items->expandAll();
    if (kind >= 0)
        selectNode(kind, index);
    updateHeader();
    updateForm();
    updatePreview();
    updateActions();
    if (isDirty() && !isReadOnly() && m_diskPending.isEmpty()) {
        setStatus(tr("Unsaved changes…"));
        m_autosave->start();
    }
}

bool ManualPage::saveNow()
{
    m_autosave->stop();
    if (isReadOnly() || m_doc.path().isEmpty() || !isDirty() || !m_diskPending.isEmpty())
        return false;
    // Someone else wrote the file since we read it: never overwrite, ask.
    QFile file(m_doc.path());
    if (file.exists() && file.open(QIODevice::ReadOnly)) {
        const QByteArray disk = file.readAll();
        file.close();
        if (disk != m_base) {
            checkDisk();
            return false;
        }
    }
    QString error;
    if (!m_doc.save(&error)) {
        setStatus(error);
        return false;
    }
    m_base = m_doc.content();
    watchCurrent();
    setStatus(tr("Saved %1 at %2").arg(m_relativePath, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit saved(m_doc.path());
    m_rescanTimer->start();
    return true;
}

void ManualPage::fileChanged(const QString &path)
{
    if (path != m_doc.path())
        return;
    // QSaveFile replaces the file: the watch follows the old one, so watch the path again.
    watchCurrent();
    m_diskTimer->start();
}

void ManualPage::checkDisk()
{
    const QString path = m_doc.path();
    if (path.isEmpty())
        return;
    watchCurrent();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("%1 was removed or cannot be read: %2").arg(m_relativePath, file.errorString()));
        return;
    }
    const QByteArray disk = file.readAll();
    if (disk == m_base || disk == m_doc.content()) {
        m_base = disk;
        return;
    }
    emit externalChangeDetected(path);
    if (!isDirty()) {
        // Nothing of ours to keep: show theirs (undo brings ours back).
        m_base = disk;
        m_undo->push(new EditCommand(this, tr("Reload from disk"), m_doc.content(), disk));
        setStatus(tr("%1 changed on disk and was reloaded.").arg(m_relativePath));
        return;
    }
    m_autosave->stop();
    m_diskPending = disk;
    m_bannerText->setText(tr("%1 was changed on disk by someone else while you were editing it. Reload their version "
                             "or keep yours and merge both?")
                              .arg(m_relativePath));
    m_banner->show();
}

void ManualPage::reloadFromDisk()
{
    if (m_diskPending.isEmpty())
        return;
    const QByteArray disk = m_diskPending;
    m_diskPending.clear();
    m_banner->hide();
    m_base = disk;
    m_undo->push(new EditCommand(this, tr("Reload from disk"), m_doc.content(), disk));
    setStatus(tr("Reloaded %1; Undo brings your edits back.").arg(m_relativePath));
}

void ManualPage::mergeWithDisk()
{
    if (m_diskPending.isEmpty() || isReadOnly())
        return;
    const QByteArray disk = m_diskPending;
    bool conflict = false;
    const QByteArray merged = mergeLines(m_base, m_doc.content(), disk, &conflict);
    m_diskPending.clear();
    m_banner->hide();
    m_base = disk;
    if (merged != m_doc.content())
        m_undo->push(new EditCommand(this, tr("Merge with disk"), m_doc.content(), merged));
    saveNow();
    setStatus(conflict ? tr("Merged: both versions changed the same lines and both were kept, yours first; review "
                            "them.")
                       : tr("Merged your edits with the version on disk."));
}

void ManualPage::refreshGit()
{
    const QString folder = m_folder;
    if (folder.isEmpty() || m_templates) {
        m_isRepository = false;
        m_changes.clear();
        m_gitLabel->setText(
            m_templates ? tr("Templates: copy them into your institution's folder to edit them.") : QString());
        m_commit->setEnabled(false);
        return;
    }
    if (m_gitRunning) {
        m_gitPending = true;
        return;
    }
    m_gitRunning = true;
    auto *watcher = new QFutureWatcher<GitResult>(this);
    connect(watcher, &QFutureWatcher<GitResult>::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        m_gitRunning = false;
        const GitResult r = watcher->result();
        if (folder == m_folder) {
            m_isRepository = r.repository;
            m_changes = r.changes;
            m_libraryModel->setChanges(r.changes);
            if (!r.repository)
                m_gitLabel->setText(tr("Not in a Git repository: changes are saved but not versioned."));
            else if (!r.error.isEmpty())
                m_gitLabel->setText(r.error);
            else if (r.changes.isEmpty())
                m_gitLabel->setText(tr("Git: no change since the last commit."));
            else
                m_gitLabel->setText(
                    tr("Git: %n document(s) changed since the last commit.", nullptr, int(r.changes.size())));
            updateActions();
        }
        if (m_gitPending) {
            m_gitPending = false;
            refreshGit();
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_gitPool, [folder] {
        ChecklistGit git(folder);
        GitResult r;
        r.repository = git.isRepository();
        if (r.repository) {
            r.changes = git.changes();
            r.error = git.lastError();
        }
        return r;
    }));
}

// Asking Git what changed and committing both run on the Git worker; the dialog in between is the only wait, and it
// is the user's.
void ManualPage::commitChanges()
{
    if (m_templates || m_readOnly || m_folder.isEmpty() || m_committing)
        return;
    if (isDirty())
        saveNow();
    m_committing = true;
    updateActions();
    setStatus(tr("Asking Git what changed…"));
    const QString folder = m_folder;
    auto *watcher = new QFutureWatcher<GitResult>(this);
    connect(watcher, &QFutureWatcher<GitResult>::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        const GitResult r = watcher->result();
        if (folder != m_folder) {
            m_committing = false;
            updateActions();
            return;
        }
        if (r.changes.isEmpty()) {
            m_committing = false;
            updateActions();
            setStatus(!r.error.isEmpty() ? r.error
                    : r.repository       ? tr("Nothing to commit.")
                                         : tr("Not in a Git repository: changes are saved but not versioned."));
            return;
        }
        commitSelected(r.changes);
    });
    watcher->setFuture(QtConcurrent::run(&m_gitPool, [folder] {
        ChecklistGit git(folder);
        GitResult r;
        r.repository = git.isRepository();
        if (r.repository)
            r.changes = git.changes();
        r.error = git.lastError();
        return r;
    }));
}

void ManualPage::commitSelected(const QList<ChecklistChange> &changes)
{
    ChecklistCommitDialog dialog(changes, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_committing = false;
        updateActions();
        setStatus(QString());
        return;
    }
    const QString folder = m_folder;
    const QStringList paths = dialog.paths();
    const QString message = dialog.message();
    const QString user = m_user;
    setStatus(tr("Committing…"));
    auto *watcher = new QFutureWatcher<std::pair<QString, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<QString, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_committing = false;
        const auto [id, error] = watcher->result();
        if (id.isEmpty())
            setStatus(tr("Commit failed: %1").arg(error));
        else
            setStatus(tr("Committed %1 (not pushed).").arg(id.left(10)));
        refreshGit();
        updateActions();
        emit committed(id);
    });
    watcher->setFuture(QtConcurrent::run(&m_gitPool, [folder, paths, message, user] {
        ChecklistGit git(folder);
        const QString id = git.commit(paths, message, user, QString());
        return std::pair<QString, QString>(id, git.lastError());
    }));
}

void ManualPage::startRun()
{
    if (!m_book || m_book->isReadOnly() || m_readOnly || m_relativePath.isEmpty())
        return;
    const QString uid = m_book->startRun(checklistRunFor(m_doc, m_relativePath, m_incidentUid, m_user, m_institution));
    updateRuns();
    const int i = m_runs->findData(uid);
    if (i >= 0)
        m_runs->setCurrentIndex(i);
}

void ManualPage::finishRun()
{
    const QString uid = currentRunUid();
    if (m_book && !uid.isEmpty())
        m_book->finishRun(uid, {});
    updateRuns();
}

QString ManualPage::currentRunUid() const
{
    return m_runs->currentData().toString();
}

void ManualPage::updateRuns()
{
    const QString keep = currentRunUid();
    const QSignalBlocker block(m_runs);
    m_runs->clear();
    if (m_book) {
        for (const ChecklistRun &r : m_book->runs()) {
            if (r.documentId != m_doc.frontMatter().id || r.documentId.isEmpty())
                continue;
            QString text = tr("%1 by %2")
                               .arg(QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat),
                                   r.startedBy.isEmpty() ? tr("unknown") : r.startedBy);
            if (!r.incidentUid.isEmpty()) {
                const Incident *i = m_book->find(r.incidentUid);
                text += u" — "_s + (i ? tr("incident #%1").arg(i->id) : tr("incident"));
            }
            if (r.finishedAt.isValid())
                text += u" — "_s + tr("finished");
            m_runs->addItem(text, r.uid);
        }
    }
    int i = m_runs->findData(keep);
    if (i < 0)
        i = m_runs->count() - 1;
    m_runs->setCurrentIndex(i);
    m_runModel->setRun(m_runs->currentData().toString());
    if (!m_book)
        m_runInfo->setText(tr("No incident database is open: runs cannot be recorded."));
    else if (m_runs->count() == 0)
        m_runInfo->setText(tr("No run of this checklist yet. A run records who did each step and when; the "
                              "document is not changed."));
    else
        m_runInfo->clear();
    updateActions();
}

void ManualPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ManualPage::updateActions()
{
    const bool editable = !isReadOnly() && !m_relativePath.isEmpty();
    const int kind = selectedKind();
    const bool item = editable && kind == ItemKind;
    const ChecklistItem *it = item ? &m_doc.items().at(selectedIndex()) : nullptr;
    m_addSection->setEnabled(editable);
    m_addItem->setEnabled(editable && kind >= 0);
    m_addChild->setEnabled(item);
    m_indent->setEnabled(item);
    m_outdent->setEnabled(it && it->parent >= 0);
    m_moveUp->setEnabled(editable && kind >= 0);
    m_moveDown->setEnabled(editable && kind >= 0);
    m_delete->setEnabled(editable && kind >= 0);
    m_undoAction->setEnabled(editable && m_undo->canUndo());
    m_redoAction->setEnabled(editable && m_undo->canRedo());
    m_reviewed->setVisible(!m_relativePath.isEmpty() && m_doc.frontMatter().reviewPeriodDays > 0);
    m_reviewed->setEnabled(editable);
    m_commit->setEnabled(!m_templates && m_isRepository && !m_changes.isEmpty() && !m_readOnly && !m_committing);
    const bool canRun
        = m_book && !m_book->isReadOnly() && !m_readOnly && !m_relativePath.isEmpty() && !m_doc.items().isEmpty();
    m_startRun->setEnabled(canRun);
    const ChecklistRun *run = m_book ? m_book->run(currentRunUid()) : nullptr;
    m_finishRun->setEnabled(canRun && run && !run->finishedAt.isValid());
}

void ManualPage::updateHeader()
{
    if (m_relativePath.isEmpty()) {
        m_title->setText(tr("No document"));
        m_meta->setText(m_folder.isEmpty() ? QString() : tr("The folder holds no Markdown document."));
        return;
    }
    const ChecklistFrontMatter &f = m_doc.frontMatter();
    m_title->setText(m_doc.title());
    QStringList meta;
    meta.append(ChecklistLibraryModel::kindText(f.kind));
    if (!f.rules.isEmpty()) {
        QStringList names;
        for (const QString &r : f.rules)
            names.append(Rules::title(r));
        meta.append(tr("for: %1").arg(names.join(u", "_s)));
    }
    if (!f.institution.isEmpty())
        meta.append(tr("institution: %1").arg(f.institution));
    if (f.reviewPeriodDays > 0) {
        const QString last
            = f.lastReviewed.isValid() ? QLocale().toString(f.lastReviewed, QLocale::ShortFormat) : tr("never");
        QString review = tr("reviewed: %1, every %n day(s)", nullptr, f.reviewPeriodDays).arg(last);
        if (!f.lastReviewed.isValid() || f.lastReviewed.addDays(f.reviewPeriodDays) < QDate::currentDate())
            review += u" — "_s + tr("review overdue");
        meta.append(review);
    }
    if (hasErrors(m_doc.messages()))
        meta.append(tr("front matter has errors (see the document's tooltip)"));
    meta.append(m_relativePath);
    m_meta->setText(meta.join(u" · "_s));
}

void ManualPage::updateForm()
{
    const int kind = selectedKind();
    const int index = selectedIndex();
    const bool item = kind == ItemKind;
    m_formUi->noteLabel->setVisible(item);
    m_formUi->note->setVisible(item);
    m_formUi->linksLabel->setVisible(item);
    m_formUi->links->setVisible(item);
    m_formUi->linkTextLabel->setVisible(item);
    m_formUi->linkText->setVisible(item);
    m_formUi->linkUrl->setVisible(item);
    m_formUi->addLink->setVisible(item);
    m_formUi->textLabel->setText(kind == SectionKind ? tr("&Title:") : tr("&Text:"));
    if (kind < 0) {
        m_formUi->text->clear();
        m_formUi->note->clear();
        m_formUi->links->clear();
        m_form->setEnabled(false);
        return;
    }
    m_form->setEnabled(!isReadOnly());
    if (kind == SectionKind) {
        m_formUi->text->setText(m_doc.sections().at(index).title);
        return;
    }
    const ChecklistItem &it = m_doc.items().at(index);
    m_formUi->text->setText(it.text);
    m_formUi->note->setPlainText(it.note);
    QStringList links;
    for (const ChecklistLink &l : it.links)
        links.append(
            u"<a href=\"%1\">%2</a>"_s.arg(l.url.toHtmlEscaped(), (l.text.isEmpty() ? l.url : l.text).toHtmlEscaped()));
    m_formUi->links->setText(links.isEmpty() ? tr("none") : links.join(u"<br>"_s));
}

void ManualPage::applyForm()
{
    const int kind = selectedKind();
    const int index = selectedIndex();
    if (kind < 0)
        return;
    const QString text = m_formUi->text->text();
    if (kind == SectionKind) {
        applyEdit(tr("Rename section"), [&](ChecklistDocument &d) { return d.setSectionTitle(index, text); });
        selectNode(SectionKind, index);
        return;
    }
    const QString note = m_formUi->note->toPlainText();
    applyEdit(tr("Edit item"), [&](ChecklistDocument &d) {
        const bool a = d.setItemText(index, text);
        // The note is found again by position: the text edit kept the item where it was.
        const bool b = d.setItemNote(index, note);
        return a || b;
    });
    selectNode(ItemKind, index);
}

void ManualPage::addLink()
{
    if (selectedKind() != ItemKind)
        return;
    const int index = selectedIndex();
    const QString text = m_formUi->linkText->text();
    const QString url = m_formUi->linkUrl->text();
    if (applyEdit(tr("Add link"), [&](ChecklistDocument &d) { return d.addItemLink(index, text, url); })) {
        m_formUi->linkText->clear();
        m_formUi->linkUrl->clear();
        selectNode(ItemKind, index);
    }
}

void ManualPage::moveRequested(int item, int targetKind, int target, ChecklistDocument::Position position)
{
    const QString text = item >= 0 && item < m_doc.items().size() ? m_doc.items().at(item).text : QString();
    const bool moved = applyEdit(tr("Move item"), [&](ChecklistDocument &d) {
        return targetKind == SectionKind ? d.moveItemToSection(item, target) : d.moveItem(item, target, position);
    });
    if (!moved)
        return;
    for (const ChecklistItem &it : m_doc.items()) {
        if (it.text == text) {
            selectNode(ItemKind, it.index);
            break;
        }
    }
}

void ManualPage::updatePreview()
{
    m_preview->setHtml(m_relativePath.isEmpty() ? QString() : m_doc.renderHtml());
}

void ManualPage::selectNode(int kind, int index)
{
    const QModelIndex i = m_itemsModel->indexOf(
        kind == SectionKind ? ChecklistItemsModel::Kind::Section : ChecklistItemsModel::Kind::Item, index);
    if (i.isValid())
        m_items->setCurrentIndex(i);
}

int ManualPage::selectedKind() const
{
    const QModelIndex i = m_items->currentIndex();
    if (!i.isValid())
        return -1;
    return m_itemsModel->kindOf(i) == ChecklistItemsModel::Kind::Section ? SectionKind : ItemKind;
}

int ManualPage::selectedIndex() const
{
    return m_itemsModel->documentIndexOf(m_items->currentIndex());
}

void ManualPage::setStatus(const QString &text)
{
    m_status->setText(text);
}
