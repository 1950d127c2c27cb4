#include "widgets/cost_view.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QResizeEvent>
#include <QShowEvent>
#include <QTextDocument>
#include <QValueAxis>
#include <QVBoxLayout>

#include "catalog_store.h"
#include "commands/set_economics_command.h"
#include "deepplan/cost.hpp"
#include "deepplan/plan.hpp"
#include "figure_format.h"
#include "plan_controller.h"
#include "scenario_document.h"
#include "widgets/economics_form.h"

namespace deepplan::gui {

namespace {

QLabel* figureLabel(const QString& name, const QString& tip, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setToolTip(tip);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel* note(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

}  // namespace

QString CostView::usd(double value)
{
    if (!std::isfinite(value)) return QStringLiteral("–");
    return tr("$%1").arg(FigureFormat::number(value));
}

std::optional<Cost> CostView::costFor(const PlanSnapshot& snap, const Catalog& catalog, bool rented)
{
    if (!snap.plan) return std::nullopt;
    if (snap.scenario.economics.rented == rented) return snap.plan->cost;
    // The other ownership: the core's cost of the same plan (rates do not
    // depend on who pays) for a copy of the scenario.
    Scenario other = snap.scenario;
    other.economics.rented = rented;
    return compute_cost(other, catalog, *snap.plan);
}

CostView::CostView(ScenarioDocument* document, PlanController* controller, CatalogStore* catalog, QWidget* parent)
    : QWidget(parent), document_(document), controller_(controller), catalog_(catalog)
{
    setObjectName(QStringLiteral("costView"));
    // Everything in a scroll area: a narrow window scrolls the tab rather
    // than clipping its labels or growing.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("costScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    auto* outer = new QHBoxLayout(page);
    outer_ = outer;
    outer->setContentsMargins(8, 8, 8, 8);
    outer->setSpacing(12);

    // Left: the figures, the split and what is missing.
    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    headline_ = new QLabel(this);
    headline_->setObjectName(QStringLiteral("costHeadline"));
    headline_->setToolTip(tr("What a million output tokens cost with the scenario's economics, at the plan's aggregate "
                             "decode rate."));
    QFont big = headline_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    headline_->setFont(big);
    headline_->setWordWrap(true);
    left->addWidget(headline_);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QString columnTitles[ColumnCount] = {tr("Own hardware"), tr("Rented"), tr("API list price")};
    const char* columnKeys[ColumnCount] = {"Own", "Rented", "Api"};
    const QString rowTitles[RowCount] = {tr("Per hour serving"), tr("Per million output"), tr("Per million input")};
    const char* rowKeys[RowCount] = {"Hour", "Output", "Input"};
    const QString rowTips[RowCount] = {
        tr("Dollars per hour while the pool serves: depreciation, power and hosting, or the rental bill, spread over "
           "the busy hours."),
        tr("Dollars per million generated tokens at the plan's aggregate decode rate over all streams."),
        tr("Dollars per million prompt tokens at the plan's prefill rate.")};
    const QString columnTips[ColumnCount] = {
        tr("Buying the pool: depreciation over the amortization years, power at the wall times PUE, and hosting."),
        tr("Renting the pool's accelerators by the hour at the catalog's or your price."),
        tr("The model's hosted API list price, from the catalog.")};
    for (int c = 0; c < ColumnCount; ++c) {
        auto* h = new QLabel(QStringLiteral("<b>%1</b>").arg(columnTitles[c]), this);
        h->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        h->setToolTip(columnTips[c]);
        grid->addWidget(h, 0, c + 1);
    }
    for (int r = 0; r < RowCount; ++r) {
        auto* t = new QLabel(rowTitles[r], this);
        t->setToolTip(rowTips[r]);
        grid->addWidget(t, r + 1, 0);
        for (int c = 0; c < ColumnCount; ++c) {
            values_[r][c] = figureLabel(QStringLiteral("cost%1%2").arg(QString::fromLatin1(rowKeys[r]),
                                                                      QString::fromLatin1(columnKeys[c])),
                                       rowTips[r] + QLatin1Char(' ') + columnTips[c], this);
            grid->addWidget(values_[r][c], r + 1, c + 1);
        }
    }
    grid->setColumnStretch(0, 1);
    left->addLayout(grid);

    split_ = note(this, "costSplit");
    split_->setToolTip(tr("Where the hourly cost of the scenario's choice goes."));
    left->addWidget(split_);
    breakEven_ = note(this, "costBreakEven");
    breakEven_->setToolTip(tr("The utilization at which owning the pool costs as much per output token as the API "
                              "list price."));
    left->addWidget(breakEven_);
    missing_ = note(this, "costMissing");
    missing_->setToolTip(tr("Prices the catalog lacks; figures that need them are not known."));
    left->addWidget(missing_);
    batch_ = note(this, "costBatch");
    batch_->setToolTip(tr("The hardware's hour is shared by every stream decoded together, so batching lowers the "
                          "cost per token until memory or compute runs out. Planned at concurrency 1, 2, 4 … 256."));
    left->addWidget(batch_);

    // The $/M output bars.
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setTitle(tr("$ per million output tokens"));
    auto* series = new QHorizontalBarSeries(chart);
    bars_ = new QBarSet(tr("$/M output"), series);
    bars_->setColor(QColor(0x3b, 0x6e, 0xc9));
    bars_->append({0.0, 0.0, 0.0});
    series->append(bars_);
    // The values are written into the category labels ("API list price
    // $2.19"), so that a bar too short to see still reads, and in the view's
    // own number format (Qt's bar labels print 1.05e+03).
    series->setLabelsVisible(false);
    chart->addSeries(series);
    categories_ = new QBarCategoryAxis(chart);
    // Drawn bottom-up: API, Rented, Own reads Own first.
    categories_->setCategories({columnTitles[Api], columnTitles[Rented], columnTitles[Own]});
    dollars_ = new QValueAxis(chart);
    dollars_->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categories_, Qt::AlignLeft);
    chart->addAxis(dollars_, Qt::AlignBottom);
    series->attachAxis(categories_);
    series->attachAxis(dollars_);
    chartView_ = new QChartView(chart, this);
    chartView_->setObjectName(QStringLiteral("costChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(150);
    chartView_->setToolTip(tr("Dollars per million output tokens: own hardware, rented, and the API's list price."));
    left->addWidget(chartView_, 1);
    outer->addLayout(left, 3);

    // Right: the scenario's economics.
    auto* box = new QGroupBox(tr("Economics of this scenario"), this);
    auto* boxLayout = new QVBoxLayout(box);
    form_ = new EconomicsForm(box);
    boxLayout->addWidget(form_);
    boxLayout->addStretch(1);
    outer->addWidget(box, 2);

    connect(form_, &EconomicsForm::edited, this, [this](const Economics& e, EconomicsField field) {
        document_->push(new SetEconomicsCommand(document_, e, field));
    });
    connect(controller_, &PlanController::planChanged, this, &CostView::refresh);
    refresh();
}

double CostView::barValue(Column column) const
{
    // Bars are stored bottom-up (API, Rented, Own).
    return bars_->at(ColumnCount - 1 - column);
}

void CostView::refresh()
{
    const auto snap = controller_->current();
    if (!snap) return;
    form_->setEconomics(snap->scenario.economics);
    const Catalog& catalog = catalog_->catalog();
    const std::optional<Cost> costs[2] = {costFor(*snap, catalog, false), costFor(*snap, catalog, true)};
    double bar[ColumnCount] = {0, 0, 0};
    for (int c = Own; c <= Rented; ++c) {
        const auto& cost = costs[c];
        const bool known = cost && cost->known;
        // Missing prices: what is counted is a lower bound, and says so.
        const bool partial = cost && !cost->known && cost->usd_per_hour > 0;
        auto money = [&](double v) {
            if (known) return usd(v);
            return partial && v > 0 ? tr("≥ %1").arg(usd(v)) : tr("–");
        };
        values_[Hour][c]->setText(money(cost ? cost->usd_per_hour : 0));
        values_[Output][c]->setText(money(cost ? cost->per_million_output_usd : 0));
        values_[Input][c]->setText(money(cost ? cost->per_million_input_usd : 0));
        bar[c] = known || partial ? cost->per_million_output_usd : 0.0;
    }
    const bool apiKnown = snap->plan && snap->plan->cost.api.known;
    const Cost::Api api = snap->plan ? snap->plan->cost.api : Cost::Api{};
    values_[Hour][Api]->setText(tr("–"));
    values_[Output][Api]->setText(apiKnown ? usd(api.per_million_output_usd) : tr("–"));
    values_[Input][Api]->setText(apiKnown ? usd(api.per_million_input_usd) : tr("–"));
    bar[Api] = apiKnown ? api.per_million_output_usd : 0.0;
    if (apiKnown) {
        const QString source = tr("API list price of %1 from %2.").arg(QString::fromStdString(api.date),
                                                                         QString::fromStdString(api.source));
        values_[Output][Api]->setToolTip(source);
        values_[Input][Api]->setToolTip(source);
    }
    for (int c = 0; c < ColumnCount; ++c) bars_->replace(ColumnCount - 1 - c, bar[c]);
    const double top = *std::max_element(std::begin(bar), std::end(bar));
    dollars_->setRange(0, top > 0 ? top * 1.15 : 1.0);
    dollars_->setLabelFormat(top >= 20 ? QStringLiteral("%.0f") : top >= 2 ? QStringLiteral("%.1f") : QStringLiteral("%.2f"));
    {
        const QString names[ColumnCount] = {tr("Own hardware"), tr("Rented"), tr("API list price")};
        const QLabel* shown[ColumnCount] = {values_[Output][Own], values_[Output][Rented], values_[Output][Api]};
        QStringList labels;
        for (int c = Api; c >= Own; --c) labels << tr("%1: %2").arg(names[c], shown[c]->text());
        if (categories_->categories() != labels) categories_->setCategories(labels);
        // Qt Charts cuts a category label to "..." unless the axis is at least
        // (bars + 2) x (the label's text item + twice its 4 px padding) tall;
        // CJK fallback fonts make the item taller than the font's own height.
        static QGraphicsTextItem probe;
        probe.document()->setDocumentMargin(0.5);
        probe.setFont(categories_->labelsFont());
        qreal tallest = 0;
        for (const QString& label : labels) {
            probe.setPlainText(label);
            tallest = std::max(tallest, probe.boundingRect().height());
        }
        const int needed = static_cast<int>(std::ceil(static_cast<qreal>(labels.size() + 2) * (tallest + 2 * 4.0 + 2.0))) + 8;
        chartView_->setMinimumHeight(std::max(150, needed));
    }

    if (!snap->plan) {
        headline_->setText(tr("No cost: the core could not plan this scenario."));
        split_->clear();
        breakEven_->clear();
        missing_->clear();
        batch_->clear();
        form_->setCatalogCapex(std::nullopt);
        return;
    }
    const Cost& cost = snap->plan->cost;
    const QString at = tr("at concurrency %1").arg(FigureFormat::integer(snap->scenario.workload.concurrency));
    if (cost.known) {
        headline_->setText(tr("%1 per million output tokens (%2, %3)")
                               .arg(usd(cost.per_million_output_usd), cost.rented ? tr("rented") : tr("own hardware"), at));
    } else {
        headline_->setText(cost.usd_per_hour > 0 ? tr("At least %1 per million output tokens: some prices are missing")
                                                       .arg(usd(cost.per_million_output_usd))
                                                 : tr("Cost not known: prices are missing"));
    }
    // What the purchase figure is: the user's price, or the catalog's sum.
    const Cost& own = *costs[Own];
    const bool userCapex = snap->scenario.economics.capex_usd > 0;
    const QString purchase = !own.known && !userCapex ? tr("≥ %1").arg(usd(own.capex_usd)) : usd(own.capex_usd);
    form_->setCatalogCapex(userCapex ? std::nullopt : std::optional<QString>(purchase));
    if (cost.rented) {
        split_->setText(tr("Per hour serving: rental %1.").arg(cost.known ? usd(cost.rental_usd_per_hour) : tr("not known")));
    } else {
        const QString prefix = cost.known ? tr("Per hour serving:") : tr("Counted so far (lower bounds, prices missing):");
        const QString whose = userCapex ? tr("your purchase price") : tr("catalog purchase price");
        split_->setText(tr("%1 depreciation %2 (of %3, %4) · power %5 (%6 kW at the wall) · hosting %7.")
                            .arg(prefix, usd(cost.capex_usd_per_hour), purchase, whose, usd(cost.power_usd_per_hour),
                                 FigureFormat::number(cost.power_kw), usd(cost.hosting_usd_per_hour)));
    }
    if (!own.api.known) breakEven_->setText(tr("No API price for this model in the catalog."));
    else if (own.break_even_utilization)
        breakEven_->setText(tr("Owning matches the API's output price at %1 % utilization.")
                                .arg(FigureFormat::number(*own.break_even_utilization * 100.0)));
    else breakEven_->setText(tr("Owning this pool never matches the API's output price, even fully busy."));
    QStringList missing;
    for (const auto& m : cost.missing) missing << QString::fromStdString(m);
    missing_->setText(missing.isEmpty() ? QString() : tr("Missing prices: %1").arg(missing.join(QStringLiteral(", "))));
    batchDirty_ = true;
    if (isVisible()) refreshBatch();
}

void CostView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const auto direction = width() < 900 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (outer_->direction() != direction) outer_->setDirection(direction);
}

void CostView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (batchDirty_) refreshBatch();
}

std::optional<CostView::BatchCost> CostView::bestBatch(const Scenario& scenario, const Catalog& catalog)
{
    std::vector<int> counts;
    for (int c = 1; c <= 256; c *= 2) counts.push_back(c);
    counts.push_back(scenario.workload.concurrency);
    std::optional<BatchCost> best;
    for (int c : counts) {
        Scenario s = scenario;
        s.workload.concurrency = c;
        const auto p = plan(s, catalog);
        if (!p.ok() || !p.value().fits || !p.value().cost.known) continue;
        const double v = p.value().cost.per_million_output_usd;
        if (!(v > 0)) continue;
        if (!best || v < best->per_million_output_usd) best = BatchCost{c, v};
    }
    return best;
}

void CostView::refreshBatch()
{
    batchDirty_ = false;
    const auto snap = controller_->current();
    if (!snap || !snap->plan) {
        batch_->clear();
        return;
    }
    const auto best = bestBatch(snap->scenario, catalog_->catalog());
    const int current = snap->scenario.workload.concurrency;
    if (!best) {
        batch_->setText(tr("Batching: no concurrency that fits has a known cost."));
    } else if (best->concurrency == current) {
        batch_->setText(tr("Batching: this concurrency (%1) is already the cheapest per token of those that fit.")
                            .arg(FigureFormat::integer(current)));
    } else {
        batch_->setText(tr("Batching: at concurrency %1, the cheapest that fits, %2 per million output tokens.")
                            .arg(FigureFormat::integer(best->concurrency), usd(best->per_million_output_usd)));
    }
}

QStringList CostView::barLabels() const { return categories_->categories(); }

}  // namespace deepplan::gui
