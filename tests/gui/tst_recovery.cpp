// Issue 13: work is never lost. Autosave after each change, restore after an
// unclean exit, SIGTERM saves like a normal close, corrupt settings are moved
// aside once, and hostile files at start-up or Open neither hang nor crash.

#include <csignal>
#include <sys/stat.h>

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>

#include "commands/set_workload_field_command.h"
#include "deepplan/json_text.hpp"
#include "gui_test_support.h"
#include "models/compare_model.h"
#include "session_recovery.h"
#include "settings.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestRecovery : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;

    static void setConcurrency(MainWindow& w, int n)
    {
        w.document()->push(new SetWorkloadFieldCommand(w.document(), WorkloadField::Concurrency, n));
    }

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
    }

    void init() { QSettings().clear(); }

    void autosaveFollowsEachChange()
    {
        QTemporaryDir dir;
        MainWindow window(catalog_.get());
        Autosave autosave(&window, dir.path());
        autosave.setDelay(30);
        autosave.start();
        QVERIFY(QFile::exists(autosave.markerPath()));
        QVERIFY(!QFile::exists(autosave.autosavePath()));

        setConcurrency(window, 12);
        QTRY_VERIFY(QFile::exists(autosave.autosavePath()));
        auto saved = Autosave::read(autosave.autosavePath());
        QVERIFY(saved.has_value());
        QCOMPARE(saved->scenario.workload.concurrency, 12);
        QVERIFY(saved->modified);
        QVERIFY(saved->pinned.empty());

        QSignalSpy spy(&autosave, &Autosave::saved);
        window.pinCurrent();
        QTRY_COMPARE(spy.count(), 1);
        saved = Autosave::read(autosave.autosavePath());
        QCOMPARE(saved->pinned.size(), std::size_t{1});
        QCOMPARE(saved->pinned.front().workload.concurrency, 12);
    }

    void uncleanExitOffersRestoreOfScenarioAndPins()
    {
        QTemporaryDir dir;
        {
            // The first session edits, pins, autosaves, then dies without a clean end (kill -9).
            MainWindow window(catalog_.get());
            Autosave autosave(&window, dir.path());
            autosave.setDelay(10);
            autosave.start();
            setConcurrency(window, 24);
            window.pinCurrent();
            setConcurrency(window, 48);
            QVERIFY(autosave.saveNow());
        }
        MainWindow window(catalog_.get());
        Autosave autosave(&window, dir.path());
        const auto left = autosave.leftByUncleanExit();
        QVERIFY(left.has_value());
        QCOMPARE(window.document()->scenario().workload.concurrency, default_scenario().workload.concurrency);
        QMessageBox* box = autosave.offerRestore(*left);
        QCOMPARE(box->objectName(), QStringLiteral("restoreDialog"));
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(window.document()->scenario().workload.concurrency, 48);
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.compareModel()->pinnedCount(), 1);
        QCOMPARE(window.compareModel()->pinnedFromIndex(window.compareModel()->index(0, 0))->scenario.workload.concurrency, 24);
        // The restore is one undoable step.
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->scenario().workload.concurrency, default_scenario().workload.concurrency);
    }

    void cleanExitOffersNothing()
    {
        QTemporaryDir dir;
        {
            MainWindow window(catalog_.get());
            Autosave autosave(&window, dir.path());
            autosave.start();
            setConcurrency(window, 24);
            QVERIFY(autosave.saveNow());
            autosave.finishCleanly();
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("running"))));
        MainWindow window(catalog_.get());
        Autosave autosave(&window, dir.path());
        QVERIFY(!autosave.leftByUncleanExit().has_value());
    }

    void declinedRestoreIsNotOfferedAgain()
    {
        QTemporaryDir dir;
        {
            MainWindow window(catalog_.get());
            Autosave autosave(&window, dir.path());
            autosave.start();
            setConcurrency(window, 24);
            QVERIFY(autosave.saveNow());
        }
        MainWindow window(catalog_.get());
        Autosave autosave(&window, dir.path());
        auto left = autosave.leftByUncleanExit();
        QVERIFY(left.has_value());
        autosave.offerRestore(*left)->button(QMessageBox::No)->click();
        QCOMPARE(window.document()->scenario().workload.concurrency, default_scenario().workload.concurrency);
        QVERIFY(!autosave.leftByUncleanExit().has_value());
    }

    void sigtermSavesTheSessionLikeAClose()
    {
        QTemporaryDir dir;
        MainWindow window(catalog_.get());
        Autosave autosave(&window, dir.path());
        autosave.setDelay(60000);  // only the signal may save
        autosave.start();
        TerminationWatcher watcher;
        connect(&watcher, &TerminationWatcher::terminationRequested, &window,
                [&](int) { saveOnTermination(&window, &autosave); });
        QSignalSpy spy(&watcher, &TerminationWatcher::terminationRequested);
        setConcurrency(window, 96);
        QVERIFY(!QFile::exists(autosave.autosavePath()));

        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.front().front().toInt(), SIGTERM);
        // The last scenario is in the settings, as after a normal close ...
        auto last = parse_json_text(Settings::value(Settings::Key::LastScenario).toString().toStdString(), "last");
        QVERIFY(last.ok());
        QCOMPARE(last.value()["workload"]["concurrency"].get<int>(), 96);
        // ... and the unsaved edit survives the end of the program: offered at the next start.
        autosave.finishCleanly();  // what main() does after the event loop
        MainWindow next(catalog_.get());
        Autosave nextAutosave(&next, dir.path());
        auto left = nextAutosave.leftByUncleanExit();
        QVERIFY(left.has_value());
        QCOMPARE(left->scenario.workload.concurrency, 96);
    }

    void nestedLastScenarioIsMovedAsideOnceAndDefaultsUsed()
    {
        const QString deep = QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']'));
        Settings::setValue(Settings::Key::LastScenario, deep);
        Settings::addRecentFile(QStringLiteral("/tmp/kept.deepplan.json"));
        const QString file = QSettings().fileName();
        QSettings().sync();

        const QString said = recoverCorruptSettings();
        QVERIFY2(said.contains(QStringLiteral(".bak")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("deep")), qPrintable(said));
        const QString backup = said.section(QStringLiteral("moved to "), 1).section(QStringLiteral(".bak"), 0, 0) +
                               QStringLiteral(".bak");
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QVERIFY(QFile(backup).size() > 100000);  // the old state is kept, not dropped
        QVERIFY(Settings::value(Settings::Key::LastScenario).toString().isEmpty());
        // Said once: the next start finds nothing wrong.
        QVERIFY(recoverCorruptSettings().isEmpty());
        // And start-up runs with the defaults.
        MainWindow window(catalog_.get());
        window.restoreSession(QString());
        QCOMPARE(window.document()->scenario().model, default_scenario().model);
        QFile::remove(backup);
        Q_UNUSED(file);
    }

    void fifoOpenedAsAPlanFileDoesNotHang()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("plan.deepplan.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        MainWindow window(catalog_.get());
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!window.openFile(fifo));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.front().front().toString().contains(QStringLiteral("FIFO")), qPrintable(errors.front().front().toString()));
    }

    void fifoInTheUserCatalogAtStartUpIsReported()
    {
        QTemporaryDir dir;
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("devices.json"))).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        auto store = test::makeCatalog(dir.path());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(store->isValid());  // the built-in catalog is used
        QVERIFY2(store->lastError().contains(QStringLiteral("FIFO")), qPrintable(store->lastError()));
    }

    void longIdInTheUserCatalogAtStartUpIsReported()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("links.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kind\": \"links\", \"entries\": [{\"id\": \"" + QByteArray(100000, 'a') +
                "\", \"kind\": \"network\", \"bandwidth_gb_s\": 1, \"latency_us\": 1}]}");
        f.close();
        auto store = test::makeCatalog(dir.path());
        QVERIFY(store->isValid());
        QVERIFY(store->lastError().size() < 600);
        QVERIFY2(store->lastError().contains(QStringLiteral("at most 128")), qPrintable(store->lastError()));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
