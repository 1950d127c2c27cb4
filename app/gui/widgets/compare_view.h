#pragma once
// Pinned scenarios side by side.

#include <QWidget>

class QTableView;
class QToolButton;

namespace deepplan::gui {

class CompareModel;

class CompareView : public QWidget {
    Q_OBJECT
public:
    CompareView(CompareModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* table() const { return table_; }
    /// The column of the selected cell, or the last column.
    [[nodiscard]] int selectedColumn() const;

signals:
    void pinRequested();
    void unpinRequested();
    /// Bring the selected pinned scenario back into the editor.
    void restoreRequested();

private:
    void updateButtons();

    CompareModel* model_;
    QTableView* table_ = nullptr;
    QToolButton* unpin_ = nullptr;
    QToolButton* restore_ = nullptr;
};

}  // namespace deepplan::gui
