#include "widgets/what_if_view.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

namespace deepplan::gui {

namespace {

const QColor kBlue(0x3b, 0x6e, 0xc9);
const QColor kOrange(0xe0, 0x8e, 0x2b);
const QColor kRed(0xd3, 0x2f, 0x2f);
const QColor kInk(0x1f, 0x29, 0x37);

QLineSeries* line(const QString& name, const QColor& color, QChart* chart)
{
    auto* s = new QLineSeries(chart);
    s->setName(name);
    QPen pen(color);
    pen.setWidthF(2.2);
    s->setPen(pen);
    s->setPointsVisible(true);
    chart->addSeries(s);
    return s;
}

QScatterSeries* scatter(const QString& name, const QColor& color, qreal size, QChart* chart)
{
    auto* s = new QScatterSeries(chart);
    s->setName(name);
    s->setColor(color);
    s->setBorderColor(color.darker(130));
    s->setMarkerSize(size);
    chart->addSeries(s);
    return s;
}

void attach(QAbstractSeries* s, QAbstractAxis* x, QAbstractAxis* y)
{
    s->attachAxis(x);
    s->attachAxis(y);
}

/// A round upper bound (1, 2, 2.5 or 5 × 10^k) at or above `value`, so that
/// small changes of the data leave the axis (and the chart's layout) alone.
double roundUp(double value)
{
    if (!(value > 0)) return 1.0;
    const double scale = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * scale >= value) return step * scale;
    }
    return 10.0 * scale;
}

void fitRange(QValueAxis* axis, const QList<QPointF>& a, const QList<QPointF>& b = {})
{
    double hi = 0;
    for (const auto& p : a) hi = std::max(hi, p.y());
    for (const auto& p : b) hi = std::max(hi, p.y());
    const double top = roundUp(hi * 1.05);
    // Changing an axis re-lays out the whole chart: only when needed.
    if (axis->min() != 0.0 || axis->max() != top) {
        axis->setRange(0, top);
        axis->setTickInterval(roundUp(top / 5.0));
    }
}

void fitX(QLogValueAxis* axis, const std::vector<WhatIfPoint>& points)
{
    if (points.empty()) {
        axis->setRange(1, 2);
        return;
    }
    const double lo = points.front().x;
    const double hi = std::max(points.back().x, points.front().x * 2);
    if (axis->min() != lo || axis->max() != hi) axis->setRange(lo, hi);
}

QChartView* viewFor(QChart* chart, QWidget* parent)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
    return view;
}

}  // namespace

WhatIfView::Axes WhatIfView::makeAxes(QChart* chart, const QString& xTitle, const QString& leftTitle,
                                      const QString& rightTitle)
{
    Axes a;
    a.x = new QLogValueAxis(chart);
    a.x->setBase(2);
    a.x->setLabelFormat(QStringLiteral("%g"));
    a.x->setTitleText(xTitle);
    a.x->setMinorTickCount(0);
    a.left = new QValueAxis(chart);
    a.left->setTitleText(leftTitle);
    a.left->setLabelFormat(QStringLiteral("%.4g"));
    a.left->setTickType(QValueAxis::TicksDynamic);
    a.left->setTickAnchor(0);
    a.right = new QValueAxis(chart);
    a.right->setTitleText(rightTitle);
    a.right->setLabelFormat(QStringLiteral("%.4g"));
    a.right->setTickType(QValueAxis::TicksDynamic);
    a.right->setTickAnchor(0);
    a.right->setGridLineVisible(false);
    chart->addAxis(a.x, Qt::AlignBottom);
    chart->addAxis(a.left, Qt::AlignLeft);
    chart->addAxis(a.right, Qt::AlignRight);
    return a;
}

WhatIfView::WhatIfView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("whatIfView"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* c1 = new QChart;
    c1->setTitle(tr("Decode speed against concurrency"));
    concurrencyAxes_ = makeAxes(c1, tr("concurrent sequences"), tr("tok/s per stream"), tr("tok/s all streams"));
    perStream_ = line(tr("per stream"), kBlue, c1);
    aggregate_ = line(tr("all streams"), kOrange, c1);
    concurrencyNoFit_ = scatter(tr("does not fit"), kRed, 9, c1);
    concurrencyMarker_ = scatter(tr("current"), kInk, 14, c1);
    attach(perStream_, concurrencyAxes_.x, concurrencyAxes_.left);
    attach(aggregate_, concurrencyAxes_.x, concurrencyAxes_.right);
    attach(concurrencyNoFit_, concurrencyAxes_.x, concurrencyAxes_.left);
    attach(concurrencyMarker_, concurrencyAxes_.x, concurrencyAxes_.left);
    concurrencyView_ = viewFor(c1, this);
    concurrencyView_->setObjectName(QStringLiteral("concurrencyChart"));
    concurrencyView_->setToolTip(tr("Decode tokens per second as more sequences share the hardware; the dark dot is the current setting."));

    auto* c2 = new QChart;
    c2->setTitle(tr("Speed and memory against context length"));
    contextAxes_ = makeAxes(c2, tr("context tokens"), tr("tok/s per stream"), tr("memory used, GB"));
    contextAxes_.x->setBase(4);  // fewer, wider labels: 1024, 4096, 16384 ...
    contextSpeed_ = line(tr("tok/s"), kBlue, c2);
    contextMemory_ = line(tr("memory"), kOrange, c2);
    contextNoFit_ = scatter(tr("does not fit"), kRed, 9, c2);
    contextMarker_ = scatter(tr("current"), kInk, 14, c2);
    attach(contextSpeed_, contextAxes_.x, contextAxes_.left);
    attach(contextMemory_, contextAxes_.x, contextAxes_.right);
    attach(contextNoFit_, contextAxes_.x, contextAxes_.left);
    attach(contextMarker_, contextAxes_.x, contextAxes_.left);
    contextView_ = viewFor(c2, this);
    contextView_->setObjectName(QStringLiteral("contextChart"));
    contextView_->setToolTip(tr("Decode speed and memory in use as each sequence holds more tokens; the dark dot is the current setting."));

    layout->addWidget(concurrencyView_, 1);
    layout->addWidget(contextView_, 1);
}

void WhatIfView::setSnapshot(std::shared_ptr<const PlanSnapshot> snapshot)
{
    // Re-scaling a chart costs milliseconds: a hidden view catches up when shown.
    pending_ = std::move(snapshot);
    if (isVisible()) applyPending();
}

void WhatIfView::showEvent(QShowEvent* event)
{
    applyPending();
    QWidget::showEvent(event);
}

void WhatIfView::applyPending()
{
    if (!pending_) return;
    const auto hold = std::move(pending_);
    pending_.reset();
    const PlanSnapshot& snap = *hold;
    QList<QPointF> perStream, aggregate, noFit1, speed, memory, noFit2;
    for (const auto& p : snap.what_if.by_concurrency) {
        perStream << QPointF(p.x, p.tokens_per_s);
        aggregate << QPointF(p.x, p.aggregate_tokens_per_s);
        if (!p.fits) noFit1 << QPointF(p.x, p.tokens_per_s);
    }
    for (const auto& p : snap.what_if.by_context) {
        speed << QPointF(p.x, p.tokens_per_s);
        memory << QPointF(p.x, p.used_gb);
        if (!p.fits) noFit2 << QPointF(p.x, p.tokens_per_s);
    }
    perStream_->replace(perStream);
    aggregate_->replace(aggregate);
    concurrencyNoFit_->replace(noFit1);
    contextSpeed_->replace(speed);
    contextMemory_->replace(memory);
    contextNoFit_->replace(noFit2);

    QList<QPointF> mark1, mark2;
    if (snap.plan) {
        mark1 << QPointF(snap.scenario.workload.concurrency, snap.plan->decode.tokens_per_s);
        mark2 << QPointF(snap.scenario.workload.context, snap.plan->decode.tokens_per_s);
    }
    concurrencyMarker_->replace(mark1);
    contextMarker_->replace(mark2);

    fitX(concurrencyAxes_.x, snap.what_if.by_concurrency);
    fitX(contextAxes_.x, snap.what_if.by_context);
    fitRange(concurrencyAxes_.left, perStream, mark1);
    fitRange(concurrencyAxes_.right, aggregate);
    fitRange(contextAxes_.left, speed, mark2);
    fitRange(contextAxes_.right, memory);
}

}  // namespace deepplan::gui
