#pragma once
// Editors for the pool table: spin boxes for counts, pick lists of catalog
// entries for systems, accelerators and links.

#include <QStyledItemDelegate>

namespace deepplan::gui {

class CatalogItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

}  // namespace deepplan::gui
