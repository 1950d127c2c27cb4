#include "widgets/read_only_table.h"

#include <QHeaderView>
#include <QTableView>

namespace deepplan::gui {

QTableView* makeReadOnlyTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(objectName);
    t->setModel(model);
    t->verticalHeader()->setVisible(false);
    t->setAlternatingRowColors(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

}  // namespace deepplan::gui
