#pragma once

#include "checklists/checklistdocument.h"
#include "checklists/checklistgit.h"
#include "checklists/checklistlibrary.h"

#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QFileSystemWatcher;
class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeView;
class QUndoStack;
class ChecklistItemsModel;
class ChecklistLibraryModel;
class ChecklistRunModel;
class IncidentBook;
namespace Ui {
class ManualItemForm;
}

// The Operations Manual tab: the folder's documents, a structured editor of one document's sections and items
// (every edit an undoable command that rewrites only the lines it touches), a rendered preview, checklist runs
// recorded with the incidents, and the folder's Git changes. Saved automatically and atomically; a change made on
// disk by someone else is offered as reload or keep-mine-and-merge, and nothing of either side is lost.
class ManualPage : public QWidget
{
    Q_OBJECT
public:
    explicit ManualPage(QWidget *parent = nullptr);
    ~ManualPage() override;

    // The folder of documents; `templates` (the shipped ones) are shown read-only.
    void setFolder(const QString &folder, bool templates = false);
    QString folder() const { return m_folder; }
    // The folder is read, and Git asked and written, on worker threads: true while one of them has not answered.
    bool isBusy() const { return m_scanning || m_gitRunning || m_committing; }
    // Kiosk and snapshot modes: nothing is edited, saved or run.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    void setIncidentBook(IncidentBook *book, const QString &user, const QString &institution);
    // From the Incidents page: the rule's runbook, with a run for the incident (started unless one is open). While
    // the folder is being read the request waits for it (true); false when no runbook names the rule.
    bool openRunbookForRule(const QString &ruleId, const QString &incidentUid);

    bool openDocument(const QString &relativePath);
    const ChecklistDocument &document() const { return m_doc; }
    QString documentPath() const { return m_relativePath; }
    bool isDirty() const { return m_doc.content() != m_base; }
    bool saveNow(); // the autosave, at once
    QUndoStack *undoStack() const { return m_undo; }
    ChecklistItemsModel *itemsModel() const { return m_itemsModel; }
    ChecklistLibraryModel *libraryModel() const { return m_libraryModel; }
    QTreeView *itemsView() const { return m_items; }
    QString currentRunUid() const;
    // For the Overview: declarations of the folder whose review period has passed.
    QList<OverdueDeclaration> overdueDeclarations() const
    {
        return m_library.overdueDeclarations(QDate::currentDate());
    }

    // Applies an edit to the document as one undoable command; false when it changed nothing.
    bool applyEdit(const QString &text, const std::function<bool(ChecklistDocument &)> &edit);
    void setDocumentContent(const QByteArray &content); // used by the commands

    enum class Tab { Edit, Preview, Runs };
    void showTab(Tab tab);

signals:
    void saved(const QString &path);
    void externalChangeDetected(const QString &path);
    void libraryChanged(); // documents added, removed or saved: overdue declarations may have changed
    void scanned(); // the folder's documents were read (after setFolder or a change in the folder)
    void committed(const QString &commitId); // empty: the commit failed (the status line says why)

private:
    void createActions();
    void rescan();
    void startScan(bool openFirst);
    void applyScan(const ChecklistLibrary &library, bool openFirst);
    void refreshGit();
    void commitSelected(const QList<ChecklistChange> &changes);
    void updateActions();
    void updateHeader();
    void updateForm();
    void updatePreview();
    void updateRuns();
    void selectNode(int kind, int index);
    int selectedKind() const; // 0 section, 1 item, -1 none
    int selectedIndex() const;
    void fileChanged(const QString &path); // debounced: an editor's write may arrive as truncate + write
    void checkDisk();
    void reloadFromDisk();
    void mergeWithDisk();
    void commitChanges();
    void startRun();
    void finishRun();
    void applyForm();
    void addLink();
    void moveRequested(int item, int targetKind, int target, ChecklistDocument::Position position);
    void watchCurrent();
    void setStatus(const QString &text);

    ChecklistLibrary m_library;
    QString m_folder;
    int m_scanGeneration = 0;
    bool m_scanning = false;
    bool m_committing = false;
    QString m_pendingRule; // a runbook asked for while the folder was being read
    QString m_pendingIncident;
    QThreadPool m_gitPool; // one libgit2 operation at a time, never on the GUI thread
    bool m_templates = false;
    bool m_readOnly = false;
    ChecklistDocument m_doc;
    QString m_relativePath;
    QByteArray m_base; // what the file held when last read or written by this page
    QByteArray m_diskPending; // a foreign version awaiting the user's choice
    QPointer<IncidentBook> m_book;
    QString m_user;
    QString m_institution;
    QString m_incidentUid;

    QUndoStack *m_undo;
    QTimer *m_autosave;
    QTimer *m_rescanTimer;
    QTimer *m_diskTimer;
    QFileSystemWatcher *m_watcher;
    ChecklistLibraryModel *m_libraryModel;
    ChecklistItemsModel *m_itemsModel;
    ChecklistRunModel *m_runModel;
    QList<ChecklistChange> m_changes;
    bool m_gitRunning = false;
    bool m_gitPending = false;
    bool m_isRepository = false;

    QLabel *m_folderLabel;
    QTreeView *m_documents;
    QLabel *m_gitLabel;
    QPushButton *m_commit;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_reload;
    QPushButton *m_merge;
    QLabel *m_title;
    QLabel *m_meta;
    QPushButton *m_reviewed;
    QTabWidget *m_tabs;
    QTreeView *m_items;
    QWidget *m_form;
    std::unique_ptr<Ui::ManualItemForm> m_formUi;
    QTextBrowser *m_preview;
    QComboBox *m_runs;
    QTableView *m_runSteps;
    QPushButton *m_startRun;
    QPushButton *m_finishRun;
    QLabel *m_runInfo;
    QLabel *m_status;

    QAction *m_addSection;
    QAction *m_addItem;
    QAction *m_addChild;
    QAction *m_indent;
    QAction *m_outdent;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_delete;
    QAction *m_undoAction;
    QAction *m_redoAction;
};
