#include "importdialog.h"

#include "../common/imagecheck.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void reviewBeforeSaving()
    {
        NetworkConfig net;
        net.name = u"rbb"_s;
        net.displayName = u"RBB"_s;
        const auto import = InventoryImporter::importFile(InventoryImporter::Kind::RbbNodes,
            QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/import/rbb-nodes.json"));
        QVERIFY(import.ok());
        ImportDialog dialog(net, import);
        const auto *list = dialog.findChild<QListWidget *>(u"changes"_s);
        QVERIFY(list);
        QStringList rows;
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->text();
        QVERIFY2(rows.contains(u"new node validator01 (validator)"_s), qPrintable(rows.join(u'\n')));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QString &r) { return r.contains(u"pubKey"_s); }));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Save)->isEnabled());
        // Nothing is changed until the operator saves: the dialog works on a copy.
        QCOMPARE(net.nodes.size(), 0);
        QCOMPARE(dialog.merged().nodes.size(), 3);
        dialog.resize(640, 480);
        QVERIFY(testsupport::distinctColours(dialog.grab().toImage()) > 8);
    }

    void nothingToImport()
    {
        NetworkConfig net;
        const auto import = InventoryImporter::fromGenesis("{", u"genesis.json"_s);
        ImportDialog dialog(net, import);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
        const auto *list = dialog.findChild<QListWidget *>(u"changes"_s);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(u"genesis.json"_s));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
