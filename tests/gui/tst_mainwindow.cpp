// The widgets show exactly what the core computes for the scenario chosen
// in them; the recompute + redraw time after an edit is measured and printed.

#include <algorithm>
#include <cmath>
#include <vector>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSpinBox>

#include "core_text.h"
#include "figure_format.h"
#include "gui_test_support.h"
#include "models/assumptions_model.h"
#include "models/pool_table_model.h"
#include "plan_controller.h"
#include "widgets/key_figures_view.h"
#include "widgets/layout_view.h"
#include "widgets/memory_chart_view.h"
#include "widgets/plan_panel.h"
#include "widgets/pool_editor.h"
#include "widgets/verdict_banner.h"
#include "widgets/what_if_view.h"
#include "models/stage_model.h"
#include "models/device_memory_model.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;
    std::unique_ptr<MainWindow> window_;

    template <class T>
    T* find(const char* name)
    {
        auto* w = window_->findChild<T*>(QString::fromLatin1(name));
        if (w == nullptr) qFatal("no child %s", name);
        return w;
    }

    QString text(const char* name) { return find<QLabel>(name)->text(); }

    void choose(const char* comboName, const QString& id)
    {
        auto* combo = find<QComboBox>(comboName);
        const int i = combo->findData(id);
        QVERIFY2(i >= 0, qPrintable(id));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }

    /// Every figure on screen equals the core's value for the document's scenario.
    void checkShownFigures()
    {
        const Scenario& s = window_->document()->scenario();
        const Plan p = test::corePlan(s, catalog_->catalog());
        QCOMPARE(text("figureNodesValue"), FigureFormat::integer(p.nodes));
        QCOMPARE(text("figureDevicesValue"), FigureFormat::integer(p.devices));
        QCOMPARE(text("figureMemoryValue"), FigureFormat::memoryOf(p.memory.used_gb, p.memory.usable_gb));
        QCOMPARE(text("figureDecodeValue"), FigureFormat::tokensPerSecond(p.decode.tokens_per_s));
        QCOMPARE(text("figureAggregateValue"), FigureFormat::tokensPerSecond(p.decode.aggregate_tokens_per_s));
        QCOMPARE(text("figurePrefillValue"), FigureFormat::tokensPerSecond(p.prefill.tokens_per_s));
        QCOMPARE(text("figureTtftValue"), FigureFormat::duration(p.prefill.ttft_s));
        QCOMPARE(text("figureBottleneckValue"), !p.fits && p.decode.tokens_per_s <= 0 ? QStringLiteral("–")
                                                                                   : FigureFormat::bottleneck(p.decode.bottleneck));
        // A plan that does not fit shows its placement's speeds struck out, "if it fitted".
        const QString range = QStringLiteral("range ") + FigureFormat::range(p.decode.tokens_per_s_range.low, p.decode.tokens_per_s_range.high) +
                              QStringLiteral(" · ") + FigureFormat::integer(std::llround(p.decode.roofline_fraction * 100.0)) +
                              QStringLiteral(" % of the hardware's limit");
        QCOMPARE(text("figureDecodeDetail"), p.fits ? range : QStringLiteral("if it fitted · ") + range);
        for (const char* speed : {"figureDecodeValue", "figureAggregateValue", "figurePrefillValue", "figureTtftValue"}) {
            QCOMPARE(find<QLabel>(speed)->font().strikeOut(), !p.fits);
        }
        QCOMPARE(find<QLabel>("figureNodesValue")->font().strikeOut(), false);
        QVERIFY(p.decode.roofline_fraction > 0.0 && p.decode.roofline_fraction <= 1.0);
        if (s.workload.concurrency > 1) {
            // What a client sees under load (its TTFT and time per token), and the burst's mean.
            const QString detail = text("figureTtftDetail");
            QVERIFY2(detail.contains(FigureFormat::duration(p.serving.ttft_s)), qPrintable(detail));
            QVERIFY2(detail.contains(FigureFormat::duration(p.serving.tpot_ms / 1000.0)), qPrintable(detail));
            if (s.workload.arrivals == Arrivals::Staggered)
                QVERIFY2(detail.contains(FigureFormat::duration(p.prefill.ttft_s_at_concurrency)), qPrintable(detail));
        }

        auto* banner = find<VerdictBanner>("verdictBanner");
        QCOMPARE(banner->state(), p.fits ? VerdictBanner::State::Fits : VerdictBanner::State::DoesNotFit);
        for (const auto& reason : p.reasons) QVERIFY(text("verdictDetails").contains(CoreText::translate(reason)));
        if (p.min_nodes) QVERIFY(text("verdictMinimum").contains(QString::number(*p.min_nodes)));

        // Each bar stands for one device or a run of devices that hold the same amounts.
        auto* chart = find<MemoryChartView>("memoryChart");
        QVERIFY(chart->barCount() >= 1 && chart->barCount() <= MemoryChartView::kMaxBars);
        int next = 0;
        for (int bar = 0; bar < chart->barCount(); ++bar) {
            QCOMPARE(chart->firstDevice(bar), next);
            for (int k = next; k < next + chart->deviceCount(bar); ++k) {
                const auto& d = p.memory.per_device[static_cast<std::size_t>(k)];
                QCOMPARE(chart->value(MemoryChartView::Weights, bar), d.weights_gb);
                QCOMPARE(chart->value(MemoryChartView::KvCache, bar), d.kv_cache_gb);
                QCOMPARE(chart->value(MemoryChartView::Activations, bar), d.activations_gb);
                QCOMPARE(chart->value(MemoryChartView::Overhead, bar), d.overhead_gb);
                QCOMPARE(chart->value(MemoryChartView::Free, bar), std::max(0.0, d.free_gb));
            }
            next += chart->deviceCount(bar);
        }
        if (p.memory.per_device.size() <= static_cast<std::size_t>(MemoryChartView::kMaxBars))
            QCOMPARE(next, static_cast<int>(p.memory.per_device.size()));

        auto* whatIf = find<WhatIfView>("whatIfView");
        window_->planPanel()->tabs()->setCurrentWidget(whatIf);  // drawn when shown
        QCOMPARE(whatIf->concurrencyMarker()->count(), 1);
        QCOMPARE(whatIf->concurrencyMarker()->at(0), QPointF(s.workload.concurrency, p.decode.tokens_per_s));
        QCOMPARE(whatIf->contextMarker()->at(0), QPointF(s.workload.context, p.decode.tokens_per_s));
        // Every sampled point is the core's plan at that concurrency.
        const auto* series = whatIf->concurrencySeries();
        QVERIFY(series->count() > 3);
        for (int i = 0; i < series->count(); ++i) {
            Scenario at = s;
            at.workload.concurrency = static_cast<int>(series->at(i).x());
            const auto r = plan(at, catalog_->catalog(), PlanOptions{false, false});
            QVERIFY(r.ok());
            QCOMPARE(series->at(i).y(), r.value().decode.tokens_per_s);
        }

        QCOMPARE(window_->planPanel()->layoutView()->stageModel()->rowCount(), static_cast<int>(p.layout.stages.size()));
        QCOMPARE(window_->planPanel()->layoutView()->deviceModel()->rowCount(), static_cast<int>(p.memory.per_device.size()));
        QCOMPARE(window_->planPanel()->assumptionsModel()->rowCount(), static_cast<int>(p.assumptions.size()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(settings_.isValid());
        test::isolate(settings_);
    }

    void init()
    {
        catalog_ = test::makeCatalog(user_.path() + QStringLiteral("/catalog"));
        QVERIFY2(catalog_->isValid(), qPrintable(catalog_->lastError()));
        window_ = std::make_unique<MainWindow>(catalog_.get());
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanup()
    {
        window_.reset();
        catalog_.reset();
    }

    void startsWithTheDefaultScenario()
    {
        QCOMPARE(window_->document()->scenario(), default_scenario());
        checkShownFigures();
        QVERIFY(find<QLabel>("variantInfoLabel")->text().contains(QStringLiteral("bits per weight")));
    }

    void modelsAreSound()
    {
        QAbstractItemModelTester pool(window_->poolEditor()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester stages(window_->planPanel()->layoutView()->stageModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester devices(window_->planPanel()->layoutView()->deviceModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester assumptions(window_->planPanel()->assumptionsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        window_->poolEditor()->addGroup();
        window_->poolEditor()->duplicateGroup();
        window_->poolEditor()->removeGroup();
        choose("variantCombo", QStringLiteral("ud-iq1_s"));
    }

    void choosingModelVariantAndPoolShowsTheCoreFigures()
    {
        QSignalSpy planned(window_->controller(), &PlanController::planChanged);
        choose("modelCombo", QStringLiteral("deepseek-r1"));
        choose("variantCombo", QStringLiteral("fp8"));
        choose("engineCombo", QStringLiteral("vllm"));

        // The pool through its table: 2 × HGX H100 over InfiniBand.
        auto* model = window_->poolEditor()->model();
        QVERIFY(model->setData(model->index(0, PoolTableModel::System), QStringLiteral("hgx-h100-8")));
        QVERIFY(model->setData(model->index(0, PoolTableModel::Count), 2));
        QVERIFY(model->setData(model->index(0, PoolTableModel::Link), QStringLiteral("ib-ndr400")));
        QVERIFY(planned.count() >= 4);

        const Scenario& s = window_->document()->scenario();
        QCOMPARE(s.variant, std::string("fp8"));
        QCOMPARE(s.engine, std::string("vllm"));
        QCOMPARE(to_spec(s.pool), std::string("2x hgx-h100-8@ib-ndr400"));
        checkShownFigures();

        // Typing into the concurrency box recomputes on every keystroke.
        auto* concurrency = find<QSpinBox>("concurrencySpin");
        concurrency->selectAll();
        QTest::keyClicks(concurrency, QStringLiteral("16"));
        QCOMPARE(window_->document()->scenario().workload.concurrency, 16);
        checkShownFigures();

        auto* context = find<QSpinBox>("contextSpin");
        context->selectAll();
        QTest::keyClicks(context, QStringLiteral("32768"));
        QCOMPARE(window_->document()->scenario().workload.context, 32768);
        checkShownFigures();
    }

    void theArrivalsBoxChangesTheServingFiguresInOneUndoStep()
    {
        // The SGLang cookbook's B200 setting: 16 clients of 500 + 500 tokens.
        Scenario s = test::b200SixteenClients();
        window_->document()->reset(s, QString());
        auto* box = find<QComboBox>("arrivalsCombo");
        QVERIFY(box->isEnabled());
        QCOMPARE(box->currentData().toInt(), static_cast<int>(Arrivals::Staggered));
        const Plan staggered = window_->controller()->current()->plan.value();
        QCOMPARE(staggered.serving.output_tokens_per_s, test::corePlan(s, catalog_->catalog()).serving.output_tokens_per_s);
        checkShownFigures();
        const QString staggeredDetail = text("figureTtftDetail");
        QVERIFY2(staggeredDetail.contains(QStringLiteral("under load 170 ms, then 18.9 ms a token (staggered)")),
                 qPrintable(staggeredDetail));

        // The user picks "together" with the keyboard.
        auto* undo = window_->document()->undoStack();
        const int steps = undo->count();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(window_->document()->scenario().workload.arrivals, Arrivals::Together);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Change how requests arrive"));
        Scenario together = s;
        together.workload.arrivals = Arrivals::Together;
        const Plan shown = window_->controller()->current()->plan.value();
        const Plan expected = test::corePlan(together, catalog_->catalog());
        QCOMPARE(shown.serving.output_tokens_per_s, expected.serving.output_tokens_per_s);
        QCOMPARE(shown.serving.ttft_s, expected.serving.ttft_s);
        QCOMPARE(shown.serving.tpot_ms, expected.serving.tpot_ms);
        // All 16 prompts in one pass a wave: more tokens/s, a shorter time per token.
        QCOMPARE(shown.serving.prompts_per_pass, 16.0);
        QVERIFY(shown.serving.output_tokens_per_s > 1.1 * staggered.serving.output_tokens_per_s);
        QVERIFY(shown.serving.tpot_ms < staggered.serving.tpot_ms);
        checkShownFigures();
        QVERIFY2(text("figureTtftDetail").contains(QStringLiteral("(together)")), qPrintable(text("figureTtftDetail")));

        // One undo step restores the box, the scenario and the figures.
        QTest::keySequence(window_.get(), QKeySequence::Undo);
        QCOMPARE(window_->document()->scenario(), s);
        QCOMPARE(box->currentData().toInt(), static_cast<int>(Arrivals::Staggered));
        QCOMPARE(window_->controller()->current()->plan->serving.output_tokens_per_s, staggered.serving.output_tokens_per_s);
        QCOMPARE(text("figureTtftDetail"), staggeredDetail);

        // One client has nothing to stagger: the box is greyed, its tooltip says why.
        auto* concurrency = find<QSpinBox>("concurrencySpin");
        concurrency->setValue(1);
        QVERIFY(!box->isEnabled());
        QVERIFY(box->toolTip().contains(QStringLiteral("one client")));
        QCOMPARE(text("figureTtftDetail"), QStringLiteral("for 500 prompt tokens"));
        concurrency->setValue(16);
        QVERIFY(box->isEnabled());
    }

    void aDistilledModelOnALaptop()
    {
        choose("modelCombo", QStringLiteral("deepseek-r1-distill-qwen-7b"));
        QCOMPARE(window_->document()->scenario().model, std::string("deepseek-r1-distill-qwen-7b"));
        auto* model = window_->poolEditor()->model();
        QVERIFY(model->setData(model->index(0, PoolTableModel::System), QStringLiteral("laptop-16g")));
        QVERIFY(model->setData(model->index(0, PoolTableModel::Count), 1));
        checkShownFigures();
    }

    void memoryChartDrawsTheCapacityAndColoursTheOverflow()
    {
        // The 4-bit R1 on one RTX 4090 without offload: the card needs far more
        // than its usable memory.
        Scenario s = default_scenario();
        s.model = "deepseek-r1";
        s.variant = "q4_k_m";
        s.engine = "llama.cpp";
        s.offload = OffloadMode::None;
        s.pool = parse_pool_spec("1x pc-ddr5+1x rtx-4090").value();
        window_->document()->reset(s, QString());
        const Plan p = test::corePlan(s, catalog_->catalog());
        QVERIFY(!p.fits);
        auto* chart = find<MemoryChartView>("memoryChart");
        bool overflowSeen = false;
        for (int i = 0; i < chart->barCount(); ++i) {
            const DeviceMemory& d = p.memory.per_device[static_cast<std::size_t>(chart->firstDevice(i))];
            QCOMPARE(chart->capacityLine(i), d.usable_gb);
            double inside = 0;
            for (auto c : {MemoryChartView::Weights, MemoryChartView::KvCache, MemoryChartView::Activations,
                           MemoryChartView::Overhead})
                inside += chart->value(c, i);
            const double used = d.weights_gb + d.kv_cache_gb + d.activations_gb + d.overhead_gb;
            // The parts stop at the line; the rest is the red overflow segment.
            QVERIFY(inside <= d.usable_gb + 1e-9);
            QVERIFY(qAbs(inside + chart->value(MemoryChartView::Overflow, i) - used) < 1e-6);
            if (used > d.usable_gb + 1e-9) {
                overflowSeen = true;
                QVERIFY(qAbs(chart->value(MemoryChartView::Overflow, i) - (used - d.usable_gb)) < 1e-6);
                QCOMPARE(chart->value(MemoryChartView::Free, i), 0.0);
            }
        }
        QVERIFY(overflowSeen);

        // A plan that fits has no overflow and keeps every part whole.
        window_->document()->reset(default_scenario(), QString());
        const Plan fits = test::corePlan(default_scenario(), catalog_->catalog());
        QVERIFY(fits.fits);
        for (int i = 0; i < chart->barCount(); ++i) {
            QCOMPARE(chart->value(MemoryChartView::Overflow, i), 0.0);
            QCOMPARE(chart->value(MemoryChartView::Weights, i),
                     fits.memory.per_device[static_cast<std::size_t>(chart->firstDevice(i))].weights_gb);
        }
    }

    void anImpossibleScenarioSaysWhy()
    {
        // An engine that cannot load the format: the core refuses, the banner says so.
        choose("variantCombo", QStringLiteral("mlx-4bit"));
        const Scenario& s = window_->document()->scenario();
        const auto r = plan(s, catalog_->catalog());
        if (r.ok()) {
            checkShownFigures();
        } else {
            QCOMPARE(find<VerdictBanner>("verdictBanner")->state(), VerdictBanner::State::Error);
            QCOMPARE(text("verdictDetails"), QString::fromStdString(r.error().describe()));
        }
    }

    void recomputeAndRedrawTime_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("memory tab") << 0;
        QTest::newRow("what-if tab") << 1;
    }

    void recomputeAndRedrawTime()
    {
        // Not an assertion: the figure is printed for the record.
        QFETCH(int, tab);
        window_->planPanel()->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        auto* concurrency = find<QSpinBox>("concurrencySpin");
        std::vector<double> ms, update, core;
        QElapsedTimer timer;
        for (int i = 0; i < 50; ++i) {
            timer.start();
            concurrency->setValue(i % 2 == 0 ? 8 : 1);  // edit -> command -> plan -> views
            const double updated = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            window_->repaint();                          // synchronous redraw of the whole window
            ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            update.push_back(updated);
            core.push_back(window_->controller()->current()->compute_ms);
        }
        auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const double p90 = sorted[sorted.size() * 9 / 10];
        qInfo("%s: recompute + redraw after an edit: median %.2f ms (90th percentile %.2f ms); of which core plan + "
              "what-if samples %.3f ms, views updated %.2f ms (%d edits, window %dx%d)",
              qPrintable(window_->planPanel()->tabs()->tabText(tab).remove(QLatin1Char('&'))), median(ms), p90, median(core), median(update), static_cast<int>(ms.size()), window_->width(),
              window_->height());
        QVERIFY(median(ms) > 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
