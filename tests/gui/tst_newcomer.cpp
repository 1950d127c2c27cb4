// Issue 12 items 1-4 as a newcomer meets them in the window: the essay's
// presets get plain answers, a plan that does not fit shows no speed as if it
// ran, the context field stops at the model's maximum, FP8 on Macs points
// to the nearest full-strength choice, and the essay's Mac Studio questions
// get a cost (the catalog prices the M2 Ultra Mac Studio).

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>

#include "figure_format.h"
#include "gui_test_support.h"
#include "presets.h"
#include "widgets/cost_view.h"
#include "widgets/plan_panel.h"
#include "widgets/verdict_banner.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestNewcomer : public QObject {
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

    void loadPreset(const char* id)
    {
        auto* menu = find<QMenu>("presetsMenu");
        for (QAction* a : menu->actions()) {
            if (a->data().toString() == QLatin1String(id)) {
                a->trigger();
                return;
            }
        }
        QFAIL(id);
    }

    void choose(const char* comboName, const QString& id)
    {
        auto* combo = find<QComboBox>(comboName);
        const int i = combo->findData(id);
        QVERIFY2(i >= 0, qPrintable(id));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
        window_ = std::make_unique<MainWindow>(catalog_.get());
        window_->resize(1280, 800);
        window_->show();
    }

    void theOneAndAHalfBitPcPresetIsTightWithStruckOutSpeeds()
    {
        loadPreset("pc-128g-rtx4090-iq1s");
        const Plan p = test::corePlan(window_->document()->scenario(), catalog_->catalog());
        QVERIFY(!p.fits);
        QVERIFY(p.tight);
        QCOMPARE(p.offload, OffloadMode::Layers);
        QVERIFY2(find<QLabel>("verdictTitle")->text().contains(QStringLiteral("tight, %1 GB short").arg(FigureFormat::number(p.short_gb))),
                 qPrintable(find<QLabel>("verdictTitle")->text()));
        QVERIFY(find<QLabel>("verdictDetails")->text().contains(QStringLiteral("memory-maps GGUF weights")));
        // The layer-offload speed, about 3 tok/s, struck out and "if it fitted".
        auto* decode = find<QLabel>("figureDecodeValue");
        QCOMPARE(decode->text(), FigureFormat::tokensPerSecond(p.decode.tokens_per_s));
        QVERIFY(p.decode.tokens_per_s > 2.0 && p.decode.tokens_per_s < 4.5);
        QVERIFY(decode->font().strikeOut());
        QVERIFY(find<QLabel>("figureDecodeDetail")->text().startsWith(QStringLiteral("if it fitted · ")));
        QVERIFY(find<QLabel>("figureTtftValue")->font().strikeOut());
        QVERIFY(!find<QLabel>("figureMemoryValue")->font().strikeOut());

        // The 192 GB PC with an RTX 5090 fits: plain figures.
        loadPreset("pc-192g-rtx5090-iq1s");
        QVERIFY(test::corePlan(window_->document()->scenario(), catalog_->catalog()).fits);
        QVERIFY(!decode->font().strikeOut());
        QVERIFY(find<QLabel>("figureDecodeDetail")->text().startsWith(QStringLiteral("range ")));
    }

    void theContextFieldStopsAtTheModelsMaximum()
    {
        window_->document()->reset(default_scenario(), QString());
        auto* context = find<QSpinBox>("contextSpin");
        QCOMPARE(context->maximum(), 163840);
        context->selectAll();
        QTest::keyClicks(context, QStringLiteral("200000"));
        QVERIFY(window_->document()->scenario().workload.context <= 163840);
        context->setValue(163840);
        QCOMPARE(window_->document()->scenario().workload.context, 163840);
        // A model with a shorter maximum cuts the context in the same undoable step.
        choose("modelCombo", QStringLiteral("deepseek-r1-distill-qwen-7b"));
        QCOMPARE(window_->document()->scenario().workload.context, 131072);
        QCOMPARE(context->maximum(), 131072);
        QCOMPARE(context->value(), 131072);
        window_->document()->undoStack()->undo();
        QCOMPARE(window_->document()->scenario().model, std::string("deepseek-r1"));
        QCOMPARE(window_->document()->scenario().workload.context, 163840);
        QCOMPARE(context->maximum(), 163840);
    }

    void fp8OnSixMacStudiosPointsToQ8OnFive()
    {
        loadPreset("mac-studio-6-fp8");
        const Plan p = test::corePlan(window_->document()->scenario(), catalog_->catalog());
        QVERIFY(!p.fits);
        QCOMPARE(find<VerdictBanner>("verdictBanner")->state(), VerdictBanner::State::DoesNotFit);
        const QString details = find<QLabel>("verdictDetails")->text();
        QVERIFY2(details.contains(QStringLiteral("no engine runs FP8 weights on Apple hardware")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("GGUF Q8_0 with llama.cpp fits 5 x mac-studio-m2-ultra-192g")), qPrintable(details));
        QCOMPARE(find<QLabel>("figureDecodeValue")->text(), QStringLiteral("–"));
        QCOMPARE(find<QLabel>("engineInfoLabel")->text(), QStringLiteral("No engine runs these weights on this hardware."));
        // The choice it names fits, with llama.cpp.
        loadPreset("mac-studio-5-q8");
        const Plan q8 = test::corePlan(window_->document()->scenario(), catalog_->catalog());
        QVERIFY(q8.fits);
        QCOMPARE(q8.engine, std::string("llama.cpp"));
        QCOMPARE(find<VerdictBanner>("verdictBanner")->state(), VerdictBanner::State::Fits);
        QVERIFY(!find<QLabel>("figureDecodeValue")->font().strikeOut());
    }

    void theEssaysMacStudioPresetsShowAKnownCost_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("machines");
        QTest::newRow("3 Mac Studios, 4-bit") << QStringLiteral("mac-studio-3-q4") << 3;
        QTest::newRow("5 Mac Studios, Q8_0") << QStringLiteral("mac-studio-5-q8") << 5;
    }

    void theEssaysMacStudioPresetsShowAKnownCost()
    {
        QFETCH(QString, preset);
        QFETCH(int, machines);
        loadPreset(qPrintable(preset));
        const Scenario& s = window_->document()->scenario();
        QCOMPARE(s.pool.groups.size(), std::size_t{1});
        QCOMPARE(s.pool.groups.front().system, std::string("mac-studio-m2-ultra-192g"));
        const System* mac = catalog_->catalog().system("mac-studio-m2-ultra-192g");
        QVERIFY(mac != nullptr);
        QVERIFY2(mac->price_usd > 3000, "the catalog prices the M2 Ultra Mac Studio");
        const Plan p = test::corePlan(s, catalog_->catalog());
        QVERIFY(p.fits);
        QVERIFY2(p.cost.known, "every price of the pool is in the catalog");
        QVERIFY(p.cost.missing.empty());
        QCOMPARE(p.cost.capex_usd, machines * mac->price_usd);
        // The Cost tab says so: a figure, not "at least" or "not known".
        auto* view = window_->findChild<CostView*>();
        QVERIFY(view != nullptr);
        window_->planPanel()->tabs()->setCurrentWidget(view);
        QCoreApplication::processEvents();
        QCOMPARE(view->valueLabel(CostView::Output, CostView::Own)->text(), CostView::usd(p.cost.per_million_output_usd));
        const QString headline = view->headline()->text();
        QVERIFY2(headline.startsWith(CostView::usd(p.cost.per_million_output_usd)), qPrintable(headline));
        QVERIFY2(!headline.contains(QStringLiteral("missing")), qPrintable(headline));
        QVERIFY2(view->splitLabel()->text().contains(CostView::usd(machines * mac->price_usd)), qPrintable(view->splitLabel()->text()));
        auto* missing = view->findChild<QLabel*>(QStringLiteral("costMissing"));
        QVERIFY(missing != nullptr);
        QVERIFY2(missing->text().isEmpty(), qPrintable(missing->text()));
        window_->planPanel()->tabs()->setCurrentIndex(0);
    }

    void cleanupTestCase() { window_.reset(); }
};

QTEST_MAIN(TestNewcomer)
#include "tst_newcomer.moc"
