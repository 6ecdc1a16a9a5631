// The replay driver that makes every fuzz target a quick ctest under g++ (no libFuzzer there): it runs each file of
// the corpus folders given on the command line (seeds from tests/fixtures and the regressions of past crashes), then
// --mutations N inputs mutated from them with a fixed --seed, so a run is reproducible. Under clang with
// -fsanitize=fuzzer libFuzzer's own main replaces this file (tests/fuzz/run.sh).
#include "fuzzsupport.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QStringList>

#include <random>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QByteArray mutate(const QByteArray &seed, const QList<QByteArray> &corpus, std::mt19937 &rng)
{
    QByteArray out = seed;
    const auto pick = [&rng](qsizetype n) { return n <= 0 ? 0 : qsizetype(rng() % quint64(n)); };
    const int steps = 1 + int(rng() % 4);
    for (int s = 0; s < steps; ++s) {
        switch (rng() % 9) {
        case 0: // flip a bit
            if (!out.isEmpty())
                out[pick(out.size())] ^= char(1 << (rng() % 8));
            break;
        case 1: // set a byte to a value that matters to RLP, JSON or YAML
            if (!out.isEmpty()) {
                static const char interesting[] = {'\x00', '\x7f', '\x80', '\x81', '\xb7', '\xb8', '\xbf', '\xc0',
                    '\xf7', '\xf8', '\xff', '"', '\\', '{', '}', '[', ']', ':', ',', '-', '\n', '#', '&', '*', '0'};
                out[pick(out.size())] = interesting[rng() % sizeof(interesting)];
            }
            break;
        case 2: // truncate
            out.truncate(pick(out.size() + 1));
            break;
        case 3: // insert random bytes
            out.insert(pick(out.size() + 1), QByteArray(1 + pick(8), char(rng())));
            break;
        case 4: // delete a range
            if (!out.isEmpty()) {
                const qsizetype at = pick(out.size());
                out.remove(at, 1 + pick(out.size() - at));
            }
            break;
        case 5: // splice with another input
        {
            const QByteArray &other = corpus[pick(corpus.size())];
            out = out.left(pick(out.size() + 1)) + other.mid(pick(other.size() + 1));
            break;
        }
        case 6: // duplicate a range (nesting, repeated items)
            if (!out.isEmpty()) {
                const qsizetype at = pick(out.size());
                out.insert(at, out.mid(at, 1 + pick(32)));
            }
            break;
        case 7: // replace a number with an extreme one
        {
            static const char *const numbers[] = {"-1", "0", "1e999", "-9223372036854775809", "18446744073709551616",
                "NaN", "0x", "0xffffffffffffffffff", "1.5", "\"\""};
            out.insert(pick(out.size() + 1), numbers[rng() % (sizeof(numbers) / sizeof(numbers[0]))]);
            break;
        }
        default: // random byte string
            out = QByteArray(pick(96), '\0');
            for (char &c : out)
                c = char(rng());
            break;
        }
    }
    return out;
}

int run(const QByteArray &input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

} // namespace

int main(int argc, char **argv)
{
    long mutations = 0;
    unsigned seed = 20240601u;
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--mutations" && i + 1 < argc)
            mutations = std::strtol(argv[++i], nullptr, 10);
        else if (arg == "--seed" && i + 1 < argc)
            seed = unsigned(std::strtoul(argv[++i], nullptr, 10));
        else
            paths << QString::fromLocal8Bit(arg);
    }
    QStringList files;
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo(path).isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            files << found;
        } else if (QFileInfo(path).isFile()) {
            files << path;
        } else {
            std::fprintf(stderr, "%s: no such corpus file or folder\n", qPrintable(path));
            return 2;
        }
    }
    QList<QByteArray> corpus;
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read\n", qPrintable(file));
            return 2;
        }
        corpus << f.readAll();
        const QByteArray name = file.toLocal8Bit();
        fuzzsupport::currentInput = name.constData();
        run(corpus.last());
    }
    if (corpus.isEmpty())
        corpus << QByteArray();
    std::mt19937 rng(seed);
    QByteArray label;
    for (long i = 0; i < mutations; ++i) {
        const QByteArray input = mutate(corpus[qsizetype(rng() % quint64(corpus.size()))], corpus, rng);
        label = "mutation " + QByteArray::number(qlonglong(i)) + " (seed " + QByteArray::number(seed) + ", hex "
            + input.left(64).toHex() + (input.size() > 64 ? "..." : "") + ")";
        fuzzsupport::currentInput = label.constData();
        run(input);
    }
    std::printf("%s: %lld corpus inputs and %ld mutated inputs (seed %u), no property violated\n",
        qPrintable(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName()), static_cast<long long>(files.size()),
        mutations, seed);
    return 0;
}
