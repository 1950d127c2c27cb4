#pragma once
// Stacked bars of memory per device: weights, KV cache, activations,
// overhead and free.

#include <QChartView>

#include "plan_snapshot.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace deepplan::gui {

class MemoryChartView : public QChartView {
    Q_OBJECT
public:
    enum Component { Weights, KvCache, Activations, Overhead, Free, ComponentCount };
    /// More devices than this are summarised in the title.
    static constexpr int kMaxBars = 24;

    explicit MemoryChartView(QWidget* parent = nullptr);

    void setSnapshot(const PlanSnapshot& snapshot);
    /// Number of bars drawn and the value of one component of one bar (for tests).
    [[nodiscard]] int barCount() const;
    [[nodiscard]] double value(Component component, int bar) const;

private:
    QHorizontalStackedBarSeries* series_ = nullptr;
    QBarSet* sets_[ComponentCount] = {};
    QBarCategoryAxis* devices_ = nullptr;
    QValueAxis* gigabytes_ = nullptr;
};

}  // namespace deepplan::gui
