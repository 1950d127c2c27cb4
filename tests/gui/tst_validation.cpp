// The Validation tab shows the core's validation report: one table row and
// one scatter point per mapped case, and a case opens as one undo step.
// Speeds, times and memory each have their own chart, so no axis mixes units.

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>
#include <filesystem>
#include <fstream>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include "deepplan/calibration.hpp"
#include "deepplan/cross_validation.hpp"
#include "deepplan/validation.hpp"
#include <nlohmann/json.hpp>
#include "gui_test_support.h"
#include "models/validation_case_model.h"
#include "plan_controller.h"
#include "widgets/plan_panel.h"
#include "widgets/validation_view.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestValidation : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;

    static std::filesystem::path csv() { return std::filesystem::path(RESOURCES_DIR) / "validation" / "measurements.csv"; }

    static bool drawable(const CasePrediction& p) { return p.predicted > 0 && p.measured > 0; }

    /// A figure in its chart's unit, worked out here rather than asked of the
    /// view: the core names figures by unit, and the times chart is in seconds.
    static double inChartUnit(const CasePrediction& p, double value)
    {
        // decode.tpot_ms and serving.tpot_ms: the times chart is in seconds.
        const bool ms = p.figure.size() > 3 && p.figure.compare(p.figure.size() - 3, 3, "_ms") == 0;
        return ms ? value / 1000.0 : value;
    }

    /// The chart tabs of a view, with the view shown so that clicks reach it.
    static QTabWidget* shownTabs(ValidationView& view)
    {
        view.resize(1300, 850);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view)) return nullptr;
        return view.findChild<QTabWidget*>(QStringLiteral("validationChartTabs"));
    }

    /// Clicks on the chart tab `index` the way a user does.
    static void clickTab(QTabWidget* tabs, int index)
    {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    }

    /// The drawn points of a chart, as (measured, predicted) pairs.
    static std::multiset<std::pair<double, double>> drawnPoints(QChart* chart)
    {
        std::multiset<std::pair<double, double>> points;
        for (QAbstractSeries* series : chart->series()) {
            if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
                for (const QPointF& pt : scatter->points()) points.emplace(pt.x(), pt.y());
            }
        }
        return points;
    }

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
    }

    void tableAndScatterHoldEveryMappedCase()
    {
        ScenarioDocument doc;
        ValidationView view(&doc, catalog_.get(), csv());
        QVERIFY(view.reload());
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const auto cases = read_cases(csv());
        QVERIFY(cases.ok());
        const ValidationReport report = validate(cases.value(), catalog_->catalog());
        int mapped = 0;
        for (const auto& c : cases.value()) mapped += c.mapped ? 1 : 0;
        QVERIFY(mapped > 0);
        QCOMPARE(static_cast<int>(report.cases.size()), mapped);
        QCOMPARE(view.model()->rowCount(), mapped);

        int drawable = 0;
        for (const auto& p : report.cases) drawable += (p.predicted > 0 && p.measured > 0) ? 1 : 0;
        QCOMPARE(view.pointCount(), drawable);
        // Every case the core could predict is a point.
        int predicted = 0;
        for (const auto& p : report.cases) predicted += std::isfinite(p.predicted) ? 1 : 0;
        QCOMPARE(drawable, predicted);

        QCOMPARE(view.report().overall.n, report.overall.n);
        QCOMPARE(view.report().overall.median_abs_error, report.overall.median_abs_error);
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            const auto& p = report.cases[static_cast<std::size_t>(r)];
            QCOMPARE(view.model()->index(r, ValidationCaseModel::Id).data().toString(), QString::fromStdString(p.id));
        }
    }

    void activatingARowOpensItsScenarioAsOneUndoStep()
    {
        ScenarioDocument doc;
        PlanController controller(&doc, catalog_.get());
        ValidationView view(&doc, catalog_.get(), csv());
        QVERIFY(view.reload());
        const auto cases = read_cases(csv()).value();
        const Scenario before = doc.scenario();

        // A case whose scenario differs from the default one.
        int row = -1;
        Scenario expected;
        for (int r = 0; r < view.model()->rowCount() && row < 0; ++r) {
            const auto id = view.model()->index(r, 0).data().toString().toStdString();
            for (const auto& c : cases) {
                if (c.mapped && c.id == id && !(c.scenario == before)) {
                    row = r;
                    expected = c.scenario;
                }
            }
        }
        QVERIFY(row >= 0);
        QSignalSpy opened(&view, &ValidationView::caseOpened);
        emit view.table()->activated(view.model()->index(row, ValidationCaseModel::Measured));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(doc.scenario(), expected);
        QCOMPARE(controller.current()->scenario, expected);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario(), before);
    }

    void everyChartShowsOneFigureKindInOneUnit()
    {
        ScenarioDocument doc;
        ValidationView view(&doc, catalog_.get(), csv());
        QTabWidget* tabs = shownTabs(view);
        QVERIFY(tabs != nullptr);
        const ValidationReport report = validate(read_cases(csv()).value(), catalog_->catalog());

        struct Expected {
            FigureKind kind;
            QString unit;
        };
        const std::vector<Expected> expected{
            {FigureKind::Rate, QStringLiteral("tok/s")}, {FigureKind::Time, QStringLiteral("s")},
            {FigureKind::Memory, QStringLiteral("GB")}};
        QCOMPARE(tabs->count(), static_cast<int>(expected.size()));

        int total = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            const auto& [kind, unit] = expected[static_cast<std::size_t>(i)];
            const QString inUnit = QStringLiteral("(%1)").arg(unit);
            clickTab(tabs, i);
            QCOMPARE(tabs->currentIndex(), i);
            QVERIFY2(tabs->tabText(i).contains(inUnit), qPrintable(tabs->tabText(i)));
            auto* chartView = qobject_cast<QChartView*>(tabs->currentWidget());
            QVERIFY(chartView != nullptr);
            QCOMPARE(chartView, view.chartView(kind));
            QChart* chart = chartView->chart();

            // One log axis each way, each titled with this chart's one unit.
            const auto xs = chart->axes(Qt::Horizontal);
            const auto ys = chart->axes(Qt::Vertical);
            QCOMPARE(xs.size(), 1);
            QCOMPARE(ys.size(), 1);
            auto* x = qobject_cast<QLogValueAxis*>(xs.first());
            auto* y = qobject_cast<QLogValueAxis*>(ys.first());
            QVERIFY(x != nullptr && y != nullptr);
            QVERIFY2(x->titleText().startsWith(QStringLiteral("Measured")) && x->titleText().endsWith(inUnit),
                     qPrintable(x->titleText()));
            QVERIFY2(y->titleText().startsWith(QStringLiteral("Predicted")) && y->titleText().endsWith(inUnit),
                     qPrintable(y->titleText()));
            // No other unit on this chart's axes.
            for (const auto& other : expected) {
                if (other.unit == unit) continue;
                QVERIFY(!x->titleText().contains(QStringLiteral("(%1)").arg(other.unit)));
                QVERIFY(!y->titleText().contains(QStringLiteral("(%1)").arg(other.unit)));
            }

            // The points are exactly the core's drawable cases of this kind, in the chart's unit.
            std::multiset<std::pair<double, double>> want;
            for (const auto& p : report.cases) {
                if (p.kind == kind && drawable(p)) want.emplace(inChartUnit(p, p.measured), inChartUnit(p, p.predicted));
            }
            QVERIFY2(!want.empty(), "the measurements hold cases of every kind");
            const auto drawn = drawnPoints(chart);
            QCOMPARE(drawn.size(), want.size());
            QVERIFY(drawn == want);
            QCOMPARE(view.pointCount(kind), static_cast<int>(want.size()));
            QVERIFY(tabs->tabText(i).contains(QString::number(want.size())));
            total += static_cast<int>(want.size());

            // The range is fitted to these points (no spare decade) and holds
            // at least two powers of ten, where the labelled ticks are.
            double lo = 0;
            double hi = 0;
            for (const auto& [m, q] : drawn) {
                lo = lo > 0 ? std::min({lo, m, q}) : std::min(m, q);
                hi = std::max({hi, m, q});
            }
            for (QLogValueAxis* axis : {x, y}) {
                const QString range = QStringLiteral("%1..%2 for points %3..%4").arg(axis->min()).arg(axis->max()).arg(lo).arg(hi);
                QVERIFY2(axis->min() < lo && axis->max() > hi, qPrintable(range));
                QVERIFY2(axis->min() * 10 > lo / 2 && axis->max() / 10 < hi * 2, qPrintable(range));
                const double labelled = std::floor(std::log10(axis->max())) - std::ceil(std::log10(axis->min())) + 1;
                QVERIFY2(labelled >= 2, qPrintable(range));
            }

            // The ±25 % and ±50 % bands and the diagonal are on every chart.
            QStringList lines;
            for (QAbstractSeries* series : chart->series()) {
                if (auto* line = qobject_cast<QLineSeries*>(series); line != nullptr && !qobject_cast<QScatterSeries*>(series))
                    lines << line->name();
            }
            QCOMPARE(lines.size(), 5);
            QVERIFY(lines.contains(QStringLiteral("±25 %")));
            QVERIFY(lines.contains(QStringLiteral("±50 %")));
        }
        QCOMPARE(total, view.pointCount());
    }

    void clickingAPointOpensItsScenario()
    {
        ScenarioDocument doc;
        PlanController controller(&doc, catalog_.get());
        ValidationView view(&doc, catalog_.get(), csv());
        QTabWidget* tabs = shownTabs(view);
        QVERIFY(tabs != nullptr);
        const auto cases = read_cases(csv()).value();
        const ValidationReport report = validate(cases, catalog_->catalog());
        const Scenario before = doc.scenario();

        // The times chart: its points went through the ms-to-s conversion.
        clickTab(tabs, 1);
        QChartView* chartView = view.chartView(FigureKind::Time);
        QCOMPARE(tabs->currentWidget(), chartView);
        QChart* chart = chartView->chart();
        QCoreApplication::processEvents();

        // A point well clear of the others on screen, whose case has a scenario other than the current one.
        std::vector<std::pair<QScatterSeries*, QPointF>> all;
        for (QAbstractSeries* series : chart->series()) {
            if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
                for (const QPointF& pt : scatter->points()) all.emplace_back(scatter, pt);
            }
        }
        QVERIFY(!all.empty());
        auto onScreen = [&](const std::pair<QScatterSeries*, QPointF>& sp) {
            return chartView->mapFromScene(chart->mapToScene(chart->mapToPosition(sp.second, sp.first)));
        };
        const CasePrediction* target = nullptr;
        QPoint where;
        for (const auto& sp : all) {
            const QPoint pos = onScreen(sp);
            bool clear = chartView->viewport()->rect().contains(pos);
            for (const auto& other : all) {
                if (&other != &sp && (onScreen(other) - pos).manhattanLength() < 16) clear = false;
            }
            if (!clear) continue;
            for (const auto& p : report.cases) {
                if (p.kind != FigureKind::Time || !drawable(p) || inChartUnit(p, p.measured) != sp.second.x() ||
                    inChartUnit(p, p.predicted) != sp.second.y())
                    continue;
                for (const auto& c : cases) {
                    if (c.mapped && c.id == p.id && !(c.scenario == before)) target = &p;
                }
            }
            if (target != nullptr) {
                where = pos;
                break;
            }
        }
        QVERIFY2(target != nullptr, "a time case stands clear on the chart");

        QSignalSpy opened(&view, &ValidationView::caseOpened);
        QTest::mouseMove(chartView->viewport(), where);
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, where);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), QString::fromStdString(target->id));
        Scenario expected;
        for (const auto& c : cases) {
            if (c.mapped && c.id == target->id) expected = c.scenario;
        }
        QCOMPARE(doc.scenario(), expected);
        QCOMPARE(controller.current()->scenario, expected);
        QCOMPARE(doc.undoStack()->count(), 1);
        // The clicked case is the selected row.
        const QModelIndex current = view.table()->selectionModel()->currentIndex();
        QCOMPARE(view.model()->index(current.row(), ValidationCaseModel::Id).data().toString(),
                 QString::fromStdString(target->id));
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario(), before);
    }

    void selectingARowShowsTheChartOfItsKind()
    {
        ScenarioDocument doc;
        ValidationView view(&doc, catalog_.get(), csv());
        QTabWidget* tabs = shownTabs(view);
        QVERIFY(tabs != nullptr);
        for (const FigureKind kind : {FigureKind::Memory, FigureKind::Rate, FigureKind::Time}) {
            int row = -1;
            for (int r = 0; r < view.model()->rowCount() && row < 0; ++r) {
                if (view.model()->rowFromIndex(view.model()->index(r, 0))->prediction.kind == kind) row = r;
            }
            QVERIFY(row >= 0);
            view.table()->setCurrentIndex(view.model()->index(row, ValidationCaseModel::Id));
            QCOMPARE(tabs->currentWidget(), view.chartView(kind));
        }
    }

    void pointsAreColouredByRegime()
    {
        ScenarioDocument doc;
        ValidationView view(&doc, catalog_.get(), csv());
        QVERIFY(view.reload());
        const ValidationReport report = validate(read_cases(csv()).value(), catalog_->catalog());
        std::set<std::string> groupings;
        std::set<QRgb> colours;
        for (const FigureKind kind : ValidationView::chartKinds()) {
            QChart* chart = view.chartView(kind)->chart();
            for (QAbstractSeries* series : chart->series()) {
                auto* scatter = qobject_cast<QScatterSeries*>(series);
                if (scatter == nullptr) continue;
                // A series is one family/placement grouping, in that grouping's colour on every chart...
                const std::string grouping = scatter->name().toStdString();
                const auto& all = ValidationView::colourGroupings();
                QVERIFY2(std::find(all.begin(), all.end(), grouping) != all.end(), grouping.c_str());
                QCOMPARE(scatter->color(), ValidationView::regimeColour(grouping));
                groupings.insert(grouping);
                colours.insert(scatter->color().rgb());
                // ...holding exactly the drawable cases of this kind whose regime is in it.
                std::multiset<std::pair<double, double>> want;
                for (const auto& p : report.cases) {
                    if (p.kind == kind && drawable(p) && regime_in_grouping(p.regime, grouping))
                        want.emplace(inChartUnit(p, p.measured), inChartUnit(p, p.predicted));
                }
                std::multiset<std::pair<double, double>> drawn;
                for (const QPointF& pt : scatter->points()) drawn.emplace(pt.x(), pt.y());
                QVERIFY2(drawn == want, grouping.c_str());
            }
        }
        // The shipped cases span dense and MoE, one device, one machine, several machines and offload.
        for (const char* g : {"dense/one-device", "dense/tp-one-machine", "moe/one-device", "moe/tp-one-machine",
                              "moe/multi-machine", "moe/offload"}) {
            QVERIFY2(groupings.count(g) == 1, g);
        }
        QCOMPARE(colours.size(), groupings.size());
    }

    void crossValidationShowsLeaveOneSourceOutPerRegime()
    {
        // A resources tree of its own: two sources measuring the same three
        // llama.cpp deployments, one 1.3x faster than the other.
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("validation")) && QDir(root.path()).mkpath(QStringLiteral("catalog")));
        const QString engines = QString::fromStdString((std::filesystem::path(RESOURCES_DIR) / "catalog" / "engines.json").string());
        QVERIFY(QFile::copy(engines, root.filePath(QStringLiteral("catalog/engines.json"))));
        const QString fitSettings = QString::fromStdString((std::filesystem::path(RESOURCES_DIR) / "validation" / "fit-settings.json").string());
        QVERIFY(QFile::copy(fitSettings, root.filePath(QStringLiteral("validation/fit-settings.json"))));
        std::string text =
            "id,tier,metric,value,unit,source_url,source,engine_version,measured_date,status,figure,measured,scn_model,"
            "scn_variant,scn_engine,scn_pool,scn_concurrency,scn_prompt,scn_output,scn_context,scn_offload,scn_mtp,"
            "scn_raise_wired,scn_kv_bytes,note\n";
        auto row = [&](const std::string& id, const std::string& source, const std::string& model, const std::string& variant,
                       const std::string& pool, double tps) {
            text += id + ",A,tg128," + std::to_string(tps) + ",tok/s,https://example.org/" + source + "," + source +
                    ",b4567,2025-03,mapped,decode.tokens_per_s," + std::to_string(tps) + "," + model + "," + variant +
                    ",llama.cpp," + pool + ",1,1,128,128,none,0,0,,\n";
        };
        row("a1", "blog-a", "deepseek-r1-distill-qwen-14b", "q4_k_m", "1x pc-ddr5+1x rtx-3060-12g", 26.0);
        row("a2", "blog-a", "deepseek-r1-distill-qwen-32b", "q8_0", "1x server-pcie+4x rtx-3090", 23.0);
        row("a3", "blog-a", "deepseek-r1", "iq4_xs", "1x server-pcie+16x rtx-3090", 17.0);
        row("b1", "thread-b", "deepseek-r1-distill-qwen-14b", "q4_k_m", "1x pc-ddr5+1x rtx-3060-12g", 20.0);
        row("b2", "thread-b", "deepseek-r1-distill-qwen-32b", "q8_0", "1x server-pcie+4x rtx-3090", 17.5);
        row("b3", "thread-b", "deepseek-r1", "iq4_xs", "1x server-pcie+16x rtx-3090", 13.0);
        const std::filesystem::path cases = std::filesystem::path(root.path().toStdString()) / "validation" / "measurements.csv";
        {
            std::ofstream out(cases, std::ios::binary);
            out << text;
        }

        ScenarioDocument doc;
        ValidationView view(&doc, catalog_.get(), cases);
        QVERIFY(view.reload());
        QVERIFY(!view.report().cross_validated);
        QVERIFY(!view.summaryText().contains(QStringLiteral("<th>LOSO</th>")));
        QSignalSpy done(&view, &ValidationView::crossValidated);
        auto* button = view.findChild<QPushButton*>(QStringLiteral("crossValidateButton"));
        QVERIFY(button != nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(done.count() == 1 || done.wait(120000));

        // The view's figures are the core's leave-one-source-out ones.
        const auto& r = view.report();
        QVERIFY(r.cross_validated);
        QCOMPARE(QString::fromStdString(r.cv_method), QStringLiteral("leave-one-source-out"));
        QCOMPARE(r.n_sources, 2);
        const auto parsed = read_cases(cases).value();
        ValidationReport expected = validate(parsed, catalog_->catalog());
        std::ifstream in(std::filesystem::path(RESOURCES_DIR) / "catalog" / "engines.json", std::ios::binary);
        const auto priors = read_priors(nlohmann::json::parse(in));
        QVERIFY(priors.ok());
        cross_validate_by_source(expected, parsed, catalog_->catalog(), priors.value());
        QCOMPARE(r.cv_overall.median_abs_error, expected.cv_overall.median_abs_error);
        QVERIFY(r.cv_overall.median_abs_error > r.overall.median_abs_error);

        // The summary shows them per regime, with the median ratio and the share within 1.5x.
        auto* label = view.findChild<QLabel*>(QStringLiteral("validationSummary"));
        QVERIFY(label != nullptr);
        const QString shown = label->text();
        QVERIFY2(shown.contains(QStringLiteral("leave-one-source-out")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("LOSO")) && shown.contains(QStringLiteral("ratio")), qPrintable(shown));
        for (const char* g : {"dense/one-device", "dense/tp-one-machine", "moe/tp-one-machine"}) {
            QVERIFY2(r.cv_regimes.count(g) == 1, g);
            const ErrorSummary& s = r.cv_regimes.at(g);
            QVERIFY2(shown.contains(QString::fromLatin1(g)), g);
            QVERIFY2(shown.contains(QString::number(s.median_ratio, 'f', 2)), qPrintable(shown));
            // The swatch beside the grouping is its points' colour.
            QVERIFY2(shown.contains(ValidationView::regimeColour(g).name()), g);
        }
    }

    void theMainWindowHasAValidationTab()
    {
        MainWindow window(catalog_.get());
        QVERIFY(window.validationView() != nullptr);
        QVERIFY(window.planPanel()->tabs()->indexOf(window.validationView()) >= 0);
    }
};

QTEST_MAIN(TestValidation)
#include "tst_validation.moc"
