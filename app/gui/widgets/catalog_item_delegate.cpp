#include "widgets/catalog_item_delegate.h"

#include <algorithm>

#include <QComboBox>
#include <QSpinBox>

#include "models/pool_table_model.h"

namespace deepplan::gui {

namespace {
constexpr int kMaxMachines = 4096;
constexpr int kMaxPerMachine = 1024;
}

QWidget* CatalogItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    const auto* model = qobject_cast<const PoolTableModel*>(index.model());
    if (model == nullptr) return QStyledItemDelegate::createEditor(parent, option, index);
    switch (index.column()) {
    case PoolTableModel::Count:
    case PoolTableModel::AcceleratorCount: {
        auto* spin = new QSpinBox(parent);
        // 0 is typed as a number and refused by the model with a reason,
        // rather than silently snapped back by the spin box.
        spin->setRange(0, index.column() == PoolTableModel::Count ? kMaxMachines : kMaxPerMachine);
        spin->setFrame(false);
        return spin;
    }
    default: {
        auto* combo = new QComboBox(parent);
        for (const auto& choice : model->choices(index.column())) combo->addItem(choice.label, choice.id);
        combo->setFrame(false);
        // Commit as soon as a choice is made, so the plan follows at once.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<CatalogItemDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    }
}

void CatalogItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void CatalogItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

}  // namespace deepplan::gui
