#pragma once
// The read-only tables of the plan views and dialogs share one look: no row
// numbers, alternating rows, whole-row selection, no editing, no wrapping,
// and the last column taking the spare width.

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace deepplan::gui {

/// A QTableView on `model`, named `objectName` (tests find it by that name).
QTableView* makeReadOnlyTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent);

}  // namespace deepplan::gui
