#include "usagejson.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

struct UsageJsonText
{
    Q_DECLARE_TR_FUNCTIONS(UsageJson)
};

struct Bad
{
    QString text;
};

const json &need(const json &o, const char *key, const QString &path, json::value_t type)
{
    const auto it = o.find(key);
    if (it == o.end() || it->type() != type)
        throw Bad {UsageJsonText::tr("%1.%2: missing or of the wrong type").arg(path, QLatin1StringView(key))};
    return *it;
}

quint64 unsignedAt(const json &row, std::size_t i, const QString &path)
{
    if (i >= row.size() || !row[i].is_number_unsigned())
        throw Bad {UsageJsonText::tr("%1[%2]: expected a non-negative integer").arg(path).arg(i)};
    return row[i].get<quint64>();
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

namespace usagejson {

json toJson(const UsageLedger &ledger, const QHash<QString, AccountDirectory::ContractAnswer> &answers)
{
    // Only the addresses the buckets use, renumbered.
    QHash<quint32, quint32> index;
    json addresses = json::array();
    auto idOf = [&](quint32 id) {
        const auto it = index.constFind(id);
        if (it != index.constEnd())
            return it.value();
        const quint32 n = quint32(addresses.size());
        index.insert(id, n);
        addresses.push_back(text(ledger.address(id)));
        return n;
    };
    json buckets = json::array();
    for (const auto &[start, bucket] : ledger.buckets()) {
        json pairs = json::array();
        for (auto it = bucket.pairs.cbegin(); it != bucket.pairs.cend(); ++it) {
            const usage::Counts &c = it.value();
            pairs.push_back(json::array({idOf(UsageLedger::senderOf(it.key())), idOf(UsageLedger::targetOf(it.key())),
                c.transactions, c.gasUsed, c.failed, c.withoutReceipt}));
        }
        buckets.push_back(json {{"start", start}, {"pairs", std::move(pairs)}});
    }
    json blocks = json::array();
    for (const auto &[number, at] : ledger.blockTimes())
        blocks.push_back(json::array({number, at}));
    json contract = json::array();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const AccountDirectory::ContractAnswer &a = it.value();
        contract.push_back(json {{"address", text(it.key())}, {"at", a.at.toMSecsSinceEpoch()},
            {"institution", text(a.institution)}, {"value", text(a.value)}, {"error", text(a.error)},
            {"reverted", a.reverted}, {"inactive", a.inactive}});
    }
    return json {{"bucketSeconds", ledger.bucketSeconds()}, {"retentionSeconds", ledger.retentionSeconds()},
        {"addresses", std::move(addresses)}, {"buckets", std::move(buckets)}, {"blocks", std::move(blocks)},
        {"contractAnswers", std::move(contract)}};
}

bool fromJson(const json &o, const QString &path, UsageLedger &ledger,
    QHash<QString, AccountDirectory::ContractAnswer> &answers, QString *error)
{
    try {
        if (!o.is_object())
            throw Bad {UsageJsonText::tr("%1: expected an object").arg(path)};
        const json &bucketSeconds = need(o, "bucketSeconds", path, json::value_t::number_unsigned);
        const json &retention = need(o, "retentionSeconds", path, json::value_t::number_unsigned);
        ledger.configure(int(std::clamp<quint64>(bucketSeconds.get<quint64>(), 1, 3600)),
            qint64(std::min<quint64>(retention.get<quint64>(), quint64(366) * 86400)));
        QStringList addresses;
        for (const json &a : need(o, "addresses", path, json::value_t::array)) {
            if (!a.is_string())
                throw Bad {UsageJsonText::tr("%1.addresses: expected texts").arg(path)};
            addresses << QString::fromStdString(a.get<std::string>());
        }
        const json &buckets = need(o, "buckets", path, json::value_t::array);
        for (std::size_t b = 0; b < buckets.size(); ++b) {
            const QString bpath = u"%1.buckets[%2]"_s.arg(path).arg(b);
            if (!buckets[b].is_object())
                throw Bad {UsageJsonText::tr("%1: expected an object").arg(bpath)};
            const json &start = buckets[b].value("start", json());
            if (!start.is_number_integer())
                throw Bad {UsageJsonText::tr("%1.start: expected an integer").arg(bpath)};
            QList<std::pair<std::pair<QString, QString>, usage::Counts>> pairs;
            const json &rows = need(buckets[b], "pairs", bpath, json::value_t::array);
            for (std::size_t r = 0; r < rows.size(); ++r) {
                const QString rpath = u"%1.pairs[%2]"_s.arg(bpath).arg(r);
                const quint64 s = unsignedAt(rows[r], 0, rpath);
                const quint64 t = unsignedAt(rows[r], 1, rpath);
                if (s >= quint64(addresses.size()) || t >= quint64(addresses.size()))
                    throw Bad {UsageJsonText::tr("%1: address index out of range").arg(rpath)};
                usage::Counts c;
                c.transactions = unsignedAt(rows[r], 2, rpath);
                c.gasUsed = unsignedAt(rows[r], 3, rpath);
                c.failed = unsignedAt(rows[r], 4, rpath);
                c.withoutReceipt = unsignedAt(rows[r], 5, rpath);
                pairs.append({{addresses[qsizetype(s)], addresses[qsizetype(t)]}, c});
            }
            ledger.restoreBucket(start.get<qint64>(), pairs);
        }
        const json &blocks = need(o, "blocks", path, json::value_t::array);
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const QString p = u"%1.blocks[%2]"_s.arg(path).arg(i);
            ledger.restoreBlock(unsignedAt(blocks[i], 0, p), qint64(unsignedAt(blocks[i], 1, p)));
        }
        const json &contract = need(o, "contractAnswers", path, json::value_t::array);
        for (const json &a : contract) {
            if (!a.is_object() || !a.value("address", json()).is_string())
                throw Bad {UsageJsonText::tr("%1.contractAnswers: expected objects with an address").arg(path)};
            AccountDirectory::ContractAnswer answer;
            answer.at = QDateTime::fromMSecsSinceEpoch(a.value("at", qint64(0)), Qt::UTC);
            answer.institution = QString::fromStdString(a.value("institution", std::string()));
            answer.value = QString::fromStdString(a.value("value", std::string()));
            answer.error = QString::fromStdString(a.value("error", std::string()));
            answer.reverted = a.value("reverted", false);
            answer.inactive = a.value("inactive", false);
            answers.insert(QString::fromStdString(a["address"].get<std::string>()), answer);
        }
    } catch (const Bad &e) {
        if (error)
            *error = e.text;
        return false;
    } catch (const json::exception &e) {
        if (error)
            *error = UsageJsonText::tr("%1: unexpected value: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

} // namespace usagejson
