#include "snapshotheader.h"

#include <QCoreApplication>

using nlohmann::json;

namespace snapshotheader {

namespace {

struct HeaderText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotHeader)
};

json timeMs(const QDateTime &t)
{
    return t.isValid() ? json(t.toMSecsSinceEpoch()) : json();
}

} // namespace

json toJson(const SnapshotHeader &h, bool withSignature)
{
    json o {{"formatVersion", h.formatVersion}, {"schemaVersion", h.schemaVersion},
        {"appVersion", h.appVersion.toStdString()}, {"network", h.network.toStdString()},
        {"networkDisplayName", h.networkDisplayName.toStdString()}, {"producer", h.producer.toStdString()},
        {"createdAt", timeMs(h.createdAt)}, {"windowFrom", timeMs(h.windowFrom)}, {"windowTo", timeMs(h.windowTo)},
        {"incident", h.incidentUid.toStdString()}, {"contentBytes", h.contentBytes},
        {"payloadBytes", h.payloadBytes}, {"digest", "sha256:" + h.digest.toHex().toStdString()}};
    if (h.tableBytes > 0)
        o["tableBytes"] = h.tableBytes;
    if (withSignature && !h.signature.isEmpty()) {
        o["signature"] = json {{"algorithm", "ed25519"}, {"publicKey", h.signerPublicKeyPem.toStdString()},
            {"value", h.signature.toBase64().toStdString()}};
    }
    return o;
}

bool fromJson(const json &o, SnapshotHeader &h, QString *error)
{
    auto fail = [error](const char *field, const QString &what) {
        if (error)
            *error = HeaderText::tr("header field %1: %2").arg(QLatin1StringView(field), what);
        return false;
    };
    if (!o.is_object())
        return fail("(all)", HeaderText::tr("expected an object"));
    auto integer = [&o](const char *key, qint64 &out) {
        const auto it = o.find(key);
        if (it == o.end() || !it->is_number_integer())
            return false;
        out = it->get<qint64>();
        return true;
    };
    auto text = [&o](const char *key) {
        const auto it = o.find(key);
        return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    auto time = [&o](const char *key) {
        const auto it = o.find(key);
        return it != o.end() && it->is_number_integer()
            ? QDateTime::fromMSecsSinceEpoch(it->get<qint64>(), Qt::UTC)
            : QDateTime();
    };
    qint64 v = 0;
    if (!integer("formatVersion", v) || v < 1 || v > 1000000)
        return fail("formatVersion", HeaderText::tr("missing or not a version number"));
    h.formatVersion = static_cast<int>(v);
    if (!integer("schemaVersion", v) || v < 1 || v > 1000000)
        return fail("schemaVersion", HeaderText::tr("missing or not a version number"));
    h.schemaVersion = static_cast<int>(v);
    if (!integer("contentBytes", h.contentBytes) || h.contentBytes < 0)
        return fail("contentBytes", HeaderText::tr("missing or negative"));
    if (!integer("payloadBytes", h.payloadBytes) || h.payloadBytes < 0)
        return fail("payloadBytes", HeaderText::tr("missing or negative"));
    h.tableBytes = 0;
    if (o.contains("tableBytes") && (!integer("tableBytes", h.tableBytes) || h.tableBytes < 0 || h.tableBytes > h.contentBytes))
        return fail("tableBytes", HeaderText::tr("not a size within the content"));
    const QString digest = text("digest");
    if (!digest.startsWith(QLatin1StringView("sha256:")) || digest.size() != 7 + 64)
        return fail("digest", HeaderText::tr("expected sha256: and 64 hex digits"));
    h.digest = QByteArray::fromHex(digest.mid(7).toLatin1());
    h.appVersion = text("appVersion");
    h.network = text("network");
    h.networkDisplayName = text("networkDisplayName");
    h.producer = text("producer");
    h.createdAt = time("createdAt");
    h.windowFrom = time("windowFrom");
    h.windowTo = time("windowTo");
    h.incidentUid = text("incident");
    const auto sig = o.find("signature");
    if (sig != o.end()) {
        if (!sig->is_object() || sig->value("algorithm", std::string()) != "ed25519")
            return fail("signature", HeaderText::tr("expected an Ed25519 signature"));
        h.signerPublicKeyPem = QByteArray::fromStdString(sig->value("publicKey", std::string()));
        h.signature = QByteArray::fromBase64(QByteArray::fromStdString(sig->value("value", std::string())));
        if (h.signerPublicKeyPem.isEmpty() || h.signature.isEmpty())
            return fail("signature", HeaderText::tr("publicKey or value missing"));
    }
    return true;
}

} // namespace snapshotheader
