#include "checklistitemsmodel.h"

#include <QHash>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

ChecklistItemsModel::ChecklistItemsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    build();
}

void ChecklistItemsModel::setDocument(const ChecklistDocument *document)
{
    m_doc = document;
    refresh();
}

void ChecklistItemsModel::refresh()
{
    beginResetModel();
    build();
    endResetModel();
}

void ChecklistItemsModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void ChecklistItemsModel::build()
{
    m_nodes.clear();
    m_nodes.append(Node {}); // root
    if (!m_doc)
        return;
    // Children in line order: a section holds its subsections and its top-level items.
    struct Entry
    {
        int line;
        Kind kind;
        int index;
    };
    QList<Entry> entries;
    for (const ChecklistSection &s : m_doc->sections())
        entries.append({s.line, Kind::Section, s.index});
    for (const ChecklistItem &it : m_doc->items())
        entries.append({it.line, Kind::Item, it.index});
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.line < b.line; });
    QHash<int, int> sectionNode;
    QHash<int, int> itemNode;
    for (const Entry &e : entries) {
        int parent = 0;
        if (e.kind == Kind::Section) {
            const int p = m_doc->sections().at(e.index).parent;
            parent = p >= 0 ? sectionNode.value(p, 0) : 0;
        } else {
            const ChecklistItem &it = m_doc->items().at(e.index);
            parent = it.parent >= 0 ? itemNode.value(it.parent, 0)
                                    : (it.section >= 0 ? sectionNode.value(it.section, 0) : 0);
        }
        Node n;
        n.kind = e.kind;
        n.index = e.index;
        n.parent = parent;
        n.row = int(m_nodes[parent].children.size());
        const int id = int(m_nodes.size());
        m_nodes[parent].children.append(id);
        m_nodes.append(n);
        (e.kind == Kind::Section ? sectionNode : itemNode).insert(e.index, id);
    }
}

int ChecklistItemsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex ChecklistItemsModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = nodeOf(parent);
    if (column != 0 || p >= m_nodes.size() || row < 0 || row >= m_nodes.at(p).children.size())
        return {};
    return createIndex(row, column, quintptr(m_nodes.at(p).children.at(row)));
}

QModelIndex ChecklistItemsModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n <= 0 || n >= m_nodes.size())
        return {};
    const int p = m_nodes.at(n).parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int ChecklistItemsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = nodeOf(parent);
    return p < m_nodes.size() ? int(m_nodes.at(p).children.size()) : 0;
}

int ChecklistItemsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QModelIndex ChecklistItemsModel::indexOf(Kind kind, int index) const
{
    for (int i = 1; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).kind == kind && m_nodes.at(i).index == index)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    }
    return {};
}

ChecklistItemsModel::Kind ChecklistItemsModel::kindOf(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n > 0 && n < m_nodes.size() ? m_nodes.at(n).kind : Kind::Section;
}

int ChecklistItemsModel::documentIndexOf(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n > 0 && n < m_nodes.size() ? m_nodes.at(n).index : -1;
}

QVariant ChecklistItemsModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (!m_doc || n <= 0 || n >= m_nodes.size())
        return {};
    const Node &node = m_nodes.at(n);
    if (node.kind == Kind::Section) {
        const ChecklistSection &s = m_doc->sections().at(node.index);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return s.title;
        case KindRole:
            return int(Kind::Section);
        case IndexRole:
            return s.index;
        case LevelRole:
            return s.level;
        default:
            return {};
        }
    }
    const ChecklistItem &it = m_doc->items().at(node.index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return it.text;
    case Qt::ToolTipRole:
        return it.note.isEmpty() ? QVariant() : QVariant(it.note);
    case Qt::CheckStateRole:
        return it.checked ? Qt::Checked : Qt::Unchecked;
    case KindRole:
        return int(Kind::Item);
    case IndexRole:
        return it.index;
    case NoteRole:
        return it.note;
    case KeyRole:
        return it.key;
    case LevelRole:
        return it.depth;
    default:
        return {};
    }
}

QVariant ChecklistItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Sections and items");
    return {};
}

bool ChecklistItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int n = nodeOf(index);
    if (m_readOnly || !m_doc || n <= 0 || n >= m_nodes.size())
        return false;
    const Node &node = m_nodes.at(n);
    if (role == Qt::EditRole) {
        const QString text = value.toString().simplified();
        if (text.isEmpty() || text == data(index, Qt::EditRole).toString())
            return false;
        emit textEdited(node.kind, node.index, text);
        return true;
    }
    if (role == Qt::CheckStateRole && node.kind == Kind::Item) {
        emit checkEdited(node.index, value.toInt() == Qt::Checked);
        return true;
    }
    return false;
}

Qt::ItemFlags ChecklistItemsModel::flags(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    if (n <= 0 || n >= m_nodes.size())
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_nodes.at(n).kind == Kind::Item)
        f |= Qt::ItemIsUserCheckable;
    if (!m_readOnly) {
        f |= Qt::ItemIsEditable | Qt::ItemIsDropEnabled | Qt::ItemIsDragEnabled;
    } else if (m_nodes.at(n).kind == Kind::Item) {
        f &= ~Qt::ItemIsUserCheckable;
    }
    return f;
}

Qt::DropActions ChecklistItemsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ChecklistItemsModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *ChecklistItemsModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        const int index = documentIndexOf(i);
        if (index < 0)
            continue;
        auto *data = new QMimeData;
        const QByteArray number = QByteArray::number(index);
        data->setData(QString::fromLatin1(MimeType), kindOf(i) == Kind::Item ? number : "s" + number);
        return data;
    }
    return nullptr;
}

bool ChecklistItemsModel::draggedNode(const QMimeData *data, Kind *kind, int *index) const
{
    if (m_readOnly || !m_doc || !data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    QByteArray bytes = data->data(QString::fromLatin1(MimeType));
    *kind = bytes.startsWith('s') ? Kind::Section : Kind::Item;
    if (*kind == Kind::Section)
        bytes.remove(0, 1);
    bool ok = false;
    *index = bytes.toInt(&ok);
    const qsizetype count = *kind == Kind::Section ? m_doc->sections().size() : m_doc->items().size();
    return ok && *index >= 0 && *index < count;
}

bool ChecklistItemsModel::resolveDrop(const QMimeData *data, int row, const QModelIndex &parent, int *item,
    Kind *targetKind, int *target, ChecklistDocument::Position *position) const
{
    Kind dragged = Kind::Item;
    if (!draggedNode(data, &dragged, item) || dragged != Kind::Item)
        return false;
    const int p = nodeOf(parent);
    if (p >= m_nodes.size())
        return false;
    const Node &pn = m_nodes.at(p);
    if (row < 0) { // onto a node
        if (p == 0)
            return false;
        *targetKind = pn.kind;
        *target = pn.index;
        *position = ChecklistDocument::Position::Child;
        return true;
    }
    if (row < pn.children.size() && m_nodes.at(pn.children.at(row)).kind == Kind::Item) {
        *targetKind = Kind::Item;
        *target = m_nodes.at(pn.children.at(row)).index;
        *position = ChecklistDocument::Position::Before;
        return true;
    }
    if (row > 0 && row <= pn.children.size() && m_nodes.at(pn.children.at(row - 1)).kind == Kind::Item) {
        *targetKind = Kind::Item;
        *target = m_nodes.at(pn.children.at(row - 1)).index;
        *position = ChecklistDocument::Position::After;
        return true;
    }
    if (p > 0 && pn.kind == Kind::Section) {
        *targetKind = Kind::Section;
        *target = pn.index;
        *position = ChecklistDocument::Position::Child;
        return true;
    }
    return false;
}

// A section goes between sections: before the first section at or after the drop row (a parent's items come before
// its subsections), else after the last one before it, else after the parent section itself.
bool ChecklistItemsModel::resolveSectionDrop(
    int section, int row, const QModelIndex &parent, int *target, ChecklistDocument::Position *position) const
{
    const int p = nodeOf(parent);
    if (p >= m_nodes.size())
        return false;
    const Node &pn = m_nodes.at(p);
    if (row < 0) { // onto a section: after it
        if (p == 0 || pn.kind != Kind::Section)
            return false;
        *target = pn.index;
        *position = ChecklistDocument::Position::After;
    } else {
        *target = -1;
        for (qsizetype r = row; r < pn.children.size() && *target < 0; ++r) {
            if (m_nodes.at(pn.children.at(r)).kind == Kind::Section) {
                *target = m_nodes.at(pn.children.at(r)).index;
                *position = ChecklistDocument::Position::Before;
            }
        }
        for (qsizetype r = std::min<qsizetype>(row, pn.children.size()) - 1; r >= 0 && *target < 0; --r) {
            if (m_nodes.at(pn.children.at(r)).kind == Kind::Section) {
                *target = m_nodes.at(pn.children.at(r)).index;
                *position = ChecklistDocument::Position::After;
            }
        }
        if (*target < 0 && p > 0 && pn.kind == Kind::Section) {
            *target = pn.index;
            *position = ChecklistDocument::Position::After;
        }
    }
    if (*target < 0 || *target == section)
        return false;
    // Not into itself.
    const ChecklistSection &s = m_doc->sections().at(section);
    const int line = m_doc->sections().at(*target).line;
    return line < s.line || line > s.subtreeEndLine;
}

bool ChecklistItemsModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    Kind dragged = Kind::Item;
    int index = -1;
    if (action != Qt::MoveAction || !draggedNode(data, &dragged, &index))
        return false;
    int target = -1;
    ChecklistDocument::Position position = ChecklistDocument::Position::After;
    if (dragged == Kind::Section)
        return resolveSectionDrop(index, row, parent, &target, &position);
    Kind kind = Kind::Item;
    return resolveDrop(data, row, parent, &index, &kind, &target, &position);
}

bool ChecklistItemsModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    Kind dragged = Kind::Item;
    int index = -1;
    if (action != Qt::MoveAction || !draggedNode(data, &dragged, &index))
        return false;
    int target = -1;
    ChecklistDocument::Position position = ChecklistDocument::Position::After;
    // The page applies the move and refreshes; no row is removed here (removeRows stays false).
    if (dragged == Kind::Section) {
        if (!resolveSectionDrop(index, row, parent, &target, &position))
            return false;
        emit sectionMoveRequested(index, target, position);
        return true;
    }
    Kind kind = Kind::Item;
    if (!resolveDrop(data, row, parent, &index, &kind, &target, &position))
        return false;
    emit moveRequested(index, kind, target, position);
    return true;
}
