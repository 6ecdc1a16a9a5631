#include "common/healthdelegate.h"

#include "analysis/health.h"
#include "common/statusstyle.h"

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant v = index.data(ItemRoles::Health);
    if (!v.isValid())
        return;
    const auto level = static_cast<HealthLevel>(v.toInt());
    if (const QColor bg = StatusStyle::background(level); bg.isValid() && level != HealthLevel::Unknown)
        option->backgroundBrush = bg;
    if (level == HealthLevel::Unknown)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}
