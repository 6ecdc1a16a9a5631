// The Operations Manual page on a copy of the shipped templates in a temporary Git repository: every structured
// edit through the undo stack (undo and redo give the exact bytes back), keyboard moves, autosave, a change made on
// disk by someone else (reloaded, or merged without losing either side), read-only mode, runs recorded with an
// incident, Git status, and a pt_BR grab for a person to look at (under SENTINELA_SCREENSHOT_DIR, else a kept
// temporary folder that is printed).
#include "checklists/checklistgit.h"
#include "checklists/checklistitemsmodel.h"
#include "checklists/checklistlibrarymodel.h"
#include "checklists/checklistrunmodel.h"
#include "incidents/incidentbook.h"
#include "manual/checklistcommitdialog.h"
#include "manual/manualpage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <algorithm>
#include <memory>

#include <git2.h>

#include "../common/imagecheck.h"

using namespace Qt::StringLiterals;

namespace {

using Edit = std::function<bool(ChecklistDocument &)>;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

// The shipped templates copied into a fresh Git repository (nothing committed yet).
void prepareFolder(const QString &dir)
{
    const QDir shipped(u"" SENTINELA_SOURCE_DIR "/resources/checklists"_s);
    for (const QString &f : shipped.entryList({u"*.md"_s}, QDir::Files))
        QVERIFY(QFile::copy(shipped.filePath(f), QDir(dir).filePath(f)));
    git_libgit2_init();
    git_repository *repo = nullptr;
    QCOMPARE(git_repository_init(&repo, QFile::encodeName(dir).constData(), 0), 0);
    git_repository_free(repo);
    git_libgit2_shutdown();
}

// Shown with the keyboard focus, as an operator would have it.
void showActive(QWidget &page, int width, int height)
{
    page.resize(width, height);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
}

// The folder is read on a worker: wait for it (and for the Git status) before looking.
void showFolder(ManualPage &page, const QString &folder, bool templates = false)
{
    page.setFolder(folder, templates);
    QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 10000));
}

ChecklistCommitDialog *visibleCommitDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<ChecklistCommitDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

int itemWithText(const ChecklistDocument &doc, const QString &prefix)
{
    for (const ChecklistItem &it : doc.items()) {
        if (it.text.startsWith(prefix))
            return it.index;
    }
    return -1;
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestManualPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"SentinelaTest"_s);
        QCoreApplication::setApplicationName(u"tst_manualpage"_s);
    }

    void editsUndoRedo_data()
    {
        QTest::addColumn<Edit>("edit");
        using P = ChecklistDocument::Position;
        // On runbook-chain-halted.md: items 0-2 in "Confirmar", 3 with children 4-6 in "Examinar os próprios nós".
        QTest::newRow("text") << Edit(
            [](ChecklistDocument &d) { return d.setItemText(0, u"Confirmar por dois caminhos"_s); });
        QTest::newRow("check") << Edit([](ChecklistDocument &d) { return d.setItemChecked(1, true); });
        QTest::newRow("note") << Edit([](ChecklistDocument &d) { return d.setItemNote(2, u"Altura e hora."_s); });
        QTest::newRow("link") << Edit(
            [](ChecklistDocument &d) { return d.addItemLink(0, u"Besu"_s, u"https://besu.hyperledger.org"_s); });
        QTest::newRow("add after") << Edit([](ChecklistDocument &d) { return d.addItem(0, P::After, u"Novo"_s) >= 0; });
        QTest::newRow("add child") << Edit([](ChecklistDocument &d) { return d.addItem(3, P::Child, u"Novo"_s) >= 0; });
        QTest::newRow("add to section") << Edit(
            [](ChecklistDocument &d) { return d.addItemToSection(0, u"Novo"_s) >= 0; });
        QTest::newRow("delete") << Edit([](ChecklistDocument &d) { return d.deleteItem(3); });
        QTest::newRow("indent") << Edit([](ChecklistDocument &d) { return d.indentItem(1); });
        QTest::newRow("outdent") << Edit([](ChecklistDocument &d) { return d.outdentItem(5); });
        QTest::newRow("move up") << Edit([](ChecklistDocument &d) { return d.moveItemUp(2); });
        QTest::newRow("move down") << Edit([](ChecklistDocument &d) { return d.moveItemDown(0); });
        QTest::newRow("drag into") << Edit([](ChecklistDocument &d) { return d.moveItem(0, 3, P::Child); });
        QTest::newRow("drag to section") << Edit([](ChecklistDocument &d) { return d.moveItemToSection(0, 3); });
        QTest::newRow("rename section") << Edit(
            [](ChecklistDocument &d) { return d.setSectionTitle(1, u"Confirmação"_s); });
        QTest::newRow("add section") << Edit([](ChecklistDocument &d) { return d.addSection(1, 2, u"Nova"_s) >= 0; });
        QTest::newRow("delete section") << Edit([](ChecklistDocument &d) { return d.deleteSection(2); });
        QTest::newRow("section down") << Edit([](ChecklistDocument &d) { return d.moveSectionDown(1); });
        QTest::newRow("section up") << Edit([](ChecklistDocument &d) { return d.moveSectionUp(2); });
        QTest::newRow("reviewed") << Edit(
            [](ChecklistDocument &d) { return d.setFrontMatterValue(u"lastReviewed"_s, u"2026-12-06"_s); });
    }
    void editsUndoRedo()
    {
        QFETCH(Edit, edit);
        QTemporaryDir dir;
        prepareFolder(dir.path());
        const QString path = dir.filePath(u"runbook-chain-halted.md"_s);
        const QByteArray original = readAll(path);
        ManualPage page;
        showFolder(page, dir.path());
        QVERIFY(page.openDocument(u"runbook-chain-halted.md"_s));
        QCOMPARE(page.document().content(), original);

        ChecklistDocument expected = page.document();
        QVERIFY(edit(expected));
        QVERIFY(page.applyEdit(u"edit"_s, edit));
        QCOMPARE(page.document().content(), expected.content());
        QVERIFY(page.isDirty());
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QCOMPARE(page.document().content(), original);
        QVERIFY(!page.isDirty());
        page.undoStack()->redo();
        QCOMPARE(page.document().content(), expected.content());
        // The tree follows the document.
        QCOMPARE(page.itemsModel()->rowCount(), page.document().sections().isEmpty() ? 0 : 1);
        // Saved atomically (autosave, here at once) with exactly those bytes.
        QVERIFY(page.saveNow());
        QCOMPARE(readAll(path), expected.content());
        QVERIFY(!page.isDirty());
    }

    void keyboardAndAutosave()
    {
        QTemporaryDir dir;
        prepareFolder(dir.path());
        const QString path = dir.filePath(u"runbook-chain-halted.md"_s);
        const QByteArray original = readAll(path);
        ManualPage page;
        showActive(page, 1200, 800);
        showFolder(page, dir.path());
        QVERIFY(page.openDocument(u"runbook-chain-halted.md"_s));
        const int second = itemWithText(page.document(), u"Verificar a idade"_s);
        QCOMPARE(second, 1);
        page.itemsView()->setCurrentIndex(page.itemsModel()->indexOf(ChecklistItemsModel::Kind::Item, second));
        page.itemsView()->setFocus();
        QTest::keyClick(page.itemsView(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(itemWithText(page.document(), u"Verificar a idade"_s), 0);
        // The moved item stays selected: a second Alt+Down takes it back, then Alt+Right nests it.
        QTest::keyClick(page.itemsView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(page.document().content(), original);
        QTest::keyClick(page.itemsView(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(page.document().items().at(1).parent, 0);
        QCOMPARE(page.undoStack()->count(), 3);
        QTest::keyClick(page.itemsView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page.document().content(), original);
        QTest::keyClick(page.itemsView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page.document().items().at(1).parent, 0);
        // Autosave: the file follows within a few seconds, atomically.
        QSignalSpy saved(&page, &ManualPage::saved);
        QVERIFY(saved.wait(5000));
        QCOMPARE(readAll(path), page.document().content());
        // Drag and drop arrives as a move request, applied as one undoable command.
        auto *model = page.itemsModel();
        std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(ChecklistItemsModel::Kind::Item, 0)}));
        const QModelIndex lastSection = model->indexOf(ChecklistItemsModel::Kind::Section, 4);
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, lastSection));
        QVERIFY(QTest::qWaitFor([&] { return page.undoStack()->count() == 4; }, 2000));
        const int moved = itemWithText(page.document(), u"Confirmar a parada"_s);
        QVERIFY(moved > 0);
        QCOMPARE(page.document().items().at(moved).section, 4);
    }

    void inlineEditFormAndCommitDialog()
    {
        QTemporaryDir dir;
        prepareFolder(dir.path());
        const QString path = dir.filePath(u"procedure-onboarding.md"_s);
        ManualPage page;
        showFolder(page, dir.path());
        QVERIFY(page.openDocument(u"procedure-onboarding.md"_s));
        // Editing in the tree arrives as a request, applied as an undoable command.
        auto *model = page.itemsModel();
        QVERIFY(model->setData(model->indexOf(ChecklistItemsModel::Kind::Item, 0), u"Provisionar os nós"_s));
        QVERIFY(QTest::qWaitFor([&] { return page.undoStack()->count() == 1; }, 2000));
        QCOMPARE(page.document().items().at(0).text, u"Provisionar os nós"_s);
        QVERIFY(model->setData(model->indexOf(ChecklistItemsModel::Kind::Section, 1), u"Infra"_s));
        QVERIFY(QTest::qWaitFor([&] { return page.undoStack()->count() == 2; }, 2000));
        QCOMPARE(page.document().sections().at(1).title, u"Infra"_s);
        // The item form: text and note in one command.
        page.itemsView()->setCurrentIndex(model->indexOf(ChecklistItemsModel::Kind::Item, 1));
        auto *text = page.findChild<QLineEdit *>(u"text"_s);
        auto *note = page.findChild<QPlainTextEdit *>(u"note"_s);
        auto *buttons = page.findChild<QDialogButtonBox *>(u"buttons"_s);
        QVERIFY(text && note && buttons);
        text->setText(u"Incluir os nós no inventário"_s);
        note->setPlainText(u"Campos: nome, tipo, chave pública."_s);
        buttons->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(page.undoStack()->count(), 3);
        QCOMPARE(page.document().items().at(1).text, u"Incluir os nós no inventário"_s);
        QCOMPARE(page.document().items().at(1).note, u"Campos: nome, tipo, chave pública."_s);
        page.undoStack()->undo();
        QCOMPARE(page.document().items().at(1).note, QString());
        QVERIFY(page.saveNow());
        QVERIFY(readAll(path).contains("- [ ] Provisionar os nós\n"));

        ChecklistCommitDialog dialog({{ChecklistChange::Kind::Modified, u"procedure-onboarding.md"_s},
            {ChecklistChange::Kind::Added, u"novo.md"_s}});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no message yet
        dialog.findChild<QPlainTextEdit *>()->setPlainText(u"Entrada: inventário"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.paths(), QStringList({u"procedure-onboarding.md"_s, u"novo.md"_s}));
        QCOMPARE(dialog.message(), u"Entrada: inventário"_s);
    }

    void externalChange()
    {
        QTemporaryDir dir;
        prepareFolder(dir.path());
        const QString path = dir.filePath(u"runbook-chain-halted.md"_s);
        const QByteArray original = readAll(path);
        ManualPage page;
        showFolder(page, dir.path());
        QVERIFY(page.openDocument(u"runbook-chain-halted.md"_s));
        QSignalSpy detected(&page, &ManualPage::externalChangeDetected);

        // Not edited here: their version is shown (and Undo would bring ours back).
        QByteArray theirs = original;
        theirs.replace("- [ ] Verificar a idade", "- [ ] VERIFICAR a idade");
        writeAll(path, theirs);
        QVERIFY(detected.wait(5000));
        QVERIFY(QTest::qWaitFor([&] { return page.document().content() == theirs; }, 2000));
        QVERIFY(!page.isDirty());

        // Edited here and there: nothing is written over theirs; keep mine and merge keeps both.
        QVERIFY(
            page.applyEdit(u"mine"_s, [](ChecklistDocument &d) { return d.setItemText(0, u"MEU primeiro passo"_s); }));
        QByteArray theirs2 = theirs;
        theirs2.replace("- [ ] Anotar a altura", "- [ ] ANOTAR a altura");
        writeAll(path, theirs2);
        QVERIFY(detected.wait(5000));
        auto *banner = page.findChild<QFrame *>(u"externalChange"_s);
        QVERIFY(banner && !banner->isHidden());
        QVERIFY(!page.saveNow()); // refused while the choice is pending
        QCOMPARE(readAll(path), theirs2);
        auto *merge = banner->findChildren<QPushButton *>().value(1);
        QVERIFY(merge);
        merge->click();
        QVERIFY(banner->isHidden());
        const QByteArray merged = readAll(path);
        QVERIFY(merged.contains("MEU primeiro passo"));
        QVERIFY(merged.contains("ANOTAR a altura"));
        QVERIFY(merged.contains("VERIFICAR a idade"));
        QCOMPARE(page.document().content(), merged);

        // Reload theirs instead: mine stays one Undo away.
        QVERIFY(page.applyEdit(u"mine again"_s, [](ChecklistDocument &d) { return d.setItemChecked(0, true); }));
        const QByteArray mine = page.document().content();
        QByteArray theirs3 = merged;
        theirs3.replace("## Comunicar", "## Comunicar ao comitê");
        writeAll(path, theirs3);
        QVERIFY(detected.wait(5000));
        banner->findChildren<QPushButton *>().value(0)->click();
        QCOMPARE(page.document().content(), theirs3);
        page.undoStack()->undo();
        QCOMPARE(page.document().content(), mine);
    }

    void readOnly()
    {
        QTemporaryDir dir;
        prepareFolder(dir.path());
        ManualPage page;
        showFolder(page, dir.path());
        page.setReadOnly(true);
        QVERIFY(page.isReadOnly());
        QVERIFY(page.openDocument(u"procedure-onboarding.md"_s));
        QVERIFY(!page.applyEdit(u"x"_s, [](ChecklistDocument &d) { return d.setItemChecked(0, true); }));
        QVERIFY(!(page.itemsModel()->flags(page.itemsModel()->indexOf(ChecklistItemsModel::Kind::Item, 0))
            & Qt::ItemIsEditable));
        for (QAction *a : page.actions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        // The shipped templates are read-only as such.
        ManualPage templates;
        showFolder(templates, u"" SENTINELA_SOURCE_DIR "/resources/checklists"_s, true);
        QVERIFY(templates.isReadOnly());
        QVERIFY(!templates.documentPath().isEmpty());
        QVERIFY(!templates.applyEdit(u"x"_s, [](ChecklistDocument &d) { return d.setItemChecked(0, true); }));
    }

    void runsAndGit()
    {
        QTemporaryDir dir;
        prepareFolder(dir.path());
        IncidentBook book; // memory only
        Detection detection;
        detection.rule = u"chain-halted"_s;
        detection.severity = IncidentSeverity::CriticalIncident;
        detection.level = HealthLevel::Critical;
        detection.title = u"Cadeia parada"_s;
        const QString incident = book.raise(detection, QDateTime::currentDateTimeUtc());
        ManualPage page;
        showFolder(page, dir.path());
        page.setIncidentBook(&book, u"ana"_s, u"bndes"_s);
        QVERIFY(page.openRunbookForRule(u"chain-halted"_s, incident));
        QCOMPARE(page.documentPath(), u"runbook-chain-halted.md"_s);
        QCOMPARE(book.runs(incident).size(), 1);
        const ChecklistRun run = book.runs(incident).first();
        QCOMPARE(page.currentRunUid(), run.uid);
        QCOMPARE(run.documentId, u"runbook-chain-halted"_s);
        QCOMPARE(run.steps.size(), page.document().items().size());
        // Opening it again continues the open run.
        QVERIFY(page.openRunbookForRule(u"chain-halted"_s, incident));
        QCOMPARE(book.runs(incident).size(), 1);
        QVERIFY(!page.openRunbookForRule(u"no-such-rule"_s, incident));

        // A step ticked goes to the incident's timeline; the template is not touched.
        const QByteArray before = readAll(dir.filePath(u"runbook-chain-halted.md"_s));
        RunStep step = run.steps.first();
        step.done = true;
        step.author = u"ana"_s;
        book.setRunStep(run.uid, step);
        const Incident *inc = book.find(incident);
        QVERIFY(std::any_of(inc->timeline.cbegin(), inc->timeline.cend(),
            [](const TimelineEntry &e) { return e.kind == TimelineEntry::Kind::ChecklistStep; }));
        QCOMPARE(readAll(dir.filePath(u"runbook-chain-halted.md"_s)), before);

        // Git: every document is new in the repository.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QModelIndex i = page.libraryModel()->indexOfPath(u"runbook-chain-halted.md"_s);
                return i.data(ChecklistLibraryModel::ChangedRole).toBool();
            },
            10000));
    }

    // The folder scan, the Git status and the commit run on workers: setFolder and the Commit button return at once,
    // the event loop keeps turning (a timer ticks) and the results arrive by signal.
    void workersKeepThePageResponsive()
    {
        QTemporaryDir dir;
        prepareFolder(dir.path());
        ManualPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy scanned(&page, &ManualPage::scanned);
        page.setFolder(dir.path());
        QVERIFY(page.isBusy());
        QVERIFY(page.documentPath().isEmpty()); // not read yet
        // A runbook asked for meanwhile waits for the folder.
        QVERIFY(page.openRunbookForRule(u"chain-halted"_s, QString()));
        QVERIFY(scanned.wait(10000));
        QCOMPARE(page.documentPath(), u"runbook-chain-halted.md"_s);
        QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 10000));

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &page, [&] { ++ticks; });
        ticker.start(5);
        int dialogs = 0;
        QTimer answer; // the person at the dialog: a message, then OK
        connect(&answer, &QTimer::timeout, &page, [&] {
            if (ChecklistCommitDialog *d = visibleCommitDialog()) {
                ++dialogs;
                d->findChild<QPlainTextEdit *>()->setPlainText(u"Manual inicial"_s);
                d->accept();
            }
        });
        answer.start(20);
        auto *commit = page.findChild<QPushButton *>(u"commit"_s);
        QVERIFY(commit);
        QVERIFY(QTest::qWaitFor([&] { return commit->isEnabled(); }, 10000)); // every document is new
        QSignalSpy committed(&page, &ManualPage::committed);
        const int ticksBefore = ticks;
        commit->click();
        QCOMPARE(dialogs, 0); // the click returned before Git was asked anything
        QVERIFY(page.isBusy());
        QVERIFY(!commit->isEnabled());
        QVERIFY(committed.wait(10000));
        QCOMPARE(dialogs, 1);
        QVERIFY(ticks > ticksBefore);
        QCOMPARE(committed.first().first().toString().size(), 40);
        QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 10000));
        QVERIFY(ChecklistGit(dir.path()).changes().isEmpty());
        QVERIFY(!commit->isEnabled()); // nothing left to commit
    }

    // A section dragged in the tree moves exactly its lines (with its subsections), as one undoable command.
    void sectionDragAndKeyboard()
    {
        QTemporaryDir dir;
        prepareFolder(dir.path());
        const QString path = dir.filePath(u"runbook-chain-halted.md"_s);
        const QByteArray original = readAll(path);
        ManualPage page;
        showActive(page, 1200, 800);
        showFolder(page, dir.path());
        QVERIFY(page.openDocument(u"runbook-chain-halted.md"_s));
        const ChecklistDocument &doc = page.document();
        QVERIFY(doc.sections().size() >= 4);
        // Section 1 (with the blank lines after it) goes after section 3: the lines of 1 and of 2..3 swap places.
        const ChecklistSection one = doc.sections().at(1);
        const ChecklistSection three = doc.sections().at(3);
        QCOMPARE(one.parent, three.parent);
        QList<QByteArray> lines;
        for (int i = 0; i < doc.lineCount(); ++i)
            lines << doc.line(i);
        const int oneEnd = doc.sections().at(2).line; // section 1 holds no subsection here
        int threeEnd = three.subtreeEndLine + 1;
        while (threeEnd < lines.size() && lines.at(threeEnd).trimmed().isEmpty())
            ++threeEnd;
        const QByteArray expected = lines.mid(0, one.line).join() + lines.mid(oneEnd, threeEnd - oneEnd).join()
            + lines.mid(one.line, oneEnd - one.line).join() + lines.mid(threeEnd).join();
        QCOMPARE(expected.size(), original.size());

        auto *model = page.itemsModel();
        QVERIFY(model->flags(model->indexOf(ChecklistItemsModel::Kind::Section, 1)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(ChecklistItemsModel::Kind::Section, 1)}));
        QVERIFY(data);
        const QModelIndex threeIndex = model->indexOf(ChecklistItemsModel::Kind::Section, 3);
        // Dropped just below section 3 in its parent: after it.
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, threeIndex.row() + 1, 0, threeIndex.parent()));
        // Not into itself.
        const QModelIndex oneIndex = model->indexOf(ChecklistItemsModel::Kind::Section, 1);
        QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, oneIndex));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, threeIndex.row() + 1, 0, threeIndex.parent()));
        QVERIFY(QTest::qWaitFor([&] { return page.undoStack()->count() == 1; }, 2000));
        QCOMPARE(page.document().content(), expected);
        // The moved section stays selected.
        QCOMPARE(page.itemsModel()->kindOf(page.itemsView()->currentIndex()), ChecklistItemsModel::Kind::Section);
        QCOMPARE(page.itemsView()->currentIndex().data().toString(), one.title);
        page.undoStack()->undo();
        QCOMPARE(page.document().content(), original);
        page.undoStack()->redo();
        QCOMPARE(page.document().content(), expected);
        page.undoStack()->undo();

        // Back by the keyboard: Alt+Down on section 1 twice gives the same bytes as the drag.
        page.itemsView()->setCurrentIndex(model->indexOf(ChecklistItemsModel::Kind::Section, 1));
        page.itemsView()->setFocus();
        QTest::keyClick(page.itemsView(), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(page.itemsView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(page.document().content(), expected);
        QTest::keyClick(page.itemsView(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(page.itemsView(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(page.document().content(), original);
        QCOMPARE(page.undoStack()->count(), 4);
    }

    // Every editing operation as a person does it: toolbar buttons, shortcuts, the inline editor, the check box by
    // keyboard, the item form (note, link), the preview, undo/redo, autosave, and read-only mode.
    void editingThroughTheWidgets()
    {
        QTemporaryDir dir;
        prepareFolder(dir.path());
        const QString path = dir.filePath(u"runbook-chain-halted.md"_s);
        const QByteArray original = readAll(path);
        ManualPage page;
        showActive(page, 1400, 900);
        showFolder(page, dir.path());
        QVERIFY(page.openDocument(u"runbook-chain-halted.md"_s));
        auto *toolbar = page.findChild<QToolBar *>(u"editToolbar"_s);
        QVERIFY(toolbar);
        const auto button = [&](const QString &prefix) -> QWidget * {
            for (QAction *a : toolbar->actions()) {
                if (a->text().startsWith(prefix))
                    return toolbar->widgetForAction(a);
            }
            return nullptr;
        };
        const auto click = [&](const QString &prefix) {
            QWidget *b = button(prefix);
            QVERIFY2(b && b->isEnabled(), qPrintable(prefix));
            QTest::mouseClick(b, Qt::LeftButton);
        };
        // QTest types ASCII only.
        const auto typeInEditor = [&](const QString &text) {
            QVERIFY(QTest::qWaitFor([&] { return qobject_cast<QLineEdit *>(QApplication::focusWidget()); }, 2000));
            auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY(page.itemsView()->isAncestorOf(editor));
            editor->selectAll();
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
        };
        const ChecklistDocument &doc = page.document();
        QTreeView *tree = page.itemsView();
        auto *model = page.itemsModel();
        tree->setCurrentIndex(model->indexOf(ChecklistItemsModel::Kind::Item, 0));
        tree->setFocus();

        // Add, then type its text in the tree.
        click(u"Add item"_s);
        QCOMPARE(doc.items().at(1).text, u"New step"_s);
        typeInEditor(u"Avisar a coordenacao"_s);
        QVERIFY(QTest::qWaitFor([&] { return doc.items().at(1).text == u"Avisar a coordenacao"_s; }, 2000));
        QCOMPARE(model->documentIndexOf(tree->currentIndex()), 1);
        // Indent and outdent.
        click(u"Indent"_s);
        QCOMPARE(doc.items().at(1).parent, 0);
        click(u"Outdent"_s);
        QCOMPARE(doc.items().at(1).parent, -1);
        // Reorder with the buttons.
        click(u"Move down"_s);
        QCOMPARE(itemWithText(doc, u"Avisar a coordenacao"_s), 2);
        click(u"Move up"_s);
        QCOMPARE(itemWithText(doc, u"Avisar a coordenacao"_s), 1);
        // The check box by keyboard.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(QTest::qWaitFor([&] { return doc.items().at(1).checked; }, 2000));
        // Note and link through the form.
        QCOMPARE(model->documentIndexOf(tree->currentIndex()), 1);
        page.findChild<QPlainTextEdit *>(u"note"_s)->setPlainText(u"Pelo canal de incidentes críticos."_s);
        page.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(doc.items().at(1).note, u"Pelo canal de incidentes críticos."_s);
        page.findChild<QLineEdit *>(u"linkText"_s)->setText(u"Canal"_s);
        page.findChild<QLineEdit *>(u"linkUrl"_s)->setText(u"https://chat.example/incidentes"_s);
        QTest::mouseClick(page.findChild<QPushButton *>(u"addLink"_s), Qt::LeftButton);
        QCOMPARE(doc.items().at(1).links.size(), 1);
        QCOMPARE(doc.items().at(1).links.first().url, u"https://chat.example/incidentes"_s);
        QVERIFY(page.findChild<QLabel *>(u"links"_s)->text().contains(u"chat.example"_s));
        // The preview shows it.
        page.showTab(ManualPage::Tab::Preview);
        QVERIFY(page.findChild<QTextBrowser *>(u"preview"_s)->toPlainText().contains(u"Avisar a coordenacao"_s));
        page.showTab(ManualPage::Tab::Edit);
        const QByteArray edited = doc.content();

        // Undo everything by keyboard, redo it with the button: exact bytes both ways.
        QCOMPARE(page.undoStack()->count(), 9);
        tree->setFocus();
        for (int i = 0; i < 9; ++i)
            QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc.content(), original);
        QVERIFY(!button(u"Undo"_s)->isEnabled());
        for (int i = 0; i < 9; ++i)
            click(u"Redo"_s);
        QCOMPARE(doc.content(), edited);

        // Delete by keyboard; a new section by its shortcut, titled in the tree.
        tree->setCurrentIndex(model->indexOf(ChecklistItemsModel::Kind::Item, 1));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(itemWithText(doc, u"Avisar a coordenacao"_s), -1);
        const int sections = int(doc.sections().size());
        QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc.sections().size(), sections + 1);
        typeInEditor(u"Encerrar"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(doc.sections().cbegin(), doc.sections().cend(),
                    [](const ChecklistSection &s) { return s.title == u"Encerrar"_s; });
            },
            2000));

        // Autosaved, atomically, with exactly what is shown.
        QSignalSpy saved(&page, &ManualPage::saved);
        QVERIFY(saved.wait(5000));
        QCOMPARE(readAll(path), doc.content());

        // Read-only (kiosk, snapshot): no button, no form, no drag, no inline editor.
        page.setReadOnly(true);
        for (QAction *a : toolbar->actions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(!page.findChild<QDialogButtonBox *>(u"buttons"_s)->isEnabled()
            || !page.findChild<QDialogButtonBox *>(u"buttons"_s)->isVisibleTo(&page)
            || !page.findChild<QLineEdit *>(u"text"_s)->isEnabled());
        QCOMPARE(tree->dragDropMode(), QAbstractItemView::NoDragDrop);
        tree->setCurrentIndex(model->indexOf(ChecklistItemsModel::Kind::Item, 0));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_F2);
        QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        const QByteArray before = doc.content();
        QTest::keyClick(tree, Qt::Key_Space);
        QTest::keyClick(tree, Qt::Key_Delete);
        QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
        QTest::qWait(50);
        QCOMPARE(doc.content(), before);
    }

    void grabPtBr()
    {
        const QLocale ptBr(QLocale::Portuguese, QLocale::Brazil);
        QLocale::setDefault(ptBr);
        QTranslator sentinela;
        QTranslator qt;
        if (sentinela.load(ptBr, u"sentinela"_s, u"_"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(&sentinela);
        if (qt.load(ptBr, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QTemporaryDir dir;
        prepareFolder(dir.path());
        IncidentBook book;
        ManualPage page;
        page.setIncidentBook(&book, u"ana"_s, u"bndes"_s);
        showFolder(page, dir.path());
        QVERIFY(page.openDocument(u"runbook-chain-halted.md"_s));
        // A run with its first steps done, for the Runs tab.
        ChecklistRun run
            = checklistRunFor(page.document(), u"runbook-chain-halted.md"_s, QString(), u"ana"_s, u"bndes"_s);
        const QString runUid = book.startRun(run);
        for (int i = 0; i < 3; ++i) {
            RunStep step = run.steps.at(i);
            step.done = true;
            step.author = u"ana"_s;
            if (i == 1)
                step.note = u"Dados com 4 s de idade pelo nível 2 da instituição."_s;
            book.setRunStep(runUid, step);
        }
        QVERIFY(page.openDocument(u"procedure-onboarding.md"_s));
        QVERIFY(page.openDocument(u"runbook-chain-halted.md"_s));
        QCOMPARE(page.currentRunUid(), runUid);
        page.resize(1600, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(500); // the Git status comes from a worker

        QString shots = qEnvironmentVariable("SENTINELA_SCREENSHOT_DIR");
        QTemporaryDir keep;
        if (shots.isEmpty()) {
            keep.setAutoRemove(false);
            shots = keep.path();
        }
        QDir().mkpath(shots);
        const std::pair<ManualPage::Tab, QString> tabs[] = {{ManualPage::Tab::Edit, u"edit"_s},
            {ManualPage::Tab::Preview, u"preview"_s}, {ManualPage::Tab::Runs, u"runs"_s}};
        for (const auto &[tab, name] : tabs) {
            page.showTab(tab);
            QTest::qWait(100);
            const QImage image = page.grab().toImage();
            QVERIFY2(testsupport::distinctColours(image) > 8, qPrintable(name));
            QVERIFY(image.save(QDir(shots).filePath(u"ptbr-manual-%1-1600x900.png"_s.arg(name))));
        }
        qInfo("pt_BR grabs of the Operations Manual in %s", qPrintable(shots));
        QCoreApplication::removeTranslator(&sentinela);
        QCoreApplication::removeTranslator(&qt);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestManualPage)
#include "tst_manualpage.moc"
