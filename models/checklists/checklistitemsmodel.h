#pragma once

#include "checklistdocument.h"

#include <QAbstractItemModel>

// The sections (nested by heading level) and task items (nested by indentation) of one document, for the editor's
// tree. A view over the document: edits made in the view (text, check box, drag and drop) are not applied here but
// requested through signals, so that the page applies them as undoable commands; refresh() follows every change.
class ChecklistItemsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IndexRole, NoteRole, KeyRole, LevelRole };
    enum class Kind { Section, Item };
    Q_ENUM(Kind)
    static constexpr char MimeType[] = "application/x-sentinela-checklist-item";

    explicit ChecklistItemsModel(QObject *parent = nullptr);

    void setDocument(const ChecklistDocument *document); // not owned; nullptr: empty
    void refresh(); // the document changed
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QModelIndex indexOf(Kind kind, int index) const;
    Kind kindOf(const QModelIndex &index) const;
    int documentIndexOf(const QModelIndex &index) const; // section or item index; -1 for none

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

signals:
    void textEdited(ChecklistItemsModel::Kind kind, int index, const QString &text);
    void checkEdited(int item, bool checked);
    // A dragged item dropped: next to (Before/After) or under (Child) an item, or at the end of a section.
    void moveRequested(
        int item, ChecklistItemsModel::Kind targetKind, int target, ChecklistDocument::Position position);
    // A dragged section dropped before or after another section (its subsections move along).
    void sectionMoveRequested(int section, int target, ChecklistDocument::Position position);

private:
    struct Node
    {
        Kind kind = Kind::Section;
        int index = -1; // into the document's sections or items; -1 for the root
        int parent = -1; // node
        int row = 0;
        QList<int> children; // nodes
    };
    void build();
    int nodeOf(const QModelIndex &index) const; // 0 = root
    bool resolveDrop(const QMimeData *data, int row, const QModelIndex &parent, int *item, Kind *targetKind,
        int *target, ChecklistDocument::Position *position) const;
    bool resolveSectionDrop(int section, int row, const QModelIndex &parent, int *target,
        ChecklistDocument::Position *position) const;
    // The dragged node: an item's index, or a section's as "s<index>".
    bool draggedNode(const QMimeData *data, Kind *kind, int *index) const;

    const ChecklistDocument *m_doc = nullptr;
    QList<Node> m_nodes;
    bool m_readOnly = false;
};
