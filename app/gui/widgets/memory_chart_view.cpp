#include "widgets/memory_chart_view.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QToolTip>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include "core_text.h"

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
    chart->legend()->detachFromChart();  // placed by relabel() over the whole width
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
    devices_->setVisible(false);  // the view draws the device names itself (relabel)
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
    // The labels' font and form follow the room the layout leaves them.
    // Queued: the plot area is set outside Qt's own layout pass, or the axes
    // and the bars would be laid out against different areas.
    connect(chart, &QChart::plotAreaChanged, this, [this] { relabel(); }, Qt::QueuedConnection);
}

namespace {

bool sameAmounts(const DeviceMemory& a, const DeviceMemory& b)
{
    auto same = [](double x, double y) { return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(x)); };
    return a.device == b.device && a.index >= 0 && b.index >= 0 && same(a.usable_gb, b.usable_gb) &&
           same(a.weights_gb, b.weights_gb) && same(a.kv_cache_gb, b.kv_cache_gb) &&
           same(a.activations_gb, b.activations_gb) && same(a.overhead_gb, b.overhead_gb);
}

/// "RTX 4090 24GB" -> "RTX 4090": the name without a trailing memory size.
QString withoutMemorySize(const QString& name)
{
    static const QRegularExpression size(QStringLiteral("\\s+\\d+\\s*(GB|TB)$"), QRegularExpression::CaseInsensitiveOption);
    QString shorter = name;
    shorter.remove(size);
    return shorter.isEmpty() ? name : shorter;
}

}  // namespace

QString MemoryChartView::shortDeviceName(const QString& name)
{
    QString s = name;
    const qsizetype paren = s.indexOf(QStringLiteral(" ("));
    if (paren > 0) s.truncate(paren);
    const qsizetype comma = s.indexOf(QStringLiteral(", "));
    if (comma > 0) s.truncate(comma);
    for (const char* vendor : {"NVIDIA ", "GeForce "}) {
        const QString prefix = QString::fromLatin1(vendor);
        if (s.startsWith(prefix) && s.size() > prefix.size()) s.remove(0, prefix.size());
    }
    return s.trimmed().isEmpty() ? name : s.trimmed();
}

void MemoryChartView::setSnapshot(const PlanSnapshot& snap)
{
    QList<Bar> bars;
    int total = 0;
    if (snap.plan) {
        const auto& devices = snap.plan->memory.per_device;
        total = static_cast<int>(devices.size());
        auto gb = [](double v) { return QLocale().toString(v, 'f', 1); };
        for (int i = 0; i < total && bars.size() < kMaxBars;) {
            const DeviceMemory& d = devices[static_cast<std::size_t>(i)];
            int n = 1;
            while (i + n < total && sameAmounts(d, devices[static_cast<std::size_t>(i + n)])) ++n;
            const DeviceMemory& last = devices[static_cast<std::size_t>(i + n - 1)];
            Bar bar;
            bar.first = i;
            bar.count = n;
            const QString full = QString::fromStdString(d.name);
            const QString name = shortDeviceName(full);
            const QString compact = withoutMemorySize(name);
            // Longest first: with the word "node", with the node number only,
            // and with the name's memory size dropped.
            if (d.index < 0) {
                bar.labels << tr("node %1 · host RAM").arg(d.node) << tr("%1 · host RAM").arg(d.node);
            } else if (n == 1) {
                for (const QString& shown : {name, compact})
                    bar.labels << tr("node %1 · %2 #%3").arg(d.node).arg(shown).arg(d.index)
                               << tr("%1 · %2 #%3").arg(d.node).arg(shown).arg(d.index);
                bar.labels.removeAt(2);  // the word "node" only with the longest name
            } else if (last.node == d.node) {
                // The device numbers keep the labels apart (the axis drops repeated ones).
                for (const QString& shown : {name, compact})
                    bar.labels << tr("node %1 · %2 × %3 #%4–%5").arg(d.node).arg(n).arg(shown).arg(d.index).arg(last.index)
                               << tr("%1 · %2 × %3 #%4–%5").arg(d.node).arg(n).arg(shown).arg(d.index).arg(last.index);
                bar.labels.removeAt(2);
            } else {
                for (const QString& shown : {name, compact})
                    bar.labels << tr("nodes %1–%2 · %3 × %4").arg(d.node).arg(last.node).arg(n).arg(shown)
                               << tr("%1–%2 · %3 × %4").arg(d.node).arg(last.node).arg(n).arg(shown);
                bar.labels.removeAt(2);
            }
            QStringList lines;
            lines << (n > 1 ? tr("%1 × %2").arg(n).arg(full) : full);
            if (d.index < 0) {
                lines << tr("Node %1, host RAM").arg(d.node);
            } else if (n == 1) {
                lines << tr("Node %1, device #%2").arg(d.node).arg(d.index);
            } else if (last.node == d.node) {
                lines << tr("Node %1, devices #%2 to #%3").arg(d.node).arg(d.index).arg(last.index);
            } else {
                lines << tr("Node %1 #%2 to node %3 #%4").arg(d.node).arg(d.index).arg(last.node).arg(last.index);
            }
            QStringList holds;
            for (int k = i; k < i + n; ++k) {
                const QString h = CoreText::translate(devices[static_cast<std::size_t>(k)].holds);
                if (!h.isEmpty() && !holds.contains(h)) holds << h;
            }
            if (!holds.isEmpty()) lines << tr("Holds %1").arg(holds.join(QStringLiteral("; ")));
            QString amounts = tr("%1 GB usable: weights %2 GB, KV cache %3 GB, activations %4 GB, overhead %5 GB")
                                  .arg(gb(d.usable_gb), gb(d.weights_gb), gb(d.kv_cache_gb), gb(d.activations_gb),
                                       gb(d.overhead_gb));
            amounts += d.free_gb < 0 ? tr("; %1 GB do not fit").arg(gb(-d.free_gb)) : tr("; %1 GB free").arg(gb(d.free_gb));
            lines << (n > 1 ? tr("Each: %1").arg(amounts) : amounts);
            bar.description = lines.join(QLatin1Char('\n'));
            bars << bar;
            i += n;
        }
    }
    QList<qreal> values[ComponentCount];
    QList<qreal> capacities;  // bottom-up, like the bars
    double maxGb = 0;
    int shownDevices = 0;
    // Bars are drawn bottom-up: reverse so that the first device is on top.
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        const DeviceMemory& d = snap.plan->memory.per_device[static_cast<std::size_t>(it->first)];
        shownDevices += it->count;
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
    bars_ = bars;
    // The legend names only what is drawn: no "Does not fit" for a plan that fits.
    for (int i = 0; i < ComponentCount; ++i) {
        const bool drawn = i == Weights || i == Free || std::any_of(values[i].cbegin(), values[i].cend(), [](qreal v) { return v > 0; });
        for (QLegendMarker* marker : chart()->legend()->markers(series_)) {
            if (marker->label() == sets_[i]->label()) marker->setVisible(drawn);
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
    const qreal width = bars_.size() <= 4 ? 0.45 : 0.7;
    if (series_->barWidth() != width) series_->setBarWidth(width);
    relabel();
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
    const QString title = shownDevices < total ? tr("Memory per device (first %1 of %2)").arg(shownDevices).arg(total)
                                               : tr("Memory per device");
    if (chart()->title() != title) chart()->setTitle(title);
    fitLegend();
}

void MemoryChartView::relabel()
{
    if (relabelling_) return;
    relabelling_ = true;
    // Qt Charts cuts a category label down to "..." when it is taller than
    // the whole axis height over (bars + 2) less 8 px, far less than a row,
    // and shortens it past 40 % of the chart's width. So the device axis
    // stays hidden and the view draws the labels itself, right-aligned in a
    // left margin as wide as the longest label: the largest font (down to
    // 6 pt) whose line fits a row, and the longest form of the labels that
    // fits in 35 % of the chart's width. Nothing is ever elided. (A margin,
    // not QChart::setPlotArea: with a fixed plot area Qt 6.4 sometimes lays
    // the bars and the value axis out against different areas.)
    const QRectF plot = chart()->plotArea();
    const int n = static_cast<int>(bars_.size());
    const qreal rowHeight = n > 0 ? plot.height() / n : plot.height();
    QFont font = chart()->font();
    for (qreal points = font.pointSizeF(); points > 6.0; points -= 0.5) {
        font.setPointSizeF(points);
        if (QFontMetricsF(font).height() <= rowHeight - 2.0) break;
    }
    font.setPointSizeF(std::max(6.0, font.pointSizeF()));
    const QFontMetricsF metrics(font);
    const qreal room = 0.35 * chart()->size().width();
    int forms = 0;
    for (const Bar& bar : bars_) forms = std::max(forms, static_cast<int>(bar.labels.size()));
    int form = 0;
    qreal widest = 0;
    for (; form < forms; ++form) {
        widest = 0;
        for (const Bar& bar : bars_) widest = std::max(widest, metrics.horizontalAdvance(bar.labels[std::min<qsizetype>(form, bar.labels.size() - 1)]));
        if (widest <= room || form == forms - 1) break;
    }
    QStringList categories;  // bottom-up, as the axis counts
    for (auto it = bars_.crbegin(); it != bars_.crend(); ++it) categories << it->labels[std::min<qsizetype>(form, it->labels.size() - 1)];
    if (devices_->categories() != categories) devices_->setCategories(categories);

    constexpr int kGap = 6;
    QMargins margins = chart()->margins();
    margins.setLeft(n > 0 ? static_cast<int>(std::ceil(widest)) + 2 * kGap : 4);
    // The legend is detached and laid along the bottom over the chart's
    // whole width (a left margin would narrow it and cut its entries).
    QLegend* legend = chart()->legend();
    const qreal legendHeight = QFontMetricsF(legend->font()).height() + 12;
    margins.setBottom(static_cast<int>(std::ceil(legendHeight)) + 4);
    legend->setGeometry(QRectF(4, chart()->size().height() - legendHeight - 2, chart()->size().width() - 8, legendHeight));
    legend->update();
    if (chart()->margins() != margins) chart()->setMargins(margins);  // Qt lays out again, then calls back
    const QRectF area = chart()->plotArea();
    while (labels_.size() < n) {
        auto* item = new QGraphicsSimpleTextItem(chart());
        item->setZValue(10);
        labels_ << item;
    }
    for (int i = 0; i < labels_.size(); ++i) {
        QGraphicsSimpleTextItem* item = labels_[i];
        item->setVisible(i < n);
        if (i >= n) continue;
        const QString& text = categories[n - 1 - i];
        if (item->text() != text) item->setText(text);
        if (item->font() != font) item->setFont(font);
        item->setBrush(chart()->axes(Qt::Horizontal).constFirst()->labelsBrush());
        const qreal y = area.top() + (i + 0.5) * area.height() / n;
        const QRectF r = item->boundingRect();
        item->setPos(area.left() - kGap - r.width(), y - r.height() / 2);
    }
    fitLegend();
    relabelling_ = false;
}

void MemoryChartView::fitLegend()
{
    // Qt's legend cuts entries short when they do not all fit in one row at
    // an equal share of the width each; a smaller font (down to 6 pt) keeps
    // them whole.
    QLegend* legend = chart()->legend();
    const qreal width = chart()->size().width() - 8 - 16;  // the detached legend spans the chart
    QFont font = chart()->font();
    for (qreal points = font.pointSizeF(); points >= 6.0; points -= 0.5) {
        font.setPointSizeF(points);
        const QFontMetricsF metrics(font);
        int shown = 0;
        qreal widest = 0;
        for (QLegendMarker* marker : legend->markers()) {
            if (!marker->isVisible()) continue;
            ++shown;
            widest = std::max(widest, metrics.horizontalAdvance(marker->label()) + metrics.height() + 14);
        }
        if (shown == 0) return;  // no entries yet: nothing to fit
        if (shown * widest <= width) break;
    }
    if (legend->font() != font) legend->setFont(font);
    for (QLegendMarker* marker : legend->markers()) {
        if (marker->font() != font) marker->setFont(font);
    }
}

void MemoryChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    relabel();
}

bool MemoryChartView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        // The bar under the pointer describes itself in full.
        const auto* help = static_cast<QHelpEvent*>(event);
        const QPointF scenePos = mapToScene(help->pos());
        const int bar = barAt(chart()->mapFromScene(scenePos));
        QToolTip::showText(help->globalPos(), bar >= 0 ? bars_[bar].description : toolTip(), viewport());
        return true;
    }
    return QChartView::viewportEvent(event);
}

int MemoryChartView::barAt(const QPointF& chartPos) const
{
    if (bars_.isEmpty() || !chart()->plotArea().contains(chartPos)) return -1;
    const QPointF value = chart()->mapToValue(chartPos, series_);
    const int category = static_cast<int>(std::lround(value.y()));
    const int n = static_cast<int>(bars_.size());
    if (category < 0 || category >= n || std::abs(value.y() - category) > series_->barWidth() / 2) return -1;
    return n - 1 - category;
}

int MemoryChartView::firstDevice(int bar) const { return bar >= 0 && bar < bars_.size() ? bars_[bar].first : -1; }

int MemoryChartView::deviceCount(int bar) const { return bar >= 0 && bar < bars_.size() ? bars_[bar].count : 0; }

QString MemoryChartView::label(int bar) const
{
    const int n = static_cast<int>(devices_->categories().size());
    return bar >= 0 && bar < n ? devices_->categories().at(n - 1 - bar) : QString();
}

QString MemoryChartView::description(int bar) const { return bar >= 0 && bar < bars_.size() ? bars_[bar].description : QString(); }

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
