#include "transactionparse.h"

#include "chain/hex.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

struct ParseText
{
    Q_DECLARE_TR_FUNCTIONS(TransactionParse)
};

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// A 20-byte address ("0x" + 40 hex), lowercased; null or absent gives an empty text when `optional`.
bool address(const json &object, const char *key, QString &out, bool optional, QString *error)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        out.clear();
        return optional || fail(error, ParseText::tr("%1: missing").arg(QLatin1StringView(key)));
    }
    if (!it->is_string())
        return fail(error, ParseText::tr("%1: expected an address text").arg(QLatin1StringView(key)));
    const std::string &s = it->get_ref<const std::string &>();
    if (s.size() != 42 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        return fail(error, ParseText::tr("%1: expected 0x and 40 hex digits").arg(QLatin1StringView(key)));
    out = QString::fromLatin1(s.data(), qsizetype(s.size())).toLower();
    return true;
}

bool quantity(const json &object, const char *key, quint64 &out, QString *error)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return fail(error, ParseText::tr("%1: expected a hex quantity").arg(QLatin1StringView(key)));
    QString why;
    const auto value = chain::quantityFromHex(std::string_view(it->get_ref<const std::string &>()), &why);
    if (!value)
        return fail(error, ParseText::tr("%1: %2").arg(QLatin1StringView(key), why));
    out = *value;
    return true;
}

bool hash(const json &object, const char *key, QString &out, QString *error)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string() || it->get_ref<const std::string &>().size() != 66)
        return fail(error, ParseText::tr("%1: expected a 32-byte hash").arg(QLatin1StringView(key)));
    const std::string &s = it->get_ref<const std::string &>();
    out = QString::fromLatin1(s.data(), qsizetype(s.size())).toLower();
    return true;
}

} // namespace

namespace usage {

std::optional<BlockTransactions> parseFullBlock(const json &block, QString *error)
{
    if (!block.is_object()) {
        fail(error, ParseText::tr("expected a block object"));
        return std::nullopt;
    }
    BlockTransactions out;
    if (!quantity(block, "number", out.number, error) || !hash(block, "hash", out.hash, error)
        || !quantity(block, "timestamp", out.timestamp, error))
        return std::nullopt;
    const auto txs = block.find("transactions");
    if (txs == block.end() || !txs->is_array()) {
        fail(error, ParseText::tr("transactions: expected a list"));
        return std::nullopt;
    }
    out.transactions.reserve(qsizetype(txs->size()));
    quint32 index = 0;
    for (const json &t : *txs) {
        if (!t.is_object()) {
            fail(error, ParseText::tr("transactions[%1]: expected a transaction object (ask with full transactions)").arg(index));
            return std::nullopt;
        }
        Transaction tx;
        QString why;
        if (!hash(t, "hash", tx.hash, &why) || !address(t, "from", tx.from, false, &why)
            || !address(t, "to", tx.to, true, &why) || !quantity(t, "gas", tx.gas, &why)) {
            fail(error, ParseText::tr("transactions[%1].%2").arg(index).arg(why));
            return std::nullopt;
        }
        tx.index = index++;
        out.transactions.append(std::move(tx));
    }
    return out;
}

std::optional<Receipt> parseReceipt(const json &receipt, QString *error)
{
    if (!receipt.is_object()) {
        fail(error, ParseText::tr("expected a receipt object"));
        return std::nullopt;
    }
    Receipt r;
    if (!hash(receipt, "transactionHash", r.transactionHash, error) || !quantity(receipt, "gasUsed", r.gasUsed, error)
        || !address(receipt, "contractAddress", r.contractAddress, true, error))
        return std::nullopt;
    // Post-Byzantium receipts carry "status"; a pre-Byzantium "root" says nothing about success.
    const auto status = receipt.find("status");
    if (status != receipt.end() && !status->is_null()) {
        quint64 value = 1;
        if (!quantity(receipt, "status", value, error))
            return std::nullopt;
        r.failed = value == 0;
    }
    return r;
}

bool applyReceipt(BlockTransactions &block, int transactionIndex, const Receipt &receipt)
{
    Transaction *tx = nullptr;
    if (transactionIndex >= 0 && transactionIndex < block.transactions.size()
        && block.transactions[transactionIndex].hash == receipt.transactionHash) {
        tx = &block.transactions[transactionIndex];
    } else {
        for (Transaction &t : block.transactions) {
            if (t.hash == receipt.transactionHash)
                tx = &t;
        }
    }
    if (!tx)
        return false;
    tx->hasReceipt = true;
    tx->gasUsed = receipt.gasUsed;
    tx->failed = receipt.failed;
    tx->contractAddress = receipt.contractAddress;
    return true;
}

} // namespace usage
