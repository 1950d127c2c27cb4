#include "main_window.h"

#include "model_import.h"
#include "widgets/deploy_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QKeySequence>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractSpinBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QScreen>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "catalog_store.h"
#include "commands/load_scenario_command.h"
#include "dialogs/custom_hardware_dialog.h"
#include "dialogs/find_deployment_dialog.h"
#include "dialogs/preferences_dialog.h"
#include "deepplan/json_text.hpp"
#include "economics_defaults.h"
#include "figure_format.h"
#include "models/compare_model.h"
#include "plan_controller.h"
#include "plan_file_io.h"
#include "presets.h"
#include "scenario_document.h"
#include "settings.h"
#include "widgets/compare_view.h"
#include "widgets/cost_view.h"
#include "widgets/plan_panel.h"
#include "widgets/pool_editor.h"
#include "widgets/scenario_panel.h"
#include "widgets/validation_view.h"

namespace deepplan::gui {

namespace {

const QString kFileFilter = QStringLiteral("*.deepplan.json");

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(content);
    return box;
}

}  // namespace

MainWindow::MainWindow(CatalogStore* catalog, QWidget* parent) : QMainWindow(parent), catalog_(catalog)
{
    setObjectName(QStringLiteral("mainWindow"));
    document_ = new ScenarioDocument(this);
    controller_ = new PlanController(document_, catalog_, this);
    compare_ = new CompareModel(this);

    createActions();
    presetsMenu_ = new QMenu(tr("&Presets"), this);
    presetsMenu_->setObjectName(QStringLiteral("presetsMenu"));
    for (const Preset& p : builtin_presets()) {
        QAction* a = presetsMenu_->addAction(p.name);
        a->setData(p.id);
        a->setToolTip(QString::fromStdString(to_spec(p.scenario.pool)));
        const QString id = p.id;
        connect(a, &QAction::triggered, this, [this, id] { loadPreset(id); });
    }

    // Left: scenario over hardware; right: the plan.
    scenarioPanel_ = new ScenarioPanel(document_, catalog_);
    poolEditor_ = new PoolEditor(document_, catalog_, presetsMenu_);
    planPanel_ = new PlanPanel(controller_, catalog_, compare_);
    costView_ = new CostView(document_, controller_, catalog_);
    planPanel_->tabs()->addTab(costView_, tr("C&ost"));
    validationView_ = new ValidationView(
        document_, catalog_,
        default_resource_dir(QCoreApplication::applicationDirPath().toStdString()) / "validation" / "measurements.csv");
    planPanel_->tabs()->addTab(validationView_, tr("&Validation"));
    planPanel_->tabs()->addTab(new DeployView(controller_, catalog_), tr("Deploy &kit"));  // every letter of "Deploy" is taken by the window's other mnemonics

    // Left: scenario over hardware. Its fields and the pool table give way
    // (the table keeps a few rows) so that at 1024×700 the pool's buttons are
    // on screen; a shorter window scrolls the column.
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(group(tr("Scenario"), scenarioPanel_, left));
    leftLayout->addWidget(group(tr("Hardware pool"), poolEditor_, left), 1);
    auto* leftScroll = new QScrollArea;
    leftScroll->setObjectName(QStringLiteral("leftScroll"));
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width() + leftScroll->verticalScrollBar()->sizeHint().width());

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->addWidget(leftScroll);
    splitter_->addWidget(planPanel_);
    splitter_->setStretchFactor(0, 1);
    splitter_->setStretchFactor(1, 3);
    splitter_->setSizes({440, 840});
    splitter_->setChildrenCollapsible(false);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(8, 8, 8, 4);
    centralLayout->addWidget(splitter_);
    setCentralWidget(central);

    createMenus();
    timing_ = new QLabel(this);
    timing_->setObjectName(QStringLiteral("timingLabel"));
    timing_->setToolTip(tr("Time the core took to plan this scenario and sample the what-if curves."));
    statusBar()->addPermanentWidget(timing_);

    connect(poolEditor_, &PoolEditor::customHardwareRequested, this, &MainWindow::showCustomHardware);
    connect(planPanel_->compareView(), &CompareView::pinRequested, this, &MainWindow::pinCurrent);
    connect(planPanel_->compareView(), &CompareView::unpinRequested, this, &MainWindow::unpinSelected);
    connect(planPanel_->compareView(), &CompareView::restoreRequested, this, &MainWindow::restorePinned);
    connect(controller_, &PlanController::planChanged, this, &MainWindow::planUpdated);
    connect(document_, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(catalog_, &CatalogStore::catalogChanged, this, [this] {
        if (!catalog_->lastError().isEmpty()) statusBar()->showMessage(catalog_->lastError(), 10000);
    });

    qApp->installEventFilter(this);
    // 1280 x 800, or less on a smaller screen (a 1024 x 700 one shows all of it).
    QSize size(1280, 800);
    if (const QScreen* shown = screen()) size = size.boundedTo(shown->availableGeometry().size());
    resize(size);
    updateTitle();
    planUpdated();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    newAction_ = new QAction(tr("&New"), this);
    newAction_->setShortcut(QKeySequence::New);
    newAction_->setToolTip(tr("Start again from the default scenario."));
    connect(newAction_, &QAction::triggered, this, &MainWindow::newScenario);

    openAction_ = new QAction(tr("&Open…"), this);
    openAction_->setShortcut(QKeySequence::Open);
    connect(openAction_, &QAction::triggered, this, &MainWindow::openDialog);

    saveAction_ = new QAction(tr("&Save"), this);
    saveAction_->setShortcut(QKeySequence::Save);
    connect(saveAction_, &QAction::triggered, this, &MainWindow::save);

    saveAsAction_ = new QAction(tr("Save &As…"), this);
    saveAsAction_->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAction_, &QAction::triggered, this, &MainWindow::saveAsDialog);

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    undoAction_ = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction_->setShortcut(QKeySequence::Undo);
    redoAction_ = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's Redo keys plus both common ones everywhere: Ctrl+Y and Ctrl+Shift+Z.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(k)) redoKeys << k;
    }
    redoAction_->setShortcuts(redoKeys);

    pinAction_ = new QAction(tr("&Pin current scenario"), this);
    pinAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pinAction_->setToolTip(tr("Keep the current scenario in the Compare tab."));
    connect(pinAction_, &QAction::triggered, this, &MainWindow::pinCurrent);

    unpinAction_ = new QAction(tr("&Unpin selected"), this);
    connect(unpinAction_, &QAction::triggered, this, &MainWindow::unpinSelected);

    customHardwareAction_ = new QAction(tr("Custom &hardware…"), this);
    customHardwareAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(customHardwareAction_, &QAction::triggered, this, &MainWindow::showCustomHardware);

    findAction_ = new QAction(tr("&Find a deployment…"), this);
    findAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    findAction_->setToolTip(tr("Search the catalog for the cheapest hardware that meets a speed target."));
    connect(findAction_, &QAction::triggered, this, [this] { showFindDeployment(); });

    preferencesAction_ = new QAction(tr("&Preferences…"), this);
    preferencesAction_->setShortcut(QKeySequence::Preferences);
    preferencesAction_->setToolTip(tr("The economics new scenarios start with."));
    connect(preferencesAction_, &QAction::triggered, this, &MainWindow::showPreferences);

    restoreLastAction_ = new QAction(tr("Start with the &last scenario"), this);
    restoreLastAction_->setCheckable(true);
    restoreLastAction_->setChecked(Settings::value(Settings::Key::RestoreLastScenario).toBool());
    restoreLastAction_->setToolTip(tr("When on, the program opens with the scenario you last worked on."));
    connect(restoreLastAction_, &QAction::toggled, this,
            [](bool on) { Settings::setValue(Settings::Key::RestoreLastScenario, on); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction_);
    file->addAction(openAction_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(saveAction_);
    file->addAction(saveAsAction_);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import model…"), this, &MainWindow::importModelDialog);
    importAction->setObjectName(QStringLiteral("importModelAction"));
    file->addSeparator();
    file->addAction(quitAction_);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAction_);
    edit->addAction(redoAction_);

    QMenu* scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->addMenu(presetsMenu_);

    QMenu* compare = menuBar()->addMenu(tr("&Compare"));
    compare->addAction(pinAction_);
    compare->addAction(unpinAction_);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(customHardwareAction_);
    tools->addAction(findAction_);
    tools->addSeparator();
    tools->addAction(restoreLastAction_);
    tools->addAction(preferencesAction_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DeepPlan"), this, &MainWindow::about);
}

void MainWindow::importModelDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import model"), QString(),
                                                      tr("Model files (config.json *.gguf);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    const auto imported = ModelImporter::importFile(path, catalog_, &error);
    if (!imported) {
        reportError(tr("Import model"), error);
        return;
    }
    Scenario s = document_->scenario();
    s.model = imported->model.toStdString();
    if (!imported->variant.isEmpty()) s.variant = imported->variant.toStdString();
    document_->push(new LoadScenarioCommand(document_, s, tr("Import model")));
    statusBar()->showMessage(imported->summary, 10000);
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString& path : files) {
        QAction* a = recentMenu_->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave()) openFile(path);
        });
    }
    recentMenu_->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString path = document_->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — DeepPlan").arg(name));
    setWindowModified(document_->isModified());
}

void MainWindow::planUpdated()
{
    const auto snap = controller_->current();
    if (snap) timing_->setText(tr("planned in %1 ms").arg(FigureFormat::number(snap->compute_ms)));
}

void MainWindow::reportError(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit errorReported(message);
}

bool MainWindow::maybeSave()
{
    if (!document_->isModified()) return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The scenario has changes that are not saved. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::restoreSession(const QString& file)
{
    restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    const QByteArray split = Settings::value(Settings::Key::SplitterState).toByteArray();
    if (!split.isEmpty()) splitter_->restoreState(split);

    if (!file.isEmpty()) {
        openFile(file);
        return;
    }
    if (!Settings::value(Settings::Key::RestoreLastScenario).toBool()) return;
    const QString last = Settings::value(Settings::Key::LastScenario).toString();
    if (last.isEmpty()) return;
    const auto parsed = parse_json_text(last.toStdString(), "session/lastScenario");  // depth-limited
    if (!parsed.ok()) return;
    auto scenario = scenario_from_json(parsed.value());
    if (scenario.ok() && plan(scenario.value(), catalog_->catalog()).ok()) document_->reset(scenario.value(), QString());
}

void MainWindow::saveSession() const
{
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    Settings::setValue(Settings::Key::SplitterState, splitter_->saveState());
    Settings::setValue(Settings::Key::LastScenario, QString::fromStdString(to_json(document_->scenario()).dump()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride) return QMainWindow::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (widget == nullptr || widget->window() != this) return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = !undo && redoAction_->shortcuts().contains(QKeySequence(key->keyCombination()));
    if (!undo && !redo) return false;
    auto* edit = qobject_cast<QLineEdit*>(widget);
    if (edit == nullptr) {
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) edit = spin->findChild<QLineEdit*>();
    }
    if (edit == nullptr) return false;
    // The field keeps the key when it has its own step to take back.
    if (undo ? edit->isUndoAvailable() : edit->isRedoAvailable()) return false;
    // Swallowed unaccepted: the shortcut (the Edit menu's action) runs.
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSession();
    event->accept();
}

void MainWindow::newScenario()
{
    if (!maybeSave()) return;
    document_->reset(EconomicsDefaults::newScenario(), QString());
}

FindDeploymentDialog* MainWindow::showFindDeployment()
{
    if (findDialog_ == nullptr) findDialog_ = new FindDeploymentDialog(document_, catalog_, this);
    findDialog_->show();
    findDialog_->raise();
    findDialog_->activateWindow();
    return findDialog_;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::openDialog()
{
    if (!maybeSave()) return;
    const QString dir = Settings::value(Settings::Key::LastDirectory).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open plan"), dir, tr("DeepPlan plans (%1);;JSON files (*.json);;All files (*)").arg(kFileFilter));
    if (!path.isEmpty()) openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    QString error;
    const auto opened = PlanFileIo::open(path, catalog_->catalog(), &error);
    if (!opened) {
        reportError(tr("Cannot open plan"), error);
        return false;
    }
    // Custom entries the file carries join the user catalog first.
    if (!opened->definitions.empty() && !ModelImporter::adoptDefinitions(opened->definitions, catalog_, &error)) {
        reportError(tr("Cannot open plan"), error);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    document_->reset(opened->scenario, absolute);
    Settings::addRecentFile(absolute);
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(absolute).absolutePath());
    rebuildRecentMenu();
    statusBar()->showMessage(opened->stored_plan_differs
                                 ? tr("Opened %1; its stored figures differ from this catalog's, so they were recomputed.")
                                       .arg(QFileInfo(path).fileName())
                                 : tr("Opened %1.").arg(QFileInfo(path).fileName()),
                             8000);
    return true;
}

bool MainWindow::save()
{
    if (document_->filePath().isEmpty()) return saveAsDialog();
    return saveFile(document_->filePath());
}

bool MainWindow::saveAsDialog()
{
    QString dir = document_->filePath();
    if (dir.isEmpty()) dir = Settings::value(Settings::Key::LastDirectory).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save plan"), dir, tr("DeepPlan plans (%1)").arg(kFileFilter));
    if (path.isEmpty()) return false;
    if (!path.endsWith(QStringLiteral(".json"))) path += QStringLiteral(".deepplan.json");
    return saveFile(path);
}

bool MainWindow::saveFile(const QString& path)
{
    const auto snap = controller_->current();
    std::optional<Plan> current;
    if (snap && snap->scenario == document_->scenario()) current = snap->plan;
    if (const auto error = PlanFileIo::save(path, document_->scenario(), current, &catalog_->catalog())) {
        reportError(tr("Cannot save plan"), *error);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    document_->markSaved(absolute);
    Settings::addRecentFile(absolute);
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(absolute).absolutePath());
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::loadPreset(const QString& id)
{
    for (const Preset& p : builtin_presets()) {
        if (p.id != id) continue;
        document_->push(new LoadScenarioCommand(document_, p.scenario, tr("Load preset “%1”").arg(p.name)));
        return true;
    }
    return false;
}

void MainWindow::pinCurrent()
{
    const auto snap = controller_->current();
    if (!snap) return;
    const int column = compare_->pin(*snap, catalog_->catalog());
    auto* tabs = planPanel_->tabs();
    tabs->setCurrentWidget(planPanel_->compareView());
    statusBar()->showMessage(tr("Pinned as %1.").arg(compare_->headerData(column, Qt::Horizontal).toString()), 4000);
}

void MainWindow::unpinSelected() { compare_->unpin(planPanel_->compareView()->selectedColumn()); }

void MainWindow::restorePinned()
{
    const int column = planPanel_->compareView()->selectedColumn();
    const auto* pinned = compare_->pinnedFromIndex(compare_->index(0, column));
    if (pinned == nullptr) return;
    document_->push(new LoadScenarioCommand(document_, pinned->scenario, tr("Edit pinned %1").arg(pinned->title)));
}

void MainWindow::showCustomHardware()
{
    CustomHardwareDialog dialog(catalog_, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Added “%1” to your catalog; pick it in the pool table.").arg(dialog.savedId()), 8000);
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About DeepPlan"),
                       tr("<h3>DeepPlan %1</h3><p>Will this LLM fit my hardware, on how many machines, and how fast "
                          "will it run?</p><p>Every figure comes from the planning core; the Assumptions tab lists "
                          "the constants used and their sources.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

}  // namespace deepplan::gui
