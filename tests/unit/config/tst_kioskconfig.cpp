#include "config/inventoryloader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray profile(const QByteArray &top)
{
    return "active: n\n"
           "networks:\n"
           "  - name: n\n"
           "    chainId: 1\n"
           "    institutions: [{id: bndes}]\n"
           "    nodes:\n"
           "      - {name: validator01, type: validator, institution: bndes}\n"
        + top;
}

const ConfigMessage *findMessage(const InventoryLoadResult &r, const QString &field)
{
    for (const auto &m : r.messages) {
        if (m.field == field)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestKioskConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWithoutSection()
    {
        const auto r = InventoryLoader::parse(profile({}), u"p.yaml"_s);
        QVERIFY(r.inventory);
        const KioskConfig &k = r.inventory->kiosk;
        QCOMPARE(k.playlist.size(), 4);
        QCOMPARE(k.playlist.first().page, u"overview"_s);
        QCOMPARE(k.playlist.first().dwellSeconds, 40);
        QCOMPARE(k.exitChord, u"Ctrl+Alt+Shift+Q"_s);
        QVERIFY(!k.staleAfterSeconds);
        // Without a level 2: three node-status polls of 5 s.
        QCOMPARE(kioskStaleAfterSeconds(k, r.inventory->networks.first()), 15.0);
    }

    void parsesAndRoundTrips()
    {
        const auto r = InventoryLoader::parse(profile("kiosk:\n"
                                                      "  playlist:\n"
                                                      "    - {page: overview, dwellSeconds: 60}\n"
                                                      "    - {page: topology, dwellSeconds: 10}\n"
                                                      "    - {page: usage, dwellSeconds: 20}\n"
                                                      "  exitChord: Ctrl+Alt+K\n"
                                                      "  staleAfterSeconds: 30\n"),
            u"p.yaml"_s);
        QVERIFY2(r.inventory, qPrintable(r.messages.isEmpty() ? QString() : r.messages.first().toString()));
        const KioskConfig &k = r.inventory->kiosk;
        QCOMPARE(k.playlist.size(), 3);
        QCOMPARE(k.playlist[1].page, u"topology"_s);
        QCOMPARE(k.playlist[2].page, u"usage"_s);
        QCOMPARE(k.playlist[1].dwellSeconds, 10);
        QCOMPARE(k.exitChord, u"Ctrl+Alt+K"_s);
        QCOMPARE(kioskStaleAfterSeconds(k, r.inventory->networks.first()), 30.0);

        const auto back = InventoryLoader::parse(InventoryLoader::toYaml(*r.inventory), u"back.yaml"_s);
        QVERIFY(back.inventory);
        QCOMPARE(back.inventory->kiosk.playlist.size(), 3);
        QCOMPARE(back.inventory->kiosk.playlist[0].dwellSeconds, 60);
        QCOMPARE(back.inventory->kiosk.exitChord, u"Ctrl+Alt+K"_s);
        QCOMPARE(back.inventory->kiosk.staleAfterSeconds.value_or(0), 30.0);
        // The defaults are not written out.
        QVERIFY(!InventoryLoader::toYaml(Inventory {}).contains("kiosk"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown page") << QByteArray("kiosk:\n  playlist: [{page: weather}]\n")
                                      << u"kiosk.playlist[0].page"_s;
        QTest::newRow("dwell too short") << QByteArray("kiosk:\n  playlist: [{page: blocks, dwellSeconds: 1}]\n")
                                         << u"kiosk.playlist[0].dwellSeconds"_s;
        QTest::newRow("empty playlist") << QByteArray("kiosk:\n  playlist: []\n") << u"kiosk.playlist"_s;
        QTest::newRow("chord without modifier") << QByteArray("kiosk:\n  exitChord: Q\n") << u"kiosk.exitChord"_s;
        QTest::newRow("chord of modifiers") << QByteArray("kiosk:\n  exitChord: Ctrl+Alt\n") << u"kiosk.exitChord"_s;
        QTest::newRow("stale zero") << QByteArray("kiosk:\n  staleAfterSeconds: 0\n") << u"kiosk.staleAfterSeconds"_s;
    }

    void rejects()
    {
        QFETCH(QByteArray, section);
        QFETCH(QString, field);
        const auto r = InventoryLoader::parse(profile(section), u"p.yaml"_s);
        QVERIFY(!r.inventory);
        const ConfigMessage *m = findMessage(r, field);
        QVERIFY2(m, qPrintable(field));
        QCOMPARE(m->severity, ConfigMessage::Severity::Error);
        QVERIFY(m->line > 0);
    }

    void unknownKeyWarns()
    {
        const auto r = InventoryLoader::parse(profile("kiosk:\n  theme: dark\n"), u"p.yaml"_s);
        QVERIFY(r.inventory);
        const ConfigMessage *m = findMessage(r, u"kiosk.theme"_s);
        QVERIFY(m);
        QCOMPARE(m->severity, ConfigMessage::Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
