#include "chain/decodeblockcommand.h"

#include "chain/blockanalysis.h"
#include "chain/blockheader.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace chain {

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct BlockReportText
{
    Q_DECLARE_TR_FUNCTIONS(BlockReport)
};

} // namespace

int decodeBlockCommand(const QByteArray &input, bool json, QTextStream &out, QTextStream &err)
{
    const nlohmann::json document = nlohmann::json::parse(input.constBegin(), input.constEnd(), nullptr, false);
    if (document.is_discarded()) {
        err << BlockReportText::tr("decode-block: the input is not valid JSON") << Qt::endl;
        return 2;
    }
    const nlohmann::json *block = &document;
    // A whole reply (or any wrapper with a "result" object, as saved fixtures often are) or the block itself.
    const bool wrapped = document.is_object() && !document.contains("parentHash")
        && (document.contains("jsonrpc") || document.contains("result"));
    if (wrapped) {
        if (const auto e = document.find("error"); e != document.end() && !e->is_null()) {
            err << BlockReportText::tr("decode-block: the JSON-RPC reply is an error: %1")
                       .arg(QString::fromStdString(e->dump()))
                << Qt::endl;
            return 2;
        }
        const auto result = document.find("result");
        if (result == document.end()) {
            err << BlockReportText::tr("decode-block: the JSON-RPC reply has no \"result\"") << Qt::endl;
            return 2;
        }
        block = &*result;
    }
    QString error;
    const auto header = BlockHeader::fromJson(*block, &error);
    if (!header) {
        err << BlockReportText::tr("decode-block: %1").arg(error) << Qt::endl;
        return 2;
    }
    const BlockAnalysis analysis = analyzeBlock(*header);
    if (json)
        out << QString::fromStdString(toJson(analysis).dump(2)) << Qt::endl;
    else
        out << toText(analysis);
    out.flush();
    if (!analysis.ok()) {
        err << BlockReportText::tr("decode-block: %1").arg(analysis.error) << Qt::endl;
        return 2;
    }
    // The genesis block carries no seals, so only its hash is judged.
    const bool quorumOk = analysis.quorumMet || analysis.number == 0;
    return analysis.hashMatches && quorumOk ? 0 : 1;
}

} // namespace chain
