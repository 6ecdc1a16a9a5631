#include "config/accountlist.h"
#include "config/inventoryloader.h"
#include "chain/hex.h"
#include "chain/keccak.h"
#include "usage/abicall.h"
#include "usage/accountdirectory.h"
#include "usage/transactionparse.h"
#include "usage/usagereport.h"
#include "usage/usagejson.h"

#include "../../common/usagefixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

using usagefixtures::addr;
using usagefixtures::block;
using usagefixtures::tx;

NetworkConfig network()
{
    NetworkConfig n;
    n.name = u"lab"_s;
    Institution a {u"bndes"_s, u"BNDES"_s, u"bndes"_s};
    a.accounts = {{addr(1), u"payments"_s}};
    a.permissioningId = u"1"_s;
    Institution b {u"rnp"_s, u"RNP"_s, u"rnp"_s};
    b.permissioningId = u"2"_s;
    n.institutions = {a, b};
    AccountInstitutionCall call;
    call.contract = u"rules"_s;
    call.signature = u"getAccount(address)"_s;
    call.selector = chain::keccak256("getAccount(address)").left(4);
    call.outputs = {u"uint256"_s, u"address"_s, u"bytes32"_s, u"bytes32"_s, u"bool"_s};
    call.institutionOutput = 0;
    call.activeOutput = 4;
    n.usage.accountInstitution = call;
    return n;
}

} // namespace

class TestUsage : public QObject
{
    Q_OBJECT
private slots:
    void parsesBesuBlockAndReceipts()
    {
        // Shapes of Besu's TransactionCompleteResult and TransactionReceiptResult.
        const std::string blockHash = "0x" + std::string(64, 'a');
        const std::string txHash = "0x" + std::string(64, 'b');
        json t = {{"blockHash", blockHash}, {"blockNumber", "0x10"}, {"from", "0xAB" + std::string(38, '1')},
            {"gas", "0x5208"}, {"gasPrice", "0x0"}, {"hash", txHash}, {"input", "0x"}, {"nonce", "0x0"}, {"to", nullptr},
            {"transactionIndex", "0x0"}, {"value", "0x0"}, {"type", "0x0"}};
        const json b = {{"number", "0x10"}, {"hash", blockHash}, {"timestamp", "0x64"}, {"transactions", json::array({t})}};
        QString error;
        auto parsed = usage::parseFullBlock(b, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->number, 16u);
        QCOMPARE(parsed->timestamp, 100u);
        QCOMPARE(parsed->transactions.size(), 1);
        QCOMPARE(parsed->transactions[0].from, u"0xab"_s + QString(38, u'1'));
        QVERIFY(parsed->transactions[0].to.isEmpty());
        const json r = {{"blockHash", blockHash}, {"blockNumber", "0x10"}, {"contractAddress", "0x" + std::string(40, 'c')},
            {"cumulativeGasUsed", "0x7530"}, {"from", "0x" + std::string(40, '1')}, {"gasUsed", "0x7530"},
            {"effectiveGasPrice", "0x0"}, {"logs", json::array()}, {"logsBloom", "0x00"}, {"status", "0x0"}, {"to", nullptr},
            {"transactionHash", txHash}, {"transactionIndex", "0x0"}, {"type", "0x0"}};
        auto receipt = usage::parseReceipt(r, &error);
        QVERIFY2(receipt, qPrintable(error));
        QVERIFY(receipt->failed);
        QVERIFY(usage::applyReceipt(*parsed, 0, *receipt));
        QCOMPARE(parsed->transactions[0].gasUsed, 30000u);
        QCOMPARE(parsed->transactions[0].contractAddress, u"0x"_s + QString(40, u'c'));

        // Hashes only (eth_getBlockByNumber(n, false)) are refused with the field named.
        json hashes = b;
        hashes["transactions"] = json::array({txHash});
        QVERIFY(!usage::parseFullBlock(hashes, &error));
        QVERIFY(error.contains(u"transactions[0]"_s));
    }

    void ledgerAggregatesAndEvicts()
    {
        UsageLedger ledger;
        ledger.configure(10, 100);
        QVERIFY(ledger.addBlock(block(1, 1000, {tx(addr(1), addr(9), 21000), tx(addr(1), addr(9), 50000, true)})));
        QVERIFY(!ledger.addBlock(block(1, 1000, {tx(addr(1), addr(9), 21000)}))); // counted once
        QVERIFY(ledger.addBlock(block(2, 1004, {tx(addr(2), QString(), 90000)})));
        const auto all = ledger.pairs(0, 2000);
        QCOMPARE(all.size(), 2);
        const usage::Counts c = all.value(UsageLedger::key(ledger.idOf(addr(1)), ledger.idOf(addr(9))));
        QCOMPARE(c.transactions, 2u);
        QCOMPARE(c.gasUsed, 71000u);
        QCOMPARE(c.failed, 1u);
        QCOMPARE(ledger.transactionCount(), 3u);
        // 200 s later, the first bucket is beyond the 100 s retention.
        QVERIFY(ledger.addBlock(block(3, 1200, {tx(addr(3), addr(9), 21000)})));
        QCOMPARE(ledger.transactionCount(), 1u);
        QCOMPARE(ledger.blockCount(), 1);
        QCOMPARE(ledger.buckets().size(), std::size_t(1));
    }

    void decodesRbbAccountData()
    {
        // AccountRulesV2.getAccount(address) -> (uint orgId, address account, bytes32 roleId, bytes32 dataHash, bool active)
        QByteArray data(32 * 5, '\0');
        data[31] = 3;
        data[32 + 31] = 0x11;
        const QByteArray role = "USER_ROLE";
        std::copy(role.cbegin(), role.cend(), data.begin() + 64);
        data[32 * 5 - 1] = 1;
        QString error;
        const auto out = usage::decodeStaticOutputs(data, {u"uint256"_s, u"address"_s, u"bytes32"_s, u"bytes32"_s, u"bool"_s}, &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(out->at(0), u"3"_s);
        QCOMPARE(out->at(1), addr(0x11));
        QCOMPARE(out->at(2), u"USER_ROLE"_s);
        QCOMPARE(out->at(4), u"true"_s);
        QVERIFY(!usage::decodeStaticOutputs(data.left(40), {u"uint256"_s, u"bool"_s}, &error));
        QCOMPARE(usage::unsignedDecimal(QByteArray::fromHex("ffffffffffffffffff")), u"4722366482869645213695"_s);
        QCOMPARE(usage::decodeStaticOutputs(QByteArray(32, '\xff'), {u"int256"_s})->at(0), u"-1"_s);
        const QByteArray call = usage::encodeAddressCall(QByteArray::fromHex("12345678"), addr(0xabc));
        QCOMPARE(call.size(), 36);
        QCOMPARE(chain::toHex(call.right(20)), addr(0xabc));
    }

    void attributesFromProfileAndContract()
    {
        AccountDirectory dir;
        dir.configure(network());
        QCOMPARE(dir.attribution(addr(1)).institution, u"bndes"_s);
        QCOMPARE(dir.attribution(addr(1)).source, AccountDirectory::Source::Profile);
        QCOMPARE(dir.attribution(addr(1)).label, u"payments"_s);
        QCOMPARE(dir.attribution(addr(2)).source, AccountDirectory::Source::Pending);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1000000, Qt::UTC);
        QCOMPARE(dir.toCheck({addr(1), addr(2)}, now, 60000), QStringList {addr(2)});

        dir.setContractAnswer(addr(2), dir.answerFromOutputs({u"2"_s, addr(2), u"x"_s, u"y"_s, u"true"_s}, now));
        QCOMPARE(dir.attribution(addr(2)).institution, u"rnp"_s);
        QCOMPARE(dir.attribution(addr(2)).source, AccountDirectory::Source::Contract);
        QVERIFY(dir.toCheck({addr(2)}, now.addSecs(30), 60000).isEmpty());
        QCOMPARE(dir.toCheck({addr(2)}, now.addSecs(61), 60000), QStringList {addr(2)});

        dir.setContractAnswer(addr(3), dir.answerFromOutputs({u"2"_s, addr(3), u"x"_s, u"y"_s, u"false"_s}, now));
        QCOMPARE(dir.attribution(addr(3)).source, AccountDirectory::Source::Unknown); // inactive
        dir.setContractAnswer(addr(4), dir.answerFromOutputs({u"7"_s, addr(4), u"x"_s, u"y"_s, u"true"_s}, now));
        QCOMPARE(dir.attribution(addr(4)).source, AccountDirectory::Source::Unknown); // orgId of no institution
        QVERIFY(dir.attribution(addr(4)).detail.contains(u"7"_s));
        AccountDirectory::ContractAnswer reverted;
        reverted.at = now;
        reverted.reverted = true;
        reverted.error = u"Execution reverted"_s;
        dir.setContractAnswer(addr(5), reverted);
        QCOMPARE(dir.attribution(addr(5)).source, AccountDirectory::Source::Unknown);
    }

    void reportPutsUnknownSendersFirst()
    {
        AccountDirectory dir;
        NetworkConfig n = network();
        n.usage.accountInstitution.reset();
        dir.configure(n);
        UsageLedger ledger;
        ledger.configure(10, 3600);
        ledger.addBlock(block(1, 1000, {tx(addr(1), addr(9), 100000), tx(addr(1), addr(8), 20000)}));
        ledger.addBlock(block(2, 1010, {tx(addr(6), addr(9), 30000, true)}));
        const usage::UsageReport r = usage::buildReport(ledger, dir, 1000, 1100);
        QCOMPARE(r.total.transactions, 3u);
        QCOMPARE(r.unknownSenders, 1);
        QCOMPARE(r.accounts.size(), 2);
        QCOMPARE(r.accounts[0].address, addr(6));
        QVERIFY(r.accounts[0].attribution.institution.isEmpty());
        QCOMPARE(r.institutions.size(), 2);
        QVERIFY(r.institutions[0].id.isEmpty());
        QCOMPARE(r.institutions[1].id, u"bndes"_s);
        QCOMPARE(r.institutions[1].gasShare, 120000.0 / 150000.0);
        QCOMPARE(r.institutions[1].topTargets.first().address, addr(9));
        QCOMPARE(r.institutions[0].counts.failed, 1u);
        QCOMPARE(r.accounts[1].transactionsPerSecond, 2.0 / 100.0);
        double seriesTotal = 0;
        for (const auto &s : r.series)
            for (double v : s)
                seriesTotal += v * r.pointSeconds;
        QCOMPARE(seriesTotal, 3.0);
    }

    void jsonRoundTrip()
    {
        UsageLedger ledger;
        ledger.configure(10, 3600);
        ledger.addBlock(block(1, 1000, {tx(addr(1), addr(9), 21000), tx(addr(2), QString(), 90000, true)}));
        ledger.addBlock(block(2, 1012, {tx(addr(1), addr(8), 30000)}));
        QHash<QString, AccountDirectory::ContractAnswer> answers;
        AccountDirectory::ContractAnswer a;
        a.at = QDateTime::fromMSecsSinceEpoch(123456, Qt::UTC);
        a.institution = u"rnp"_s;
        a.value = u"2"_s;
        answers.insert(addr(2), a);
        const json doc = json::parse(usagejson::toJson(ledger, answers).dump());
        UsageLedger back;
        QHash<QString, AccountDirectory::ContractAnswer> answersBack;
        QString error;
        QVERIFY2(usagejson::fromJson(doc, u"usage"_s, back, answersBack, &error), qPrintable(error));
        QCOMPARE(back.transactionCount(), 3u);
        QCOMPARE(back.blockCount(), 2);
        QCOMPARE(back.bucketSeconds(), 10);
        const auto pairs = back.pairs(0, 5000);
        QCOMPARE(pairs.value(UsageLedger::key(back.idOf(addr(2)), back.idOf(QString()))).failed, 1u);
        QCOMPARE(answersBack.value(addr(2)).institution, u"rnp"_s);
        QCOMPARE(answersBack.value(addr(2)).at, a.at);
        json broken = doc;
        broken["buckets"][0]["pairs"][0][0] = 99;
        QVERIFY(!usagejson::fromJson(broken, u"usage"_s, back, answersBack, &error));
        QVERIFY2(error.contains(u"usage.buckets[0].pairs[0]"_s), qPrintable(error));
    }

    void readsAccountLists_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("accounts");
        QTest::addColumn<QString>("error");
        const QByteArray a1 = addr(1).toLatin1();
        const QByteArray a2 = u"0x"_s.toLatin1() + addr(2).mid(2).toUpper().toLatin1();
        QTest::newRow("csv plain") << a1 + "\n" + a2 + ",settlement\n" << u"a.csv"_s << 2 << QString();
        QTest::newRow("csv header") << QByteArray("label,address\n\"ops, main\",") + a1 + "\n" << u"a.csv"_s << 1 << QString();
        QTest::newRow("csv bad") << a1 + "\n# note\n0x1234\n" << u"a.csv"_s << 1 << u"a.csv:3"_s;
        QTest::newRow("csv duplicate") << a1 + "\n" + a1 + "\n" << u"a.csv"_s << 1 << u"twice"_s;
        QTest::newRow("json list") << QByteArray("[\"") + a1 + "\", {\"address\": \"" + a2 + "\", \"label\": \"x\"}]" << u"a.json"_s << 2 << QString();
        QTest::newRow("json object") << QByteArray("{\"accounts\": [\"") + a1 + "\"]}" << u"a.json"_s << 1 << QString();
        QTest::newRow("json bad entry") << QByteArray("{\"accounts\": [42]}") << u"a.json"_s << 0 << u"accounts[0]"_s;
        QTest::newRow("json broken") << QByteArray("[\"") + a1 << u"a.json"_s << 0 << u"JSON"_s;
    }
    void readsAccountLists()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(int, accounts);
        QFETCH(QString, error);
        const AccountList::Result r = AccountList::parse(content, name);
        QCOMPARE(r.accounts.size(), accounts);
        QString messages;
        for (const ConfigMessage &m : r.messages)
            messages += m.toString() + u'\n';
        if (error.isEmpty())
            QVERIFY2(r.messages.isEmpty(), qPrintable(messages));
        else
            QVERIFY2(messages.contains(error), qPrintable(messages));
    }

    void profileFieldsAndErrors()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(u"rnp.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(addr(5).toLatin1() + ",gateway\nnot-an-address\n");
        csv.close();
        const QByteArray yaml = "active: lab\nnetworks:\n  - name: lab\n    chainId: 1337\n    institutions:\n"
                                "      - id: bndes\n        permissioningId: \"1\"\n        accounts: [\""
            + addr(1).toLatin1() + "\", {address: \"" + addr(2).toLatin1()
            + "\", label: ops}]\n      - id: rnp\n        accountsFile: rnp.csv\n    usage:\n      accountInstitution:\n"
              "        contract: rules\n        signature: getAccount(address)\n"
              "        outputs: [uint256, address, bytes32, bytes32, bool]\n        institutionOutput: 0\n"
              "        activeOutput: 4\n    incidents:\n      unknownSenderTransactions: 5\n";
        const QString file = dir.filePath(u"profile.yaml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        InventoryLoadResult r = InventoryLoader::loadFile(file);
        QString messages;
        for (const ConfigMessage &m : r.messages)
            messages += m.toString() + u'\n';
        // The bad line of the CSV is an error naming the profile field, the CSV file and its line.
        QVERIFY2(messages.contains(u"networks[0].institutions[1].accountsFile"_s) && messages.contains(u"rnp.csv:2"_s),
            qPrintable(messages));
        QVERIFY(!r.inventory);

        csv.open(QIODevice::WriteOnly | QIODevice::Truncate);
        csv.write(addr(5).toLatin1() + ",gateway\n");
        csv.close();
        r = InventoryLoader::loadFile(file);
        QVERIFY(r.inventory);
        const NetworkConfig &n = *r.inventory->active();
        QCOMPARE(n.institutions[0].accounts.size(), 2);
        QCOMPARE(n.institutions[0].accounts[1].label, u"ops"_s);
        QCOMPARE(n.institutions[1].accounts.size(), 1);
        QCOMPARE(n.institutions[1].accounts[0].label, u"gateway"_s);
        QVERIFY(n.usage.accountInstitution);
        QCOMPARE(chain::toHex(n.usage.accountInstitution->selector), chain::toHex(chain::keccak256("getAccount(address)").left(4)));
        QCOMPARE(n.incidents.rules.unknownSenderTransactions, 5);
        // Written back and read again: the same.
        const InventoryLoadResult again = InventoryLoader::parse(InventoryLoader::toYaml(*r.inventory), file);
        QVERIFY(again.inventory);
        QCOMPARE(again.inventory->active()->usage.accountInstitution->outputs.size(), 5);
        QCOMPARE(again.inventory->active()->institutions[0].accounts.size(), 2);
        QCOMPARE(again.inventory->active()->usage.accountInstitution->selector, n.usage.accountInstitution->selector);
        // A call made in code without a selector is written without one and gets it from the signature again.
        Inventory unset = *r.inventory;
        unset.networks[0].usage.accountInstitution->selector.clear();
        const QByteArray unsetYaml = InventoryLoader::toYaml(unset);
        QVERIFY2(!unsetYaml.contains("selector"), unsetYaml.constData());
        const InventoryLoadResult derived = InventoryLoader::parse(unsetYaml, file);
        QVERIFY2(derived.inventory, unsetYaml.constData());
        QCOMPARE(derived.inventory->active()->usage.accountInstitution->selector, n.usage.accountInstitution->selector);

        const QByteArray bad = "active: lab\nnetworks:\n  - name: lab\n    chainId: 1337\n    usage:\n"
                               "      accountInstitution:\n        contract: nowhere\n        signature: getAccount(uint256)\n"
                               "        outputs: [uint256, string]\n        activeOutput: 0\n";
        const InventoryLoadResult b = InventoryLoader::parse(bad, u"bad.yaml"_s);
        messages.clear();
        for (const ConfigMessage &m : b.messages)
            messages += m.toString() + u'\n';
        QVERIFY2(messages.contains(u"usage.accountInstitution.contract"_s), qPrintable(messages));
        QVERIFY2(messages.contains(u"usage.accountInstitution.signature"_s), qPrintable(messages));
        QVERIFY2(messages.contains(u"usage.accountInstitution.outputs[1]"_s), qPrintable(messages));
        QVERIFY2(messages.contains(u"usage.accountInstitution.activeOutput"_s), qPrintable(messages));
    }
};

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
