#pragma once
// Stacked bars of memory per device: weights, KV cache, activations,
// overhead and free, a line at each device's usable capacity, and what does
// not fit drawn past that line in red.

#include <QChartView>

#include "plan_snapshot.h"

class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace deepplan::gui {

class MemoryChartView : public QChartView {
    Q_OBJECT
public:
    /// Segments as drawn: the parts are cut at the usable capacity (in this
    /// order) and the rest is Overflow.
    enum Component { Weights, KvCache, Activations, Overhead, Free, Overflow, ComponentCount };
    /// More devices than this are summarised in the title.
    static constexpr int kMaxBars = 24;

    explicit MemoryChartView(QWidget* parent = nullptr);

    void setSnapshot(const PlanSnapshot& snapshot);
    /// Number of bars drawn and the value of one component of one bar (for tests).
    [[nodiscard]] int barCount() const;
    [[nodiscard]] double value(Component component, int bar) const;
    /// Where the capacity line of a bar is drawn (GB); 0 when there is none.
    [[nodiscard]] double capacityLine(int bar) const;

private:
    QHorizontalStackedBarSeries* series_ = nullptr;
    QBarSet* sets_[ComponentCount] = {};
    QBarCategoryAxis* devices_ = nullptr;
    QValueAxis* gigabytes_ = nullptr;
    QValueAxis* rows_ = nullptr;  ///< hidden: places the capacity lines on the bars
    QList<QLineSeries*> capacity_;
};

}  // namespace deepplan::gui
