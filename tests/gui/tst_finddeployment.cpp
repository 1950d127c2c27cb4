// Tools → Find a deployment runs the core's search off the GUI thread, shows
// exactly its results, stops on cancel, and opens a result as one undo step.

#include <QComboBox>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QUndoStack>

#include "deepplan/search.hpp"
#include "dialogs/find_deployment_dialog.h"
#include "figure_format.h"
#include "deepplan/search_groups.hpp"
#include "gui_test_support.h"
#include "models/search_result_model.h"
#include "widgets/cost_view.h"
#include "plan_controller.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestFindDeployment : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;

    static void choose(QDialog& dialog, const char* comboName, const QString& id)
    {
        auto* combo = dialog.findChild<QComboBox*>(QString::fromLatin1(comboName));
        QVERIFY(combo);
        const int i = combo->findData(id);
        QVERIFY2(i >= 0, qPrintable(id));
        combo->setCurrentIndex(i);
    }

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
    }

    void aSmallSearchShowsTheCoresResultsAndOpensOne()
    {
        ScenarioDocument doc;
        PlanController controller(&doc, catalog_.get());
        FindDeploymentDialog dialog(&doc, catalog_.get());
        choose(dialog, "searchModelCombo", QStringLiteral("deepseek-r1-distill-qwen-7b"));
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("searchTargetSpin"))->setValue(20);
        dialog.setSystems(std::vector<std::string>{"pc-ddr5", "mac-mini-m4-pro-64g", "server-pcie"});
        // Every variant as its own row: the table is the core's list as it is;
        // the unpriced PC and server ranked at their cards' price.
        dialog.findChild<QCheckBox*>(QStringLiteral("searchAllVariantsCheck"))->setChecked(true);
        dialog.findChild<QCheckBox*>(QStringLiteral("searchGpusOnlyCheck"))->setChecked(true);

        QSignalSpy finished(&dialog, &FindDeploymentDialog::searchFinished);
        QVERIFY(dialog.run());
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.result().has_value());
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());

        // The same request through the core directly.
        const auto expected = search(dialog.request(), catalog_->catalog());
        QVERIFY(expected.ok());
        const auto& hits = expected.value().results;
        QVERIFY(!hits.empty());
        auto* model = dialog.model();
        QCOMPARE(model->rowCount(), static_cast<int>(hits.size()));
        const Catalog& c = catalog_->catalog();
        for (int r = 0; r < model->rowCount(); ++r) {
            const SearchHit& hit = hits[static_cast<std::size_t>(r)];
            QCOMPARE(model->index(r, SearchResultModel::TokensPerS).data().toString(),
                     FigureFormat::tokensPerSecond(hit.plan.decode.tokens_per_s));
            QCOMPARE(model->index(r, SearchResultModel::PerMillionOutput).data().toString(),
                     SearchResultModel::text(hit, SearchResultModel::PerMillionOutput, &c));
            QCOMPARE(model->hitFromIndex(model->index(r, 0))->scenario, hit.scenario);
        }
        int paretoDrawable = 0;
        for (const auto& h : expected.value().pareto)
            paretoDrawable += (h.plan.decode.tokens_per_s > 0 && h.plan.cost.per_million_output_usd > 0) ? 1 : 0;
        QCOMPARE(dialog.paretoPointCount(), paretoDrawable);

        // Open the second result (the first may equal nothing in particular): one undo step.
        const Scenario before = doc.scenario();
        const int row = model->rowCount() > 1 ? 1 : 0;
        QVERIFY(dialog.openResult(row));
        QCOMPARE(doc.scenario(), hits[static_cast<std::size_t>(row)].scenario);
        QCOMPARE(controller.current()->scenario, doc.scenario());
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario(), before);
    }

    void theDefaultsAreTheClisAndResultsAreGroupedByHardware()
    {
        ScenarioDocument doc;
        PlanController controller(&doc, catalog_.get());
        FindDeploymentDialog dialog(&doc, catalog_.get());
        // deepplan-cli search leaves unpriced machines out unless asked
        // (--price-gpus-only): the dialog starts the same way.
        QCOMPARE(dialog.request().price_accelerators_only, SearchRequest{}.price_accelerators_only);
        QVERIFY(!dialog.request().price_accelerators_only);

        choose(dialog, "searchModelCombo", QStringLiteral("deepseek-r1-distill-qwen-7b"));
        choose(dialog, "searchVariantCombo", QStringLiteral("any"));
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("searchTargetSpin"))->setValue(20);
        dialog.findChild<QSpinBox*>(QStringLiteral("searchTopKSpin"))->setValue(5);
        // Priced machines (the default leaves unpriced ones out).
        dialog.setSystems(std::vector<std::string>{"pc-ddr5-128g", "pc-ddr5-192g", "mac-mini-m4-pro-64g"});
        auto* all = dialog.findChild<QCheckBox*>(QStringLiteral("searchAllVariantsCheck"));
        QVERIFY(all != nullptr);
        QVERIFY(!all->isChecked());

        QSignalSpy finished(&dialog, &FindDeploymentDialog::searchFinished);
        QVERIFY(dialog.run());
        QVERIFY(finished.wait(120000));

        // The core's results for the same request, folded by pool.
        SearchRequest r = dialog.request();
        r.top_k = results_for_groups(5);
        const auto expected = search(r, catalog_->catalog());
        QVERIFY(expected.ok());
        const auto groups = group_by_hardware(expected.value().results, 5);
        QVERIFY(!groups.empty());
        auto* model = dialog.model();
        QVERIFY(model->grouped());
        QCOMPARE(model->rowCount(), static_cast<int>(groups.size()));
        QStringList pools;
        bool someMachineHasMore = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto& g = groups[static_cast<std::size_t>(row)];
            const SearchHit* hit = model->hitFromIndex(model->index(row, 0));
            QCOMPARE(hit->scenario, expected.value().results[g.best()].scenario);
            const QString pool = QString::fromStdString(to_spec(hit->scenario.pool));
            QVERIFY2(!pools.contains(pool), qPrintable(pool));  // one row per machine
            pools << pool;
            const QString others = model->index(row, SearchResultModel::OtherVariants).data().toString();
            if (g.members.size() > 1) {
                someMachineHasMore = true;
                QCOMPARE(others, QStringLiteral("+%1").arg(g.members.size() - 1));
            }
        }
        // The 7B distill has several formats, so some machine runs more than one.
        QVERIFY(someMachineHasMore);
        QVERIFY(!dialog.table()->isColumnHidden(SearchResultModel::OtherVariants));

        // Expanding lists every variant of those machines: one row per member.
        all->setChecked(true);
        QVERIFY(!model->grouped());
        std::size_t members = 0;
        for (const auto& g : groups) members += g.members.size();
        QCOMPARE(model->rowCount(), static_cast<int>(members));
        QVERIFY(model->rowCount() > static_cast<int>(groups.size()));
        QVERIFY(dialog.table()->isColumnHidden(SearchResultModel::OtherVariants));
        all->setChecked(false);
        QCOMPARE(model->rowCount(), static_cast<int>(groups.size()));
    }

    void lowerBoundPricesAreLabelled()
    {
        // A host server without a catalog price, with priced cards: "≥ … (cards only)".
        SearchHit hit;
        hit.plan.cost.known = false;
        hit.plan.cost.per_million_output_usd = 2.5;
        hit.plan.cost.capex_usd = 1499;
        const QString price = SearchResultModel::text(hit, SearchResultModel::Capex, nullptr);
        QVERIFY2(price.startsWith(QStringLiteral("≥")) && price.contains(QStringLiteral("cards only")), qPrintable(price));
        QVERIFY(price.contains(CostView::usd(1499)));
        hit.plan.cost.known = true;
        QCOMPARE(SearchResultModel::text(hit, SearchResultModel::Capex, nullptr), CostView::usd(1499));
    }

    void cancelStopsABigSearch()
    {
        ScenarioDocument doc;
        FindDeploymentDialog dialog(&doc, catalog_.get());
        choose(dialog, "searchModelCombo", QStringLiteral("deepseek-r1"));
        choose(dialog, "searchVariantCombo", QStringLiteral("any"));
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("searchTargetSpin"))->setValue(1);
        QSignalSpy progressed(&dialog, &FindDeploymentDialog::progressed);
        QSignalSpy finished(&dialog, &FindDeploymentDialog::searchFinished);
        QVERIFY(dialog.run());
        // Cancel as soon as the first progress arrives (the total is known then).
        QTRY_VERIFY_WITH_TIMEOUT(progressed.count() > 0 || finished.count() > 0, 120000);
        dialog.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QVERIFY(dialog.result().has_value());
        QVERIFY(dialog.result()->cancelled);
        QVERIFY(dialog.progressTotal() > 0);
        QVERIFY(dialog.result()->evaluated < dialog.progressTotal());
    }

    void destroyingTheDialogWhileSearchingIsSafe()
    {
        ScenarioDocument doc;
        auto dialog = std::make_unique<FindDeploymentDialog>(&doc, catalog_.get());
        choose(*dialog, "searchModelCombo", QStringLiteral("deepseek-r1"));
        QVERIFY(dialog->run());
        dialog.reset();  // cancels and waits
    }

    void theToolsMenuOpensIt()
    {
        MainWindow window(catalog_.get());
        auto* d = window.showFindDeployment();
        QVERIFY(d != nullptr);
        QVERIFY(d->isVisible());
        QCOMPARE(window.showFindDeployment(), d);
    }
};

QTEST_MAIN(TestFindDeployment)
#include "tst_finddeployment.moc"
