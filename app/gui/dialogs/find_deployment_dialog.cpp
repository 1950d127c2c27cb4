#include "widgets/read_only_table.h"
#include "dialogs/find_deployment_dialog.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include "catalog_store.h"
#include "commands/load_scenario_command.h"
#include "deepplan/search_groups.hpp"
#include "figure_format.h"
#include "models/search_result_model.h"
#include "scenario_document.h"
#include "widgets/cost_view.h"

namespace deepplan::gui {

namespace {

constexpr int kMaxContext = 1 << 20;
constexpr int kMaxConcurrency = 1 << 16;

}  // namespace

FindDeploymentDialog::FindDeploymentDialog(ScenarioDocument* document, CatalogStore* catalog, QWidget* parent)
    : QDialog(parent), document_(document), catalog_(catalog), cancel_(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("findDeploymentDialog"));
    setWindowTitle(tr("Find a deployment"));
    buildForm();
    // Roomy where the screen is, never larger than it (1024 x 700 shows it all).
    QSize size(1180, 720);
    const QScreen* shown = parent != nullptr ? parent->screen() : screen();
    if (shown != nullptr) size = size.boundedTo(shown->availableGeometry().size());
    resize(size.expandedTo(minimumSizeHint()));
}

FindDeploymentDialog::~FindDeploymentDialog()
{
    // The worker reports to this object: stop it and wait before going away.
    cancel_->store(true);
    if (thread_ != nullptr) thread_->wait();
}

void FindDeploymentDialog::buildForm()
{
    const Catalog& c = catalog_->catalog();
    const Scenario& s = document_->scenario();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    modelCombo_ = new QComboBox(this);
    modelCombo_->setObjectName(QStringLiteral("searchModelCombo"));
    modelCombo_->setToolTip(tr("The model to deploy; starts as the current scenario's."));
    for (const auto& [id, m] : c.models) modelCombo_->addItem(QString::fromStdString(m.name), QString::fromStdString(id));
    modelCombo_->setCurrentIndex(std::max(0, modelCombo_->findData(QString::fromStdString(s.model))));
    form->addRow(tr("&Model"), modelCombo_);

    variant_ = new QComboBox(this);
    variant_->setObjectName(QStringLiteral("searchVariantCombo"));
    variant_->setToolTip(tr("One weight format, or any format published for the model."));
    form->addRow(tr("&Variant"), variant_);
    fillVariants();
    connect(modelCombo_, &QComboBox::currentIndexChanged, this, &FindDeploymentDialog::fillVariants);

    target_ = new QDoubleSpinBox(this);
    target_->setObjectName(QStringLiteral("searchTargetSpin"));
    target_->setRange(0.1, 100000);
    target_->setDecimals(1);
    target_->setValue(20);
    target_->setSuffix(tr(" tok/s"));
    target_->setToolTip(tr("Decode tokens per second every stream must reach at the concurrency below."));
    form->addRow(tr("&Target per stream"), target_);

    context_ = new QSpinBox(this);
    context_->setObjectName(QStringLiteral("searchContextSpin"));
    context_->setRange(256, kMaxContext);
    context_->setSingleStep(1024);
    context_->setValue(std::clamp(s.workload.context, 256, kMaxContext));
    context_->setSuffix(tr(" tokens"));
    context_->setToolTip(tr("Tokens every sequence must hold in the KV cache (prompt and output)."));
    form->addRow(tr("Minimum &context"), context_);

    concurrency_ = new QSpinBox(this);
    concurrency_->setObjectName(QStringLiteral("searchConcurrencySpin"));
    concurrency_->setRange(1, kMaxConcurrency);
    concurrency_->setValue(std::clamp(s.workload.concurrency, 1, kMaxConcurrency));
    concurrency_->setToolTip(tr("Sequences decoded together, each at the target speed."));
    form->addRow(tr("C&oncurrency"), concurrency_);

    auto* budgetRow = new QHBoxLayout;
    budgetOn_ = new QCheckBox(tr("at most"), this);
    budgetOn_->setObjectName(QStringLiteral("searchBudgetCheck"));
    budgetOn_->setToolTip(tr("Limit the pool's price: the purchase price when owned, the rental bill per hour when rented."));
    budget_ = new QDoubleSpinBox(this);
    budget_->setObjectName(QStringLiteral("searchBudgetSpin"));
    budget_->setRange(1, 1e9);
    budget_->setDecimals(0);
    budget_->setValue(50000);
    budget_->setPrefix(QStringLiteral("$ "));
    budget_->setGroupSeparatorShown(true);
    budget_->setEnabled(false);
    budget_->setToolTip(budgetOn_->toolTip());
    connect(budgetOn_, &QCheckBox::toggled, budget_, &QWidget::setEnabled);
    budgetRow->addWidget(budgetOn_);
    budgetRow->addWidget(budget_, 1);
    form->addRow(tr("Budget"), budgetRow);

    objective_ = new QComboBox(this);
    objective_->setObjectName(QStringLiteral("searchObjectiveCombo"));
    objective_->setToolTip(tr("What ranks the results first."));
    objective_->addItem(tr("Lowest $ per million output"), static_cast<int>(SearchObjective::Cost));
    objective_->addItem(tr("Lowest purchase price"), static_cast<int>(SearchObjective::Capex));
    objective_->addItem(tr("Fewest accelerators"), static_cast<int>(SearchObjective::Devices));
    objective_->addItem(tr("Fastest per stream"), static_cast<int>(SearchObjective::TokensPerS));
    form->addRow(tr("O&bjective"), objective_);

    topK_ = new QSpinBox(this);
    topK_->setObjectName(QStringLiteral("searchTopKSpin"));
    topK_->setRange(1, 1000);
    topK_->setValue(20);
    topK_->setToolTip(tr("How many of the best results to list."));
    form->addRow(tr("Show the best"), topK_);

    rented_ = new QCheckBox(tr("Rent the accelerators"), this);
    rented_->setObjectName(QStringLiteral("searchRentedCheck"));
    rented_->setChecked(s.economics.rented);
    rented_->setToolTip(tr("Cost the candidates as rented GPU-hours instead of owned hardware; the other economics "
                           "inputs come from the current scenario."));
    form->addRow(QString(), rented_);

    gpusOnly_ = new QCheckBox(tr("Price unpriced machines at their cards alone"), this);
    gpusOnly_->setObjectName(QStringLiteral("searchGpusOnlyCheck"));
    // Off, as in deepplan-cli search (--price-gpus-only): the same request
    // gives the same answer in both.
    gpusOnly_->setChecked(false);
    gpusOnly_->setToolTip(tr("The catalog has no price for many servers; when on they rank at their accelerators' "
                             "price, a lower bound shown as “≥ … (cards only)”. When off they are left out of cost "
                             "rankings."));
    form->addRow(QString(), gpusOnly_);

    allVariants_ = new QCheckBox(tr("Show every variant"), this);
    allVariants_->setObjectName(QStringLiteral("searchAllVariantsCheck"));
    allVariants_->setChecked(false);
    allVariants_->setToolTip(tr("Off: one row per machine with its best weight format and engine, and how many more "
                                "fit on it. On: every variant and engine of those machines as its own row."));
    connect(allVariants_, &QCheckBox::toggled, this, [this] {
        showResults();
        updateChart();
    });
    form->addRow(QString(), allVariants_);

    run_ = new QPushButton(tr("&Run"), this);
    run_->setObjectName(QStringLiteral("searchRunButton"));
    run_->setDefault(true);
    run_->setToolTip(tr("Search every variant, engine, machine and node count in the catalog for the target."));
    cancelButton_ = new QPushButton(tr("&Stop"), this);
    cancelButton_->setObjectName(QStringLiteral("searchCancelButton"));
    cancelButton_->setEnabled(false);
    cancelButton_->setToolTip(tr("Stop the search and keep what it found so far."));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("searchProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setToolTip(tr("Candidates enumerated so far."));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("searchStatus"));
    status_->setWordWrap(true);
    connect(run_, &QPushButton::clicked, this, &FindDeploymentDialog::run);
    connect(cancelButton_, &QPushButton::clicked, this, &FindDeploymentDialog::cancel);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(cancelButton_);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(buttons);
    left->addWidget(progress_);
    left->addWidget(status_);
    left->addStretch(1);

    model_ = new SearchResultModel(this);
    table_ = makeReadOnlyTable(model_, QStringLiteral("searchResultsTable"), this);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(tr("The best deployments by the objective; double-click one to open it."));
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) { openResult(index.row()); });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateChart();
        open_->setEnabled(table_->selectionModel()->hasSelection());
    });

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignRight);
    resultsSeries_ = new QScatterSeries(chart);
    resultsSeries_->setName(tr("Results"));
    resultsSeries_->setMarkerSize(8);
    resultsSeries_->setColor(QColor(0xa9, 0xb4, 0xc4));
    paretoSeries_ = new QScatterSeries(chart);
    paretoSeries_->setName(tr("Pareto front"));
    paretoSeries_->setMarkerSize(10);
    paretoSeries_->setColor(QColor(0x3b, 0x6e, 0xc9));
    chosenSeries_ = new QScatterSeries(chart);
    chosenSeries_->setName(tr("Selected"));
    chosenSeries_->setMarkerSize(16);
    chosenSeries_->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    chosenSeries_->setColor(QColor(0xe0, 0x8e, 0x2b));
    for (auto* series : {resultsSeries_, paretoSeries_, chosenSeries_}) chart->addSeries(series);
    auto* x = new QLogValueAxis(chart);
    x->setTitleText(tr("Decode tok/s per stream"));
    x->setLabelFormat(QStringLiteral("%g"));
    auto* y = new QLogValueAxis(chart);
    y->setTitleText(tr("$ per million output"));
    y->setLabelFormat(QStringLiteral("%g"));
    // The vertical axis' title is drawn above the plot, across: Qt Charts
    // cuts a rotated title short in a low chart, worst in Chinese.
    y->setTitleVisible(false);
    chart->setTitle(y->titleText());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* series : {resultsSeries_, paretoSeries_, chosenSeries_}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chartView_ = new QChartView(chart, this);
    chartView_->setObjectName(QStringLiteral("searchParetoChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(220);
    chartView_->setToolTip(tr("Each result's $ per million output tokens against its decode speed per stream; the "
                              "Pareto front holds the candidates nothing beats on both."));

    lowerBoundNote_ = new QLabel(tr("“≥ … (cards only)”: a lower bound; the catalog has no price for the machine "
                                    "itself, so only its accelerators are counted."),
                                 this);
    lowerBoundNote_->setObjectName(QStringLiteral("searchLowerBoundNote"));
    lowerBoundNote_->setWordWrap(true);
    lowerBoundNote_->hide();
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(table_, 1);
    tableLayout->addWidget(lowerBoundNote_);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tableBox);
    split->addWidget(chartView_);
    split->setChildrenCollapsible(false);

    open_ = new QPushButton(tr("&Open as current scenario"), this);
    open_->setObjectName(QStringLiteral("searchOpenButton"));
    open_->setEnabled(false);
    open_->setToolTip(tr("Replace the current scenario with the selected result (Undo brings the old one back)."));
    connect(open_, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = table_->selectionModel()->selectedRows();
        if (!rows.isEmpty()) openResult(rows.first().row());
    });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(open_, QDialogButtonBox::ActionRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* right = new QVBoxLayout;
    right->addWidget(split, 1);
    right->addWidget(close);
    auto* outer = new QHBoxLayout(this);
    outer->addLayout(left, 0);
    outer->addLayout(right, 1);
}

void FindDeploymentDialog::fillVariants()
{
    const Catalog& c = catalog_->catalog();
    const std::string model = modelCombo_->currentData().toString().toStdString();
    const QString previous = variant_->currentData().toString();
    variant_->clear();
    variant_->addItem(tr("Any published variant"), QStringLiteral("any"));
    for (const auto& [id, f] : c.formats) {
        if (f.applies_to(model)) variant_->addItem(QString::fromStdString(f.name), QString::fromStdString(id));
    }
    variant_->setCurrentIndex(std::max(0, variant_->findData(previous)));
}

SearchRequest FindDeploymentDialog::request() const
{
    const Scenario& s = document_->scenario();
    SearchRequest r;
    r.model = modelCombo_->currentData().toString().toStdString();
    r.variant = variant_->currentData().toString().toStdString();
    r.target_tokens_per_s = target_->value();
    r.min_context = context_->value();
    r.concurrency = concurrency_->value();
    r.prompt_tokens = std::min(s.workload.prompt, r.min_context);
    r.output_tokens = s.workload.output;
    r.apple_raise_wired_limit = s.apple_raise_wired_limit;
    if (budgetOn_->isChecked()) r.budget_usd = budget_->value();
    r.economics = s.economics;
    // A purchase price typed for the current pool means nothing for other pools.
    r.economics.capex_usd = 0;
    r.economics.rented = rented_->isChecked();
    r.price_accelerators_only = gpusOnly_->isChecked();
    r.systems = systems_;
    r.objective = static_cast<SearchObjective>(objective_->currentData().toInt());
    r.top_k = topK_->value();
    return r;
}

void FindDeploymentDialog::setRunning(bool running)
{
    run_->setEnabled(!running);
    cancelButton_->setEnabled(running);
}

bool FindDeploymentDialog::run()
{
    if (thread_ != nullptr) return false;
    SearchRequest r = request();
    // Grouped by hardware, ask for enough results to fill the rows.
    if (!allVariants_->isChecked() && r.top_k >= 1 && r.top_k <= 1000) r.top_k = results_for_groups(r.top_k);
    auto catalog = std::make_shared<const Catalog>(catalog_->catalog());
    if (const auto error = validate_request(r, *catalog)) {
        status_->setText(QString::fromStdString(error->describe()));
        return false;
    }
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    r.cancel = cancel_.get();
    // Progress arrives on the searching thread; it is handed to this object's
    // thread (the destructor waits for the worker, so `this` outlives it).
    r.progress = [this](std::size_t done, std::size_t total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                total_ = std::max(total_, total);
                const int permille = total > 0 ? static_cast<int>(std::min<std::size_t>(1000, done * 1000 / total)) : 0;
                progress_->setValue(permille);
                status_->setText(tr("%1 of %2 candidates").arg(FigureFormat::integer(static_cast<long long>(done)),
                                                               FigureFormat::integer(static_cast<long long>(total))));
                emit progressed(done, total);
            },
            Qt::QueuedConnection);
    };
    total_ = 0;
    progress_->setValue(0);
    status_->setText(tr("Searching…"));
    pending_ = std::make_shared<std::optional<Result<SearchResult>>>();
    searchedCatalog_ = catalog;
    auto pending = pending_;
    auto cancelFlag = cancel_;  // keeps the flag alive with the worker
    thread_ = QThread::create([r, catalog, pending, cancelFlag] { pending->emplace(search(r, *catalog)); });
    connect(thread_, &QThread::finished, this, &FindDeploymentDialog::finished);
    setRunning(true);
    thread_->start(QThread::LowPriority);
    return true;
}

void FindDeploymentDialog::cancel()
{
    cancel_->store(true);
    if (thread_ != nullptr) status_->setText(tr("Stopping…"));
}

void FindDeploymentDialog::finished()
{
    thread_->deleteLater();
    thread_ = nullptr;
    setRunning(false);
    auto pending = std::move(pending_);
    if (!pending || !pending->has_value()) return;
    const Result<SearchResult>& r = **pending;
    if (!r.ok()) {
        status_->setText(QString::fromStdString(r.error().describe()));
        result_.reset();
        model_->setHits({}, nullptr);
    } else {
        result_ = r.value();
        showResults();
        progress_->setValue(result_->cancelled ? progress_->value() : progress_->maximum());
        const QString counts =
            tr("%1 candidates, %2 planned, %3 meet the target.")
                .arg(FigureFormat::integer(static_cast<long long>(result_->evaluated)),
                     FigureFormat::integer(static_cast<long long>(result_->planned)),
                     FigureFormat::integer(static_cast<long long>(result_->feasible)));
        status_->setText(result_->cancelled ? tr("Stopped: %1").arg(counts)
                         : result_->results.empty() ? tr("Nothing meets the target. %1").arg(counts)
                                                    : counts);
        if (!result_->results.empty()) table_->selectRow(0);
    }
    updateChart();
    emit searchFinished();
}

void FindDeploymentDialog::showResults()
{
    if (!result_) return;
    const auto shown = static_cast<std::size_t>(topK_->value());
    if (allVariants_->isChecked()) {
        // Expanded: every variant of the machines the grouped view lists, in
        // the search's order.
        std::vector<std::size_t> members;
        for (const auto& g : group_by_hardware(result_->results, shown)) members.insert(members.end(), g.members.begin(), g.members.end());
        std::sort(members.begin(), members.end());
        std::vector<SearchHit> hits;
        for (std::size_t i : members) hits.push_back(result_->results[i]);
        model_->setHits(std::move(hits), searchedCatalog_.get());
    } else {
        std::vector<SearchHit> hits;
        std::vector<std::size_t> others;
        for (const auto& g : group_by_hardware(result_->results, shown)) {
            hits.push_back(result_->results[g.best()]);
            others.push_back(g.members.size() - 1);
        }
        model_->setHits(std::move(hits), searchedCatalog_.get(), std::move(others));
    }
    table_->setColumnHidden(SearchResultModel::OtherVariants, !model_->grouped());
    table_->resizeColumnsToContents();
    lowerBoundNote_->setVisible(model_->hasLowerBounds());
}

int FindDeploymentDialog::paretoPointCount() const { return static_cast<int>(paretoSeries_->count()); }

void FindDeploymentDialog::updateChart()
{
    QList<QPointF> results;
    QList<QPointF> pareto;
    QList<QPointF> chosen;
    double xmin = 0, xmax = 0, ymin = 0, ymax = 0;
    auto point = [&](const Plan& p, QList<QPointF>& into) {
        const double x = p.decode.tokens_per_s;
        const double y = p.cost.per_million_output_usd;
        if (!(x > 0) || !(y > 0)) return;  // log axes: nothing to draw
        into << QPointF(x, y);
        xmin = xmin > 0 ? std::min(xmin, x) : x;
        ymin = ymin > 0 ? std::min(ymin, y) : y;
        xmax = std::max(xmax, x);
        ymax = std::max(ymax, y);
    };
    if (result_) {
        for (const auto& h : model_->hits()) point(h.plan, results);
        for (const auto& h : result_->pareto) point(h.plan, pareto);
        const QModelIndexList rows = table_->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            if (const SearchHit* hit = model_->hitFromIndex(rows.first())) point(hit->plan, chosen);
        }
    }
    resultsSeries_->replace(results);
    paretoSeries_->replace(pareto);
    chosenSeries_->replace(chosen);
    const auto axes = chartView_->chart()->axes();
    if (xmin > 0 && ymin > 0 && axes.size() == 2) {
        // Whole decades, so that the log axes always carry labels.
        auto decades = [](double lo, double hi) {
            return std::pair(std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi * 1.0001))));
        };
        const auto [x0, x1] = decades(xmin, xmax);
        const auto [y0, y1] = decades(ymin, ymax);
        axes[0]->setRange(x0, x1);
        axes[1]->setRange(y0, y1);
    }
}

bool FindDeploymentDialog::openResult(int row)
{
    const SearchHit* hit = model_->hitFromIndex(model_->index(row, 0));
    if (hit == nullptr) return false;
    const QString pool = QString::fromStdString(to_spec(hit->scenario.pool));
    document_->push(new LoadScenarioCommand(document_, hit->scenario, tr("Open search result %1").arg(pool)));
    emit resultOpened(row);
    return true;
}

}  // namespace deepplan::gui
