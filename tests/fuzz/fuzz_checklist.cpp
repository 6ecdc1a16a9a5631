// Fuzz target for Operations Manual documents (models/checklists/ChecklistDocument): any bytes as a Markdown file
// with front matter. Opening changes no byte; sections and items point at lines that exist; checking an item twice
// gives the file back byte for byte; structural edits leave a document that parses again.
// Seeds: resources/checklists.
#include "fuzzsupport.h"

#include "checklists/checklistdocument.h"

#include <cstdint>

using namespace Qt::StringLiterals;
using fuzzsupport::violated;

namespace {

void checkShape(const ChecklistDocument &doc)
{
    const int lines = doc.lineCount();
    for (const ChecklistSection &s : doc.sections())
        if (s.line < 0 || (lines > 0 && s.line >= lines) || s.level < 1 || s.level > 6)
            violated("a section outside the document");
    for (const ChecklistItem &i : doc.items()) {
        if (i.line < 0 || (lines > 0 && i.line >= lines) || i.endLine < i.line)
            violated("an item outside the document");
        if (i.parent >= i.index || i.section >= doc.sections().size())
            violated("an item's parent or section is wrong");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = fuzzsupport::view(data, size).toByteArray();
    ChecklistDocument doc(content, u"fuzz.md"_s);
    if (doc.content() != content)
        violated("opening changed the bytes");
    checkShape(doc);
    (void)doc.title();
    (void)doc.renderHtml();
    if (doc.items().isEmpty())
        return 0;

    const bool checked = doc.items().first().checked;
    if (doc.setItemChecked(0, !checked)) {
        if (doc.items().isEmpty() || doc.items().first().checked == checked)
            violated("checking an item did not check it");
        if (!doc.setItemChecked(0, checked) || doc.content() != content)
            violated("checking an item twice did not give the file back");
    }
    const int last = int(doc.items().size()) - 1;
    ChecklistDocument edited(content, u"fuzz.md"_s);
    edited.indentItem(last);
    edited.outdentItem(0);
    edited.moveItemDown(0);
    edited.addItem(0, ChecklistDocument::Position::Child, u"fuzz [x] *item*"_s);
    edited.setItemNote(0, u"a note\nwith two lines"_s);
    edited.deleteItem(int(edited.items().size()) - 1);
    checkShape(edited);
    const ChecklistDocument reread(edited.content(), u"again.md"_s);
    if (reread.items().size() != edited.items().size() || reread.sections().size() != edited.sections().size())
        violated("an edited document does not parse to what the editor holds");
    return 0;
}
