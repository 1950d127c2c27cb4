// The Validation tab shows the core's validation report: one table row and
// one scatter point per mapped case, and a case opens as one undo step.

#include <cmath>

#include <QAbstractItemModelTester>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include "deepplan/validation.hpp"
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

    void theMainWindowHasAValidationTab()
    {
        MainWindow window(catalog_.get());
        QVERIFY(window.validationView() != nullptr);
        QVERIFY(window.planPanel()->tabs()->indexOf(window.validationView()) >= 0);
    }
};

QTEST_MAIN(TestValidation)
#include "tst_validation.moc"
