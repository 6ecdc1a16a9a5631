// The checklist item models under QAbstractItemModelTester: the library tree, a document's sections and items
// (with drag and drop resolved into move requests), and a run's steps held by an in-memory incident book.
#include "checklists/checklistdocument.h"
#include "checklists/checklistitemsmodel.h"
#include "checklists/checklistlibrary.h"
#include "checklists/checklistlibrarymodel.h"
#include "checklists/checklistrunmodel.h"
#include "incidents/incidentbook.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString Shipped = u"" SENTINELA_SOURCE_DIR "/resources/checklists"_s;
const QByteArray Doc = "---\nid: d\ntitle: D\nkind: runbook\nrules: [chain-halted]\n---\n# A\n\n- [ ] one\n- [x] two\n"
                       "  - [ ] two.one\n\n## A.1\n\n- [ ] three\n\n# B\n\nText.\n";
} // namespace

class TestChecklistModels : public QObject
{
    Q_OBJECT

private slots:
    void libraryModel()
    {
        ChecklistLibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(ChecklistLibrary(Shipped), QDate(2026, 12, 6));
        QCOMPARE(model.rowCount(), 4); // runbooks, procedures, declarations, reviews
        QCOMPARE(model.index(0, 0).data().toString(), ChecklistLibraryModel::kindText(u"runbook"_s));
        QCOMPARE(model.rowCount(model.index(0, 0)), 7);
        const QModelIndex declaration = model.indexOfPath(u"declaration-key-management.md"_s);
        QVERIFY(declaration.isValid());
        QVERIFY(declaration.data(ChecklistLibraryModel::OverdueRole).toBool()); // never reviewed
        QVERIFY(!declaration.data(ChecklistLibraryModel::ChangedRole).toBool());
        model.setChanges({{ChecklistChange::Kind::Modified, u"declaration-key-management.md"_s}});
        QVERIFY(declaration.data(ChecklistLibraryModel::ChangedRole).toBool());
        QVERIFY(model.index(declaration.row(), ChecklistLibraryModel::StateColumn, declaration.parent())
                    .data()
                    .toString()
                    .contains(u"changed"_s));
        model.setLibrary(ChecklistLibrary(), QDate(2026, 12, 6));
        QCOMPARE(model.rowCount(), 0);
    }

    void itemsModel()
    {
        ChecklistDocument doc(Doc);
        ChecklistItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(&doc);
        QCOMPARE(model.rowCount(), 2); // # A and # B
        const QModelIndex a = model.index(0, 0);
        QCOMPARE(a.data().toString(), u"A"_s);
        QCOMPARE(model.rowCount(a), 3); // one, two, ## A.1
        QCOMPARE(model.index(1, 0, a).data().toString(), u"two"_s);
        QCOMPARE(model.index(1, 0, a).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(0, 0, model.index(1, 0, a)).data().toString(), u"two.one"_s);
        QCOMPARE(model.index(2, 0, a).data().toString(), u"A.1"_s);
        QCOMPARE(model.index(0, 0, model.index(2, 0, a)).data().toString(), u"three"_s);
        QCOMPARE(model.indexOf(ChecklistItemsModel::Kind::Item, 3), model.index(0, 0, model.index(2, 0, a)));

        // Edits are requested, not applied.
        QSignalSpy text(&model, &ChecklistItemsModel::textEdited);
        QSignalSpy check(&model, &ChecklistItemsModel::checkEdited);
        QVERIFY(model.setData(model.index(0, 0, a), u"um"_s));
        QCOMPARE(text.size(), 1);
        QCOMPARE(text.first().at(1).toInt(), 0);
        QVERIFY(model.setData(model.index(0, 0, a), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(check.size(), 1);
        QVERIFY(check.first().at(1).toBool());

        // Drag "three" before "one", then onto "one" (as its child).
        QSignalSpy move(&model, &ChecklistItemsModel::moveRequested);
        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(ChecklistItemsModel::Kind::Item, 3)}));
        QVERIFY(data);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, a));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, a));
        QCOMPARE(move.size(), 1);
        QCOMPARE(move.last().at(0).toInt(), 3);
        QCOMPARE(move.last().at(2).toInt(), 0);
        QCOMPARE(move.last().at(3).value<ChecklistDocument::Position>(), ChecklistDocument::Position::Before);
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(0, 0, a)));
        QCOMPARE(move.last().at(3).value<ChecklistDocument::Position>(), ChecklistDocument::Position::Child);
        // Onto section B (no items): to the section.
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(1, 0)));
        QCOMPARE(move.last().at(1).value<ChecklistItemsModel::Kind>(), ChecklistItemsModel::Kind::Section);
        QCOMPARE(move.last().at(2).toInt(), 2); // sections: A, A.1, B

        // A change of the document is a reset the tester checks.
        QVERIFY(doc.deleteItem(1));
        model.refresh();
        QCOMPARE(model.rowCount(a), 2);
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, 0, a)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 0, a), u"x"_s));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, a));
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void runModel()
    {
        IncidentBook book; // memory only
        ChecklistDocument doc(Doc, u"d.md"_s);
        ChecklistRunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBook(&book, u"ana"_s);
        const QString uid = book.startRun(checklistRunFor(doc, u"d.md"_s, QString(), u"ana"_s, u"bndes"_s));
        QVERIFY(!uid.isEmpty());
        model.setRun(uid);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(2, ChecklistRunModel::StepColumn).data(Qt::EditRole).toString(), u"two.one"_s);
        QVERIFY(model.index(2, 0).data().toString().startsWith(u"    "_s)); // nested: indented
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(1, ChecklistRunModel::DoneByColumn).data().toString(), u"ana"_s);
        QVERIFY(!model.index(1, ChecklistRunModel::DoneAtColumn).data().toString().isEmpty());
        QVERIFY(model.setData(model.index(1, ChecklistRunModel::NoteColumn), u"feito às pressas"_s));
        QCOMPARE(book.run(uid)->steps.at(1).note, u"feito às pressas"_s);
        QVERIFY(book.run(uid)->steps.at(1).done);
        // The template is untouched by the run.
        QCOMPARE(doc.content(), Doc);
        book.finishRun(uid, {});
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        model.setRun({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChecklistModels)
#include "tst_checklistmodels.moc"
