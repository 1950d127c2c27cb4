// Every preset loads its scenario (undoably) and the core can plan it.

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QUndoStack>

#include "deepplan/scenario.hpp"
#include "figure_format.h"
#include "gui_test_support.h"
#include "presets.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestPresets : public QObject {
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

    void theSeedScenariosAreThere()
    {
        const auto& presets = builtin_presets();
        QCOMPARE(presets.size(), std::size_t(13));
        const std::pair<const char*, const char*> expected[] = {
            {"hgx-h100-2-fp8", "2x hgx-h100-8@ib-ndr400"},
            {"hgx-h200-1-fp8", "1x hgx-h200-8"},
            {"mac-studio-3-q4", "3x mac-studio-m2-ultra-192g@tb4"},
            {"mac-studio-6-fp8", "6x mac-studio-m2-ultra-192g@tb4"},
            {"mac-studio-5-q8", "5x mac-studio-m2-ultra-192g@tb4"},
            {"h100-2-iq1s", "1x server-pcie+2x h100-sxm-80g"},
            {"rtx4090-1tb-ktransformers", "1x server-xeon-6454s-2s+1x rtx-4090"},
            {"pc-128g-rtx4090-iq1s", "1x pc-ddr5-128g+1x rtx-4090"},
            {"pc-128g-2x-rtx3090-iq1s", "1x pc-ddr5-128g+2x rtx-3090"},
            {"pc-192g-rtx5090-iq1s", "1x pc-ddr5-192g+1x rtx-5090"},
            {"pc-192g-2x-rtx5090-iq1s", "1x pc-ddr5-192g+2x rtx-5090"},
            {"laptop-16g-distill-7b", "1x laptop-16g"},
            {"laptop-16g-distill-1.5b", "1x laptop-16g"},
        };
        for (const auto& [id, spec] : expected) {
            bool found = false;
            for (const auto& p : presets) {
                if (p.id != QString::fromLatin1(id)) continue;
                found = true;
                auto pool = parse_pool_spec(spec);
                QVERIFY(pool.ok());
                QCOMPARE(p.scenario.pool, pool.value());
            }
            QVERIFY2(found, id);
        }
    }

    void eachPresetLoadsItsScenario_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto& p : builtin_presets()) QTest::newRow(qPrintable(p.id)) << p.id;
    }

    void eachPresetLoadsItsScenario()
    {
        QFETCH(QString, id);
        MainWindow window(catalog_.get());
        const Preset* preset = nullptr;
        for (const auto& p : builtin_presets()) {
            if (p.id == id) preset = &p;
        }
        QVERIFY(preset != nullptr);
        // Through the menu, as a user would.
        auto* menu = window.findChild<QMenu*>(QStringLiteral("presetsMenu"));
        QVERIFY(menu != nullptr);
        QAction* action = nullptr;
        for (QAction* a : menu->actions()) {
            if (a->data().toString() == id) action = a;
        }
        QVERIFY(action != nullptr);
        action->trigger();
        QCOMPARE(window.document()->scenario(), preset->scenario);
        const auto r = plan(preset->scenario, catalog_->catalog());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        // Nothing placed (no engine runs the variant there): a dash, not "0 tok/s".
        const bool placed = r.value().decode.tokens_per_s > 0;
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("figureDecodeValue"))->text(),
                 placed ? FigureFormat::tokensPerSecond(r.value().decode.tokens_per_s) : QStringLiteral("–"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->scenario(), default_scenario());
    }

    void aBrokenPresetsDocumentIsRefused()
    {
        QString error;
        QVERIFY(parse_presets("{\"presets\": [{\"id\": \"x\", \"name\": \"x\", \"scenario\": {\"model\": 3}}]}", &error).empty());
        QVERIFY(!error.isEmpty());
        QVERIFY(parse_presets("not json", &error).empty());
    }
};

QTEST_MAIN(TestPresets)
#include "tst_presets.moc"
