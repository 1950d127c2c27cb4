// The Cost tab shows the core's cost figures; the economics form edits the
// scenario through undoable commands.

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QUndoStack>

#include "commands/set_economics_command.h"
#include "deepplan/cost.hpp"
#include "dialogs/preferences_dialog.h"
#include "economics_defaults.h"
#include "figure_format.h"
#include "gui_test_support.h"
#include "plan_controller.h"
#include "widgets/cost_view.h"
#include "widgets/economics_form.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestCost : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;

    /// A scenario whose own and rented costs are both known.
    Scenario pricedScenario()
    {
        Scenario s = default_scenario();
        s.model = "deepseek-v3";
        s.variant = "fp8";
        s.engine = "auto";
        s.pool.groups = {NodeGroup{1, "hgx-h200-8", -1, "", ""}};
        // The catalog prices the H200 cards but not the HGX chassis: give the pool's price.
        s.economics.capex_usd = 350000;
        return s;
    }

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
    }

    void ownFiguresAreTheCoresAndRentingIsUndoable()
    {
        ScenarioDocument doc;
        doc.reset(pricedScenario(), QString());
        PlanController controller(&doc, catalog_.get());
        CostView view(&doc, &controller, catalog_.get());
        const Catalog& c = catalog_->catalog();

        const Plan own = test::corePlan(doc.scenario(), c);
        QVERIFY2(own.cost.known, "the test scenario needs catalog prices");
        QCOMPARE(view.valueLabel(CostView::Output, CostView::Own)->text(), CostView::usd(own.cost.per_million_output_usd));
        QCOMPARE(view.valueLabel(CostView::Input, CostView::Own)->text(), CostView::usd(own.cost.per_million_input_usd));
        QCOMPARE(view.valueLabel(CostView::Hour, CostView::Own)->text(), CostView::usd(own.cost.usd_per_hour));
        QCOMPARE(view.barValue(CostView::Own), own.cost.per_million_output_usd);
        if (own.cost.api.known)
            QCOMPARE(view.valueLabel(CostView::Output, CostView::Api)->text(),
                     CostView::usd(own.cost.api.per_million_output_usd));

        // The rented column: the core's plan of the same scenario, rented.
        Scenario rentedScenario = doc.scenario();
        rentedScenario.economics.rented = true;
        const Plan rented = test::corePlan(rentedScenario, c);
        QVERIFY2(rented.cost.known, "the test scenario needs a rental price");
        QCOMPARE(view.valueLabel(CostView::Output, CostView::Rented)->text(),
                 CostView::usd(rented.cost.per_million_output_usd));

        // Toggle "rented" in the form: one undoable edit, headline follows the core.
        const Scenario before = doc.scenario();
        view.economicsForm()->rentedCheck()->click();
        QVERIFY(doc.scenario().economics.rented);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(view.headline()->text().contains(CostView::usd(rented.cost.per_million_output_usd)));
        QCOMPARE(view.valueLabel(CostView::Output, CostView::Rented)->text(),
                 CostView::usd(rented.cost.per_million_output_usd));
        QCOMPARE(view.valueLabel(CostView::Output, CostView::Own)->text(), CostView::usd(own.cost.per_million_output_usd));
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario(), before);
        QVERIFY(!view.economicsForm()->rentedCheck()->isChecked());
        QVERIFY(view.headline()->text().contains(CostView::usd(own.cost.per_million_output_usd)));
    }

    void missingPricesAreLowerBoundsNotUnknownBesideFigures()
    {
        // A host server the catalog has no price for, with a priced card.
        Scenario s = default_scenario();
        s.model = "deepseek-r1-distill-llama-70b";
        s.variant = "q4_k_m";
        s.engine = "llama.cpp";
        s.pool = parse_pool_spec("1x server-pcie+2x rtx-3090").value();
        ScenarioDocument doc;
        doc.reset(s, QString());
        PlanController controller(&doc, catalog_.get());
        CostView view(&doc, &controller, catalog_.get());
        const Plan p = test::corePlan(s, catalog_->catalog());
        QVERIFY2(!p.cost.known && p.cost.capex_usd > 0, "the test needs a partly priced pool");

        // No "not known" above a depreciation figure: both say "at least".
        const QString headline = view.headline()->text();
        QVERIFY2(!headline.contains(QStringLiteral("not known")), qPrintable(headline));
        QVERIFY2(headline.contains(CostView::usd(p.cost.per_million_output_usd)), qPrintable(headline));
        const QString split = view.splitLabel()->text();
        QVERIFY2(split.contains(QStringLiteral("lower bounds")), qPrintable(split));
        QVERIFY2(split.contains(QStringLiteral("≥ ") + CostView::usd(p.cost.capex_usd)), qPrintable(split));
        QCOMPARE(view.valueLabel(CostView::Output, CostView::Own)->text(),
                 QStringLiteral("≥ ") + CostView::usd(p.cost.per_million_output_usd));
        // The purchase field shows what its 0 stands for, the same figure.
        auto* capex = view.economicsForm()->capexSpin();
        QCOMPARE(capex->value(), 0.0);
        QVERIFY2(capex->text().contains(CostView::usd(p.cost.capex_usd)), qPrintable(capex->text()));
    }

    void purchasePriceNumbersAndBarsReadTheSame()
    {
        Scenario s = pricedScenario();
        s.economics.capex_usd = 0;  // the catalog's price of the HGX H200
        ScenarioDocument doc;
        doc.reset(s, QString());
        PlanController controller(&doc, catalog_.get());
        CostView view(&doc, &controller, catalog_.get());
        const Plan p = test::corePlan(s, catalog_->catalog());
        QVERIFY(p.cost.known);
        QVERIFY(p.cost.capex_usd > 1000);
        auto* capex = view.economicsForm()->capexSpin();
        QVERIFY2(capex->text().contains(CostView::usd(p.cost.capex_usd)), qPrintable(capex->text()));
        QVERIFY(view.splitLabel()->text().contains(CostView::usd(p.cost.capex_usd)));
        // Money is never written with an exponent, and every bar is labelled
        // with its value, so the API's short bar still reads.
        const QStringList labels = view.barLabels();
        QCOMPARE(labels.size(), 3);
        for (const QString& l : labels) QVERIFY2(!l.contains(QStringLiteral("e+")), qPrintable(l));
        QVERIFY(labels.at(2).contains(CostView::usd(p.cost.per_million_output_usd)));
        if (p.cost.api.known) QVERIFY(labels.at(0).contains(CostView::usd(p.cost.api.per_million_output_usd)));
        QCOMPARE(CostView::usd(1050.4), QStringLiteral("$") + QLocale().toString(1050.0, 'f', 0));
        // The headline names the concurrency it is for.
        QVERIFY(view.headline()->text().contains(QStringLiteral("concurrency 1")));
    }

    void batchingShowsTheCheapestConcurrencyThatFits()
    {
        Scenario s = pricedScenario();
        s.workload.concurrency = 1;
        ScenarioDocument doc;
        doc.reset(s, QString());
        PlanController controller(&doc, catalog_.get());
        CostView view(&doc, &controller, catalog_.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto best = CostView::bestBatch(s, catalog_->catalog());
        QVERIFY(best.has_value());
        const Plan one = test::corePlan(s, catalog_->catalog());
        // Eight GPUs decoding one stream: batching is much cheaper per token.
        QVERIFY(best->concurrency > 1);
        QVERIFY(best->per_million_output_usd < one.cost.per_million_output_usd / 2);
        Scenario at = s;
        at.workload.concurrency = best->concurrency;
        const Plan batched = test::corePlan(at, catalog_->catalog());
        QVERIFY(batched.fits);
        QCOMPARE(best->per_million_output_usd, batched.cost.per_million_output_usd);
        const QString text = view.batchLabel()->text();
        QVERIFY2(text.contains(CostView::usd(best->per_million_output_usd)), qPrintable(text));
        QVERIFY2(text.contains(FigureFormat::integer(best->concurrency)), qPrintable(text));
    }

    void typingANumberIsOneStepAndKeepsTheOtherFields()
    {
        ScenarioDocument doc;
        Scenario s = pricedScenario();
        s.economics.usd_per_kwh = 0.123456;  // finer than the spin box shows
        doc.reset(s, QString());
        PlanController controller(&doc, catalog_.get());
        CostView view(&doc, &controller, catalog_.get());
        auto* util = view.findChild<QDoubleSpinBox*>(QStringLiteral("utilizationSpin"));
        QVERIFY(util);
        util->setValue(70);
        util->setValue(80);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.scenario().economics.utilization, 0.8);
        QCOMPARE(doc.scenario().economics.usd_per_kwh, 0.123456);
        const Plan p = test::corePlan(doc.scenario(), catalog_->catalog());
        QCOMPARE(view.valueLabel(CostView::Output, CostView::Own)->text(), CostView::usd(p.cost.per_million_output_usd));
    }

    void preferencesSetTheEconomicsOfNewScenarios()
    {
        PreferencesDialog dialog;
        auto* pue = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("pueSpin"));
        QVERIFY(pue);
        pue->setValue(1.1);
        dialog.economicsForm()->rentedCheck()->setChecked(true);
        dialog.save();
        const Scenario s = EconomicsDefaults::newScenario();
        QCOMPARE(s.economics.pue, 1.1);
        QVERIFY(s.economics.rented);
        EconomicsDefaults::save(Economics{});
        QCOMPARE(EconomicsDefaults::load(), Economics{});
    }
};

QTEST_MAIN(TestCost)
#include "tst_cost.moc"
