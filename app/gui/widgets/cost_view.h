#pragma once
// The Cost tab: what serving the plan costs on own hardware and rented,
// next to the hosted API's list price, and the scenario's economics inputs.

#include <optional>

#include <QStringList>
#include <QWidget>

#include "plan_snapshot.h"

class QBarSet;
class QBoxLayout;
class QBarCategoryAxis;
class QChartView;
class QLabel;
class QValueAxis;

namespace deepplan::gui {

class CatalogStore;
class EconomicsForm;
class PlanController;
class ScenarioDocument;

/// Figures come from the core: the plan's own cost, and compute_cost() on a
/// copy of the scenario with the other ownership for the other column.
/// Value labels are named cost<Row><Column> (costOutputOwn, costHourRented,
/// costInputApi...); costHeadline shows the scenario's own choice.
class CostView : public QWidget {
    Q_OBJECT
public:
    enum Column { Own, Rented, Api, ColumnCount };
    enum Row { Hour, Output, Input, RowCount };

    CostView(ScenarioDocument* document, PlanController* controller, CatalogStore* catalog, QWidget* parent = nullptr);

    /// "$1,234" / "$0.52": how the view writes money (tests format the core's figures with it).
    [[nodiscard]] static QString usd(double value);
    /// The costs this view shows for a snapshot, from the core: [Own, Rented];
    /// empty optionals when the core refused the scenario.
    [[nodiscard]] static std::optional<Cost> costFor(const PlanSnapshot& snapshot, const Catalog& catalog, bool rented);

    [[nodiscard]] QLabel* valueLabel(Row row, Column column) const { return values_[row][column]; }
    [[nodiscard]] QLabel* headline() const { return headline_; }
    [[nodiscard]] EconomicsForm* economicsForm() const { return form_; }
    /// $/M output per bar (Own, Rented, API); 0 where unknown.
    [[nodiscard]] double barValue(Column column) const;

    /// The cheapest $/M output over the concurrencies that fit (1, 2, 4 ... 256
    /// and the scenario's own), from plan() of each; nullopt when none is known.
    struct BatchCost {
        int concurrency = 1;
        double per_million_output_usd = 0;
    };
    [[nodiscard]] static std::optional<BatchCost> bestBatch(const Scenario& scenario, const Catalog& catalog);
    [[nodiscard]] QLabel* batchLabel() const { return batch_; }
    [[nodiscard]] QLabel* splitLabel() const { return split_; }
    /// The bar chart's category texts, bottom-up (API, Rented, Own), each with its value.
    [[nodiscard]] QStringList barLabels() const;

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    /// Narrow: the economics go below the figures instead of beside them.
    void resizeEvent(QResizeEvent* event) override;

private:
    void refreshBatch();

    ScenarioDocument* document_;
    PlanController* controller_;
    CatalogStore* catalog_;
    EconomicsForm* form_ = nullptr;
    QLabel* headline_ = nullptr;
    QLabel* values_[RowCount][ColumnCount] = {};
    QLabel* split_ = nullptr;
    QLabel* breakEven_ = nullptr;
    QLabel* missing_ = nullptr;
    QLabel* batch_ = nullptr;
    QBoxLayout* outer_ = nullptr;
    bool batchDirty_ = true;
    QChartView* chartView_ = nullptr;
    QBarSet* bars_ = nullptr;
    QBarCategoryAxis* categories_ = nullptr;
    QValueAxis* dollars_ = nullptr;
};

}  // namespace deepplan::gui
