// Pinning scenarios fills the comparison table; differences are highlighted.

#include <QAbstractItemModelTester>
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
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
