#include "jsonlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct JsonLimitsText
{
    Q_DECLARE_TR_FUNCTIONS(JsonLimits)
};

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(
        u"<title[^>]*>([^<]{0,200})</title>"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

} // namespace

QString bodyExcerpt(const QByteArray &body, int max)
{
    QByteArray head = body.left(max);
    for (char &c : head) {
        if (static_cast<unsigned char>(c) < 0x20)
            c = ' ';
    }
    QString text = QString::fromUtf8(head).simplified();
    if (body.size() > max)
        text += u"…"_s;
    return text;
}

JsonParseResult parseJsonLimited(
    const QByteArray &body, const QString &origin, int maxDepth, const QByteArray &contentType)
{
    JsonParseResult result;
    qsizetype first = 0;
    while (first < body.size() && QChar::isSpace(uchar(body.at(first))))
        ++first;
    if (first == body.size()) {
        result.error = JsonLimitsText::tr("Empty reply from %1 where JSON was expected").arg(origin);
        return result;
    }
    const bool looksHtml = body.at(first) == '<' || contentType.toLower().startsWith("text/html");
    if (looksHtml) {
        const QString title = htmlTitle(body);
        result.error = title.isEmpty()
            ? JsonLimitsText::tr("%1 returned HTML instead of JSON (wrong URL or a proxy page?)").arg(origin)
            : JsonLimitsText::tr("%1 returned HTML instead of JSON: \"%2\" (wrong URL or a proxy page?)")
                  .arg(origin, title);
        return result;
    }

    const int limit = maxDepth > 0 ? maxDepth : kDefaultMaxJsonDepth;
    // A linear scan for nesting before parsing: several times cheaper than a per-token parser callback, and the
    // parser then never builds a too-deep tree. Brackets inside strings do not count.
    {
        int depth = 0;
        bool inString = false;
        for (qsizetype i = first, n = body.size(); i < n; ++i) {
            const char c = body.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > limit) {
                    result.tooDeep = true;
                    result.error = JsonLimitsText::tr("JSON reply from %1 is nested deeper than %2 levels; refused")
                                       .arg(origin)
                                       .arg(limit);
                    return result;
                }
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
    }
    try {
        result.value = nlohmann::json::parse(body.constBegin(), body.constEnd());
        result.ok = true;
    } catch (const nlohmann::json::parse_error &e) {
        const bool atEnd = e.byte >= std::size_t(body.size())
            || std::string_view(e.what()).find("end of input") != std::string_view::npos;
        if (atEnd) {
            result.error = JsonLimitsText::tr("JSON reply from %1 is truncated (ends after %2 bytes)")
                               .arg(origin)
                               .arg(body.size());
        } else {
            result.error = JsonLimitsText::tr("Reply from %1 is not valid JSON (byte %2): %3")
                               .arg(origin)
                               .arg(qulonglong(e.byte))
                               .arg(bodyExcerpt(body));
        }
    } catch (const std::exception &e) {
        result.error = JsonLimitsText::tr("Reply from %1 could not be parsed as JSON: %2")
                           .arg(origin, QString::fromUtf8(e.what()));
    }
    if (!result.ok)
        result.value = nullptr;
    return result;
}
