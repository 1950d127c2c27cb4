#pragma once
// The Plan panel: verdict banner, key figures and tabs for the memory
// chart, what-if curves, layout, assumptions and the comparison.

#include <QWidget>

class QTabWidget;
class QTableView;

namespace deepplan::gui {

class AssumptionsModel;
class CatalogStore;
class CompareModel;
class CompareView;
class KeyFiguresView;
class LayoutView;
class MemoryChartView;
class PlanController;
class VerdictBanner;
class WhatIfView;

/// Renders the controller's current snapshot; holds no arithmetic.
class PlanPanel : public QWidget {
    Q_OBJECT
public:
    PlanPanel(PlanController* controller, CatalogStore* catalog, CompareModel* compare, QWidget* parent = nullptr);

    [[nodiscard]] VerdictBanner* banner() const { return banner_; }
    [[nodiscard]] KeyFiguresView* keyFigures() const { return figures_; }
    [[nodiscard]] MemoryChartView* memoryChart() const { return memory_; }
    [[nodiscard]] WhatIfView* whatIf() const { return whatIf_; }
    [[nodiscard]] LayoutView* layoutView() const { return layout_; }
    [[nodiscard]] CompareView* compareView() const { return compare_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] AssumptionsModel* assumptionsModel() const { return assumptions_; }
    [[nodiscard]] QTableView* assumptionsTable() const { return assumptionsTable_; }

public slots:
    /// Shows the controller's current snapshot.
    void refresh();

protected:
    /// A taller window gives the verdict's reasons more room.
    void resizeEvent(QResizeEvent* event) override;
    /// Refits the assumptions table's columns when it is resized.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Name, value and unit as wide as their contents (the name at most half
    /// the table), the source takes the rest; a cut cell's tooltip is its whole text.
    void fitAssumptionColumns();

    PlanController* controller_;
    CatalogStore* catalog_;
    VerdictBanner* banner_ = nullptr;
    KeyFiguresView* figures_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    MemoryChartView* memory_ = nullptr;
    WhatIfView* whatIf_ = nullptr;
    LayoutView* layout_ = nullptr;
    AssumptionsModel* assumptions_ = nullptr;
    QTableView* assumptionsTable_ = nullptr;
    CompareView* compare_ = nullptr;
};

}  // namespace deepplan::gui
