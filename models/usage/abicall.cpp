#include "abicall.h"

#include "chain/hex.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct AbiText
{
    Q_DECLARE_TR_FUNCTIONS(AbiCall)
};

int bitsOf(const QString &type, qsizetype prefix, int fallback)
{
    bool ok = false;
    const int bits = type.mid(prefix).toInt(&ok);
    return ok ? bits : fallback;
}

} // namespace

namespace usage {

QByteArray encodeAddressCall(const QByteArray &selector, const QString &address)
{
    QByteArray out = selector.left(4);
    const auto bytes = chain::fromHex(QStringView(address));
    QByteArray word(32, '\0');
    if (bytes && bytes->size() == 20)
        std::copy(bytes->cbegin(), bytes->cend(), word.begin() + 12);
    return out + word;
}

QString unsignedDecimal(QByteArray n)
{
    // Repeated division by 10 of the big-endian bytes.
    QString digits;
    auto isZero = [&n] { return std::all_of(n.cbegin(), n.cend(), [](char c) { return c == 0; }); };
    if (isZero())
        return u"0"_s;
    while (!isZero()) {
        int rest = 0;
        for (char &c : n) {
            const int value = rest * 256 + static_cast<unsigned char>(c);
            c = char(value / 10);
            rest = value % 10;
        }
        digits.prepend(QChar(u'0' + rest));
    }
    return digits;
}

std::optional<QStringList> decodeStaticOutputs(const QByteArray &data, const QStringList &types, QString *error)
{
    if (data.size() < 32 * types.size()) {
        if (error)
            *error = AbiText::tr("the answer has %n byte(s); %1 output(s) need %2", nullptr, int(data.size()))
                         .arg(types.size())
                         .arg(32 * types.size());
        return std::nullopt;
    }
    QStringList out;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString &type = types[i];
        const QByteArray word = data.mid(32 * i, 32);
        auto bad = [&] {
            if (error)
                *error = AbiText::tr("output %1 is not a valid %2").arg(i).arg(type);
            return std::nullopt;
        };
        if (type == u"address") {
            if (std::any_of(word.cbegin(), word.cbegin() + 12, [](char c) { return c != 0; }))
                return bad();
            out << chain::toHex(word.mid(12));
        } else if (type == u"bool") {
            if (std::any_of(word.cbegin(), word.cend() - 1, [](char c) { return c != 0; }) || uchar(word.back()) > 1)
                return bad();
            out << (word.back() ? u"true"_s : u"false"_s);
        } else if (type.startsWith(u"uint")) {
            const int bytes = bitsOf(type, 4, 256) / 8;
            if (std::any_of(word.cbegin(), word.cbegin() + (32 - bytes), [](char c) { return c != 0; }))
                return bad();
            out << unsignedDecimal(word);
        } else if (type.startsWith(u"int")) {
            if (uchar(word.front()) & 0x80) {
                QByteArray magnitude = word; // two's complement: invert and add one
                for (char &c : magnitude)
                    c = char(~c);
                for (qsizetype k = magnitude.size() - 1; k >= 0; --k) {
                    magnitude[k] = char(uchar(magnitude[k]) + 1);
                    if (magnitude[k] != 0)
                        break;
                }
                out << u"-"_s + unsignedDecimal(magnitude);
            } else {
                out << unsignedDecimal(word);
            }
        } else if (type.startsWith(u"bytes")) {
            const int n = bitsOf(type, 5, 32);
            QByteArray value = word.left(n);
            if (std::any_of(word.cbegin() + n, word.cend(), [](char c) { return c != 0; }))
                return bad();
            QByteArray text = value;
            while (!text.isEmpty() && text.back() == 0)
                text.chop(1);
            const bool printable = !text.isEmpty()
                && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
            out << (printable ? QString::fromLatin1(text) : chain::toHex(value));
        } else {
            return bad();
        }
    }
    return out;
}

} // namespace usage
