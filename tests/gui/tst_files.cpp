// Plan files: save -> open round trip, files written by the CLI open, bad
// files leave the scenario untouched and report an error.

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include "commands/set_model_command.h"
#include "commands/set_workload_field_command.h"
#include "deepplan/plan_file.hpp"
#include "gui_test_support.h"
#include "plan_file_io.h"
#include "settings.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestFiles : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    QTemporaryDir work_;
    std::unique_ptr<CatalogStore> catalog_;

    static void closeDialogs(QWidget* window)
    {
        for (auto* box : window->findChildren<QMessageBox*>()) box->close();
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
    }

    void saveThenOpenRoundTrips()
    {
        MainWindow window(catalog_.get());
        auto* doc = window.document();
        doc->push(new SetModelCommand(doc, catalog_->catalog(), "deepseek-v3"));
        doc->push(new SetWorkloadFieldCommand(doc, WorkloadField::Concurrency, 12));
        const Scenario edited = doc->scenario();
        const QString path = work_.filePath(QStringLiteral("round.deepplan.json"));
        QVERIFY(window.saveFile(path));
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(Settings::recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        // The saved file is the CLI's format: the core reads it back.
        auto parsed = read_plan_file(path.toStdString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().scenario, edited);
        QVERIFY(parsed.value().stored_plan.has_value());

        MainWindow other(catalog_.get());
        QVERIFY(other.openFile(path));
        QCOMPARE(other.document()->scenario(), edited);
        QCOMPARE(other.document()->undoStack()->count(), 0);
    }

    void arrivalsRoundTripThroughThePlanFile()
    {
        // Set with the scenario's box, saved, read by the core and opened again.
        MainWindow window(catalog_.get());
        auto* doc = window.document();
        doc->push(new SetWorkloadFieldCommand(doc, WorkloadField::Concurrency, 8));
        auto* box = window.findChild<QComboBox*>(QStringLiteral("arrivalsCombo"));
        QVERIFY(box != nullptr);
        const int together = box->findData(static_cast<int>(Arrivals::Together));
        QVERIFY(together >= 0);
        box->setCurrentIndex(together);
        emit box->activated(together);
        QCOMPARE(doc->scenario().workload.arrivals, Arrivals::Together);
        const QString path = work_.filePath(QStringLiteral("together.deepplan.json"));
        QVERIFY(window.saveFile(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto json = nlohmann::json::parse(file.readAll().toStdString());
        QCOMPARE(json.at("scenario").at("workload").at("arrivals").get<std::string>(), std::string("together"));
        const Plan saved = test::corePlan(doc->scenario(), catalog_->catalog());
        QCOMPARE(json.at("plan").at("serving").at("tpot_ms").get<double>(), saved.serving.tpot_ms);

        MainWindow other(catalog_.get());
        QVERIFY(other.openFile(path));
        QCOMPARE(other.document()->scenario().workload.arrivals, Arrivals::Together);
        auto* otherBox = other.findChild<QComboBox*>(QStringLiteral("arrivalsCombo"));
        QCOMPARE(otherBox->currentData().toInt(), static_cast<int>(Arrivals::Together));
        QVERIFY(otherBox->isEnabled());
    }

    void aFileWrittenByTheCliOpens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("h100 fp8") << test::dataPath("gui/cli-h100-fp8.deepplan.json");
        QTest::newRow("default") << test::dataPath("gui/cli-default.deepplan.json");
        QTest::newRow("bare scenario") << test::dataPath("plans/bare-scenario.json");
        QTest::newRow("stale plan") << test::dataPath("plans/stale-plan.deepplan.json");
    }

    void aFileWrittenByTheCliOpens()
    {
        QFETCH(QString, file);
        MainWindow window(catalog_.get());
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QVERIFY(window.openFile(file));
        QCOMPARE(errors.count(), 0);
        auto expected = read_plan_file(file.toStdString());
        QVERIFY(expected.ok());
        QCOMPARE(window.document()->scenario(), expected.value().scenario);
    }

    void aBadFileLeavesTheScenarioUntouched_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name : {"plans/binary.deepplan.json", "plans/empty.deepplan.json", "plans/truncated.deepplan.json",
                                 "plans/future-schema.deepplan.json", "plans/not-an-object.json",
                                 "plans/wrong-type.deepplan.json", "plans/bad-context.deepplan.json",
                                 "plans/unknown-system.deepplan.json", "gui/does-not-exist.deepplan.json"}) {
            QTest::newRow(name) << test::dataPath(name);
        }
    }

    void aBadFileLeavesTheScenarioUntouched()
    {
        QFETCH(QString, file);
        MainWindow window(catalog_.get());
        auto* doc = window.document();
        doc->push(new SetWorkloadFieldCommand(doc, WorkloadField::Context, 20000));
        const Scenario before = doc->scenario();
        const int steps = doc->undoStack()->count();
        QSignalSpy errors(&window, &MainWindow::errorReported);

        QVERIFY(!window.openFile(file));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.at(0).at(0).toString().isEmpty());
        auto* dialog = window.findChild<QMessageBox*>(QStringLiteral("errorDialog"));
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->text().contains(QFileInfo(file).fileName()));
        QCOMPARE(doc->scenario(), before);
        QCOMPARE(doc->undoStack()->count(), steps);
        QVERIFY(doc->isModified());
        closeDialogs(&window);
    }

    void aFailedSaveReportsAndKeepsTheOldFile()
    {
        MainWindow window(catalog_.get());
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QVERIFY(!window.saveFile(work_.filePath(QStringLiteral("missing-dir/x.deepplan.json"))));
        QCOMPARE(errors.count(), 1);
        closeDialogs(&window);
        QVERIFY(window.document()->filePath().isEmpty());
    }
};

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
