#pragma once

#include "config/configmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The front matter of an Operations Manual document (YAML between `---` lines at the top of the file).
struct ChecklistFrontMatter
{
    bool present = false;
    QString id;
    QString title;
    QString kind; // runbook | procedure | declaration | review
    QStringList rules; // incident rule ids (Rules::*) the document answers
    QString institution; // owning institution id; empty: the whole network
    int reviewPeriodDays = 0; // 0: no periodic review
    QDate lastReviewed;
    int firstLine = 0; // 0-based file lines of the opening and closing `---`
    int lastLine = -1;
};

QStringList checklistKinds();

struct ChecklistSection
{
    int index = 0;
    int level = 1; // heading level 1..6
    int parent = -1; // enclosing section (lower level), -1 at the top
    int line = 0; // 0-based file line of the heading
    int endLine = 0; // last line of the section's own text, before the next heading (trailing blank lines excluded)
    int subtreeEndLine = 0; // last line including its subsections
    bool atx = true; // `## Title` (false: underlined setext heading)
    QString title;
};

struct ChecklistLink
{
    QString text;
    QString url;
};

// A task-list item (`- [ ]` / `- [x]`) of the document.
struct ChecklistItem
{
    int index = 0; // in document order
    int section = -1; // enclosing section, -1 before the first heading
    int parent = -1; // enclosing item, -1 for a top-level item of its list
    int depth = 0;
    int line = 0; // 0-based file line of the marker
    int ownEndLine = 0; // last line of its own text and note (children excluded)
    int endLine = 0; // last line including its children (trailing blank lines excluded)
    int markerIndent = 0; // bytes of leading whitespace before the bullet
    int taskColumn = 0; // byte offset of `[` on its line: where a child's bullet goes
    int textColumn = -1; // byte offset of its text on the first line; -1 when the first line has none
    qint64 listId = 0; // items of one list share it
    bool checked = false;
    QString text; // the first line's text
    QString note; // the following lines of its own, unindented
    QList<ChecklistLink> links;
    QString key; // stable path used by runs: "<section>/<n>.<n>"
};

// One Markdown document of the Operations Manual, held as its exact bytes. Parsing (cmark-gfm with the tasklist
// extension, through its source positions) only locates sections and items; every edit rewrites just the lines it
// touches, so opening and saving without an edit changes no byte, whatever the file holds (CRLF, tabs, HTML, code).
class ChecklistDocument
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistDocument)
public:
    enum class Position { Before, After, Child };

    ChecklistDocument() = default;
    explicit ChecklistDocument(const QByteArray &content, const QString &path = {});

    bool load(const QString &path, QString *error = nullptr);
    // Atomic: a QSaveFile written then renamed over the file, so a crash leaves the old or the new file, never half.
    bool save(QString *error = nullptr);
    bool saveAs(const QString &path, QString *error = nullptr);
    static bool writeAtomically(const QString &path, const QByteArray &content, QString *error = nullptr);

    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    QByteArray content() const { return m_content; }
    void setContent(const QByteArray &content);
    bool isEmpty() const { return m_content.isEmpty(); }

    const ChecklistFrontMatter &frontMatter() const { return m_front; }
    // Front matter problems found while parsing (YAML errors, wrong types); the library adds folder-wide checks.
    const ConfigMessages &messages() const { return m_messages; }
    QString title() const; // the front matter's, else the first heading's, else the file name
    const QList<ChecklistSection> &sections() const { return m_sections; }
    const QList<ChecklistItem> &items() const { return m_items; }
    QList<int> childItems(int item) const; // direct children, in order
    QList<int> sectionItems(int section) const; // top-level items directly in the section
    int lineCount() const { return m_lines.size(); }
    QByteArray line(int index) const { return m_lines.value(index); }
    QByteArray lineEnding() const { return m_eol; }

    // HTML for a preview (raw HTML in the document is left out).
    QString renderHtml() const;

    // Structured edits. Each returns false (and changes nothing) when it does not apply.
    bool setItemText(int item, const QString &text);
    bool setItemChecked(int item, bool checked);
    bool setItemNote(int item, const QString &note);
    bool addItemLink(int item, const QString &text, const QString &url);
    // A new unchecked item next to `item` (Before/After) or as its last child; returns the new item's index or -1.
    int addItem(int item, Position position, const QString &text);
    int addItemToSection(int section, const QString &text); // as the section's last top-level item
    bool deleteItem(int item);
    bool indentItem(int item); // becomes the last child of its previous sibling
    bool outdentItem(int item); // becomes the next sibling of its parent
    bool moveItemUp(int item); // swaps with its previous sibling
    bool moveItemDown(int item);
    // Moves the item (with its children) next to / under `target`; false when target is inside the moved item.
    bool moveItem(int item, int target, Position position);
    bool moveItemToSection(int item, int section);

    bool setSectionTitle(int section, const QString &title);
    int addSection(int afterSection, int level, const QString &title); // -1: at the end; returns its index
    bool deleteSection(int section); // with its subsections
    bool moveSectionUp(int section); // swaps with its previous sibling section (subsections move along)
    bool moveSectionDown(int section);
    // Moves the section with its subsections (and the blank lines after them) before `target`'s heading or after its
    // subsections; headings keep their level. False for Child, a target inside the section, or no change.
    bool moveSection(int section, int target, Position position);

    // Rewrites (or adds) one top-level scalar of the front matter, e.g. "lastReviewed".
    bool setFrontMatterValue(const QString &key, const QString &value);

private:
    void parse();
    void parseFrontMatter(int closingLine);
    void rebuildContent();
    QByteArray indentBytes(int count) const;
    QByteArray ensureEol(const QByteArray &line) const;
    void insertLines(int at, const QList<QByteArray> &lines);
    QList<QByteArray> takeLines(int first, int last);
    QList<QByteArray> reindented(const QList<QByteArray> &lines, int delta) const;
    bool moveBlock(int first, int last, int insertAt, int delta);
    int findItemAtLine(int line) const;
    int findSectionAtLine(int line) const;
    int sectionContentEnd(int section) const;
    void separateAfter(int line);

    QString m_path;
    QByteArray m_content;
    QList<QByteArray> m_lines; // each with its own line ending (the last may have none)
    QByteArray m_eol {"\n"};
    int m_bodyLine = 0; // first line after the front matter
    ChecklistFrontMatter m_front;
    ConfigMessages m_messages;
    QList<ChecklistSection> m_sections;
    QList<ChecklistItem> m_items;
    // The mark ('x' or 'X') of each box this editor unchecked, by line, so that checking it again gives the file
    // back byte for byte (a versioned manual shows no change for an undone click). Forgotten when lines move.
    QHash<int, char> m_uncheckedMarks;
};
