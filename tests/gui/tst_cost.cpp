// The Cost tab shows the core's cost figures; the economics form edits the
// scenario through undoable commands.

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QUndoStack>

#include "commands/set_economics_command.h"
#include "deepplan/cost.hpp"
#include "dialogs/preferences_dialog.h"
#include "economics_defaults.h"
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
