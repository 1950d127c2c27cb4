// Undo and redo walk every kind of scenario edit back and forth.

#include <vector>

#include <QComboBox>
#include <QSpinBox>
#include <QUndoStack>

#include "commands/add_pool_group_command.h"
#include "commands/load_scenario_command.h"
#include "commands/remove_pool_group_command.h"
#include "commands/set_arrivals_command.h"
#include "commands/set_engine_command.h"
#include "commands/set_model_command.h"
#include "commands/set_mtp_command.h"
#include "commands/set_offload_command.h"
#include "commands/set_pool_group_command.h"
#include "commands/set_variant_command.h"
#include "commands/set_workload_field_command.h"
#include "gui_test_support.h"
#include "plan_controller.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestUndo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
    }

    void everyKindOfEditUndoesAndRedoes()
    {
        ScenarioDocument doc;
        PlanController controller(&doc, catalog_.get());
        const Catalog& c = catalog_->catalog();
        std::vector<Scenario> states{doc.scenario()};
        auto step = [&](ScenarioEditCommand* cmd) {
            QVERIFY(doc.push(cmd));
            states.push_back(doc.scenario());
            QCOMPARE(controller.current()->scenario, doc.scenario());
        };
        step(new SetModelCommand(&doc, c, "deepseek-v3"));
        step(new SetVariantCommand(&doc, c, "fp8"));
        step(new SetEngineCommand(&doc, "vllm"));
        step(new SetWorkloadFieldCommand(&doc, WorkloadField::Context, 16384));
        step(new SetWorkloadFieldCommand(&doc, WorkloadField::Concurrency, 4));
        step(new SetMtpCommand(&doc, true));
        step(new SetArrivalsCommand(&doc, Arrivals::Together));
        step(new SetOffloadCommand(&doc, OffloadMode::None));
        NodeGroup g{2, "hgx-h100-8", -1, "", "ib-ndr400"};
        step(new SetPoolGroupCommand(&doc, 0, g));
        step(new AddPoolGroupCommand(&doc, 1, g));
        step(new RemovePoolGroupCommand(&doc, 0));
        step(new LoadScenarioCommand(&doc, default_scenario(), QStringLiteral("load")));
        QCOMPARE(doc.undoStack()->count(), static_cast<int>(states.size()) - 1);

        for (int i = static_cast<int>(states.size()) - 2; i >= 0; --i) {
            doc.undoStack()->undo();
            QCOMPARE(doc.scenario(), states[static_cast<std::size_t>(i)]);
            QCOMPARE(controller.current()->scenario, doc.scenario());
        }
        QVERIFY(doc.undoStack()->isClean());
        for (std::size_t i = 1; i < states.size(); ++i) {
            doc.undoStack()->redo();
            QCOMPARE(doc.scenario(), states[i]);
        }
    }

    void anEditThatChangesNothingIsNotAStep()
    {
        ScenarioDocument doc;
        QVERIFY(!doc.push(new SetEngineCommand(&doc, doc.scenario().engine)));
        QCOMPARE(doc.undoStack()->count(), 0);
        // The last group of a pool cannot be removed.
        QVERIFY(!doc.push(new RemovePoolGroupCommand(&doc, 0)));
    }

    void aModelWithoutTheVariantGetsOneThatExists()
    {
        ScenarioDocument doc;
        const Catalog& c = catalog_->catalog();
        QVERIFY(doc.push(new SetVariantCommand(&doc, c, "ud-iq1_s")));
        QVERIFY(doc.push(new SetModelCommand(&doc, c, "deepseek-r1-distill-qwen-7b")));
        QVERIFY(c.format(doc.scenario().variant)->applies_to("deepseek-r1-distill-qwen-7b"));
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario().variant, std::string("ud-iq1_s"));
    }

    void typingInTheWidgetsMergesIntoOneStepAndUndoUpdatesThem()
    {
        MainWindow window(catalog_.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* doc = window.document();
        auto* context = window.findChild<QSpinBox*>(QStringLiteral("contextSpin"));
        QVERIFY(context);
        context->selectAll();
        QTest::keyClicks(context, QStringLiteral("65536"));
        QCOMPARE(doc->scenario().workload.context, 65536);
        QCOMPARE(doc->undoStack()->count(), 1);  // five keystrokes, one step

        auto* variant = window.findChild<QComboBox*>(QStringLiteral("variantCombo"));
        const int i = variant->findData(QStringLiteral("q8_0"));
        variant->setCurrentIndex(i);
        emit variant->activated(i);
        QCOMPARE(doc->undoStack()->count(), 2);
        QVERIFY(window.isWindowModified());

        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(doc->scenario().variant, std::string("q4_k_m"));
        QCOMPARE(variant->currentData().toString(), QStringLiteral("q4_k_m"));
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(doc->scenario().workload.context, default_scenario().workload.context);
        QCOMPARE(context->value(), default_scenario().workload.context);
        QVERIFY(!window.isWindowModified());
        QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(context->value(), 65536);
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
