#pragma once

#include <QStyledItemDelegate>

// The one delegate of every health-bearing table: tints a cell by its ItemRoles::Health (the models already put the
// level's glyph and words in the text, so the tint only repeats what the text says) and greys unknown text.
class HealthDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
