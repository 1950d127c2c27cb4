#include "widgets/memory_chart_view.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include "models/device_memory_model.h"

namespace deepplan::gui {

MemoryChartView::MemoryChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("memoryChart"));
    setRenderHint(QPainter::Antialiasing);
    setToolTip(tr("Memory of each device by what fills it, in GB (10⁹ bytes). Free is what the engine may still use; "
                  "the dark line is the usable capacity and red is what does not fit."));
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);

    series_ = new QHorizontalStackedBarSeries(chart);
    const QString names[ComponentCount] = {tr("Weights"), tr("KV cache"), tr("Activations"),
                                           tr("Overhead"), tr("Free"), tr("Does not fit")};
    const QColor colors[ComponentCount] = {QColor(0x3b, 0x6e, 0xc9), QColor(0xe0, 0x8e, 0x2b), QColor(0x8e, 0x5b, 0xc4),
                                           QColor(0x7c, 0x86, 0x94), QColor(0xd4, 0xe9, 0xd8), QColor(0xd3, 0x2f, 0x2f)};
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
    gigabytes_->setTitleText(tr("GB (10⁹ bytes)"));
    gigabytes_->setLabelFormat(QStringLiteral("%.4g"));
    gigabytes_->setTickType(QValueAxis::TicksDynamic);
    gigabytes_->setTickAnchor(0);
    chart->addAxis(devices_, Qt::AlignLeft);
    chart->addAxis(gigabytes_, Qt::AlignBottom);
    series_->attachAxis(devices_);
    series_->attachAxis(gigabytes_);
    // Category i sits at i on a value scale: a hidden axis over the same
    // rows carries the capacity lines.
    rows_ = new QValueAxis(chart);
    rows_->setVisible(false);
    rows_->setRange(-0.5, 0.5);
    chart->addAxis(rows_, Qt::AlignRight);
    setChart(chart);
    setMinimumHeight(160);
}

void MemoryChartView::setSnapshot(const PlanSnapshot& snap)
{
    QStringList categories;
    QList<qreal> values[ComponentCount];
    QList<qreal> capacities;  // bottom-up, like the bars
    int total = 0;
    double maxGb = 0;
    if (snap.plan) {
        const auto& devices = snap.plan->memory.per_device;
        total = static_cast<int>(devices.size());
        const int shown = std::min(total, kMaxBars);
        // Bars are drawn bottom-up: reverse so that device 0 is on top.
        for (int i = shown - 1; i >= 0; --i) {
            const DeviceMemory& d = devices[static_cast<std::size_t>(i)];
            // Many bars leave little room beside each: the short label.
            categories << (shown > 8 ? (d.index < 0 ? tr("%1 · host").arg(d.node) : tr("%1 · #%2").arg(d.node).arg(d.index))
                                     : DeviceMemoryModel::deviceLabel(d));
            // Cut the parts at the usable capacity; what is left over overflows.
            double room = std::max(0.0, d.usable_gb);
            double used = 0;
            const std::pair<Component, double> parts[] = {
                {Weights, d.weights_gb}, {KvCache, d.kv_cache_gb}, {Activations, d.activations_gb}, {Overhead, d.overhead_gb}};
            for (const auto& [component, gb] : parts) {
                const double shownGb = std::clamp(gb, 0.0, room);
                values[component] << shownGb;
                room -= shownGb;
                used += std::max(0.0, gb);
            }
            values[Free] << std::max(0.0, d.free_gb);
            values[Overflow] << std::max(0.0, used - std::max(0.0, d.usable_gb));
            capacities << d.usable_gb;
            maxGb = std::max({maxGb, d.usable_gb, used});
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
    if (devices_->categories() != categories) {
        devices_->setCategories(categories);
        // Many bars: smaller device names, so that each bar keeps its label.
        QFont font = chart()->font();
        if (categories.size() > 8) font.setPointSizeF(std::max(5.0, font.pointSizeF() * (categories.size() > 12 ? 0.6 : 0.75)));
        if (devices_->labelsFont() != font) devices_->setLabelsFont(font);
    }
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
    // One short vertical line per bar at its usable capacity.
    while (capacity_.size() < capacities.size()) {
        auto* line = new QLineSeries(chart());
        QPen pen(QColor(0x1f, 0x29, 0x37));
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setName(tr("Usable capacity"));
        chart()->addSeries(line);
        line->attachAxis(gigabytes_);
        line->attachAxis(rows_);
        capacity_ << line;
        // One legend entry for all of them.
        const auto markers = chart()->legend()->markers(line);
        for (auto* m : markers) m->setVisible(capacity_.size() == 1);
    }
    const double half = width / 2.0;
    for (int i = 0; i < capacity_.size(); ++i) {
        QLineSeries* line = capacity_[i];
        if (i < capacities.size() && capacities[i] > 0) {
            const qreal x = capacities[i];
            line->replace({QPointF(x, i - half - 0.05), QPointF(x, i + half + 0.05)});
            line->setVisible(true);
        } else {
            line->clear();
            line->setVisible(false);
        }
    }
    const qreal rowsMax = std::max<qreal>(0.5, static_cast<qreal>(capacities.size()) - 0.5);
    if (rows_->max() != rowsMax || rows_->min() != -0.5) rows_->setRange(-0.5, rowsMax);
    const QString title = total > kMaxBars ? tr("Memory per device (first %1 of %2)").arg(kMaxBars).arg(total)
                                           : tr("Memory per device");
    if (chart()->title() != title) chart()->setTitle(title);
}

double MemoryChartView::capacityLine(int bar) const
{
    const int n = barCount();
    if (bar < 0 || bar >= n || n - 1 - bar >= capacity_.size()) return 0;
    const QLineSeries* line = capacity_[n - 1 - bar];
    return line->count() > 0 ? line->at(0).x() : 0.0;
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
