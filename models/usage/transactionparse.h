#pragma once

#include "usagedata.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>

// Besu's JSON shapes for usage: eth_getBlockByNumber(n, true) (a block whose "transactions" are objects, Besu's
// TransactionCompleteResult: from, to, gas, hash, input, transactionIndex...) and eth_getTransactionReceipt (Besu's
// TransactionReceiptResult: status "0x1"/"0x0", gasUsed, cumulativeGasUsed, contractAddress, logs...). Pure functions,
// run on the worker pool. Errors name the field and what was wrong.
namespace usage {

// The block's number, hash, timestamp and transactions (without receipt figures yet).
std::optional<BlockTransactions> parseFullBlock(const nlohmann::json &block, QString *error = nullptr);

struct Receipt
{
    QString transactionHash;
    quint64 gasUsed = 0;
    bool failed = false;
    QString contractAddress;
};
std::optional<Receipt> parseReceipt(const nlohmann::json &receipt, QString *error = nullptr);

// Puts the receipt's figures on the transaction with the same hash (receipts in block order make it O(1)).
bool applyReceipt(BlockTransactions &block, int transactionIndex, const Receipt &receipt);

} // namespace usage
