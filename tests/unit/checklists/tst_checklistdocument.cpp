// ChecklistDocument: byte-exact round trip of every shipped template and of a corpus of tricky Markdown, the
// structure found through cmark-gfm's source positions, and every structured edit rewriting only its own lines.
#include "checklists/checklistdocument.h"
#include "checklists/linemerge.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The test document: CRLF endings throughout so that every edit is seen to keep them.
QList<QByteArray> baseLines()
{
    return {"---\r\n", "id: t\r\n", "title: T\r\n", "kind: procedure\r\n", "---\r\n", "\r\n", "# A\r\n", "\r\n",
        "- [ ] one\r\n", "- [ ] two\r\n", "  - [ ] two.one\r\n", "- [ ] three\r\n", "\r\n", "## B\r\n", "\r\n",
        "Texto.\r\n"};
}

QByteArray join(const QList<QByteArray> &lines)
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l;
    return out;
}

// The base with lines [first, first + remove) replaced by `with`.
QByteArray edited(int first, int remove, const QList<QByteArray> &with)
{
    QList<QByteArray> lines = baseLines();
    lines.remove(first, remove);
    for (int i = 0; i < with.size(); ++i)
        lines.insert(first + i, with.at(i));
    return join(lines);
}

using Edit = std::function<bool(ChecklistDocument &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestChecklistDocument : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &folder : {u"" SENTINELA_SOURCE_DIR "/resources/checklists"_s,
                 u"" SENTINELA_SOURCE_DIR "/tests/fixtures/checklists"_s}) {
            const QStringList files = QDir(folder).entryList({u"*.md"_s}, QDir::Files, QDir::Name);
            QVERIFY2(files.size() >= 10, qPrintable(folder));
            for (const QString &f : files)
                QTest::newRow(qPrintable(QDir(folder).dirName() + u'/' + f)) << QDir(folder).filePath(f);
        }
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        const QByteArray original = readAll(path);
        QVERIFY(!original.isEmpty());
        ChecklistDocument doc;
        QVERIFY(doc.load(path));
        QCOMPARE(doc.content(), original);
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.md"_s);
        QVERIFY(doc.saveAs(copy));
        QCOMPARE(readAll(copy), original);
        // Lines, as split, are the file again.
        QByteArray lines;
        for (int i = 0; i < doc.lineCount(); ++i)
            lines += doc.line(i);
        QCOMPARE(lines, original);
        // An edit undone by its inverse gives the bytes back (the edit touched only its line).
        if (!doc.items().isEmpty()) {
            const bool checked = doc.items().first().checked;
            QVERIFY(doc.setItemChecked(0, !checked));
            QVERIFY(doc.content() != original);
            QCOMPARE(doc.content().size(), original.size());
            QVERIFY(doc.setItemChecked(0, checked));
            QCOMPARE(doc.content(), original);
        }
    }

    // GFM reads "[X]" as checked too. Unchecking and checking again restores the document's own mark (the manual is
    // versioned: an undone click must leave no diff); a box first checked here gets "x".
    void upperCaseMarkComesBack()
    {
        const QByteArray original = "# Passos\n\n- [X] Conferir os pares\n- [ ] Reiniciar\n";
        ChecklistDocument doc(original, u"marks.md"_s);
        QCOMPARE(doc.items().size(), 2);
        QVERIFY(doc.items().at(0).checked);
        QVERIFY(doc.setItemChecked(0, false));
        QVERIFY(doc.content().contains("- [ ] Conferir"));
        QVERIFY(doc.setItemChecked(0, true));
        QCOMPARE(doc.content(), original);
        QVERIFY(doc.setItemChecked(1, true));
        QVERIFY(doc.content().contains("- [x] Reiniciar"));
        // After an edit that moves lines, a remembered mark is not applied to whatever line now stands there.
        QVERIFY(doc.setItemChecked(0, false));
        QVERIFY(doc.addItem(1, ChecklistDocument::Position::After, u"Novo passo"_s) >= 0);
        QVERIFY(doc.setItemChecked(0, true));
        QVERIFY2(doc.content().contains("- [x] Conferir"), doc.content().constData());
    }

    void shippedTemplatesAreValid()
    {
        const QString folder = u"" SENTINELA_SOURCE_DIR "/resources/checklists"_s;
        for (const QString &f : QDir(folder).entryList({u"*.md"_s}, QDir::Files)) {
            ChecklistDocument doc;
            QVERIFY(doc.load(QDir(folder).filePath(f)));
            for (const ConfigMessage &m : doc.messages())
                qWarning() << m.toString();
            QVERIFY2(doc.messages().isEmpty(), qPrintable(f));
            QVERIFY2(doc.frontMatter().present, qPrintable(f));
            QVERIFY2(doc.items().size() >= 5, qPrintable(f));
            QVERIFY2(doc.sections().size() >= 2, qPrintable(f));
            QVERIFY2(doc.renderHtml().contains(u"☐"_s), qPrintable(f));
        }
    }

    void structure()
    {
        const QString dir = u"" SENTINELA_SOURCE_DIR "/tests/fixtures/checklists/"_s;
        ChecklistDocument crlf;
        QVERIFY(crlf.load(dir + u"crlf.md"_s));
        QCOMPARE(crlf.lineEnding(), QByteArray("\r\n"));
        QCOMPARE(crlf.items().size(), 3);
        QCOMPARE(crlf.items().at(0).text, u"primeiro passo"_s);
        QCOMPARE(crlf.items().at(0).note, u"com uma nota"_s);
        QVERIFY(crlf.items().at(1).checked);
        QCOMPARE(crlf.items().at(2).parent, 1);
        QCOMPARE(crlf.items().at(2).key, u"1/2.1"_s);
        QCOMPARE(crlf.sections().size(), 2);
        QCOMPARE(crlf.sections().at(1).parent, 0);
        QCOMPARE(crlf.frontMatter().id, u"crlf"_s);

        ChecklistDocument nested;
        QVERIFY(nested.load(dir + u"nested.md"_s));
        QStringList texts;
        QList<int> depths;
        for (const ChecklistItem &it : nested.items()) {
            texts.append(it.text);
            depths.append(it.depth);
        }
        QCOMPARE(texts,
            QStringList({u"ordenado um"_s, u"filho a"_s, u"neto"_s, u"bisneto"_s, u"filho b"_s, u"ordenado dois"_s,
                u"asterisco"_s, u"mais"_s, u"tarefa dentro de item comum"_s}));
        // cmark-gfm's tasklist extension does not see a box inside a block quote: a plain list item, kept as is.
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 1, 0, 0, 0, 0}));

        ChecklistDocument code;
        QVERIFY(code.load(dir + u"codeblocks.md"_s));
        QCOMPARE(code.items().size(), 2); // nothing inside code blocks is an item
        QVERIFY(code.items().at(0).note.contains(u"eth_blockNumber"_s));

        ChecklistDocument unknown;
        QVERIFY(unknown.load(dir + u"unknown.md"_s));
        QCOMPARE(unknown.items().size(), 2); // "[-]" is not a task box
        QCOMPARE(unknown.items().at(1).links.size(), 2);
        QCOMPARE(unknown.items().at(1).links.at(0).url, u"https://besu.hyperledger.org"_s);
        QCOMPARE(unknown.items().at(1).links.at(0).text, u"Besu"_s);
        QCOMPARE(unknown.messages().size(), 1); // the unknown front-matter key, a warning
        QCOMPARE(unknown.messages().first().severity, ConfigMessage::Severity::Warning);

        ChecklistDocument cr;
        QVERIFY(cr.load(dir + u"lone-cr.md"_s));
        QCOMPARE(cr.frontMatter().id, u"lone-cr"_s);
        QCOMPARE(cr.items().size(), 2);

        ChecklistDocument bom;
        QVERIFY(bom.load(dir + u"bom.md"_s));
        QCOMPARE(bom.frontMatter().id, u"bom"_s);

        ChecklistDocument nonAscii;
        QVERIFY(nonAscii.load(dir + u"nonascii.md"_s));
        QCOMPARE(nonAscii.title(), u"Ações: validação — ✔ emoji 🚀"_s);
        QCOMPARE(nonAscii.frontMatter().lastReviewed, QDate(2026, 1, 15));
        QCOMPARE(nonAscii.items().at(0).text, u"Conferir as condições (ñ, ß, 漢字)"_s);
    }

    void frontMatterErrors()
    {
        ChecklistDocument doc("---\nid: Bad Id\nkind: playbook\nrules: [chain-halted, no-such-rule]\n"
                              "reviewPeriodDays: -3\nlastReviewed: yesterday\n---\n# x\n"_ba,
            u"bad.md"_s);
        QStringList fields;
        for (const ConfigMessage &m : doc.messages()) {
            QVERIFY(m.line >= 1);
            fields.append(m.field);
        }
        for (const QString &f : {u"id"_s, u"title"_s, u"kind"_s, u"rules"_s, u"reviewPeriodDays"_s, u"lastReviewed"_s})
            QVERIFY2(fields.contains(f), qPrintable(f + u" in "_s + fields.join(u',')));
        ChecklistDocument broken("---\nid: [unclosed\n---\n"_ba, u"broken.md"_s);
        QCOMPARE(broken.messages().size(), 1);
        QVERIFY(broken.messages().first().text.contains(u"YAML"_s));
    }

    void edits_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QByteArray>("expected");
        using P = ChecklistDocument::Position;
        QTest::newRow("setItemText") << Edit([](ChecklistDocument &d) { return d.setItemText(0, u"um"_s); })
                                     << edited(8, 1, {"- [ ] um\r\n"});
        QTest::newRow("setItemChecked") << Edit([](ChecklistDocument &d) { return d.setItemChecked(3, true); })
                                        << edited(11, 1, {"- [x] three\r\n"});
        QTest::newRow("setItemNote") << Edit([](ChecklistDocument &d) { return d.setItemNote(0, u"nota"_s); })
                                     << edited(9, 0, {"\r\n", "  nota\r\n"});
        QTest::newRow("addItemLink") << Edit([](ChecklistDocument &d) {
            return d.addItemLink(3, u"Besu"_s, u"https://besu.hyperledger.org"_s);
        }) << edited(12, 0, {"\r\n", "  [Besu](https://besu.hyperledger.org)\r\n"});
        QTest::newRow("addItem after") << Edit([](ChecklistDocument &d) {
            return d.addItem(0, P::After, u"novo"_s) == 1;
        }) << edited(9, 0, {"- [ ] novo\r\n"});
        QTest::newRow("addItem before") << Edit([](ChecklistDocument &d) {
            return d.addItem(2, P::Before, u"antes"_s) == 2;
        }) << edited(10, 0, {"  - [ ] antes\r\n"});
        QTest::newRow("addItem child") << Edit([](ChecklistDocument &d) {
            return d.addItem(1, P::Child, u"filho"_s) == 3;
        }) << edited(11, 0, {"  - [ ] filho\r\n"});
        QTest::newRow("addItemToSection")
            << Edit([](ChecklistDocument &d) { return d.addItemToSection(1, u"em B"_s) == 4; })
            << edited(16, 0, {"\r\n", "- [ ] em B\r\n"});
        QTest::newRow("deleteItem") << Edit([](ChecklistDocument &d) { return d.deleteItem(1); }) << edited(9, 2, {});
        QTest::newRow("indentItem") << Edit([](ChecklistDocument &d) { return d.indentItem(3); })
                                    << edited(11, 1, {"  - [ ] three\r\n"});
        QTest::newRow("outdentItem") << Edit([](ChecklistDocument &d) { return d.outdentItem(2); })
                                     << edited(10, 1, {"- [ ] two.one\r\n"});
        QTest::newRow("moveItemUp") << Edit([](ChecklistDocument &d) { return d.moveItemUp(3); })
                                    << edited(9, 3, {"- [ ] three\r\n", "- [ ] two\r\n", "  - [ ] two.one\r\n"});
        QTest::newRow("moveItemDown") << Edit([](ChecklistDocument &d) { return d.moveItemDown(0); })
                                      << edited(8, 3, {"- [ ] two\r\n", "  - [ ] two.one\r\n", "- [ ] one\r\n"});
        QTest::newRow("moveItem child") << Edit([](ChecklistDocument &d) { return d.moveItem(0, 2, P::Child); })
                                        << edited(8, 3, {"- [ ] two\r\n", "  - [ ] two.one\r\n", "    - [ ] one\r\n"});
        QTest::newRow("moveItem before") << Edit([](ChecklistDocument &d) { return d.moveItem(3, 2, P::Before); })
                                         << edited(10, 2, {"  - [ ] three\r\n", "  - [ ] two.one\r\n"});
        QTest::newRow("moveItemToSection")
            << Edit([](ChecklistDocument &d) { return d.moveItemToSection(3, 1); })
            << join({"---\r\n", "id: t\r\n", "title: T\r\n", "kind: procedure\r\n", "---\r\n", "\r\n", "# A\r\n",
                   "\r\n", "- [ ] one\r\n", "- [ ] two\r\n", "  - [ ] two.one\r\n", "\r\n", "## B\r\n", "\r\n",
                   "Texto.\r\n", "\r\n", "- [ ] three\r\n"});
        QTest::newRow("setSectionTitle") << Edit([](ChecklistDocument &d) { return d.setSectionTitle(1, u"Bê"_s); })
                                         << edited(13, 1, {"## Bê\r\n"});
        QTest::newRow("addSection") << Edit([](ChecklistDocument &d) { return d.addSection(0, 1, u"Nova"_s) == 2; })
                                    << edited(16, 0, {"\r\n", "# Nova\r\n"});
        QTest::newRow("deleteSection") << Edit([](ChecklistDocument &d) { return d.deleteSection(1); })
                                       << edited(13, 3, {});
        QTest::newRow("setFrontMatterValue new")
            << Edit([](ChecklistDocument &d) { return d.setFrontMatterValue(u"lastReviewed"_s, u"2026-12-06"_s); })
            << edited(4, 0, {"lastReviewed: 2026-12-06\r\n"});
        QTest::newRow("setFrontMatterValue existing")
            << Edit([](ChecklistDocument &d) { return d.setFrontMatterValue(u"title"_s, u"Outro"_s); })
            << edited(2, 1, {"title: Outro\r\n"});
    }
    void edits()
    {
        QFETCH(Edit, edit);
        QFETCH(QByteArray, expected);
        ChecklistDocument doc(join(baseLines()));
        QCOMPARE(doc.items().size(), 4);
        QVERIFY(edit(doc));
        QCOMPARE(doc.content(), expected);
        // The result is still a well-formed checklist, and the edit is not applied twice by accident.
        QVERIFY(!hasErrors(doc.messages()));
    }

    void refusedEdits()
    {
        ChecklistDocument doc(join(baseLines()));
        const QByteArray before = doc.content();
        QVERIFY(!doc.indentItem(0)); // no previous sibling
        QVERIFY(!doc.outdentItem(0)); // top level
        QVERIFY(!doc.moveItemUp(0));
        QVERIFY(!doc.moveItemDown(3));
        QVERIFY(!doc.moveItem(1, 2, ChecklistDocument::Position::Child)); // into itself
        QVERIFY(!doc.setItemText(0, u"  "_s));
        QVERIFY(!doc.setItemText(99, u"x"_s));
        QVERIFY(!doc.moveSectionUp(1)); // no sibling
        QCOMPARE(doc.content(), before);
    }

    void sectionMoves()
    {
        const QByteArray base = "# A\n\ntext a\n\n# B\n\n- [ ] b\n"_ba;
        ChecklistDocument down(base);
        QVERIFY(down.moveSectionDown(0));
        QCOMPARE(down.content(), "# B\n\n- [ ] b\n\n# A\n\ntext a\n\n"_ba);
        ChecklistDocument up(base);
        QVERIFY(up.moveSectionUp(1));
        QCOMPARE(up.content(), "# B\n\n- [ ] b\n\n# A\n\ntext a\n\n"_ba);
        QCOMPARE(up.sections().at(1).title, u"A"_s);
    }

    // A dragged section: exactly its lines (heading, text, subsections, the blank lines after) move; CRLF, tabs,
    // HTML and non-ASCII inside it are carried as they are.
    void moveSectionByDrag_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<int>("section");
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("after");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray crlf
            = "# A\r\n\r\n\ttext á <b>x</b>\r\n\r\n## A1\r\n\r\n- [ ] a1\r\n\r\n# B\r\n\r\n- [x] b\r\n\r\n"
              "# C\r\n\r\n```\r\n# not a heading\r\n```\r\n\r\n"_ba;
        QTest::newRow("A with A1 after C, CRLF")
            << crlf << 0 << 3 << true
            << "# B\r\n\r\n- [x] b\r\n\r\n# C\r\n\r\n```\r\n# not a heading\r\n```\r\n\r\n"
               "# A\r\n\r\n\ttext á <b>x</b>\r\n\r\n## A1\r\n\r\n- [ ] a1\r\n\r\n"_ba;
        QTest::newRow("C before A")
            << crlf << 3 << 0 << false
            << "# C\r\n\r\n```\r\n# not a heading\r\n```\r\n\r\n# A\r\n\r\n\ttext á <b>x</b>\r\n\r\n## A1\r\n\r\n"
               "- [ ] a1\r\n\r\n# B\r\n\r\n- [x] b\r\n\r\n"_ba;
        QTest::newRow("subsection A1 after B")
            << crlf << 1 << 2 << true
            << "# A\r\n\r\n\ttext á <b>x</b>\r\n\r\n# B\r\n\r\n- [x] b\r\n\r\n## A1\r\n\r\n- [ ] a1\r\n\r\n# C\r\n\r\n"
               "```\r\n# not a heading\r\n```\r\n\r\n"_ba;
        // The last section ends the file without a blank line: the heading that follows it gets one.
        QTest::newRow("last before first") << "# A\n\na\n\n# B\nb"_ba << 1 << 0 << false << "# B\nb\n\n# A\n\na\n\n"_ba;
        QTest::newRow("first after last") << "# A\n\na\n\n# B\nb\n"_ba << 0 << 1 << true << "# B\nb\n\n# A\n\na\n\n"_ba;
    }
    void moveSectionByDrag()
    {
        QFETCH(QByteArray, base);
        QFETCH(int, section);
        QFETCH(int, target);
        QFETCH(bool, after);
        QFETCH(QByteArray, expected);
        ChecklistDocument doc(base);
        const QString title = doc.sections().at(section).title;
        QVERIFY(doc.moveSection(
            section, target, after ? ChecklistDocument::Position::After : ChecklistDocument::Position::Before));
        QCOMPARE(doc.content(), expected);
        QVERIFY(std::any_of(doc.sections().cbegin(), doc.sections().cend(),
            [&](const ChecklistSection &s) { return s.title == title; }));
        QCOMPARE(doc.items().size(), ChecklistDocument(base).items().size());
    }

    void moveSectionRefused()
    {
        const QByteArray base = "# A\n\n## A1\n\n# B\n\n# C\n"_ba;
        ChecklistDocument doc(base);
        QVERIFY(!doc.moveSection(0, 1, ChecklistDocument::Position::After)); // into itself
        QVERIFY(!doc.moveSection(0, 2, ChecklistDocument::Position::Before)); // already there
        QVERIFY(!doc.moveSection(2, 0, ChecklistDocument::Position::After)); // after A's subsections: there already
        QVERIFY(!doc.moveSection(2, 3, ChecklistDocument::Position::Child));
        QVERIFY(!doc.moveSection(2, 2, ChecklistDocument::Position::Before));
        QVERIFY(!doc.moveSection(9, 0, ChecklistDocument::Position::Before));
        QCOMPARE(doc.content(), base);
    }

    void indentUnderNote()
    {
        ChecklistDocument doc("## S\n\n- [ ] a\n\n  para `x`.\n- [ ] b\n- [ ] c\n"_ba);
        QVERIFY(doc.indentItem(1));
        QCOMPARE(doc.content(), "## S\n\n- [ ] a\n\n  para `x`.\n  - [ ] b\n- [ ] c\n"_ba);
        QCOMPARE(doc.items().size(), 3);
        QCOMPARE(doc.items().at(1).parent, 0);
        QCOMPARE(doc.items().at(0).note, u"para `x`."_s);
    }

    void lastLineWithoutEnding()
    {
        ChecklistDocument doc("# T\n\n- [ ] a\n- [ ] b"_ba);
        QVERIFY(doc.moveItemUp(1));
        QCOMPARE(doc.content(), "# T\n\n- [ ] b\n- [ ] a\n"_ba);
        ChecklistDocument add("# T\n\n- [ ] a"_ba);
        QCOMPARE(add.addItem(0, ChecklistDocument::Position::After, u"b"_s), 1);
        QCOMPARE(add.content(), "# T\n\n- [ ] a\n- [ ] b\n"_ba);
    }

    void merge()
    {
        const QByteArray base = "a\nb\nc\nd\n"_ba;
        bool conflict = true;
        QCOMPARE(mergeLines(base, "a\nB\nc\nd\n"_ba, "a\nb\nc\nD\n"_ba, &conflict), "a\nB\nc\nD\n"_ba);
        QVERIFY(!conflict);
        QCOMPARE(
            mergeLines(base, "a\nmine\nc\nd\n"_ba, "a\ntheirs\nc\nd\n"_ba, &conflict), "a\nmine\ntheirs\nc\nd\n"_ba);
        QVERIFY(conflict);
        QCOMPARE(mergeLines(base, "x\na\nb\nc\nd\n"_ba, "a\nb\nc\nd\ny\n"_ba, &conflict), "x\na\nb\nc\nd\ny\n"_ba);
        QVERIFY(!conflict);
        QCOMPARE(mergeLines(base, "a\nc\nd\n"_ba, base, &conflict), "a\nc\nd\n"_ba);
        // CRLF lines travel unchanged.
        QCOMPARE(mergeLines("a\r\nb\r\n"_ba, "a\r\nb\r\nm\r\n"_ba, "t\r\na\r\nb\r\n"_ba, &conflict),
            "t\r\na\r\nb\r\nm\r\n"_ba);
    }
};

QTEST_GUILESS_MAIN(TestChecklistDocument)
#include "tst_checklistdocument.moc"
