#include "config/inventoryloader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray profile(const QByteArray &networkExtra, const QByteArray &top = {})
{
    return top
        + "active: n\n"
          "networks:\n"
          "  - name: n\n"
          "    chainId: 1\n"
          "    institutions: [{id: bndes}]\n"
          "    nodes:\n"
          "      - {name: validator01, type: validator, institution: bndes}\n"
        + networkExtra;
}

const QByteArray CurrentHolidays = "    serviceHours:\n      holidays: [" + QByteArray::number(QDate::currentDate().year())
    + "-12-25]\n";

const ConfigMessage *findMessage(const InventoryLoadResult &r, const QString &field)
{
    for (const auto &m : r.messages) {
        if (m.field == field)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestIncidentsConfig : public QObject
{
    Q_OBJECT

private slots:
    void parsesEverything()
    {
        const QByteArray yaml = profile(CurrentHolidays
            + "    incidents:\n"
              "      database: /var/lib/sentinela/rbb.sqlite\n"
              "      institution: bndes\n"
              "      answerServiceHours: 1.5\n"
              "      actionServiceHours: 8\n"
              "      lagBlocks: 20\n"
              "      lagSeconds: 45\n"
              "      minObserverBoots: 3\n"
              "      rules:\n"
              "        validator-down: {enabled: false, raiseAfterSeconds: 30, clearAfterSeconds: 60}\n"
              "        chain-halted: {raiseAfterSeconds: 0}\n"
              "      notifications:\n"
              "        tray: false\n"
              "        alertmanager: true\n"
              "        silenceOnAcknowledge: true\n"
              "        silenceHours: 2\n"
              "        discordWebhook: {secret: keychain:rbb-discord}\n"
              "        webhook: {url: 'https://hooks.example/x', auth: {kind: bearer, secret: keychain:hook}}\n"
              "        linkBase: https://noc.example/incidents/\n"
              "        minIntervalSeconds: 10\n"
              "        maxRetries: 3\n");
        const auto r = InventoryLoader::parse(yaml, u"p.yaml"_s);
        for (const auto &m : r.messages)
            qWarning() << m.toString();
        QVERIFY(r.inventory);
        QVERIFY(r.messages.isEmpty());
        const IncidentsConfig &c = r.inventory->networks.first().incidents;
        QCOMPARE(c.database, u"/var/lib/sentinela/rbb.sqlite"_s);
        QCOMPARE(c.institution, u"bndes"_s);
        QCOMPARE(c.answerServiceHours, 1.5);
        QCOMPARE(c.actionServiceHours, 8.0);
        QCOMPARE(c.rules.lagBlocks, 20);
        QCOMPARE(c.rules.lagSeconds, 45.0);
        QCOMPARE(c.rules.minObserverBoots, 3);
        QCOMPARE(c.rules.rules.size(), 2);
        QCOMPARE(c.rules.rules.value(u"validator-down"_s).enabled, false);
        QCOMPARE(c.rules.rules.value(u"validator-down"_s).raiseAfterSeconds, std::optional<double>(30));
        QCOMPARE(c.rules.rules.value(u"validator-down"_s).clearAfterSeconds, std::optional<double>(60));
        QCOMPARE(c.rules.rules.value(u"chain-halted"_s).raiseAfterSeconds, std::optional<double>(0));
        const NotificationConfig &n = c.notifications;
        QCOMPARE(n.tray, false);
        QCOMPARE(n.alertmanager, true);
        QCOMPARE(n.silenceOnAcknowledge, true);
        QCOMPARE(n.silenceHours, 2.0);
        QCOMPARE(n.discordWebhook.store, SecretRef::Store::Keychain);
        QCOMPARE(n.discordWebhook.key, u"rbb-discord"_s);
        QCOMPARE(n.webhookUrl, QUrl(u"https://hooks.example/x"_s));
        QCOMPARE(n.webhookAuth.kind, EndpointAuth::Kind::Bearer);
        QCOMPARE(n.linkBase, u"https://noc.example/incidents/"_s);
        QCOMPARE(n.minIntervalSeconds, 10);
        QCOMPARE(n.maxRetries, 3);

        // Round trip.
        const QByteArray again = InventoryLoader::toYaml(*r.inventory);
        const auto r2 = InventoryLoader::parse(again, u"again.yaml"_s);
        QVERIFY2(r2.inventory, again.constData());
        QVERIFY2(r2.messages.isEmpty(), again.constData());
        const IncidentsConfig &c2 = r2.inventory->networks.first().incidents;
        QCOMPARE(c2.database, c.database);
        QCOMPARE(c2.answerServiceHours, c.answerServiceHours);
        QCOMPARE(c2.rules.rules.value(u"validator-down"_s).raiseAfterSeconds, std::optional<double>(30));
        QCOMPARE(c2.rules.rules.value(u"validator-down"_s).enabled, false);
        QCOMPARE(c2.rules.minObserverBoots, 3);
        QCOMPARE(c2.notifications.discordWebhook.key, u"rbb-discord"_s);
        QCOMPARE(c2.notifications.webhookUrl, n.webhookUrl);
        QCOMPARE(c2.notifications.webhookAuth.secret.key, u"hook"_s);
        QCOMPARE(c2.notifications.linkBase, n.linkBase);
        QCOMPARE(c2.notifications.maxRetries, 3);
        QVERIFY(!again.contains("https://discord"));
    }

    void defaultsNotWritten()
    {
        const auto r = InventoryLoader::parse(profile({}), u"p.yaml"_s);
        QVERIFY(r.inventory);
        QCOMPARE(r.inventory->networks.first().incidents.answerServiceHours, 2.0);
        QCOMPARE(r.inventory->networks.first().incidents.actionServiceHours, 16.0);
        QVERIFY(!InventoryLoader::toYaml(*r.inventory).contains("incidents"));
    }

    void discordUrlInPlainIsRefused()
    {
        const auto r = InventoryLoader::parse(profile(CurrentHolidays
                                                  + "    incidents:\n"
                                                    "      notifications:\n"
                                                    "        discordWebhook: https://discord.com/api/webhooks/1/x\n"),
            u"p.yaml"_s);
        QVERIFY(!r.inventory);
        const ConfigMessage *m = findMessage(r, u"networks[0].incidents.notifications.discordWebhook"_s);
        QVERIFY(m);
        QVERIFY2(m->text.contains(u"secret"_s), qPrintable(m->toString()));
    }

    void plaintextSecretNeedsOptIn()
    {
        const QByteArray extra = CurrentHolidays
            + "    incidents:\n"
              "      notifications:\n"
              "        discordWebhook: {secret: 'env:DISCORD_URL'}\n";
        const auto refused = InventoryLoader::parse(profile(extra), u"p.yaml"_s);
        QVERIFY(!refused.inventory);
        QVERIFY(findMessage(refused, u"networks[0].incidents.notifications.discordWebhook.secret"_s));
        const auto allowed = InventoryLoader::parse(profile(extra, "allowPlaintextSecrets: true\n"), u"p.yaml"_s);
        QVERIFY(allowed.inventory);
        QCOMPARE(allowed.inventory->networks.first().incidents.notifications.discordWebhook.store,
            SecretRef::Store::Environment);
    }

    void badValuesNamed_data()
    {
        QTest::addColumn<QByteArray>("incidents");
        QTest::addColumn<QString>("field");
        QTest::newRow("answer hours") << QByteArray("      answerServiceHours: -1\n")
                                      << u"networks[0].incidents.answerServiceHours"_s;
        QTest::newRow("action below answer") << QByteArray("      answerServiceHours: 4\n      actionServiceHours: 2\n")
                                             << u"networks[0].incidents"_s;
        QTest::newRow("rule not a map") << QByteArray("      rules:\n        chain-halted: 3\n")
                                        << u"networks[0].incidents.rules.chain-halted"_s;
        QTest::newRow("webhook url") << QByteArray("      notifications:\n        webhook: {url: 'ftp://x'}\n")
                                     << u"networks[0].incidents.notifications.webhook.url"_s;
        QTest::newRow("retries") << QByteArray("      notifications:\n        maxRetries: many\n")
                                 << u"networks[0].incidents.notifications.maxRetries"_s;
    }

    void badValuesNamed()
    {
        QFETCH(QByteArray, incidents);
        QFETCH(QString, field);
        const auto r = InventoryLoader::parse(profile(CurrentHolidays + "    incidents:\n" + incidents), u"p.yaml"_s);
        QVERIFY(!r.inventory);
        const ConfigMessage *m = findMessage(r, field);
        if (!m) {
            for (const auto &x : r.messages)
                qWarning() << x.toString();
        }
        QVERIFY(m);
        QCOMPARE(m->severity, ConfigMessage::Severity::Error);
    }

    void holidaysOfTheYear()
    {
        // Holidays listed, none this year: a warning naming the list.
        const auto old = InventoryLoader::parse(
            profile("    serviceHours:\n      holidays: [2001-01-01]\n    incidents: {institution: bndes}\n"),
            u"p.yaml"_s);
        QVERIFY(old.inventory);
        const ConfigMessage *m = findMessage(old, u"networks[0].serviceHours.holidays"_s);
        QVERIFY(m);
        QCOMPARE(m->severity, ConfigMessage::Severity::Warning);
        QVERIFY2(m->text.contains(QString::number(QDate::currentDate().year())), qPrintable(m->toString()));
        // This year's listed: nothing to say.
        const auto current
            = InventoryLoader::parse(profile(CurrentHolidays + "    incidents: {institution: bndes}\n"), u"p.yaml"_s);
        QVERIFY(current.inventory);
        QVERIFY(current.messages.isEmpty());
    }

    void overnightServiceHours()
    {
        const auto r = InventoryLoader::parse(
            profile("    serviceHours: {start: '22:00', end: '06:00', holidays: ["
                + QByteArray::number(QDate::currentDate().year()) + "-01-01]}\n"),
            u"p.yaml"_s);
        QVERIFY(r.inventory);
        QCOMPARE(r.inventory->networks.first().serviceHours.start, QTime(22, 0));
        QCOMPARE(r.inventory->networks.first().serviceHours.end, QTime(6, 0));
        const auto same = InventoryLoader::parse(profile("    serviceHours: {start: '09:00', end: '09:00'}\n"), u"p"_s);
        QVERIFY(!same.inventory);
        QVERIFY(findMessage(same, u"networks[0].serviceHours"_s));
    }
};

QTEST_GUILESS_MAIN(TestIncidentsConfig)
#include "tst_incidentsconfig.moc"
