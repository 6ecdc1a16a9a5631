#include "chain/hex.h"

#include <QCoreApplication>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace chain {

namespace {

constexpr char Digits[] = "0123456789abcdef";

int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The translation context of this file's messages (a class, so that lupdate finds them).
struct HexText
{
    Q_DECLARE_TR_FUNCTIONS(Hex)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool hasPrefix(std::string_view text)
{
    return text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
}

template<typename Char> Char asChar(char c)
{
    if constexpr (std::is_same_v<Char, QChar>)
        return QLatin1Char(c);
    else
        return c;
}

template<typename Char> void writeHex(QByteArrayView bytes, Char *out)
{
    *out++ = asChar<Char>('0');
    *out++ = asChar<Char>('x');
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        *out++ = asChar<Char>(Digits[u >> 4]);
        *out++ = asChar<Char>(Digits[u & 0x0f]);
    }
}

} // namespace

QString toHex(QByteArrayView bytes)
{
    QString result(2 + 2 * bytes.size(), Qt::Uninitialized);
    writeHex(bytes, result.data());
    return result;
}

QByteArray toHexLatin1(QByteArrayView bytes)
{
    QByteArray result(2 + 2 * bytes.size(), Qt::Uninitialized);
    writeHex(bytes, result.data());
    return result;
}

std::string toHexStd(QByteArrayView bytes)
{
    std::string result(static_cast<size_t>(2 + 2 * bytes.size()), '\0');
    writeHex(bytes, result.data());
    return result;
}

std::optional<QByteArray> fromHex(std::string_view text, QString *error)
{
    if (!hasPrefix(text)) {
        setError(error, HexText::tr("hex data must start with \"0x\""));
        return std::nullopt;
    }
    text.remove_prefix(2);
    if (text.size() % 2 != 0) {
        setError(error, HexText::tr("hex data has an odd number of digits (%1)").arg(text.size()));
        return std::nullopt;
    }
    QByteArray result(static_cast<qsizetype>(text.size() / 2), Qt::Uninitialized);
    for (size_t i = 0; i < text.size(); i += 2) {
        const int hi = nibble(text[i]);
        const int lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0) {
            setError(error, HexText::tr("invalid hex digit at position %1").arg(i + 2 + (hi < 0 ? 0 : 1)));
            return std::nullopt;
        }
        result[static_cast<qsizetype>(i / 2)] = static_cast<char>((hi << 4) | lo);
    }
    return result;
}

std::optional<QByteArray> fromHex(QStringView text, QString *error)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            setError(error, HexText::tr("hex data contains a non-ASCII character"));
            return std::nullopt;
        }
    }
    const QByteArray latin1 = text.toLatin1();
    return fromHex(std::string_view(latin1.constData(), static_cast<size_t>(latin1.size())), error);
}

std::optional<QByteArray> quantityBytesFromHex(std::string_view text, QString *error)
{
    if (!hasPrefix(text)) {
        setError(error, HexText::tr("hex quantity must start with \"0x\""));
        return std::nullopt;
    }
    text.remove_prefix(2);
    if (text.empty()) {
        setError(error, HexText::tr("hex quantity has no digits"));
        return std::nullopt;
    }
    size_t first = 0;
    while (first < text.size() && text[first] == '0')
        ++first;
    const std::string_view digits = text.substr(first);
    QByteArray result((static_cast<qsizetype>(digits.size()) + 1) / 2, Qt::Uninitialized);
    // An odd digit count means the first byte has only a low nibble.
    size_t in = 0;
    qsizetype out = 0;
    if (digits.size() % 2 != 0) {
        const int lo = nibble(digits[0]);
        if (lo < 0) {
            setError(error, HexText::tr("invalid hex digit at position %1").arg(first + 2));
            return std::nullopt;
        }
        result[out++] = static_cast<char>(lo);
        in = 1;
    }
    for (; in < digits.size(); in += 2) {
        const int hi = nibble(digits[in]);
        const int lo = nibble(digits[in + 1]);
        if (hi < 0 || lo < 0) {
            setError(error, HexText::tr("invalid hex digit at position %1").arg(first + in + 2 + (hi < 0 ? 0 : 1)));
            return std::nullopt;
        }
        result[out++] = static_cast<char>((hi << 4) | lo);
    }
    return result;
}

std::optional<quint64> quantityFromHex(std::string_view text, QString *error)
{
    const auto bytes = quantityBytesFromHex(text, error);
    if (!bytes)
        return std::nullopt;
    if (bytes->size() > 8) {
        setError(error, HexText::tr("hex quantity does not fit in 64 bits"));
        return std::nullopt;
    }
    quint64 value = 0;
    for (const char b : *bytes)
        value = (value << 8) | static_cast<unsigned char>(b);
    return value;
}

QString quantityToHex(quint64 value)
{
    return u"0x"_s + QString::number(value, 16);
}

} // namespace chain
