#include "widgets/read_only_table.h"
#include "widgets/validation_view.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "catalog_store.h"
#include "commands/load_scenario_command.h"
#include "deepplan/calibration.hpp"
#include "figure_format.h"
#include "models/validation_case_model.h"
#include "scenario_document.h"

namespace deepplan::gui {

namespace {

QColor classColor(std::size_t i)
{
    static const QColor colors[] = {QColor(0x3b, 0x6e, 0xc9), QColor(0xe0, 0x8e, 0x2b), QColor(0x4c, 0xa8, 0x5a),
                                    QColor(0x8e, 0x5b, 0xc4), QColor(0xc9, 0x3b, 0x4a), QColor(0x2b, 0xa6, 0xb0)};
    return colors[i % (sizeof colors / sizeof colors[0])];
}

QString percent(double fraction) { return QStringLiteral("%1 %").arg(FigureFormat::number(fraction * 100.0)); }

QString summaryRow(const QString& name, const ErrorSummary& s)
{
    return QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>"
                          "<td align=right>%5</td></tr>")
        .arg(name, QString::number(s.n), percent(s.median_abs_error), percent(s.within_25), percent(s.within_50));
}

}  // namespace

ValidationView::ValidationView(ScenarioDocument* document, CatalogStore* catalog, std::filesystem::path measurementsCsv,
                               QWidget* parent)
    : QWidget(parent), document_(document), catalog_(catalog), csv_(std::move(measurementsCsv))
{
    setObjectName(QStringLiteral("validationView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    chartView_ = new QChartView(chart, this);
    chartView_->setObjectName(QStringLiteral("validationChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(200);
    chartView_->setToolTip(tr("Each case's published measurement against the planner's prediction, in the figure's "
                              "own unit, on log-log axes. The solid line is a perfect prediction; the dashed lines "
                              "are ±25 % and ±50 %. Click a point to open its case."));

    model_ = new ValidationCaseModel(this);
    table_ = makeReadOnlyTable(model_, QStringLiteral("validationTable"), this);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(tr("Every mapped measurement; double-click or press Enter to open its scenario."));
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) { openCase(index.row()); });

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("validationSummary"));
    summary_->setTextFormat(Qt::RichText);
    summary_->setWordWrap(true);
    summary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    summary_->setToolTip(tr("Median absolute error |predicted / measured − 1| and the share of cases within 25 % and "
                            "50 %, over tier A and B cases."));
    cvButton_ = new QPushButton(tr("Cross-&validate"), this);
    cvButton_->setObjectName(QStringLiteral("crossValidateButton"));
    cvButton_->setToolTip(tr("Refit, for each case, the efficiencies its plan uses without that case, then predict "
                             "it: how well the planner does on hardware it was not fitted to. Takes a while."));
    connect(cvButton_, &QPushButton::clicked, this, &ValidationView::startCrossValidation);

    // Top: the chart beside the summary; below: the cases.
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(chartView_, 5);
    auto* side = new QVBoxLayout;
    side->addWidget(summary_, 1);
    side->addWidget(cvButton_);
    topLayout->addLayout(side, 3);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(table_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);
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
        rebuildChart();
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
    rebuildChart();
    updateSummary();
    return true;
}

void ValidationView::rebuildChart()
{
    QChart* chart = chartView_->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    seriesClass_.clear();

    double lo = 0;
    double hi = 0;
    for (const auto& p : report_.cases) {
        if (!(p.predicted > 0) || !(p.measured > 0)) continue;
        const double a = std::min(p.predicted, p.measured);
        const double b = std::max(p.predicted, p.measured);
        lo = lo > 0 ? std::min(lo, a) : a;
        hi = std::max(hi, b);
    }
    if (!(lo > 0)) {
        lo = 0.1;
        hi = 1e4;
    }
    // Whole decades around the data.
    lo = std::pow(10.0, std::floor(std::log10(lo / 1.6)));
    hi = std::pow(10.0, std::ceil(std::log10(hi * 1.6)));

    auto* x = new QLogValueAxis(chart);
    x->setTitleText(tr("Measured"));
    x->setLabelFormat(QStringLiteral("%g"));
    x->setBase(10);
    x->setRange(lo, hi);
    auto* y = new QLogValueAxis(chart);
    y->setTitleText(tr("Predicted"));
    y->setLabelFormat(QStringLiteral("%g"));
    y->setBase(10);
    y->setRange(lo, hi);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

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
    line(1.25, tr("±25 %"), Qt::DashLine, QColor(0x4c, 0xa8, 0x5a));
    auto* under25 = line(0.75, QString(), Qt::DashLine, QColor(0x4c, 0xa8, 0x5a));
    line(1.5, tr("±50 %"), Qt::DotLine, QColor(0xe0, 0x8e, 0x2b));
    auto* under50 = line(0.5, QString(), Qt::DotLine, QColor(0xe0, 0x8e, 0x2b));
    for (auto* s : {under25, under50}) {
        const auto markers = chart->legend()->markers(s);
        for (auto* m : markers) m->setVisible(false);
    }

    const auto& classes = case_class_names();
    for (std::size_t i = 0; i < classes.size(); ++i) {
        auto* s = new QScatterSeries(chart);
        s->setName(QString::fromStdString(classes[i]));
        s->setMarkerSize(9);
        s->setColor(classColor(i));
        s->setBorderColor(classColor(i).darker(130));
        for (const auto& p : report_.cases) {
            if (p.case_class == classes[i] && p.predicted > 0 && p.measured > 0) s->append(p.measured, p.predicted);
        }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        seriesClass_[s] = classes[i];
        const std::string cls = classes[i];
        connect(s, &QScatterSeries::clicked, this, [this, cls](const QPointF& point) {
            // The case of this class nearest to the clicked point (on log axes).
            const CasePrediction* best = nullptr;
            double bestDistance = 0;
            for (const auto& p : report_.cases) {
                if (p.case_class != cls || !(p.predicted > 0) || !(p.measured > 0)) continue;
                const double d = std::hypot(std::log(p.measured / point.x()), std::log(p.predicted / point.y()));
                if (best == nullptr || d < bestDistance) {
                    best = &p;
                    bestDistance = d;
                }
            }
            if (best == nullptr) return;
            const int row = selectCase(QString::fromStdString(best->id));
            if (row >= 0) openCase(row);
        });
    }
    chart->setTitle(tr("Predicted against measured (%1 cases)").arg(pointCount()));
}

int ValidationView::pointCount() const
{
    int n = 0;
    for (const auto& [series, cls] : seriesClass_) n += static_cast<int>(series->count());
    return n;
}

void ValidationView::updateSummary()
{
    auto table = [](const ErrorSummary& overall, const std::map<std::string, ErrorSummary>& classes) {
        QString rows = summaryRow(tr("<b>overall</b>"), overall);
        for (const auto& name : case_class_names()) {
            auto it = classes.find(name);
            if (it != classes.end() && it->second.n > 0) rows += summaryRow(QString::fromStdString(name), it->second);
        }
        return QStringLiteral("<table cellspacing=0 cellpadding=2><tr><th align=left>%1</th><th>%2</th><th>%3</th>"
                              "<th>%4</th><th>%5</th></tr>%6</table>")
            .arg(tr("class"), tr("n"), tr("median error"), tr("within 25 %"), tr("within 50 %"), rows);
    };
    QString text = tr("<b>In-sample</b> (tier A and B; %1 unmapped rows not shown)").arg(report_.unmapped) +
                   table(report_.overall, report_.classes);
    if (report_.cross_validated) {
        text += tr("<br><b>Cross-validated</b> (%1)").arg(QString::fromStdString(report_.cv_method)) +
                table(report_.cv_overall, report_.cv_classes);
    } else {
        text += tr("<br>Cross-validated figures: press Cross-validate.");
    }
    summary_->setText(text);
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
    cvThread_ = QThread::create([cases, catalog, report, error, engines] {
        std::ifstream in(engines, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const auto doc = nlohmann::json::parse(text.str(), nullptr, false);
        if (doc.is_discarded()) {
            *error = "catalog/engines.json is not valid JSON";
            return;
        }
        auto priors = read_priors(doc);
        if (!priors.ok()) {
            *error = priors.error().describe();
            return;
        }
        cross_validate(*report, *cases, *catalog, priors.value());
    });
    connect(cvThread_, &QThread::finished, this, [this, report, error] {
        cvThread_->deleteLater();
        cvThread_ = nullptr;
        cvButton_->setText(tr("Cross-&validate"));
        cvButton_->setEnabled(true);
        if (error->empty()) report_ = *report;
        updateSummary();
        if (!error->empty()) summary_->setText(summary_->text() + QStringLiteral("<br>") + QString::fromStdString(*error).toHtmlEscaped());
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
