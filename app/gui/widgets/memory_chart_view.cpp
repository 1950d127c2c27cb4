#include "widgets/memory_chart_view.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include "models/device_memory_model.h"

namespace deepplan::gui {

MemoryChartView::MemoryChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("memoryChart"));
    setRenderHint(QPainter::Antialiasing);
    setToolTip(tr("Memory of each device by what fills it, in GB. Free is what the engine may still use."));
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);

    series_ = new QHorizontalStackedBarSeries(chart);
    const QString names[ComponentCount] = {tr("Weights"), tr("KV cache"), tr("Activations"),
                                           tr("Overhead"), tr("Free")};
    const QColor colors[ComponentCount] = {QColor(0x3b, 0x6e, 0xc9), QColor(0xe0, 0x8e, 0x2b), QColor(0x8e, 0x5b, 0xc4),
                                           QColor(0x7c, 0x86, 0x94), QColor(0xd4, 0xe9, 0xd8)};
    for (int i = 0; i < ComponentCount; ++i) {
        sets_[i] = new QBarSet(names[i], series_);
        sets_[i]->setColor(colors[i]);
        sets_[i]->setBorderColor(colors[i].darker(115));
        series_->append(sets_[i]);
    }
    series_->setBarWidth(0.7);
    chart->addSeries(series_);

    devices_ = new QBarCategoryAxis(chart);
    gigabytes_ = new QValueAxis(chart);
    gigabytes_->setTitleText(tr("GB"));
    gigabytes_->setLabelFormat(QStringLiteral("%.4g"));
    gigabytes_->setTickType(QValueAxis::TicksDynamic);
    gigabytes_->setTickAnchor(0);
    chart->addAxis(devices_, Qt::AlignLeft);
    chart->addAxis(gigabytes_, Qt::AlignBottom);
    series_->attachAxis(devices_);
    series_->attachAxis(gigabytes_);
    setChart(chart);
    setMinimumHeight(220);
}

void MemoryChartView::setSnapshot(const PlanSnapshot& snap)
{
    QStringList categories;
    QList<qreal> values[ComponentCount];
    int total = 0;
    double maxGb = 0;
    if (snap.plan) {
        const auto& devices = snap.plan->memory.per_device;
        total = static_cast<int>(devices.size());
        const int shown = std::min(total, kMaxBars);
        // Bars are drawn bottom-up: reverse so that device 0 is on top.
        for (int i = shown - 1; i >= 0; --i) {
            const DeviceMemory& d = devices[static_cast<std::size_t>(i)];
            categories << DeviceMemoryModel::deviceLabel(d);
            values[Weights] << d.weights_gb;
            values[KvCache] << d.kv_cache_gb;
            values[Activations] << d.activations_gb;
            values[Overhead] << d.overhead_gb;
            values[Free] << std::max(0.0, d.free_gb);
            maxGb = std::max({maxGb, d.usable_gb, d.usable_gb - d.free_gb});
        }
    }
    for (int i = 0; i < ComponentCount; ++i) {
        auto* set = sets_[i];
        if (set->count() != values[i].size()) {
            set->remove(0, set->count());
            set->append(values[i]);
        } else {
            for (int j = 0; j < values[i].size(); ++j) set->replace(j, values[i][j]);
        }
    }
    const qreal width = categories.size() <= 4 ? 0.45 : 0.7;
    if (series_->barWidth() != width) series_->setBarWidth(width);
    if (devices_->categories() != categories) devices_->setCategories(categories);
    // A round upper bound, set only when it changes (a change re-lays out the chart).
    double top = 1.0;
    double step = 0.2;
    if (maxGb > 0) {
        const double scale = std::pow(10.0, std::floor(std::log10(maxGb * 1.02)));
        step = scale / 2;
        top = std::ceil(maxGb * 1.02 / step) * step;
        if (top / step > 8) step = scale;
    }
    if (gigabytes_->max() != top || gigabytes_->min() != 0.0) {
        gigabytes_->setRange(0, top);
        gigabytes_->setTickInterval(step);
    }
    const QString title = total > kMaxBars ? tr("Memory per device (first %1 of %2)").arg(kMaxBars).arg(total)
                                           : tr("Memory per device");
    if (chart()->title() != title) chart()->setTitle(title);
}

int MemoryChartView::barCount() const { return static_cast<int>(sets_[Weights]->count()); }

double MemoryChartView::value(Component component, int bar) const
{
    // Bars are stored bottom-up; bar 0 is the plan's first device.
    const int n = barCount();
    if (bar < 0 || bar >= n) return 0;
    return sets_[component]->at(n - 1 - bar);
}

}  // namespace deepplan::gui
