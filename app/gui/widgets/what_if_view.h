#pragma once
// What-if charts: decode speed against concurrency, and speed and memory
// against context length, with the current setting marked. The points are
// the core's plans sampled by PlanController (what_if.h).

#include <memory>

#include <QWidget>

#include "plan_snapshot.h"

class QChart;
class QChartView;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace deepplan::gui {

class WhatIfView : public QWidget {
    Q_OBJECT
public:
    explicit WhatIfView(QWidget* parent = nullptr);

    /// Shows a snapshot; while the view is hidden it is kept and drawn when shown.
    void setSnapshot(std::shared_ptr<const PlanSnapshot> snapshot);

    /// The sampled series (for tests): per-stream decode against concurrency.
    [[nodiscard]] QLineSeries* concurrencySeries() const { return perStream_; }
    [[nodiscard]] QScatterSeries* concurrencyMarker() const { return concurrencyMarker_; }
    [[nodiscard]] QScatterSeries* contextMarker() const { return contextMarker_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyPending();

    std::shared_ptr<const PlanSnapshot> pending_;
    struct Axes {
        QLogValueAxis* x = nullptr;
        QValueAxis* left = nullptr;
        QValueAxis* right = nullptr;
    };
    static Axes makeAxes(QChart* chart, const QString& xTitle, const QString& leftTitle, const QString& rightTitle);

    QChartView* concurrencyView_ = nullptr;
    QChartView* contextView_ = nullptr;
    Axes concurrencyAxes_;
    Axes contextAxes_;
    QLineSeries* perStream_ = nullptr;
    QLineSeries* aggregate_ = nullptr;
    QScatterSeries* concurrencyNoFit_ = nullptr;
    QScatterSeries* concurrencyMarker_ = nullptr;
    QLineSeries* contextSpeed_ = nullptr;
    QLineSeries* contextMemory_ = nullptr;
    QScatterSeries* contextNoFit_ = nullptr;
    QScatterSeries* contextMarker_ = nullptr;
};

}  // namespace deepplan::gui
