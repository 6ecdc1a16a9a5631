// Every user-visible message has a finished pt_BR translation. lupdate runs over the sources into a temporary copy of
// resources/translations/sentinela_pt_BR.ts (the real file is never touched), and the test lists every call lupdate
// cannot extract (a tr() without context) and every message that is unfinished (new or changed in the sources), kept
// for a text the sources no longer have, empty, or "translated" to its own English text.

#include "../common/requireorskip.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; // of <translation>: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message"_s)
                out.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (name == u"numerusform"_s) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// Words that stay as they are in Portuguese: product, protocol and tool names, RBB's node-type names, units and
// command-line value names. A translation identical to its source is accepted only when the source has no other word.
const QSet<QString> &untranslatedWords()
{
    static const QSet<QString> words {u"Sentinela"_s, u"OK"_s, u"ok"_s, u"JSON-RPC"_s, u"RPC"_s, u"JSON"_s, u"YAML"_s,
        u"Prometheus"_s, u"Alertmanager"_s, u"VictoriaMetrics"_s, u"WebSocket"_s, u"HTTP"_s, u"HTTPS"_s, u"TLS"_s,
        u"URL"_s, u"QBFT"_s, u"IBFT"_s, u"Besu"_s, u"Qt"_s, u"Git"_s, u"Graphviz"_s, u"SLA"_s, u"OLA"_s, u"chainId"_s,
        u"enode"_s, u"Hash"_s, u"Status"_s, u"Boot"_s, u"Writer"_s, u"Observer-boot"_s, u"decode-block"_s,
        u"SNAPSHOT"_s, u"MS"_s, u"s"_s, u"ms"_s, u"min"_s, u"h"_s, u"d"_s, u"CSV"_s, u"csv"_s, u"Markdown"_s, u"md"_s,
        u"PNG"_s, u"png"_s, u"PDF"_s, u"pdf"_s, u"SQLite"_s, u"Discord"_s, u"Webhook"_s, u"Links"_s, u"ID"_s,
        // Kept in English in the pt_BR texts, as Brazilian NOCs say them; a JSON field name; units and the speed sign.
        u"snapshot"_s, u"Checklist"_s, u"transactions"_s, u"UTC"_s, u"tx"_s, u"Tx"_s, u"×"_s};
    return words;
}

// The words of a message outside markup, entities and placeholders.
QStringList wordsOf(QString text)
{
    static const QRegularExpression markup(u"<[^>]*>|&[#\\w]+;|%L?\\d+|%n"_s);
    static const QRegularExpression word(u"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9_-]*[A-Za-zÀ-ÿ0-9]|[A-Za-zÀ-ÿ]"_s);
    text.replace(markup, u" "_s);
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

// One line per message that would reach a pt_BR user in English (or not at all).
QStringList problems(const QList<TsMessage> &messages)
{
    QStringList out;
    for (const TsMessage &m : messages) {
        QString why;
        if (m.type == u"unfinished"_s)
            why = u"unfinished (new or changed in the sources)"_s;
        else if (m.type == u"vanished"_s || m.type == u"obsolete"_s)
            why = u"kept for a text the sources no longer have (lupdate -no-obsolete drops it)"_s;
        else if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                 [](const QString &t) { return t.trimmed().isEmpty(); }))
            why = u"empty translation"_s;
        else if (std::any_of(m.translations.cbegin(), m.translations.cend(),
                     [&](const QString &t) { return t == m.source; })) {
            const QStringList words = wordsOf(m.source);
            if (std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return !untranslatedWords().contains(w); }))
                why = u"identical to the English source"_s;
        }
        if (!why.isEmpty())
            out.append(u"%1: \"%2\": %3"_s.arg(m.context, QString(m.source).replace(u'\n', u"\\n"_s), why));
    }
    return out;
}

// The files ui/CMakeLists.txt hands to qt_add_translations.
QStringList translatableSources()
{
    const QString root = QStringLiteral(SENTINELA_SOURCE_DIR);
    QStringList files;
    QDirIterator models(root + u"/models"_s, {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (models.hasNext())
        files.append(models.next());
    QDirIterator ui(root + u"/ui"_s, {u"*.cpp"_s, u"*.ui"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (ui.hasNext())
        files.append(ui.next());
    QDirIterator app(root + u"/app"_s, {u"*.cpp"_s}, QDir::Files);
    while (app.hasNext())
        files.append(app.next());
    files.sort();
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void checkerFindsLeaks();
    void ptBrIsComplete();
};

// The checker itself, on a hand-written file: it must flag each kind of leak and accept technical tokens.
void TestTranslations::checkerFindsLeaks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sample.ts"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Sample</name>
    <message><source>Validators</source><translation>Validadores</translation></message>
    <message><source>Red</source><translation type="unfinished"></translation></message>
    <message><source>Last 2,000 blocks</source><translation>Last 2,000 blocks</translation></message>
    <message><source>Old text</source><translation type="vanished">Texto antigo</translation></message>
    <message><source>Blank</source><translation></translation></message>
    <message><source>&lt;b&gt;%1 s&lt;/b&gt;</source><translation>&lt;b&gt;%1 s&lt;/b&gt;</translation></message>
    <message><source>✔ %1 Prometheus: %2 of %3 ok</source><translation>✔ %1 Prometheus: %2 of %3 ok</translation></message>
    <message><source>JSON-RPC</source><translation>JSON-RPC</translation></message>
    <message numerus="yes"><source>%n block(s)</source><translation><numerusform>%n bloco</numerusform><numerusform></numerusform></translation></message>
    <message numerus="yes"><source>%n item(s)</source><translation><numerusform>%n item</numerusform><numerusform>%n itens</numerusform></translation></message>
</context>
</TS>
)");
    file.close();
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 10);
    const QStringList found = problems(messages);
    const QStringList expected {u"Sample: \"Red\": unfinished (new or changed in the sources)"_s,
        u"Sample: \"Last 2,000 blocks\": identical to the English source"_s,
        u"Sample: \"Old text\": kept for a text the sources no longer have (lupdate -no-obsolete drops it)"_s,
        u"Sample: \"Blank\": empty translation"_s,
        u"Sample: \"✔ %1 Prometheus: %2 of %3 ok\": identical to the English source"_s,
        u"Sample: \"%n block(s)\": empty translation"_s};
    QCOMPARE(found, expected);
}

void TestTranslations::ptBrIsComplete()
{
    const QString lupdate = QStringLiteral(SENTINELA_LUPDATE);
    SENTINELA_REQUIRE_OR_SKIP(QFileInfo(lupdate).isExecutable(),
        qPrintable(u"lupdate not found at %1 (Debian: qt6-l10n-tools)"_s.arg(lupdate)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(u"sentinela_pt_BR.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(SENTINELA_SOURCE_DIR "/resources/translations/sentinela_pt_BR.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    const QStringList sources = translatableSources();
    QVERIFY(sources.size() > 20);
    QFile list(dir.filePath(u"sources.lst"_s));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(u'\n').toUtf8());
    list.close();

    // Obsolete entries are kept (no -no-obsolete) so that stale translations show up too.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {u"-locations"_s, u"none"_s, u'@' + list.fileName(), u"-ts"_s, ts});
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish in 2 minutes");
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
    // "file:line: tr() cannot be called without context": a message lupdate cannot extract never reaches the
    // catalogue, so it shows in English whatever the translators do. (Its other warnings, "Qualifying with unknown
    // namespace/class" and "lacks Q_OBJECT macro", still extract the message.)
    QStringList found;
    for (const QString &line : QString::fromLocal8Bit(output).split(u'\n')) {
        if (line.startsWith(QStringLiteral(SENTINELA_SOURCE_DIR)) && line.contains(u"cannot be called without context"_s))
            found.append(u"lupdate cannot extract: "_s + line.mid(int(qstrlen(SENTINELA_SOURCE_DIR)) + 1));
    }

    QString error;
    const QList<TsMessage> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, qPrintable(u"only %1 messages read"_s.arg(messages.size())));
    found += problems(messages);
    for (const QString &line : found)
        qWarning().noquote() << line;
    QVERIFY2(found.isEmpty(),
        qPrintable(u"%1 of %2 pt_BR messages would show in English (listed above); run the update_translations "
                   "target and translate them in resources/translations/sentinela_pt_BR.ts"_s.arg(found.size())
                       .arg(messages.size())));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
