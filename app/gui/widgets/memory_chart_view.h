#pragma once
// Stacked bars of memory per device: weights, KV cache, activations,
// overhead and free, a line at each device's usable capacity, and what does
// not fit drawn past that line in red. Neighbouring devices of one kind that
// hold the same amounts share a bar ("node 0 · 8 × H100 SXM5 80GB"); each
// bar is labelled with the device's name in the longest form that fits
// beside the chart, so that Qt Charts never elides it, and hovering a bar
// shows its full description.

#include <QChartView>

#include "plan_snapshot.h"

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
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
    /// A bar's values are those of each of its devices.
    [[nodiscard]] int barCount() const;
    /// The plan's devices a bar stands for: the first one's index in
    /// Plan::memory.per_device and how many follow it.
    [[nodiscard]] int firstDevice(int bar) const;
    [[nodiscard]] int deviceCount(int bar) const;
    /// The bar's label on the device axis and its hover text.
    [[nodiscard]] QString label(int bar) const;
    [[nodiscard]] QString description(int bar) const;
    /// Devices are shown by name without the vendor and the parenthesised
    /// or comma-separated detail: "NVIDIA GeForce RTX 4090 24GB" -> "RTX 4090 24GB".
    [[nodiscard]] static QString shortDeviceName(const QString& name);
    [[nodiscard]] double value(Component component, int bar) const;
    /// Where the capacity line of a bar is drawn (GB); 0 when there is none.
    [[nodiscard]] double capacityLine(int bar) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Bar {
        int first = 0;
        int count = 1;
        QStringList labels;  ///< longest first; the first that fits is shown
        QString description;
    };
    /// Draws the device names beside the bars in the longest form that fits.
    void relabel();
    /// The legend's font: the largest that keeps every entry whole in one row.
    void fitLegend();
    /// The bar at a point in chart coordinates, or -1.
    [[nodiscard]] int barAt(const QPointF& chartPos) const;

    QList<Bar> bars_;
    QList<QGraphicsSimpleTextItem*> labels_;  ///< top to bottom
    bool relabelling_ = false;
  ///< top to bottom (bar 0 = the plan's first device)
    QHorizontalStackedBarSeries* series_ = nullptr;
    QBarSet* sets_[ComponentCount] = {};
    QBarCategoryAxis* devices_ = nullptr;
    QValueAxis* gigabytes_ = nullptr;
    QValueAxis* rows_ = nullptr;  ///< hidden: places the capacity lines on the bars
    QList<QLineSeries*> capacity_;
};

}  // namespace deepplan::gui
