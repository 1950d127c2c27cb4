// Pinning scenarios fills the comparison table; differences are highlighted.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>

#include "figure_format.h"
#include "gui_test_support.h"
#include "models/compare_model.h"
#include "plan_controller.h"
#include "widgets/compare_view.h"
#include "widgets/plan_panel.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestCompare : public QObject {
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

    void pinningTwoScenariosFillsTheTable()
    {
        MainWindow window(catalog_.get());
        window.show();
        auto* model = window.compareModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* table = window.findChild<QTableView*>(QStringLiteral("compareTable"));
        QVERIFY(table != nullptr);
        QCOMPARE(table->model(), model);

        QVERIFY(window.loadPreset(QStringLiteral("hgx-h100-2-fp8")));
        const Plan first = test::corePlan(window.document()->scenario(), catalog_->catalog());
        window.pinCurrent();
        QVERIFY(window.loadPreset(QStringLiteral("mac-studio-3-q4")));
        const Plan second = test::corePlan(window.document()->scenario(), catalog_->catalog());
        window.pinCurrent();

        QCOMPARE(model->columnCount(), 2);
        QCOMPARE(model->rowCount(), static_cast<int>(CompareModel::RowCount));
        QCOMPARE(model->index(CompareModel::Decode, 0).data().toString(),
                 FigureFormat::tokensPerSecond(first.decode.tokens_per_s));
        QCOMPARE(model->index(CompareModel::Decode, 1).data().toString(),
                 FigureFormat::tokensPerSecond(second.decode.tokens_per_s));
        QCOMPARE(model->index(CompareModel::Model, 0).data().toString(), QStringLiteral("DeepSeek-R1"));
        // What a client sees while all are served (one client here: its own prefill, then decode steps).
        QCOMPARE(model->index(CompareModel::TtftUnderLoad, 0).data().toString(), FigureFormat::duration(first.serving.ttft_s));
        QCOMPARE(model->index(CompareModel::TpotUnderLoad, 1).data().toString(),
                 FigureFormat::duration(second.serving.tpot_ms / 1000.0));

        // Same model: not highlighted. Different hardware: highlighted.
        QVERIFY(!model->rowDiffers(CompareModel::Model));
        QVERIFY(!model->index(CompareModel::Model, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->rowDiffers(CompareModel::Pool));
        QVERIFY(model->index(CompareModel::Pool, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(CompareModel::Pool, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(window.planPanel()->tabs()->currentWidget(), window.planPanel()->compareView());

        // Bring the first back into the editor, then unpin it.
        table->setCurrentIndex(model->index(0, 0));
        emit window.planPanel()->compareView()->restoreRequested();
        QCOMPARE(to_spec(window.document()->scenario().pool), std::string("2x hgx-h100-8@ib-ndr400"));
        emit window.planPanel()->compareView()->unpinRequested();
        QCOMPARE(model->columnCount(), 1);
        QCOMPARE(model->index(CompareModel::Decode, 0).data().toString(),
                 FigureFormat::tokensPerSecond(second.decode.tokens_per_s));
        QVERIFY(!model->rowDiffers(CompareModel::Pool));
        model->unpin(0);
        QCOMPARE(model->columnCount(), 0);
    }

    void staggeredAgainstTogetherDifferUnderLoad()
    {
        // 16 clients on one HGX B200: pinned staggered, then together.
        MainWindow window(catalog_.get());
        Scenario s = test::b200SixteenClients();
        window.document()->reset(s, QString());
        window.pinCurrent();
        auto* box = window.findChild<QComboBox*>(QStringLiteral("arrivalsCombo"));
        QVERIFY(box != nullptr);
        const int together = box->findData(static_cast<int>(Arrivals::Together));
        box->setCurrentIndex(together);
        emit box->activated(together);
        window.pinCurrent();
        Scenario t = s;
        t.workload.arrivals = Arrivals::Together;
        const Plan staggered = test::corePlan(s, catalog_->catalog());
        const Plan batched = test::corePlan(t, catalog_->catalog());

        auto* model = window.compareModel();
        QCOMPARE(model->columnCount(), 2);
        QCOMPARE(model->index(CompareModel::Requests, 0).data().toString(), FigureFormat::arrivals(Arrivals::Staggered));
        QCOMPARE(model->index(CompareModel::Requests, 1).data().toString(), FigureFormat::arrivals(Arrivals::Together));
        QCOMPARE(model->index(CompareModel::TtftUnderLoad, 0).data().toString(), FigureFormat::duration(staggered.serving.ttft_s));
        QCOMPARE(model->index(CompareModel::TtftUnderLoad, 1).data().toString(), FigureFormat::duration(batched.serving.ttft_s));
        QCOMPARE(model->index(CompareModel::TpotUnderLoad, 0).data().toString(), QStringLiteral("18.9 ms"));
        QCOMPARE(model->index(CompareModel::TpotUnderLoad, 1).data().toString(),
                 FigureFormat::duration(batched.serving.tpot_ms / 1000.0));
        // The arrivals and what a client sees differ; the decode speed does not.
        QVERIFY(model->rowDiffers(CompareModel::Requests));
        QVERIFY(model->rowDiffers(CompareModel::TtftUnderLoad));
        QVERIFY(model->rowDiffers(CompareModel::TpotUnderLoad));
        QVERIFY(!model->rowDiffers(CompareModel::Decode));
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
