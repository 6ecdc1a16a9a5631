#include "checklistdocument.h"

#include "incidents/incident.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A checklist is a few kilobytes; anything this large is not one.
constexpr qint64 MaxDocumentBytes = 16 * 1024 * 1024;

bool isBlank(const QByteArray &line)
{
    return std::all_of(
        line.cbegin(), line.cend(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

QByteArray eolOf(const QByteArray &line)
{
    if (line.endsWith("\r\n"))
        return "\r\n";
    if (line.endsWith('\n'))
        return "\n";
    if (line.endsWith('\r'))
        return "\r";
    return {};
}

QByteArray withoutEol(const QByteArray &line)
{
    return line.left(line.size() - eolOf(line).size());
}

// Splits exactly where cmark ends lines: LF, CRLF or a lone CR.
QList<QByteArray> splitLines(const QByteArray &content)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < content.size() && content.at(i + 1) == '\n')
                ++i;
            lines.append(content.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < content.size())
        lines.append(content.mid(start));
    return lines;
}

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

ParserPtr newParser()
{
    cmark_gfm_core_extensions_ensure_registered();
    ParserPtr parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (const char *name : {"tasklist", "table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    return parser;
}

bool isTaskItem(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_ITEM && qstrcmp(cmark_node_get_type_string(node), "tasklist") == 0;
}

QString inlineText(cmark_node *node)
{
    QString text;
    for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
        switch (cmark_node_get_type(c)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += QString::fromUtf8(cmark_node_get_literal(c));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += u' ';
            break;
        default:
            text += inlineText(c);
        }
    }
    return text;
}

QString scalarOf(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

struct FrontMatterText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistDocument)
};

} // namespace

QStringList checklistKinds()
{
    return {u"runbook"_s, u"procedure"_s, u"declaration"_s, u"review"_s};
}

ChecklistDocument::ChecklistDocument(const QByteArray &content, const QString &path)
    : m_path(path)
{
    setContent(content);
}

bool ChecklistDocument::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxDocumentBytes) {
        if (error)
            *error = tr("%1 is too large for a checklist (%2 bytes)").arg(path).arg(file.size());
        return false;
    }
    m_path = path;
    setContent(file.readAll());
    return true;
}

bool ChecklistDocument::save(QString *error)
{
    return writeAtomically(m_path, m_content, error);
}

bool ChecklistDocument::saveAs(const QString &path, QString *error)
{
    if (!writeAtomically(path, m_content, error))
        return false;
    m_path = path;
    return true;
}

bool ChecklistDocument::writeAtomically(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = tr("cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChecklistDocument::setContent(const QByteArray &content)
{
    m_content = content;
    m_lines = splitLines(content);
    m_uncheckedMarks.clear();
    parse();
}

void ChecklistDocument::rebuildContent()
{
    m_content.clear();
    for (const QByteArray &l : std::as_const(m_lines))
        m_content += l;
    parse();
}

QString ChecklistDocument::title() const
{
    if (!m_front.title.isEmpty())
        return m_front.title;
    if (!m_sections.isEmpty())
        return m_sections.first().title;
    return QFileInfo(m_path).completeBaseName();
}

void ChecklistDocument::parse()
{
    m_front = {};
    m_messages.clear();
    m_sections.clear();
    m_items.clear();
    m_bodyLine = 0;
    m_eol = m_lines.isEmpty() || eolOf(m_lines.first()).isEmpty() ? QByteArray("\n") : eolOf(m_lines.first());

    // Front matter: a first line `---` up to the next `---` (or `...`).
    if (!m_lines.isEmpty()) {
        QByteArray first = withoutEol(m_lines.first());
        if (first.startsWith("\xEF\xBB\xBF"))
            first = first.mid(3);
        if (first.trimmed() == "---" && first.startsWith("---")) {
            for (int i = 1; i < m_lines.size(); ++i) {
                const QByteArray l = withoutEol(m_lines.at(i)).trimmed();
                if (l == "---" || l == "...") {
                    parseFrontMatter(i);
                    m_bodyLine = i + 1;
                    break;
                }
            }
        }
    }

    QByteArray body;
    for (int i = m_bodyLine; i < m_lines.size(); ++i)
        body += m_lines.at(i);
    ParserPtr parser = newParser();
    cmark_parser_feed(parser.get(), body.constData(), size_t(body.size()));
    NodePtr root(cmark_parser_finish(parser.get()));
    const int lastLine = int(m_lines.size()) - 1;
    const auto fileLine
        = [this, lastLine](int cmarkLine) { return std::clamp(m_bodyLine + cmarkLine - 1, 0, std::max(0, lastLine)); };
    const auto trimBack = [this](int from, int limit) {
        while (from > limit && from < m_lines.size() && isBlank(m_lines.at(from)))
            --from;
        return from;
    };

    QHash<cmark_node *, int> itemOf;
    cmark_iter *iter = cmark_iter_new(root.get());
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_parent(node) == root.get()) {
            ChecklistSection s;
            s.index = int(m_sections.size());
            s.level = cmark_node_get_heading_level(node);
            s.line = fileLine(cmark_node_get_start_line(node));
            s.title = inlineText(node).trimmed();
            const QByteArray l = m_lines.value(s.line).trimmed();
            s.atx = l.startsWith('#');
            m_sections.append(s);
        } else if (isTaskItem(node)) {
            ChecklistItem it;
            it.index = int(m_items.size());
            it.line = fileLine(cmark_node_get_start_line(node));
            it.markerIndent = cmark_node_get_start_column(node) - 1;
            it.endLine = trimBack(std::max(it.line, fileLine(cmark_node_get_end_line(node))), it.line);
            it.checked = cmark_gfm_extensions_get_tasklist_item_checked(node);
            cmark_node *list = cmark_node_parent(node);
            it.listId = qint64(cmark_node_get_start_line(list)) * 10000 + cmark_node_get_start_column(list);
            const QByteArray line = withoutEol(m_lines.value(it.line));
            int pos = it.markerIndent;
            while (pos < line.size() && line.at(pos) != ' ' && line.at(pos) != '\t')
                ++pos;
            while (pos < line.size() && (line.at(pos) == ' ' || line.at(pos) == '\t'))
                ++pos;
            it.taskColumn = pos;
            // The state is read from the box this editor toggles (setItemChecked): for "- [ ] [X]text" cmark-gfm's
            // tasklist extension reports checked, so a click would write the first box and change nothing shown.
            if (pos + 2 < line.size() && line.at(pos) == '[' && line.at(pos + 2) == ']')
                it.checked = line.at(pos + 1) == 'x' || line.at(pos + 1) == 'X';
            cmark_node *para = cmark_node_first_child(node);
            if (para && cmark_node_get_type(para) == CMARK_NODE_PARAGRAPH
                && fileLine(cmark_node_get_start_line(para)) == it.line) {
                it.textColumn = cmark_node_get_start_column(para) - 1;
                it.text = QString::fromUtf8(line.mid(it.textColumn)).trimmed();
            }
            for (cmark_node *a = cmark_node_parent(node); a; a = cmark_node_parent(a)) {
                if (itemOf.contains(a)) {
                    it.parent = itemOf.value(a);
                    it.depth = m_items.at(it.parent).depth + 1;
                    break;
                }
            }
            itemOf.insert(node, it.index);
            m_items.append(it);
        } else if (cmark_node_get_type(node) == CMARK_NODE_LINK) {
            for (cmark_node *a = cmark_node_parent(node); a; a = cmark_node_parent(a)) {
                if (itemOf.contains(a)) {
                    m_items[itemOf.value(a)].links.append(
                        {inlineText(node).trimmed(), QString::fromUtf8(cmark_node_get_url(node))});
                    break;
                }
            }
        }
    }
    cmark_iter_free(iter);

    // Section extents and nesting.
    QList<int> stack;
    for (int i = 0; i < m_sections.size(); ++i) {
        ChecklistSection &s = m_sections[i];
        const int next = i + 1 < m_sections.size() ? m_sections.at(i + 1).line : int(m_lines.size());
        s.endLine = trimBack(next - 1, s.line);
        int subtreeNext = int(m_lines.size());
        for (int j = i + 1; j < m_sections.size(); ++j) {
            if (m_sections.at(j).level <= s.level) {
                subtreeNext = m_sections.at(j).line;
                break;
            }
        }
        s.subtreeEndLine = trimBack(subtreeNext - 1, s.line);
        while (!stack.isEmpty() && m_sections.at(stack.last()).level >= s.level)
            stack.removeLast();
        s.parent = stack.isEmpty() ? -1 : stack.last();
        stack.append(i);
    }

    // Items: own extent (children excluded), note, section and key.
    QHash<QString, int> counters;
    QList<int> firstChildLine(m_items.size(), -1);
    for (const ChecklistItem &c : std::as_const(m_items)) {
        if (c.parent >= 0 && firstChildLine.at(c.parent) < 0)
            firstChildLine[c.parent] = c.line;
    }
    int sectionCursor = -1;
    for (ChecklistItem &it : m_items) {
        while (sectionCursor + 1 < m_sections.size() && m_sections.at(sectionCursor + 1).line <= it.line)
            ++sectionCursor;
        it.section = sectionCursor;
        const int childLine = firstChildLine.at(it.index);
        it.ownEndLine = childLine > 0 ? trimBack(childLine - 1, it.line) : it.endLine;
        QStringList note;
        for (int l = it.line + 1; l <= it.ownEndLine; ++l) {
            QByteArray text = withoutEol(m_lines.at(l));
            int strip = 0;
            int col = 0;
            while (strip < text.size() && col < it.taskColumn && (text.at(strip) == ' ' || text.at(strip) == '\t')) {
                col = text.at(strip) == '\t' ? (col / 4 + 1) * 4 : col + 1;
                ++strip;
            }
            note.append(QString::fromUtf8(text.mid(strip)));
        }
        while (!note.isEmpty() && note.first().trimmed().isEmpty())
            note.removeFirst();
        while (!note.isEmpty() && note.last().trimmed().isEmpty())
            note.removeLast();
        it.note = note.join(u'\n');
        const QString scope = QString::number(it.section) + u'/' + QString::number(it.parent);
        const int n = ++counters[scope];
        it.key = it.parent >= 0 ? m_items.at(it.parent).key + u'.' + QString::number(n)
                                : QString::number(it.section + 1) + u'/' + QString::number(n);
    }
}

void ChecklistDocument::parseFrontMatter(int closingLine)
{
    m_front.present = true;
    m_front.firstLine = 0;
    m_front.lastLine = closingLine;
    // yaml-cpp does not take a lone CR for a line break: it reads the lines as split here.
    QByteArray yaml;
    for (int i = 1; i < closingLine; ++i)
        yaml += withoutEol(m_lines.at(i)) + '\n';
    const auto message = [this](int yamlLine, const QString &field, const QString &text,
                             ConfigMessage::Severity severity = ConfigMessage::Severity::Error) {
        ConfigMessage m;
        m.severity = severity;
        m.file = m_path;
        m.line = yamlLine >= 0 ? yamlLine + 2 : 1;
        m.field = field;
        m.text = text;
        m_messages.append(m);
    };
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        message(e.mark.line, {},
            FrontMatterText::tr("the front matter is not valid YAML: %1").arg(QString::fromStdString(e.msg)));
        return;
    }
    if (!root.IsMap()) {
        message(0, {}, FrontMatterText::tr("the front matter must be a map of keys (id, title, kind...)"));
        return;
    }
    const QStringList known {
        u"id"_s, u"title"_s, u"kind"_s, u"rules"_s, u"institution"_s, u"reviewPeriodDays"_s, u"lastReviewed"_s};
    for (const auto &entry : root) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        const YAML::Node &value = entry.second;
        const int line = entry.first.Mark().line;
        if (!known.contains(key)) {
            message(line, key, FrontMatterText::tr("unknown key (ignored)"), ConfigMessage::Severity::Warning);
            continue;
        }
        if (key == u"rules"_s) {
            if (value.IsSequence()) {
                for (const auto &r : value) {
                    if (r.IsScalar())
                        m_front.rules.append(QString::fromStdString(r.Scalar()));
                    else
                        message(r.Mark().line, key, FrontMatterText::tr("expected a rule id"));
                }
            } else if (value.IsScalar()) {
                m_front.rules.append(scalarOf(value));
            } else if (!value.IsNull()) {
                message(line, key, FrontMatterText::tr("expected a list of rule ids"));
            }
            continue;
        }
        if (!value.IsScalar()) {
            if (!value.IsNull())
                message(line, key, FrontMatterText::tr("expected a single value"));
            continue;
        }
        const QString text = scalarOf(value);
        if (key == u"id"_s) {
            m_front.id = text;
        } else if (key == u"title"_s) {
            m_front.title = text;
        } else if (key == u"kind"_s) {
            m_front.kind = text;
        } else if (key == u"institution"_s) {
            m_front.institution = text;
        } else if (key == u"reviewPeriodDays"_s) {
            bool ok = false;
            m_front.reviewPeriodDays = text.toInt(&ok);
            if (!ok || m_front.reviewPeriodDays <= 0) {
                m_front.reviewPeriodDays = 0;
                message(line, key, FrontMatterText::tr("expected a positive number of days, found \"%1\"").arg(text));
            }
        } else if (key == u"lastReviewed"_s) {
            m_front.lastReviewed = QDate::fromString(text, Qt::ISODate);
            if (!m_front.lastReviewed.isValid() && !text.isEmpty())
                message(line, key, FrontMatterText::tr("expected a date as YYYY-MM-DD, found \"%1\"").arg(text));
        }
    }

    if (m_front.id.isEmpty())
        message(-1, u"id"_s, FrontMatterText::tr("missing; every document needs a unique id"));
    for (const QChar c : std::as_const(m_front.id)) {
        if (!(c.isLower() || c.isDigit() || c == u'-' || c == u'_' || c == u'.') || c.unicode() > 127) {
            message(0, u"id"_s,
                FrontMatterText::tr("\"%1\": use lowercase letters, digits and - _ . only").arg(m_front.id));
            break;
        }
    }
    if (m_front.title.isEmpty())
        message(-1, u"title"_s, FrontMatterText::tr("missing"));
    if (!checklistKinds().contains(m_front.kind))
        message(0, u"kind"_s,
            FrontMatterText::tr("expected one of %1, found \"%2\"").arg(checklistKinds().join(u", "_s), m_front.kind));
    const QStringList allRules = Rules::all();
    for (const QString &r : std::as_const(m_front.rules)) {
        if (!allRules.contains(r))
            message(0, u"rules"_s, FrontMatterText::tr("unknown incident rule \"%1\"").arg(r));
    }
    if (m_front.kind == u"runbook"_s && m_front.rules.isEmpty())
        message(0, u"rules"_s, FrontMatterText::tr("a runbook must name the incident rules it answers"));
    if (m_front.kind == u"declaration"_s && m_front.reviewPeriodDays <= 0)
        message(0, u"reviewPeriodDays"_s, FrontMatterText::tr("a declaration needs a review period in days"));
}

QList<int> ChecklistDocument::childItems(int item) const
{
    QList<int> out;
    for (const ChecklistItem &it : m_items) {
        if (it.parent == item)
            out.append(it.index);
    }
    return out;
}

QList<int> ChecklistDocument::sectionItems(int section) const
{
    QList<int> out;
    for (const ChecklistItem &it : m_items) {
        if (it.parent < 0 && it.section == section)
            out.append(it.index);
    }
    return out;
}

int ChecklistDocument::findItemAtLine(int line) const
{
    for (const ChecklistItem &it : m_items) {
        if (it.line == line)
            return it.index;
    }
    return -1;
}

int ChecklistDocument::findSectionAtLine(int line) const
{
    int found = -1;
    for (const ChecklistSection &s : m_sections) {
        if (s.line <= line)
            found = s.index;
    }
    return found;
}

QByteArray ChecklistDocument::indentBytes(int count) const
{
    return QByteArray(std::max(0, count), ' ');
}

QByteArray ChecklistDocument::ensureEol(const QByteArray &line) const
{
    return eolOf(line).isEmpty() ? line + m_eol : line;
}

void ChecklistDocument::insertLines(int at, const QList<QByteArray> &lines)
{
    m_uncheckedMarks.clear();
    at = std::clamp(at, 0, int(m_lines.size()));
    if (at > 0 && at == m_lines.size())
        m_lines.last() = ensureEol(m_lines.last());
    for (int i = 0; i < lines.size(); ++i)
        m_lines.insert(at + i, ensureEol(lines.at(i)));
}

QList<QByteArray> ChecklistDocument::takeLines(int first, int last)
{
    m_uncheckedMarks.clear();
    QList<QByteArray> out = m_lines.mid(first, last - first + 1);
    m_lines.remove(first, last - first + 1);
    return out;
}

QList<QByteArray> ChecklistDocument::reindented(const QList<QByteArray> &lines, int delta) const
{
    if (delta == 0)
        return lines;
    QList<QByteArray> out;
    for (const QByteArray &l : lines) {
        if (isBlank(l)) {
            out.append(l);
        } else if (delta > 0) {
            out.append(indentBytes(delta) + l);
        } else {
            // Leading tabs become spaces on a line that has to lose columns.
            int pos = 0;
            int col = 0;
            while (pos < l.size() && (l.at(pos) == ' ' || l.at(pos) == '\t')) {
                col = l.at(pos) == '\t' ? (col / 4 + 1) * 4 : col + 1;
                ++pos;
            }
            out.append(indentBytes(std::max(0, col + delta)) + l.mid(pos));
        }
    }
    return out;
}

bool ChecklistDocument::moveBlock(int first, int last, int insertAt, int delta)
{
    if (first < 0 || last < first || last >= m_lines.size() || (insertAt > first && insertAt <= last + 1 && delta == 0))
        return false;
    if (insertAt > first && insertAt <= last)
        return false;
    QList<QByteArray> block = reindented(takeLines(first, last), delta);
    if (insertAt > last)
        insertAt -= int(block.size());
    insertLines(insertAt, block);
    rebuildContent();
    return true;
}

bool ChecklistDocument::setItemText(int item, const QString &text)
{
    if (item < 0 || item >= m_items.size())
        return false;
    QString single = text;
    single.replace(u'\n', u' ').replace(u'\r', u' ');
    single = single.trimmed();
    const ChecklistItem &it = m_items.at(item);
    if (single.isEmpty() || single == it.text)
        return false;
    const QByteArray &line = m_lines.at(it.line);
    const int column = it.textColumn >= 0 ? it.textColumn : it.taskColumn + 3;
    QByteArray prefix = line.left(column);
    if (it.textColumn < 0)
        prefix += ' ';
    m_lines[it.line] = prefix + single.toUtf8() + eolOf(line);
    rebuildContent();
    return true;
}

bool ChecklistDocument::setItemChecked(int item, bool checked)
{
    if (item < 0 || item >= m_items.size() || m_items.at(item).checked == checked)
        return false;
    const ChecklistItem &it = m_items.at(item);
    QByteArray &line = m_lines[it.line];
    if (it.taskColumn + 2 >= line.size() || line.at(it.taskColumn) != '[')
        return false;
    if (checked) {
        line[it.taskColumn + 1] = m_uncheckedMarks.value(it.line, 'x');
    } else {
        m_uncheckedMarks.insert(it.line, line.at(it.taskColumn + 1));
        line[it.taskColumn + 1] = ' ';
    }
    rebuildContent();
    return true;
}

bool ChecklistDocument::setItemNote(int item, const QString &note)
{
    if (item < 0 || item >= m_items.size())
        return false;
    const ChecklistItem &it = m_items.at(item);
    const QString trimmed = note.trimmed().isEmpty() ? QString() : note;
    if (trimmed == it.note)
        return false;
    QList<QByteArray> lines;
    if (!trimmed.isEmpty()) {
        lines.append(m_eol); // a paragraph of its own, not a continuation of the item's text
        QString normalised = trimmed;
        normalised.replace(u"\r\n"_s, u"\n"_s);
        for (const QString &l : normalised.split(u'\n'))
            lines.append(l.trimmed().isEmpty() ? m_eol : indentBytes(it.taskColumn) + l.toUtf8() + m_eol);
        while (lines.size() > 1 && lines.last() == m_eol)
            lines.removeLast();
    }
    const int first = it.line + 1;
    const int last = it.ownEndLine;
    if (last >= first)
        takeLines(first, last);
    insertLines(first, lines);
    rebuildContent();
    return true;
}

bool ChecklistDocument::addItemLink(int item, const QString &text, const QString &url)
{
    if (item < 0 || item >= m_items.size() || url.trimmed().isEmpty())
        return false;
    QString label = text.trimmed().isEmpty() ? url.trimmed() : text.trimmed();
    label.replace(u'\\', u"\\\\"_s).replace(u'[', u"\\["_s).replace(u']', u"\\]"_s);
    QString target = url.trimmed();
    if (target.contains(u' ') || target.contains(u'(') || target.contains(u')'))
        target = u'<' + target + u'>';
    const QString &note = m_items.at(item).note;
    const QString link = u'[' + label + u"]("_s + target + u')';
    return setItemNote(item, note.isEmpty() ? link : note + u"\n\n"_s + link);
}

int ChecklistDocument::addItem(int item, Position position, const QString &text)
{
    if (item < 0 || item >= m_items.size() || text.trimmed().isEmpty())
        return -1;
    const ChecklistItem &it = m_items.at(item);
    const QByteArray single = text.simplified().toUtf8();
    QByteArray line;
    int at = 0;
    if (position == Position::Child) {
        const QList<int> children = childItems(item);
        if (!children.isEmpty()) {
            const ChecklistItem &c = m_items.at(children.last());
            line = m_lines.at(c.line).left(c.taskColumn);
        } else {
            line = indentBytes(it.taskColumn) + "- ";
        }
        at = it.endLine + 1;
    } else {
        line = m_lines.at(it.line).left(it.taskColumn);
        at = position == Position::Before ? it.line : it.endLine + 1;
    }
    line += "[ ] " + single + m_eol;
    insertLines(at, {line});
    rebuildContent();
    return findItemAtLine(at);
}

int ChecklistDocument::sectionContentEnd(int section) const
{
    return m_sections.at(section).endLine;
}

int ChecklistDocument::addItemToSection(int section, const QString &text)
{
    if (section < 0 || section >= m_sections.size() || text.trimmed().isEmpty())
        return -1;
    const QList<int> top = sectionItems(section);
    if (!top.isEmpty())
        return addItem(top.last(), Position::After, text);
    int at = sectionContentEnd(section) + 1;
    QList<QByteArray> lines;
    lines.append(m_eol);
    lines.append("- [ ] " + text.simplified().toUtf8() + m_eol);
    if (at < m_lines.size() && !isBlank(m_lines.at(at)))
        lines.append(m_eol);
    insertLines(at, lines);
    rebuildContent();
    return findItemAtLine(at + 1);
}

bool ChecklistDocument::deleteItem(int item)
{
    if (item < 0 || item >= m_items.size())
        return false;
    const ChecklistItem it = m_items.at(item);
    takeLines(it.line, it.endLine);
    rebuildContent();
    return true;
}

bool ChecklistDocument::indentItem(int item)
{
    if (item < 0 || item >= m_items.size())
        return false;
    const ChecklistItem it = m_items.at(item);
    int prev = -1;
    for (int i = item - 1; i >= 0; --i) {
        if (m_items.at(i).listId == it.listId && m_items.at(i).parent == it.parent) {
            prev = i;
            break;
        }
    }
    if (prev < 0)
        return false;
    const QList<int> children = childItems(prev);
    const int target = children.isEmpty() ? m_items.at(prev).taskColumn : m_items.at(children.last()).markerIndent;
    QList<QByteArray> block = reindented(takeLines(it.line, it.endLine), target - it.markerIndent);
    insertLines(it.line, block);
    rebuildContent();
    return true;
}

bool ChecklistDocument::outdentItem(int item)
{
    if (item < 0 || item >= m_items.size() || m_items.at(item).parent < 0)
        return false;
    const ChecklistItem it = m_items.at(item);
    const ChecklistItem parent = m_items.at(it.parent);
    return moveBlock(it.line, it.endLine, parent.endLine + 1, parent.markerIndent - it.markerIndent);
}

bool ChecklistDocument::moveItemUp(int item)
{
    if (item < 0 || item >= m_items.size())
        return false;
    const ChecklistItem it = m_items.at(item);
    for (int i = item - 1; i >= 0; --i) {
        const ChecklistItem &s = m_items.at(i);
        if (s.listId == it.listId && s.parent == it.parent)
            return moveBlock(it.line, it.endLine, s.line, 0);
    }
    return false;
}

bool ChecklistDocument::moveItemDown(int item)
{
    if (item < 0 || item >= m_items.size())
        return false;
    const ChecklistItem it = m_items.at(item);
    for (int i = item + 1; i < m_items.size(); ++i) {
        const ChecklistItem &s = m_items.at(i);
        if (s.listId == it.listId && s.parent == it.parent)
            return moveBlock(s.line, s.endLine, it.line, 0);
    }
    return false;
}

bool ChecklistDocument::moveItem(int item, int target, Position position)
{
    if (item < 0 || item >= m_items.size() || target < 0 || target >= m_items.size() || item == target)
        return false;
    const ChecklistItem it = m_items.at(item);
    const ChecklistItem t = m_items.at(target);
    if (t.line >= it.line && t.line <= it.endLine)
        return false; // into itself
    int insertAt = 0;
    int indent = t.markerIndent;
    switch (position) {
    case Position::Before:
        insertAt = t.line;
        break;
    case Position::After:
        insertAt = t.endLine + 1;
        break;
    case Position::Child: {
        insertAt = t.endLine + 1;
        const QList<int> children = childItems(target);
        indent = children.isEmpty() ? t.taskColumn : m_items.at(children.last()).markerIndent;
        break;
    }
    }
    if (insertAt == it.line || insertAt == it.endLine + 1) {
        if (indent == it.markerIndent)
            return false; // already there
        QList<QByteArray> block = reindented(takeLines(it.line, it.endLine), indent - it.markerIndent);
        insertLines(it.line, block);
        rebuildContent();
        return true;
    }
    return moveBlock(it.line, it.endLine, insertAt, indent - it.markerIndent);
}

bool ChecklistDocument::moveItemToSection(int item, int section)
{
    if (item < 0 || item >= m_items.size() || section < 0 || section >= m_sections.size())
        return false;
    const QList<int> top = sectionItems(section);
    if (!top.isEmpty())
        return top.last() == item ? false : moveItem(item, top.last(), Position::After);
    const ChecklistItem it = m_items.at(item);
    int at = sectionContentEnd(section) + 1;
    QList<QByteArray> block = reindented(m_lines.mid(it.line, it.endLine - it.line + 1), -it.markerIndent);
    block.prepend(m_eol);
    if (at < m_lines.size() && !isBlank(m_lines.at(at)))
        block.append(m_eol);
    // Insert first (positions after the item shift by its removal below).
    insertLines(at, block);
    if (at <= it.line)
        takeLines(it.line + int(block.size()), it.endLine + int(block.size()));
    else
        takeLines(it.line, it.endLine);
    rebuildContent();
    return true;
}

bool ChecklistDocument::setSectionTitle(int section, const QString &title)
{
    if (section < 0 || section >= m_sections.size())
        return false;
    const ChecklistSection &s = m_sections.at(section);
    const QString single = title.simplified();
    if (single.isEmpty() || single == s.title)
        return false;
    const QByteArray &line = m_lines.at(s.line);
    int pos = 0;
    while (pos < line.size() && line.at(pos) == ' ')
        ++pos;
    if (s.atx) {
        while (pos < line.size() && line.at(pos) == '#')
            ++pos;
        while (pos < line.size() && (line.at(pos) == ' ' || line.at(pos) == '\t'))
            ++pos;
    }
    m_lines[s.line] = line.left(pos) + single.toUtf8() + eolOf(line);
    rebuildContent();
    return true;
}

int ChecklistDocument::addSection(int afterSection, int level, const QString &title)
{
    const QString single = title.simplified();
    if (single.isEmpty() || afterSection >= m_sections.size())
        return -1;
    level = std::clamp(level, 1, 6);
    const int at = afterSection >= 0 ? m_sections.at(afterSection).subtreeEndLine + 1 : int(m_lines.size());
    QList<QByteArray> lines;
    if (at > 0 && !isBlank(m_lines.at(at - 1)))
        lines.append(m_eol);
    const int headingAt = at + int(lines.size());
    lines.append(QByteArray(level, '#') + ' ' + single.toUtf8() + m_eol);
    if (at < m_lines.size() && !isBlank(m_lines.at(at)))
        lines.append(m_eol);
    insertLines(at, lines);
    rebuildContent();
    return findSectionAtLine(headingAt);
}

bool ChecklistDocument::deleteSection(int section)
{
    if (section < 0 || section >= m_sections.size())
        return false;
    const ChecklistSection s = m_sections.at(section);
    takeLines(s.line, s.subtreeEndLine);
    rebuildContent();
    return true;
}

bool ChecklistDocument::moveSectionUp(int section)
{
    if (section < 0 || section >= m_sections.size())
        return false;
    const ChecklistSection s = m_sections.at(section);
    for (int i = section - 1; i >= 0; --i) {
        const ChecklistSection &p = m_sections.at(i);
        if (p.parent == s.parent && p.level == s.level) {
            // With the blank lines that follow it, so that headings keep their spacing.
            int last = s.subtreeEndLine;
            while (last + 1 < m_lines.size() && isBlank(m_lines.at(last + 1)))
                ++last;
            const int dest = p.line;
            if (!moveBlock(s.line, last, dest, 0))
                return false;
            separateAfter(dest + (last - s.line));
            return true;
        }
        if (p.level < s.level)
            break;
    }
    return false;
}

bool ChecklistDocument::moveSectionDown(int section)
{
    if (section < 0 || section >= m_sections.size())
        return false;
    const ChecklistSection s = m_sections.at(section);
    for (int i = section + 1; i < m_sections.size(); ++i) {
        const ChecklistSection n = m_sections.at(i); // a copy: the move parses again
        if (n.level < s.level)
            break;
        if (n.parent == s.parent && n.level == s.level) {
            int last = n.subtreeEndLine;
            while (last + 1 < m_lines.size() && isBlank(m_lines.at(last + 1)))
                ++last;
            const int dest = s.line;
            if (!moveBlock(n.line, last, dest, 0))
                return false;
            separateAfter(dest + (last - n.line));
            return true;
        }
    }
    return false;
}

bool ChecklistDocument::moveSection(int section, int target, Position position)
{
    if (section < 0 || section >= m_sections.size() || target < 0 || target >= m_sections.size() || section == target
        || position == Position::Child)
        return false;
    const ChecklistSection s = m_sections.at(section);
    const ChecklistSection t = m_sections.at(target);
    if (t.line >= s.line && t.line <= s.subtreeEndLine)
        return false; // into itself
    int last = s.subtreeEndLine;
    while (last + 1 < m_lines.size() && isBlank(m_lines.at(last + 1)))
        ++last;
    int insertAt = t.line;
    if (position == Position::After) {
        insertAt = t.subtreeEndLine + 1;
        while (insertAt < m_lines.size() && isBlank(m_lines.at(insertAt)))
            ++insertAt;
    }
    if (insertAt >= s.line && insertAt <= last + 1)
        return false; // already there
    // After a last section that ends the file without a blank line, the moved heading gets one before it.
    const bool blankBefore = insertAt == m_lines.size() && insertAt > 0 && !isBlank(m_lines.at(insertAt - 1));
    if (!moveBlock(s.line, last, insertAt, 0))
        return false;
    const int size = last - s.line + 1;
    int dest = insertAt > last ? insertAt - size : insertAt;
    if (blankBefore) {
        insertLines(dest, {m_eol});
        ++dest;
        rebuildContent();
    }
    separateAfter(dest + size - 1);
    return true;
}

// A section moved from the end of the file has no blank line after it: the heading that now follows gets one.
void ChecklistDocument::separateAfter(int line)
{
    if (line >= 0 && line + 1 < m_lines.size() && !isBlank(m_lines.at(line))) {
        insertLines(line + 1, {m_eol});
        rebuildContent();
    }
}

bool ChecklistDocument::setFrontMatterValue(const QString &key, const QString &value)
{
    YAML::Emitter emitter; // quotes only what needs quoting
    emitter << value.toStdString();
    const QByteArray scalar
        = key == u"reviewPeriodDays"_s || key == u"lastReviewed"_s ? value.toUtf8() : QByteArray(emitter.c_str());
    const QByteArray newLine = key.toUtf8() + ": " + scalar + m_eol;
    if (!m_front.present) {
        insertLines(0, {"---" + m_eol, newLine, "---" + m_eol});
        rebuildContent();
        return true;
    }
    QByteArray yaml;
    for (int i = 1; i < m_front.lastLine; ++i)
        yaml += withoutEol(m_lines.at(i)) + '\n';
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &) {
        return false;
    }
    if (!root.IsMap() && !root.IsNull())
        return false;
    QList<int> keyLines;
    int keyLine = -1;
    if (root.IsMap()) {
        for (const auto &entry : root) {
            keyLines.append(entry.first.Mark().line + 1);
            if (QString::fromStdString(entry.first.Scalar()) == key) {
                if (!entry.second.IsScalar() && !entry.second.IsNull())
                    return false; // a list or map is edited by hand
                keyLine = entry.first.Mark().line + 1;
            }
        }
    }
    if (keyLine < 0) {
        insertLines(m_front.lastLine, {newLine});
    } else {
        // Only a value on the key's own line is rewritten; a folded or multi-line one is left to the editor.
        std::sort(keyLines.begin(), keyLines.end());
        const auto after = std::upper_bound(keyLines.begin(), keyLines.end(), keyLine);
        int end = after == keyLines.end() ? m_front.lastLine : *after;
        while (end - 1 > keyLine && isBlank(m_lines.at(end - 1)))
            --end;
        if (end - keyLine != 1)
            return false;
        const QByteArray replaced = key.toUtf8() + ": " + scalar + eolOf(m_lines.at(keyLine));
        if (m_lines.at(keyLine) == replaced)
            return false;
        m_lines[keyLine] = replaced;
    }
    rebuildContent();
    return true;
}

QString ChecklistDocument::renderHtml() const
{
    QByteArray body;
    for (int i = m_bodyLine; i < m_lines.size(); ++i)
        body += m_lines.at(i);
    ParserPtr parser = newParser();
    cmark_parser_feed(parser.get(), body.constData(), size_t(body.size()));
    NodePtr root(cmark_parser_finish(parser.get()));
    char *html = cmark_render_html(root.get(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser.get()));
    QString out = QString::fromUtf8(html);
    free(html);
    // Rich text has no form controls: the task boxes become glyphs.
    out.replace(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" />"_s, u"☑"_s);
    out.replace(u"<input type=\"checkbox\" disabled=\"\" />"_s, u"☐"_s);
    // In a loose list the box comes before the item's first paragraph: put it inside, on the text's line.
    out.replace(u"☑ \n<p>"_s, u"<p>☑ "_s);
    out.replace(u"☐ \n<p>"_s, u"<p>☐ "_s);
    return out;
}
