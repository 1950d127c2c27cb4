#include "widgets/read_only_table.h"
#include "widgets/validation_view.h"

#include "deepplan/json_text.hpp"
#include "deepplan/safe_file.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScatterSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QScrollBar>
#include <QTextDocument>
#include <QTableView>
#include <QThread>
#include <QToolTip>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "catalog_store.h"
#include "commands/load_scenario_command.h"
#include "deepplan/calibration.hpp"
#include "deepplan/cross_validation.hpp"
#include "figure_format.h"
#include "models/validation_case_model.h"
#include "scenario_document.h"

namespace deepplan::gui {

namespace {

QString percent(double fraction) { return QStringLiteral("%1 %").arg(std::lround(fraction * 100.0)); }

/// A short key for object names: rate, time, memory.
QString kindKey(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Rate: return QStringLiteral("rate");
    case FigureKind::Time: return QStringLiteral("time");
    case FigureKind::Memory: return QStringLiteral("memory");
    }
    return {};
}

/// A label per decade ("1 10 100 1000 10000") runs together when the plot
/// is narrow: every second (or third ...) decade then, so that the widest
/// label and a gap fit between two ticks. Only the axis' base changes.
void fitLogAxisLabels(QChart* chart)
{
    const QRectF plot = chart->plotArea();
    for (QAbstractAxis* a : chart->axes()) {
        auto* axis = qobject_cast<QLogValueAxis*>(a);
        if (axis == nullptr || !(axis->min() > 0) || !(axis->max() > axis->min())) continue;
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const double length = horizontal ? plot.width() : plot.height();
        if (!(length > 0)) continue;
        const QFontMetricsF metrics(axis->labelsFont());
        const double widest = std::max(metrics.horizontalAdvance(QString::asprintf("%g", axis->max())),
                                       metrics.horizontalAdvance(QString::asprintf("%g", axis->min())));
        const double need = (horizontal ? widest : metrics.height()) + 2.0 * metrics.averageCharWidth();
        const double perDecade = length / std::log10(axis->max() / axis->min());
        int step = 1;
        while (step < 6 && step * perDecade < need) ++step;
        const double base = std::pow(10.0, step);
        if (axis->base() == base) continue;
        axis->setBase(base);
        axis->setMinorTickCount(step == 1 ? -1 : step - 1);  // 2…9 in a decade, else the skipped decades
    }
}

}  // namespace

const std::vector<std::string>& ValidationView::colourGroupings()
{
    static const std::vector<std::string> groupings = [] {
        std::vector<std::string> out;
        for (const auto& f : regime_families()) {
            for (const auto& p : regime_placements()) out.push_back(f + "/" + p);
        }
        return out;
    }();
    return groupings;
}

QColor ValidationView::regimeColour(const std::string& grouping)
{
    // Dense in blues and greens, MoE in warm colours; the placement orders the shade.
    static const QColor colours[] = {QColor(0x3b, 0x6e, 0xc9), QColor(0x2b, 0xa6, 0xb0), QColor(0x4c, 0xa8, 0x5a),
                                     QColor(0x8e, 0x5b, 0xc4), QColor(0xc9, 0x3b, 0x4a), QColor(0xe0, 0x8e, 0x2b),
                                     QColor(0x8a, 0x5a, 0x2b), QColor(0xd4, 0x5f, 0xa8)};
    const auto& all = colourGroupings();
    const auto it = std::find(all.begin(), all.end(), grouping);
    if (it == all.end()) return QColor(0x80, 0x80, 0x80);
    return colours[static_cast<std::size_t>(it - all.begin()) % (sizeof colours / sizeof colours[0])];
}

std::string ValidationView::colourGroupingOf(const std::string& regime)
{
    const auto last = regime.rfind('/');
    return last == std::string::npos ? regime : regime.substr(0, last);
}

QString ValidationView::kindTitle(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Rate: return tr("Speeds (%1)").arg(chartUnit(kind));
    case FigureKind::Time: return tr("Times (%1)").arg(chartUnit(kind));
    case FigureKind::Memory: return tr("Memory (%1)").arg(chartUnit(kind));
    }
    return {};
}

QString ValidationView::kindToolTip(FigureKind kind)
{
    QString what;
    switch (kind) {
    case FigureKind::Rate:
        what = tr("Speed cases (decode and prefill tokens per second, per stream, aggregate or per node), in tok/s.");
        break;
    case FigureKind::Time:
        what = tr("Time cases (time per output token, time to first token, end-to-end latency), all in seconds: "
                  "a time per output token given in ms is drawn divided by 1000.");
        break;
    case FigureKind::Memory: what = tr("Memory cases (KV cache, weights, memory used), in GB."); break;
    }
    return what + QLatin1Char(' ') +
           tr("Each case's published measurement against the planner's prediction on log-log axes, coloured by "
              "regime (dense or MoE model; one device, several in one machine, several machines, or offload). The "
              "solid line is a perfect prediction; the dashed lines are ±25 % and ±50 %. Click a point to open its case.");
}

ValidationView::ValidationView(ScenarioDocument* document, CatalogStore* catalog, std::filesystem::path measurementsCsv,
                               QWidget* parent)
    : QWidget(parent), document_(document), catalog_(catalog), csv_(std::move(measurementsCsv))
{
    setObjectName(QStringLiteral("validationView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // One scatter per figure kind: speeds, times and memory never share an axis.
    chartTabs_ = new QTabWidget(this);
    chartTabs_->setObjectName(QStringLiteral("validationChartTabs"));
    chartTabs_->setDocumentMode(true);
    for (const FigureKind kind : chartKinds()) {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->legend()->hide();  // legend_ under the chart names the series
        QFont small = chart->titleFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        chart->setTitleFont(small);
        auto* view = new QChartView(chart, chartTabs_);
        view->setObjectName(QStringLiteral("validationChart_%1").arg(kindKey(kind)));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(200);
        // Queued: the plot area settles after the axes' labels are laid out.
        connect(chart, &QChart::plotAreaChanged, chart, [chart] { fitLogAxisLabels(chart); }, Qt::QueuedConnection);
        view->setToolTip(kindToolTip(kind));
        chartTabs_->addTab(view, kindTitle(kind));
        charts_.push_back({kind, view, {}});
    }

    model_ = new ValidationCaseModel(this);
    table_ = makeReadOnlyTable(model_, QStringLiteral("validationTable"), this);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(tr("Every mapped measurement; double-click or press Enter to open its scenario."));
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) { openCase(index.row()); });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showChartOf(current.row()); });

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("validationSummary"));
    summary_->setTextFormat(Qt::RichText);
    summary_->setWordWrap(true);
    summary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    summary_->setToolTip(tr("Per regime, over tier A and B cases: the median absolute error |predicted / measured − 1| "
                            "in-sample and leave-one-source-out (LOSO), the LOSO median ratio predicted / measured (as "
                            "speeds: above 1 the plans are too optimistic) and the LOSO share within a factor of 1.5."));
    cvButton_ = new QPushButton(tr("Cross-validate"), this);
    cvButton_->setObjectName(QStringLiteral("crossValidateButton"));
    cvButton_->setToolTip(tr("Leave one source out: for each source (a blog, a paper, a benchmark repository, an issue "
                             "thread), rerun the whole calibration without any of its rows, then predict them: how well "
                             "the planner does on deployments nobody calibrated on. Takes a while."));
    connect(cvButton_, &QPushButton::clicked, this, &ValidationView::startCrossValidation);

    // Top: the charts over their legend and the cross-validation button, and
    // the summary beside them when the view is wide enough for its table;
    // otherwise the summary is a tab after the charts (see placeSummary()).
    // Below: the cases.
    top_ = new QSplitter(Qt::Horizontal, this);
    top_->setObjectName(QStringLiteral("validationTopSplitter"));
    top_->setChildrenCollapsible(false);
    auto* chartPane = new QWidget(top_);
    auto* chartColumn = new QVBoxLayout(chartPane);
    chartColumn->setContentsMargins(0, 0, 0, 0);
    chartColumn->setSpacing(2);
    chartColumn->addWidget(chartTabs_, 1);
    // The legend is a wrapping label under the chart, not Qt Charts' own:
    // that one cuts entries off when the plot is short or narrow (1024 x 700).
    legend_ = new QLabel(chartPane);
    legend_->setObjectName(QStringLiteral("validationLegend"));
    legend_->setTextFormat(Qt::RichText);
    legend_->setWordWrap(true);
    legend_->setToolTip(tr("The regimes of the points on this chart, and the reference lines."));
    auto* below = new QHBoxLayout;
    below->setContentsMargins(0, 0, 0, 0);
    below->addWidget(legend_, 1);
    cvProgress_ = new QProgressBar(chartPane);
    cvProgress_->setObjectName(QStringLiteral("crossValidateProgress"));
    cvProgress_->setToolTip(tr("Cases refitted and predicted so far; the window stays usable meanwhile."));
    cvProgress_->setFormat(tr("%v of %m cases"));
    cvProgress_->hide();
    below->addWidget(cvProgress_, 0, Qt::AlignBottom);
    cvButton_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);  // not the whole row when the legend hides
    below->addWidget(cvButton_, 0, Qt::AlignBottom | Qt::AlignRight);
    chartColumn->addLayout(below);
    top_->addWidget(chartPane);
    // The summary scrolls rather than being clipped in a short window.
    summaryScroll_ = new QScrollArea(this);
    summaryScroll_->setObjectName(QStringLiteral("validationSummaryScroll"));
    summaryScroll_->setWidget(summary_);
    summaryScroll_->setWidgetResizable(true);
    summaryScroll_->setFrameShape(QFrame::NoFrame);
    top_->addWidget(summaryScroll_);
    top_->setStretchFactor(0, 2);
    top_->setStretchFactor(1, 1);
    connect(chartTabs_, &QTabWidget::currentChanged, this, [this] { updateLegend(); });

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top_);
    split->addWidget(table_);
    split->setObjectName(QStringLiteral("validationSplitter"));
    // The chart and summary first: the cases table keeps a few rows and scrolls.
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() + 3 * (table_->fontMetrics().height() + 6));
    split->setChildrenCollapsible(false);
    layout->addWidget(split);
}

int ValidationView::summaryWidthNeeded() const
{
    // The table does not wrap; the sentences around it do.
    QTextDocument doc;
    doc.setDefaultFont(summary_->font());
    doc.setHtml(summaryTable());
    const int frame = 2 * summaryScroll_->frameWidth() + summaryScroll_->verticalScrollBar()->sizeHint().width();
    return static_cast<int>(std::ceil(doc.idealWidth())) + frame + 2 * summary_->margin() + 4;
}

bool ValidationView::summaryBeside() const { return summaryScroll_->parentWidget() == top_; }

void ValidationView::placeSummary()
{
    // Beside the chart only when the chart keeps a usable width next to the
    // whole summary table; the decision depends on the view's width alone.
    const int need = summaryWidthNeeded();
    const int chartMinimum = 30 * fontMetrics().averageCharWidth() + 200;
    const bool beside = width() >= chartMinimum + need;
    if (beside != summaryBeside()) {
        if (beside) {
            const bool current = chartTabs_->currentWidget() == summaryScroll_;
            chartTabs_->removeTab(chartTabs_->indexOf(summaryScroll_));
            top_->addWidget(summaryScroll_);
            summaryScroll_->show();
            if (current) chartTabs_->setCurrentIndex(0);
        } else {
            chartTabs_->addTab(summaryScroll_, tr("Error summary"));
            chartTabs_->setTabToolTip(chartTabs_->indexOf(summaryScroll_), summary_->toolTip());
        }
        updateLegend();
    }
    // Beside, the summary gets its table's width (not a minimum: that would
    // keep the window from being made narrower); the chart the rest.
    if (beside && summaryScroll_->isVisible() && summaryScroll_->width() < need) {
        const int total = top_->width() > 0 ? top_->width() : width();
        top_->setSizes({std::max(total - need - top_->handleWidth(), 1), need});
    }
}

void ValidationView::showSummary()
{
    if (!summaryBeside()) chartTabs_->setCurrentWidget(summaryScroll_);
}

void ValidationView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeSummary();
}

void ValidationView::updateLegend()
{
    const int index = chartTabs_->currentIndex();
    if (index < 0 || index >= static_cast<int>(charts_.size())) {
        legend_->hide();
        return;
    }
    const KindChart& kc = charts_[static_cast<std::size_t>(index)];
    QStringList entries;
    legendNames_.clear();
    auto entry = [this](const QColor& colour, const QString& mark, const QString& name) {
        legendNames_ << name;
        // A non-breaking space keeps a swatch with its name when the legend wraps.
        // Nor does it break inside a name ("moe/multi-machine"): word joiners
        // after the slashes, non-breaking hyphens.
        QString whole = name.toHtmlEscaped();
        whole.replace(QLatin1Char('/'), QStringLiteral("/\u2060")).replace(QLatin1Char('-'), QChar(0x2011));
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3").arg(colour.name(), mark, whole);
    };
    for (const std::string& grouping : colourGroupings()) {
        for (const auto& [series, g] : kc.seriesRegime) {
            if (g == grouping) entries << entry(regimeColour(grouping), QStringLiteral("●"), QString::fromStdString(grouping));
        }
    }
    entries << entry(QColor(0x44, 0x44, 0x44), QStringLiteral("━━"), tr("predicted = measured"))
            << entry(QColor(0x70, 0x70, 0x70), QStringLiteral("╍╍"), tr("±25 %"))
            << entry(QColor(0xa8, 0xa8, 0xa8), QStringLiteral("┅┅"), tr("±50 %"));
    legend_->setText(entries.join(QStringLiteral(" &nbsp; ")));
    legend_->show();
}



ValidationView::~ValidationView()
{
    if (cvThread_ != nullptr) cvThread_->wait();
}

void ValidationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!loaded_) reload();
}

bool ValidationView::reload()
{
    loaded_ = true;
    auto cases = read_cases(csv_);
    if (!cases.ok()) {
        cases_.clear();
        report_ = {};
        model_->setRows({});
        rebuildCharts();
        summary_->setText(tr("Cannot read the measurements: %1").arg(QString::fromStdString(cases.error().describe())));
        cvButton_->setEnabled(false);
        return false;
    }
    cases_ = std::move(cases).value();
    report_ = validate(cases_, catalog_->catalog());
    std::map<std::string, Scenario> scenarios;
    for (const auto& c : cases_) {
        if (c.mapped) scenarios.emplace(c.id, c.scenario);
    }
    std::vector<ValidationCaseModel::Row> rows;
    rows.reserve(report_.cases.size());
    for (const auto& p : report_.cases) rows.push_back({p, scenarios[p.id]});
    model_->setRows(std::move(rows));
    table_->resizeColumnsToContents();
    cvButton_->setEnabled(true);
    rebuildCharts();
    updateSummary();
    return true;
}

const std::vector<FigureKind>& ValidationView::chartKinds()
{
    static const std::vector<FigureKind> kinds{FigureKind::Rate, FigureKind::Time, FigureKind::Memory};
    return kinds;
}

QString ValidationView::chartUnit(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Rate: return tr("tok/s");
    case FigureKind::Time: return tr("s");
    case FigureKind::Memory: return tr("GB");
    }
    return {};
}

double ValidationView::chartValue(const std::string& figure, double value)
{
    // decode.tpot_ms and serving.tpot_ms are the figures not in their kind's
    // unit (the core's figure names end in their unit): the times chart is in seconds.
    const std::string ms = "_ms";
    if (figure.size() > ms.size() && figure.compare(figure.size() - ms.size(), ms.size(), ms) == 0)
        return value / 1000.0;
    return value;
}

QChartView* ValidationView::chartView(FigureKind kind) const
{
    for (const auto& c : charts_) {
        if (c.kind == kind) return c.view;
    }
    return nullptr;
}

void ValidationView::rebuildCharts()
{
    for (auto& c : charts_) rebuildChart(c);
    updateLegend();
    // Open on the first chart that has points.
    const int current = chartTabs_->currentIndex();
    if (current < 0 || current >= static_cast<int>(charts_.size()) ||
        pointCount(charts_[static_cast<std::size_t>(current)].kind) == 0) {
        for (std::size_t i = 0; i < charts_.size(); ++i) {
            if (pointCount(charts_[i].kind) > 0) {
                chartTabs_->setCurrentIndex(static_cast<int>(i));
                break;
            }
        }
    }
}

void ValidationView::rebuildChart(KindChart& kc)
{
    QChart* chart = kc.view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    kc.seriesRegime.clear();
    const FigureKind kind = kc.kind;
    const QString unit = chartUnit(kind);

    // The cases this chart draws, in its unit.
    auto drawable = [kind](const CasePrediction& p) { return p.kind == kind && p.predicted > 0 && p.measured > 0; };
    double lo = 0;
    double hi = 0;
    for (const auto& p : report_.cases) {
        if (!drawable(p)) continue;
        const double m = chartValue(p.figure, p.measured);
        const double q = chartValue(p.figure, p.predicted);
        lo = lo > 0 ? std::min({lo, m, q}) : std::min(m, q);
        hi = std::max({hi, m, q});
    }
    if (!(lo > 0)) {
        lo = 1;
        hi = 100;
    }
    // Fitted to this chart's points with a little room; labels sit on the
    // powers of ten, so a range holding fewer than two of them widens to whole decades.
    lo /= 1.5;
    hi *= 1.5;
    if (std::floor(std::log10(hi)) - std::ceil(std::log10(lo)) < 1.0) {
        lo = std::pow(10.0, std::floor(std::log10(lo)));
        hi = std::pow(10.0, std::ceil(std::log10(hi)));
    }
    // A hair wider, so that a range ending on a power of ten keeps that end's
    // label after the chart's round trip through log space.
    lo *= 1.0 - 1e-9;
    hi *= 1.0 + 1e-9;

    auto makeAxis = [&](const QString& title) {
        auto* axis = new QLogValueAxis(chart);
        axis->setTitleText(title);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setBase(10);
        axis->setMinorTickCount(-1);  // 2…9 in every decade
        QPen minor = axis->minorGridLinePen();
        minor.setColor(QColor(0xe6, 0xe6, 0xe6));
        axis->setMinorGridLinePen(minor);
        axis->setRange(lo, hi);
        QFont font = axis->titleFont();
        font.setBold(false);
        axis->setTitleFont(font);
        return axis;
    };
    QLogValueAxis* x = nullptr;
    QLogValueAxis* y = nullptr;
    // Short titles: the tab already says speed, time or memory, and a long
    // title is cut on the vertical axis of a small chart (1024 x 700, German).
    x = makeAxis(tr("Measured (%1)").arg(unit));
    y = makeAxis(tr("Predicted (%1)").arg(unit));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    fitLogAxisLabels(chart);

    // Reference lines: predicted = measured × factor (straight on log-log).
    auto line = [&](double factor, const QString& name, Qt::PenStyle style, const QColor& color) {
        auto* s = new QLineSeries(chart);
        s->setName(name);
        s->append(lo, lo * factor);
        s->append(hi, hi * factor);
        QPen pen(color);
        pen.setStyle(style);
        pen.setWidthF(1.2);
        s->setPen(pen);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        return s;
    };
    line(1.0, tr("predicted = measured"), Qt::SolidLine, QColor(0x44, 0x44, 0x44));
    // Bands in greys, so no band shares a colour with a class's points.
    line(1.25, tr("±25 %"), Qt::DashLine, QColor(0x70, 0x70, 0x70));
    line(0.75, QString(), Qt::DashLine, QColor(0x70, 0x70, 0x70));
    line(1.5, tr("±50 %"), Qt::DotLine, QColor(0xa8, 0xa8, 0xa8));
    line(0.5, QString(), Qt::DotLine, QColor(0xa8, 0xa8, 0xa8));

    // One series per regime colour grouping that has points here; a grouping keeps its colour on every chart.
    for (const std::string& grouping : colourGroupings()) {
        auto* s = new QScatterSeries(chart);
        for (const auto& p : report_.cases) {
            if (colourGroupingOf(p.regime) == grouping && drawable(p))
                s->append(chartValue(p.figure, p.measured), chartValue(p.figure, p.predicted));
        }
        if (s->count() == 0) {
            delete s;
            continue;
        }
        s->setName(QString::fromStdString(grouping));
        s->setMarkerSize(9);
        s->setColor(regimeColour(grouping));
        s->setBorderColor(regimeColour(grouping).darker(130));
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        kc.seriesRegime[s] = grouping;
        connect(s, &QScatterSeries::clicked, this, [this, kind, grouping](const QPointF& point) {
            const CasePrediction* best = nearestCase(kind, grouping, point);
            if (best == nullptr) return;
            const int row = selectCase(QString::fromStdString(best->id));
            if (row >= 0) openCase(row);
        });
        connect(s, &QScatterSeries::hovered, this, [this, kind, grouping, unit](const QPointF& point, bool state) {
            const CasePrediction* p = state ? nearestCase(kind, grouping, point) : nullptr;
            if (p == nullptr) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("<b>%1</b> (%2, tier %3, source %4)<br>%5<br>measured %6 %7, predicted %8 %7<br>"
                                  "Click to open its scenario.")
                                   .arg(QString::fromStdString(p->id).toHtmlEscaped(),
                                        QString::fromStdString(p->regime).toHtmlEscaped(), QString::fromStdString(p->tier),
                                        QString::fromStdString(p->source).toHtmlEscaped(),
                                        QString::fromStdString(p->figure),
                                        FigureFormat::number(chartValue(p->figure, p->measured)), unit,
                                        FigureFormat::number(chartValue(p->figure, p->predicted))));
        });
    }
    const int n = pointCount(kind);
    chartTabs_->setTabText(static_cast<int>(&kc - charts_.data()), tr("%1 · %2").arg(kindTitle(kind)).arg(n));
    // No drawn title: its line is the plot's height in a short window (the
    // tab names the kind and counts the cases); the tooltip says it instead.
    chart->setTitle(QString());
    kc.view->setToolTip(tr("Predicted against measured (%1 cases)").arg(n) + QStringLiteral("\n\n") + kindToolTip(kc.kind));
}

const CasePrediction* ValidationView::nearestCase(FigureKind kind, const std::string& grouping, const QPointF& point) const
{
    if (!(point.x() > 0) || !(point.y() > 0)) return nullptr;
    const CasePrediction* best = nullptr;
    double bestDistance = 0;
    for (const auto& p : report_.cases) {
        if (p.kind != kind || colourGroupingOf(p.regime) != grouping || !(p.predicted > 0) || !(p.measured > 0)) continue;
        const double d = std::hypot(std::log(chartValue(p.figure, p.measured) / point.x()),
                                    std::log(chartValue(p.figure, p.predicted) / point.y()));
        if (best == nullptr || d < bestDistance) {
            best = &p;
            bestDistance = d;
        }
    }
    return best;
}

void ValidationView::showChartOf(int row)
{
    const auto* r = model_->rowFromIndex(model_->index(row, 0));
    if (r == nullptr) return;
    for (std::size_t i = 0; i < charts_.size(); ++i) {
        if (charts_[i].kind == r->prediction.kind) chartTabs_->setCurrentIndex(static_cast<int>(i));
    }
}

int ValidationView::pointCount() const
{
    int n = 0;
    for (const auto& c : charts_) n += pointCount(c.kind);
    return n;
}

int ValidationView::pointCount(FigureKind kind) const
{
    int n = 0;
    for (const auto& c : charts_) {
        if (c.kind != kind) continue;
        for (const auto& [series, grouping] : c.seriesRegime) n += static_cast<int>(series->count());
    }
    return n;
}

QString ValidationView::summaryTable() const
{
    const bool cv = report_.cross_validated;
    auto cell = [](const QString& text) { return QStringLiteral("<td align=right>%1</td>").arg(text); };
    auto row = [&](const QString& name, const ErrorSummary* in, const ErrorSummary* out) {
        QString r = QStringLiteral("<tr><td>%1</td>").arg(name);
        r += cell(in != nullptr ? QString::number(in->n) : QStringLiteral("–"));
        r += cell(in != nullptr ? percent(in->median_abs_error) : QStringLiteral("–"));
        if (cv) {
            r += cell(out != nullptr ? percent(out->median_abs_error) : QStringLiteral("–"));
            r += cell(out != nullptr ? QString::number(out->median_ratio, 'f', 2) : QStringLiteral("–"));
            r += cell(out != nullptr ? percent(out->within_factor_1_5) : QStringLiteral("–"));
        }
        return r + QStringLiteral("</tr>");
    };
    QString rows = row(tr("<b>overall</b>"), &report_.overall, cv ? &report_.cv_overall : nullptr);
    // The families, then each colour grouping with its swatch.
    std::vector<std::string> names(regime_families());
    names.insert(names.end(), colourGroupings().begin(), colourGroupings().end());
    for (const auto& name : names) {
        const auto in = report_.regimes.find(name);
        if (in == report_.regimes.end()) continue;
        const auto out = report_.cv_regimes.find(name);
        QString label = QString::fromStdString(name).toHtmlEscaped();
        if (name.find('/') != std::string::npos)
            label = QStringLiteral("<span style=\"color:%1\">■</span> %2").arg(regimeColour(name).name(), label);
        rows += row(label, &in->second, out != report_.cv_regimes.end() ? &out->second : nullptr);
    }
    // Short headers: the side panel is narrow at 1280 px; the tooltip explains them.
    QString head = QStringLiteral("<tr><th align=left>%1</th><th>%2</th><th>%3</th>").arg(tr("regime"), tr("n"), tr("in-sample"));
    if (cv) head += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th>").arg(tr("LOSO"), tr("ratio"), tr("≤1.5×"));
    head += QStringLiteral("</tr>");
    return QStringLiteral("<table cellspacing=0 cellpadding=2>%1%2</table>").arg(head, rows);
}

QString ValidationView::summaryText() const
{
    const bool cv = report_.cross_validated;
    QString text = tr("<b>Tier A and B cases</b> from %1 sources; %2 unmapped rows not shown.").arg(report_.n_sources).arg(report_.unmapped) +
                   summaryTable();
    if (cv) {
        text += tr("LOSO: %1, the whole calibration rerun without every row of a source; ratio = predicted / measured as "
                   "speeds (above 1: too optimistic).")
                    .arg(QString::fromStdString(report_.cv_method));
    } else {
        text += tr("Leave-one-source-out figures: press Cross-validate.");
    }
    return text;
}

void ValidationView::updateSummary()
{
    summary_->setText(summaryText());
    placeSummary();  // the cross-validated table is wider
}

void ValidationView::startCrossValidation()
{
    if (cvThread_ != nullptr || cases_.empty()) return;
    cvButton_->setEnabled(false);
    cvButton_->setText(tr("Cross-validating…"));
    // The work gets copies; the result comes back on the GUI thread.
    auto cases = std::make_shared<const std::vector<ValidationCase>>(cases_);
    auto catalog = std::make_shared<const Catalog>(catalog_->catalog());
    auto report = std::make_shared<ValidationReport>(report_);
    auto error = std::make_shared<std::string>();
    const std::filesystem::path engines = csv_.parent_path().parent_path() / "catalog" / "engines.json";
    const std::filesystem::path fitSettings = csv_.parent_path() / "fit-settings.json";
    cvProgress_->setRange(0, 0);  // busy until the first count arrives
    cvProgress_->show();
    // Progress comes from the worker threads and is handed to this object's
    // thread; the destructor waits for the work, so `this` outlives it.
    FitOptions options;
    options.progress = [this](std::size_t done, std::size_t total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                cvProgress_->setRange(0, static_cast<int>(total));
                cvProgress_->setValue(static_cast<int>(done));
                emit crossValidationProgressed(static_cast<int>(done), static_cast<int>(total));
            },
            Qt::QueuedConnection);
    };
    cvThread_ = QThread::create([cases, catalog, report, error, engines, fitSettings, options]() mutable {
        const auto settings = read_fit_settings(fitSettings);
        if (!settings) {
            const Error& e = settings.error();
            *error = e.path.rfind(fitSettings.string(), 0) == 0 ? e.describe() : fitSettings.string() + ": " + e.describe();
            return;
        }
        options.settings = settings.value();
        const auto doc = read_json_file(engines, kMaxCatalogFileBytes);
        if (!doc) {
            *error = doc.error().describe();
            return;
        }
        auto priors = read_priors(doc.value());
        if (!priors.ok()) {
            *error = priors.error().describe();
            return;
        }
        cross_validate_by_source(*report, *cases, *catalog, priors.value(), options);
    });
    connect(cvThread_, &QThread::finished, this, [this, report, error] {
        cvThread_->deleteLater();
        cvThread_ = nullptr;
        cvButton_->setText(tr("Cross-validate"));
        cvProgress_->hide();
        cvButton_->setEnabled(true);
        if (error->empty()) report_ = *report;
        updateSummary();
        if (!error->empty()) summary_->setText(summary_->text() + QStringLiteral("<br>") + QString::fromStdString(*error).toHtmlEscaped());
        showSummary();
        emit crossValidated();
    });
    cvThread_->start(QThread::LowPriority);
}

int ValidationView::selectCase(const QString& id)
{
    for (int r = 0; r < model_->rowCount(); ++r) {
        if (model_->index(r, ValidationCaseModel::Id).data().toString() == id) {
            table_->selectRow(r);
            table_->scrollTo(model_->index(r, 0));
            return r;
        }
    }
    return -1;
}

void ValidationView::openCase(int row)
{
    const auto* r = model_->rowFromIndex(model_->index(row, 0));
    if (r == nullptr) return;
    const QString id = QString::fromStdString(r->prediction.id);
    document_->push(new LoadScenarioCommand(document_, r->scenario, tr("Open validation case %1").arg(id)));
    emit caseOpened(id);
}

}  // namespace deepplan::gui
