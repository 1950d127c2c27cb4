// The Deploy tab shows the core's launch files for the current plan and
// follows every edit; File > Import model adds a model to the user catalog
// that the model list shows at once.

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>

#include "../core/gguf_writer.hpp"
#include "commands/set_workload_field_command.h"
#include "deepplan/deploy.hpp"
#include "deepplan/plan_file.hpp"
#include "gui_test_support.h"
#include "model_import.h"
#include "plan_file_io.h"
#include "plan_controller.h"
#include "widgets/deploy_view.h"
#include "widgets/scenario_panel.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestDeploy : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;

    static Scenario sglangTwoMachines()
    {
        Scenario s = default_scenario();
        s.model = "deepseek-r1";
        s.variant = "fp8";
        s.engine = "sglang";
        s.pool.groups = {NodeGroup{2, "hgx-h100-8", -1, "", "ib-ndr400"}};
        return s;
    }

    static QString tabText(DeployView& view, const QString& file)
    {
        auto* edit = view.findChild<QPlainTextEdit*>(QStringLiteral("deployText_") + file);
        return edit ? edit->toPlainText() : QString();
    }

private slots:
    void initTestCase()
    {
        gui::test::isolate(settings_);
        catalog_ = gui::test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
    }

    void showsTheCoresFilesPerMachineAndFollowsEdits()
    {
        ScenarioDocument doc;
        doc.reset(sglangTwoMachines(), QString());
        PlanController controller(&doc, catalog_.get());
        DeployView view(&controller, catalog_.get());
        // Two machines' scripts, then the kit's check.sh and README.md.
        QCOMPARE(view.fileTabs()->count(), 4);
        const Plan p = gui::test::corePlan(doc.scenario(), catalog_->catalog());
        auto d = make_deployment(doc.scenario(), p, catalog_->catalog());
        QVERIFY(d.ok());
        QCOMPARE(tabText(view, QStringLiteral("node0-head.sh")), QString::fromStdString(d.value().files[0].content));
        QVERIFY(tabText(view, QStringLiteral("node1-worker.sh")).contains(QStringLiteral("--node-rank 1")));

        // An edit (undoable, as the scenario panel makes it) reaches the commands.
        doc.push(new SetWorkloadFieldCommand(&doc, WorkloadField::Concurrency, 24));
        QVERIFY(tabText(view, QStringLiteral("node0-head.sh")).contains(QStringLiteral("--max-running-requests 24")));
        QVERIFY(tabText(view, QStringLiteral("check.sh")).contains(QStringLiteral("--max-concurrency 24 ")));
        doc.undoStack()->undo();
        QVERIFY(tabText(view, QStringLiteral("node0-head.sh")).contains(QStringLiteral("--max-running-requests 1 ")) ||
                tabText(view, QStringLiteral("node0-head.sh")).contains(QStringLiteral("--max-running-requests 1\n")));

        // Hosts fill the addresses; hostile ones are refused and nothing is shown.
        auto* hosts = view.findChild<QLineEdit*>(QStringLiteral("deployHosts"));
        QVERIFY(hosts);
        hosts->setText(QStringLiteral("10.0.0.1,10.0.0.2"));
        QVERIFY(tabText(view, QStringLiteral("node1-worker.sh")).contains(QStringLiteral("NODE0_ADDR=${NODE0_ADDR:-'10.0.0.1'}")));
        hosts->setText(QStringLiteral("10.0.0.1,$(reboot)"));
        QCOMPARE(view.fileTabs()->count(), 0);
        QVERIFY(view.status()->text().contains(QStringLiteral("--hosts[1]")));
        hosts->clear();

        // Kubernetes: one LeaderWorkerSet for the two machines.
        auto* format = view.findChild<QComboBox*>(QStringLiteral("deployFormat"));
        QVERIFY(format);
        format->setCurrentIndex(format->findData(QStringLiteral("k8s")));
        QCOMPARE(view.fileTabs()->count(), 3);
        QVERIFY(tabText(view, QStringLiteral("leaderworkerset.yaml")).contains(QStringLiteral("kind: LeaderWorkerSet")));
        format->setCurrentIndex(format->findData(QStringLiteral("sh")));
        QCOMPARE(view.fileTabs()->count(), 4);
    }

    void copyAndSaveAs()
    {
        ScenarioDocument doc;
        doc.reset(sglangTwoMachines(), QString());
        PlanController controller(&doc, catalog_.get());
        DeployView view(&controller, catalog_.get());
        auto* copy = view.findChild<QPushButton*>(QStringLiteral("deployCopy_node1-worker.sh"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), tabText(view, QStringLiteral("node1-worker.sh")));
        QTemporaryDir out;
        QVERIFY(!view.saveTo(out.path()));
        QFile head(out.filePath(QStringLiteral("node0-head.sh")));
        QVERIFY(head.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(head.readAll()), tabText(view, QStringLiteral("node0-head.sh")));
        QVERIFY(head.permissions() & QFileDevice::ExeOwner);
    }

    void aPlanThatDoesNotFitSaysWhy()
    {
        ScenarioDocument doc;
        Scenario s = sglangTwoMachines();
        s.pool.groups = {NodeGroup{1, "hgx-h100-8", -1, "", ""}};
        s.workload.context = 163840;
        s.workload.concurrency = 512;
        doc.reset(s, QString());
        PlanController controller(&doc, catalog_.get());
        DeployView view(&controller, catalog_.get());
        QVERIFY(!controller.current()->plan || !controller.current()->plan->fits);
        QCOMPARE(view.fileTabs()->count(), 0);
        QVERIFY(!view.status()->text().isEmpty());
    }

    void mainWindowHasTheTabAndTheImportAction()
    {
        MainWindow w(catalog_.get());
        QVERIFY(w.findChild<DeployView*>(QStringLiteral("deployView")));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("importModelAction")));
    }

    void importConfigAddsTheModelToTheUserCatalogAndTheList()
    {
        ScenarioDocument doc;
        doc.reset(default_scenario(), QString());
        ScenarioPanel panel(&doc, catalog_.get());
        auto* models = panel.findChild<QComboBox*>(QStringLiteral("modelCombo"));
        QVERIFY(models);
        const int before = models->count();
        QString error;
        const auto imported = ModelImporter::importFile(gui::test::dataPath("hf/Mixtral-8x7B-v0.1/config.json"), catalog_.get(), &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->model, QStringLiteral("mixtral-8x7b-v0.1"));
        QVERIFY(catalog_->catalog().model("mixtral-8x7b-v0.1"));
        QVERIFY(catalog_->catalog().format("mixtral-8x7b-v0.1-bf16"));
        QCOMPARE(models->count(), before + 1);
        QVERIFY(QFile::exists(user_.filePath(QStringLiteral("models.json"))));
        // Saved: a fresh store over the same directories has it.
        auto again = gui::test::makeCatalog(user_.path());
        QVERIFY(again->catalog().model("mixtral-8x7b-v0.1"));
    }

    void importGgufAddsModelAndVariant()
    {
        deepplan::test::GgufWriter w;
        w.kv_str("general.architecture", "llama");
        w.kv_str("general.name", "Tiny GUI Llama");
        w.kv_u32("llama.block_count", 1);
        w.kv_u32("llama.embedding_length", 256);
        w.kv_u32("llama.feed_forward_length", 512);
        w.kv_u32("llama.attention.head_count", 4);
        w.kv_u32("llama.attention.head_count_kv", 2);
        w.tensor("token_embd.weight", {256, 1000}, 8);
        w.tensor("output_norm.weight", {256}, 0);
        for (const char* n : {"attn_norm", "ffn_norm"}) w.tensor(std::string("blk.0.") + n + ".weight", {256}, 0);
        w.tensor("blk.0.attn_q.weight", {256, 256}, 12);
        w.tensor("blk.0.attn_k.weight", {256, 128}, 12);
        w.tensor("blk.0.attn_v.weight", {256, 128}, 12);
        w.tensor("blk.0.attn_output.weight", {256, 256}, 12);
        w.tensor("blk.0.ffn_gate.weight", {256, 512}, 12);
        w.tensor("blk.0.ffn_up.weight", {256, 512}, 12);
        w.tensor("blk.0.ffn_down.weight", {512, 256}, 12);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiny.gguf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const std::string bytes = w.header();
        f.write(bytes.data(), static_cast<qint64>(bytes.size()));
        f.close();
        QString error;
        const auto imported = ModelImporter::importFile(path, catalog_.get(), &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->variant, QStringLiteral("tiny-gui-llama-gguf"));
        QVERIFY(catalog_->catalog().format("tiny-gui-llama-gguf"));
        QVERIFY(imported->summary.contains(QStringLiteral("check passed")));
        // A broken file is refused with the reason.
        QFile bad(dir.filePath(QStringLiteral("bad.gguf")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("NOPE");
        bad.close();
        QVERIFY(!ModelImporter::importFile(bad.fileName(), catalog_.get(), &error));
        QVERIFY(error.contains(QStringLiteral("magic")));
    }

    void savedPlansCarryCustomHardwareToAnotherCatalog()
    {
        QTemporaryDir mine;
        auto write = [&](const char* name, const char* text) {
            QFile f(mine.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("devices.json", R"({"kind": "devices", "entries": [{"id": "my-gpu-40g", "name": "My GPU 40 GB",
            "class": "consumer-gpu", "memory_gb": 40, "memory_bandwidth_gb_s": 900, "tflops_bf16": 120, "power_w": 350}]})");
        write("systems.json", R"({"kind": "systems", "entries": [{"id": "my-box", "name": "My box",
            "accelerator": "my-gpu-40g", "accelerator_count": 2, "host_cpu": "epyc-9654", "host_sockets": 1,
            "host_ram_gb": 256, "intra_link": "pcie4", "network_link": "eth-25g"}]})");
        auto store = gui::test::makeCatalog(mine.path());
        QVERIFY2(store->catalog().system("my-box"), qPrintable(store->lastError()));
        Scenario s = default_scenario();
        s.model = "deepseek-r1-distill-qwen-14b";
        s.variant = "q4_k_m";
        s.engine = "llama.cpp";
        s.pool.groups = {NodeGroup{1, "my-box", -1, "", ""}};
        const Plan p = gui::test::corePlan(s, store->catalog());
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("mine.deepplan.json"));
        QVERIFY(!PlanFileIo::save(file, s, p, &store->catalog()));

        // Elsewhere: an empty user catalog learns the machine from the file.
        QTemporaryDir other;
        auto elsewhere = gui::test::makeCatalog(other.path());
        QVERIFY(!elsewhere->catalog().system("my-box"));
        QString error;
        const auto opened = PlanFileIo::open(file, elsewhere->catalog(), &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(!opened->definitions.empty());
        QVERIFY2(ModelImporter::adoptDefinitions(opened->definitions, elsewhere.get(), &error), qPrintable(error));
        QVERIFY(elsewhere->catalog().system("my-box"));
        QCOMPARE(nlohmann::json(to_json(gui::test::corePlan(opened->scenario, elsewhere->catalog()))), nlohmann::json(to_json(p)));
    }
};

QTEST_MAIN(TestDeploy)
#include "tst_deploy.moc"
