// Everyday use: the keyboard (one mnemonic per key in every state of the
// window, standard shortcuts, Ctrl+Z in a field), a window that works at
// 1024×700, the pool table and file errors that say why, cross-validation
// that keeps the window responsive, the custom hardware dialog's defaults,
// and the units the GUI writes.

#include <cmath>
#include <map>

#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QLogValueAxis>
#include <QScrollArea>
#include <QScrollBar>
#include <QAbstractBarSeries>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QScopeGuard>
#include <QToolTip>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QAbstractTextDocumentLayout>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include "commands/set_workload_field_command.h"
#include "core_text.h"
#include "dialogs/custom_hardware_dialog.h"
#include "dialogs/find_deployment_dialog.h"
#include "figure_format.h"
#include "gui_test_support.h"
#include "models/assumptions_model.h"
#include "models/pool_table_model.h"
#include "plan_controller.h"
#include "presets.h"
#include "widgets/elided_label.h"
#include "widgets/eliding_combo_box.h"
#include "widgets/key_figures_view.h"
#include "widgets/memory_chart_view.h"
#include "widgets/plan_panel.h"
#include "widgets/pool_editor.h"
#include "widgets/validation_view.h"

using namespace deepplan;
using namespace deepplan::gui;

namespace {

/// The mnemonic letter of a text ("Conte&xt" → 'X'), 0 when it has none.
QChar mnemonicOf(const QString& text)
{
    const QKeySequence k = QKeySequence::mnemonic(text);
    if (k.isEmpty()) return {};
    const QString s = k.toString(QKeySequence::PortableText);  // "Alt+X"
    return s.isEmpty() ? QChar() : s.back().toUpper();
}

/// Every mnemonic the user can reach at once in the window as it is shown
/// now: the menu bar, every visible tab bar, and visible labels with a buddy,
/// buttons and group boxes. Returns "X: text1 | text2" for each letter used twice.
QStringList clashes(QWidget* window)
{
    std::map<QChar, QStringList> seen;
    auto note = [&](const QString& text) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull()) seen[c] << text;
    };
    if (auto* mw = qobject_cast<QMainWindow*>(window)) {
        for (QAction* a : mw->menuBar()->actions()) note(a->text());
    }
    for (auto* bar : window->findChildren<QTabBar*>()) {
        if (!bar->isVisibleTo(window)) continue;
        for (int i = 0; i < bar->count(); ++i) note(bar->tabText(i));
    }
    for (auto* label : window->findChildren<QLabel*>()) {
        if (label->isVisibleTo(window) && label->buddy() != nullptr) note(label->text());
    }
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(window) && qobject_cast<QTabBar*>(button->parentWidget()) == nullptr) note(button->text());
    }
    for (auto* box : window->findChildren<QGroupBox*>()) {
        if (box->isVisibleTo(window)) note(box->title());
    }
    QStringList out;
    for (const auto& [c, texts] : seen) {
        if (texts.size() > 1) out << QStringLiteral("%1: %2").arg(c, texts.join(QStringLiteral(" | ")));
    }
    return out;
}

/// Clashes inside each menu (and its submenus).
QStringList menuClashes(QMenu* menu)
{
    std::map<QChar, QStringList> seen;
    QStringList out;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator()) continue;
        const QChar c = mnemonicOf(a->text());
        if (!c.isNull()) seen[c] << a->text();
        if (a->menu() != nullptr) out << menuClashes(a->menu());
    }
    for (const auto& [c, texts] : seen) {
        if (texts.size() > 1) out << QStringLiteral("%1 in %2: %3").arg(c, menu->title(), texts.join(QStringLiteral(" | ")));
    }
    return out;
}

/// Every state of the main window: each plan tab shown in turn.
QStringList allClashes(MainWindow& window)
{
    QStringList out;
    auto* tabs = window.planPanel()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        for (const QString& c : clashes(&window)) out << QStringLiteral("[%1] %2").arg(tabs->tabText(i), c);
    }
    tabs->setCurrentIndex(0);
    for (QAction* a : window.menuBar()->actions()) {
        if (a->menu() != nullptr) out << menuClashes(a->menu());
    }
    return out;
}

/// The texts Qt Charts draws in a chart view, as drawn (elided or not), visible ones only.
QStringList drawnTexts(QGraphicsView* view)
{
    QStringList out;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (!item->isVisible()) continue;
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item)) out << text->toPlainText();
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item)) out << text->text();
    }
    return out;
}

/// The first word of a catalog device name with a digit in it: "H100" in
/// "NVIDIA H100 SXM5 80GB", "3090" in "NVIDIA GeForce RTX 3090 24GB".
QString modelToken(const std::string& name)
{
    for (const QString& word : QString::fromStdString(name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); })) return word;
    }
    return QString::fromStdString(name);
}

bool loadTranslation(QTranslator& t, const QLocale& locale)
{
    return t.load(locale, QStringLiteral("deepplan"), QStringLiteral("_"), QStringLiteral(":/i18n"));
}

}  // namespace

class TestUsability : public QObject {
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

    // ---- 11: keyboard -------------------------------------------------------

    void mnemonicsNeverClash_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void mnemonicsNeverClash()
    {
        QFETCH(QString, locale);
        QTranslator translator;
        if (locale != QStringLiteral("en_US")) {
            QVERIFY2(loadTranslation(translator, QLocale(locale)), qPrintable(locale));
            QCoreApplication::installTranslator(&translator);
        }
        {
            MainWindow window(catalog_.get());
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QStringList found = allClashes(window);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
            // Menus first: Alt+E is the Edit menu, Alt+C the Compare menu.
            QStringList menus;
            for (QAction* a : window.menuBar()->actions()) {
                QVERIFY2(!mnemonicOf(a->text()).isNull(), qPrintable(a->text()));
                menus << QString(mnemonicOf(a->text()));
            }
            if (locale != QStringLiteral("de_DE")) QCOMPARE(menus.join(QString()), QStringLiteral("FESCTH"));
            else QCOMPARE(menus.join(QString()), QStringLiteral("DBSVXH"));
            // Every plan tab has a key, the Cost tab included.
            auto* tabs = window.planPanel()->tabs();
            for (int i = 0; i < tabs->count(); ++i) QVERIFY2(!mnemonicOf(tabs->tabText(i)).isNull(), qPrintable(tabs->tabText(i)));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void theClashCheckFindsAClash()
    {
        // The check itself: two buttons on the same letter are reported.
        QWidget w;
        auto* a = new QPushButton(QStringLiteral("&Apply"), &w);
        auto* b = new QPushButton(QStringLiteral("&Abort"), &w);
        a->move(0, 0);
        b->move(0, 40);
        w.show();
        QCOMPARE(clashes(&w).size(), 1);
        b->setText(QStringLiteral("A&bort"));
        QVERIFY(clashes(&w).isEmpty());
    }

    void redoHasTheStandardKeys()
    {
        MainWindow window(catalog_.get());
        QAction* redo = nullptr;
        QAction* undo = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->shortcuts().contains(QKeySequence(QKeySequence::Undo))) undo = a;
            if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y))) redo = a;
        }
        QVERIFY(undo != nullptr);
        QVERIFY(redo != nullptr);
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo)) QVERIFY(redo->shortcuts().contains(k));

        // Ctrl+Y and Ctrl+Shift+Z redo the document.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* doc = window.document();
        doc->push(new SetWorkloadFieldCommand(doc, WorkloadField::Concurrency, 7));
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario().workload.concurrency, default_scenario().workload.concurrency);
        window.activateWindow();
        window.planPanel()->setFocus();
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(doc->scenario().workload.concurrency, 7);
        doc->undoStack()->undo();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->scenario().workload.concurrency, 7);
    }

    void ctrlZInAFieldWithoutItsOwnUndoUndoesTheDocument()
    {
        MainWindow window(catalog_.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto* doc = window.document();
        doc->push(new SetWorkloadFieldCommand(doc, WorkloadField::Concurrency, 5));
        auto* context = window.findChild<QSpinBox*>(QStringLiteral("contextSpin"));
        QVERIFY(context != nullptr);
        context->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return context->hasFocus(); }, 2000));
        QTest::keyClick(context, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->scenario().workload.concurrency, default_scenario().workload.concurrency);
        QTest::keyClick(context, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(doc->scenario().workload.concurrency, 5);

        // A field with its own typing to undo keeps Ctrl+Z for itself.
        context->selectAll();
        QTest::keyClicks(context, QStringLiteral("9000"));
        QCOMPARE(doc->scenario().workload.context, 9000);
        auto* edit = context->findChild<QLineEdit*>();
        QVERIFY(edit != nullptr && edit->isUndoAvailable());
        const int steps = doc->undoStack()->index();
        QTest::keyClick(context, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(edit->text() != QStringLiteral("9000") || doc->undoStack()->index() == steps);
    }

    // ---- 10: the window at 1024×700 -----------------------------------------

    void theWindowFits1024x700WithoutGrowing()
    {
        MainWindow window(catalog_.get());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumSizeHint().width() <= 1024 && window.minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("%1×%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        // Every preset, with its own banner and figures: the window keeps its size.
        for (const Preset& p : builtin_presets()) {
            QVERIFY(window.loadPreset(p.id));
            QCoreApplication::processEvents();
            QCOMPARE(window.size(), QSize(1024, 700));
            auto* tabs = window.planPanel()->tabs();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                QCOMPARE(window.size(), QSize(1024, 700));
            }
            tabs->setCurrentIndex(0);
        }
        // The pool buttons are on screen, not below the fold of a scroll area.
        for (const char* name : {"addGroupButton", "removeGroupButton", "presetsButton", "customHardwareButton"}) {
            auto* b = window.findChild<QToolButton*>(QString::fromLatin1(name));
            QVERIFY(b != nullptr);
            QCOMPARE(b->visibleRegion().boundingRect(), b->rect());
        }
        // Elided texts carry their whole text as a tooltip.
        int elided = 0;
        for (auto* l : window.findChildren<ElidedLabel*>()) {
            if (!l->isVisible() || !l->isElided()) continue;
            ++elided;
            QVERIFY2(l->toolTip().contains(l->text()), qPrintable(l->text()));
        }
        qInfo("elided labels at 1024x700: %d", elided);
    }

    void memoryChartNamesEveryDeviceInFull_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080)}) {
            const QString at = QStringLiteral(" %1x%2").arg(size.width()).arg(size.height());
            // German: the longest legend and the longest "node" word.
            QTest::newRow(qPrintable(QStringLiteral("de: H100 + H200 machines") + at))
                << size << QStringLiteral("q4_k_m") << QStringLiteral("1x hgx-h100-8@ib-ndr400,1x hgx-h200-8@ib-ndr400")
                << QStringLiteral("llama.cpp") << QStringLiteral("de");
            QTest::newRow(qPrintable(QStringLiteral("zh_CN: 2x HGX H100") + at))
                << size << QStringLiteral("fp8") << QStringLiteral("2x hgx-h100-8@ib-ndr400") << QStringLiteral("vllm")
                << QStringLiteral("zh_CN");
            // 16 H100 and H200 in pipeline, each holding different layers: 10 bars.
            QTest::newRow(qPrintable(QStringLiteral("H100 + H200 machines") + at))
                << size << QStringLiteral("q4_k_m") << QStringLiteral("1x hgx-h100-8@ib-ndr400,1x hgx-h200-8@ib-ndr400")
                << QStringLiteral("llama.cpp") << QStringLiteral("en");
            // An 8-GPU server beside a PC with two RTX 3090: two kinds of card.
            QTest::newRow(qPrintable(QStringLiteral("HGX + PC with 2 RTX 3090") + at))
                << size << QStringLiteral("q4_k_m") << QStringLiteral("1x hgx-h100-8,1x pc-ddr5-128g+2x rtx-3090")
                << QStringLiteral("llama.cpp") << QStringLiteral("en");
            // The essay's two 8-GPU servers: 16 GPUs.
            QTest::newRow(qPrintable(QStringLiteral("2x HGX H100") + at))
                << size << QStringLiteral("fp8") << QStringLiteral("2x hgx-h100-8@ib-ndr400") << QStringLiteral("vllm") << QStringLiteral("en");
            // A PC whose host RAM holds most of the model beside two cards.
            QTest::newRow(qPrintable(QStringLiteral("PC 128 GB + 2 RTX 3090") + at))
                << size << QStringLiteral("ud-iq1_s") << QStringLiteral("1x pc-ddr5-128g+2x rtx-3090") << QStringLiteral("llama.cpp") << QStringLiteral("en");
        }
    }

    void memoryChartNamesEveryDeviceInFull()
    {
        QFETCH(QSize, size);
        QFETCH(QString, variant);
        QFETCH(QString, pool);
        QFETCH(QString, engine);
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QStringLiteral("en")) {
            QVERIFY(loadTranslation(translator, QLocale(language)));
            QCoreApplication::installTranslator(&translator);
        }
        const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        MainWindow window(catalog_.get());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Scenario s = default_scenario();
        s.model = "deepseek-r1";
        s.variant = variant.toStdString();
        s.engine = engine.toStdString();
        auto spec = parse_pool_spec(pool.toStdString());
        QVERIFY(spec.ok());
        s.pool = spec.value();
        window.document()->reset(s, QString());
        auto* view = window.findChild<MemoryChartView*>(QStringLiteral("memoryChart"));
        QVERIFY(view != nullptr);
        window.planPanel()->tabs()->setCurrentWidget(view);
        QTest::qWait(100);  // the chart lays out again once the labels have their room
        QCOMPARE(window.size(), size);
        const Plan p = test::corePlan(s, catalog_->catalog());
        const auto& devices = p.memory.per_device;
        QVERIFY2(devices.size() >= 3, "a scenario with several devices");

        // The bars cover every device once, in order; a bar's devices hold the same.
        int next = 0;
        for (int bar = 0; bar < view->barCount(); ++bar) {
            QCOMPARE(view->firstDevice(bar), next);
            QVERIFY(view->deviceCount(bar) >= 1);
            for (int k = next; k < next + view->deviceCount(bar); ++k) {
                const DeviceMemory& d = devices[static_cast<std::size_t>(k)];
                QCOMPARE(d.device, devices[static_cast<std::size_t>(next)].device);
                QCOMPARE(view->value(MemoryChartView::Weights, bar), std::min(d.weights_gb, d.usable_gb));
                QCOMPARE(view->capacityLine(bar), d.usable_gb);
            }
            next += view->deviceCount(bar);
        }
        QCOMPARE(next, static_cast<int>(devices.size()));

        // Every label names its device (or host RAM) and is drawn whole: the
        // text item Qt Charts shows is the label itself, not "H1..." or "...".
        const QStringList drawn = drawnTexts(view);
        auto* axis = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis != nullptr);
        QCOMPARE(axis->count(), view->barCount());  // no label dropped as a repeat
        for (int bar = 0; bar < view->barCount(); ++bar) {
            const DeviceMemory& d = devices[static_cast<std::size_t>(view->firstDevice(bar))];
            const QString label = view->label(bar);
            const QString expected = d.index < 0 ? QStringLiteral("host RAM") : modelToken(d.name);
            QVERIFY2(label.contains(expected), qPrintable(label + QStringLiteral(" names no ") + expected));
            QVERIFY2(drawn.contains(label), qPrintable(QStringLiteral("drawn as %1, not as \"%2\"").arg(drawn.join(QStringLiteral(" | ")), label)));
        }
        // The value axis is drawn where the bars start: its "0" sits at GB 0 of the bars.
        {
            auto* barSeries = qobject_cast<QAbstractBarSeries*>(view->chart()->series().constFirst());
            const qreal zeroX = view->chart()->mapToScene(view->chart()->mapToPosition(QPointF(0, 0), barSeries)).x();
            bool found = false;
            for (QGraphicsItem* item : view->scene()->items()) {
                auto* text = dynamic_cast<QGraphicsTextItem*>(item);
                if (text == nullptr || !text->isVisible() || text->toPlainText() != QStringLiteral("0")) continue;
                found = true;
                QVERIFY2(qAbs(text->sceneBoundingRect().center().x() - zeroX) < 4,
                         qPrintable(QStringLiteral("axis 0 at %1, bars start at %2").arg(text->sceneBoundingRect().center().x()).arg(zeroX)));
            }
            QVERIFY(found);
        }
        // The legend keeps the chart's whole width: no entry is cut short.
        for (QLegendMarker* marker : view->chart()->legend()->markers()) {
            if (marker->isVisible()) QVERIFY2(drawn.contains(marker->label()), qPrintable(drawn.join(QStringLiteral(" | "))));
        }
        // ... inside the view, beside its own bar, and clear of the others.
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QList<QRectF> placed;
        for (int bar = 0; bar < view->barCount(); ++bar) {
            QRectF rect;
            for (QGraphicsItem* item : view->scene()->items()) {
                auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
                if (text != nullptr && text->isVisible() && text->text() == view->label(bar)) rect = text->sceneBoundingRect();
            }
            QVERIFY2(visible.contains(rect), qPrintable(view->label(bar)));
            const QRectF plot = view->chart()->mapToScene(view->chart()->plotArea()).boundingRect();
            QVERIFY(rect.right() <= plot.left());
            const qreal rowTop = plot.top() + bar * plot.height() / view->barCount();
            QVERIFY2(rect.center().y() > rowTop && rect.center().y() < rowTop + plot.height() / view->barCount(),
                     qPrintable(view->label(bar)));
            for (const QRectF& other : placed) QVERIFY(!other.intersects(rect));
            placed << rect;
        }
        if (QTest::currentDataTag() == QByteArray("2x HGX H100 1024x700")) {
            // 16 identical GPUs, 8 per server: one bar per server.
            QCOMPARE(view->barCount(), 2);
            QCOMPARE(view->deviceCount(0), 8);
        }

        // Hovering a bar shows the device's whole name, what it holds and its amounts.
        QChart* chart = view->chart();
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().constFirst());
        QVERIFY(series != nullptr);
        for (int bar = 0; bar < view->barCount(); ++bar) {
            const DeviceMemory& d = devices[static_cast<std::size_t>(view->firstDevice(bar))];
            const qreal category = view->barCount() - 1 - bar;  // drawn bottom-up
            const QPointF at = chart->mapToPosition(QPointF(view->value(MemoryChartView::Weights, bar) / 2, category), series);
            const QPoint pos = view->mapFromScene(chart->mapToScene(at));
            QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
            QCoreApplication::sendEvent(view->viewport(), &help);
            const QString tip = QToolTip::text();
            QVERIFY2(tip.contains(QString::fromStdString(d.name)), qPrintable(tip));
            QVERIFY2(tip.contains(CoreText::translate(d.holds)), qPrintable(tip));
            QVERIFY2(tip.contains(QLocale().toString(d.weights_gb, 'f', 1)), qPrintable(tip));
            QCOMPARE(tip, view->description(bar));
        }
        QToolTip::hideText();
    }

    void aPlanWithNoEngineShowsNoBottleneckAndNoEngineName()
    {
        // FP8 on Macs: no engine runs it, nothing is placed.
        MainWindow window(catalog_.get());
        QVERIFY(window.loadPreset(QStringLiteral("mac-studio-6-fp8")));
        const Plan p = test::corePlan(window.document()->scenario(), catalog_->catalog());
        QVERIFY(!p.fits);
        QVERIFY(p.engine.empty());
        QCOMPARE(p.decode.tokens_per_s, 0.0);
        // Neither "memory bandwidth, step 0 ms" nor "… with no engine".
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("figureBottleneckValue"))->text(), QStringLiteral("–"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("figureBottleneckDetail"))->text(), QStringLiteral("nothing placed"));
        const QString details = window.findChild<QLabel*>(QStringLiteral("verdictDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("no engine runs it here")) && !details.contains(QStringLiteral("with no engine")),
                 qPrintable(details));
    }

    void keyFiguresElideWithTheWholeTextAsTooltip()
    {
        ElidedLabel label;
        label.setBaseToolTip(QStringLiteral("What it is."));
        label.setText(QStringLiteral("6.5 of 168.4 GB and then a great deal more text"));
        label.resize(60, 20);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QVERIFY(label.isElided());
        QVERIFY(label.toolTip().startsWith(label.text()));
        QVERIFY(label.toolTip().contains(QStringLiteral("What it is.")));
        QVERIFY(label.minimumSizeHint().width() < 60);
        label.resize(1000, 20);
        QVERIFY(!label.isElided());
        QCOMPARE(label.toolTip(), QStringLiteral("What it is."));
    }

    // ---- 13: pool table, files, cross-validation ------------------------------

    void zeroMachinesIsRefusedWithAReason()
    {
        MainWindow window(catalog_.get());
        window.show();
        auto* model = window.poolEditor()->model();
        const int before = window.document()->scenario().pool.groups.front().count;
        const int steps = window.document()->undoStack()->count();
        QSignalSpy refused(model, &PoolTableModel::editRefused);
        QVERIFY(!model->setData(model->index(0, PoolTableModel::Count), 0));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(window.document()->scenario().pool.groups.front().count, before);
        QCOMPARE(window.document()->undoStack()->count(), steps);
        auto* message = window.findChild<QLabel*>(QStringLiteral("poolMessageLabel"));
        QVERIFY(message != nullptr && message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("at least one machine")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("Remove")));
        // The next edit clears it.
        QVERIFY(model->setData(model->index(0, PoolTableModel::Count), before + 1));
        QVERIFY(!message->isVisible());
    }

    void aTruncatedFileSaysItEndsEarly()
    {
        MainWindow window(catalog_.get());
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QVERIFY(!window.openFile(test::dataPath("plans/truncated.deepplan.json")));
        QCOMPARE(errors.count(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("ends early (truncated?)")), qPrintable(message));
        // A file that is wrong, not short, does not say so.
        QVERIFY(!window.openFile(test::dataPath("plans/not-an-object.json")));
        QVERIFY(!errors.at(1).at(0).toString().contains(QStringLiteral("truncated")));
        for (auto* box : window.findChildren<QMessageBox*>()) box->close();
    }

    void crossValidationShowsProgressAndKeepsTheWindowResponsive()
    {
        ScenarioDocument doc;
        ValidationView view(&doc, catalog_.get(),
                            std::filesystem::path(RESOURCES_DIR) / "validation" / "measurements.csv");
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* button = view.findChild<QPushButton*>(QStringLiteral("crossValidateButton"));
        auto* bar = view.findChild<QProgressBar*>(QStringLiteral("crossValidateProgress"));
        QVERIFY(button != nullptr && bar != nullptr);
        QVERIFY(!bar->isVisible());
        QSignalSpy progressed(&view, &ValidationView::crossValidationProgressed);
        QSignalSpy finished(&view, &ValidationView::crossValidated);
        // A timer on the GUI thread keeps firing while the work runs.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(20);
        button->click();
        QVERIFY(bar->isVisible());
        QVERIFY(!button->isEnabled());
        QVERIFY(finished.wait(300000));
        timer.stop();
        QVERIFY(progressed.count() > 1);
        const auto last = progressed.last();
        QCOMPARE(last.at(0).toInt(), last.at(1).toInt());  // done == total at the end
        QVERIFY(last.at(1).toInt() > 10);
        QVERIFY2(ticks > 5, qPrintable(QString::number(ticks)));
        QVERIFY(!bar->isVisible());
        QVERIFY(button->isEnabled());
    }

    // ---- 12: custom hardware ----------------------------------------------------

    void customHardwareListsAreSortedByNameWithSensibleDefaults()
    {
        CustomHardwareDialog dialog(catalog_.get());
        for (const char* name : {"systemAcceleratorCombo", "systemCpuCombo", "systemIntraLinkCombo", "systemNetworkLinkCombo"}) {
            auto* box = dialog.findChild<QComboBox*>(QString::fromLatin1(name));
            QVERIFY(box != nullptr);
            // The accelerator list starts with "None"; the rest is by shown name.
            const int first = QString::fromLatin1(name) == QStringLiteral("systemAcceleratorCombo") ? 1 : 0;
            for (int i = first + 1; i < box->count(); ++i) {
                QVERIFY2(QString::localeAwareCompare(box->itemText(i - 1), box->itemText(i)) <= 0,
                         qPrintable(box->itemText(i - 1) + QStringLiteral(" > ") + box->itemText(i)));
            }
        }
        auto data = [&](const char* name) {
            return dialog.findChild<QComboBox*>(QString::fromLatin1(name))->currentData().toString();
        };
        // A new machine starts as a desktop PC: an RTX card, a desktop CPU, PCIe, Ethernet.
        QCOMPARE(data("systemAcceleratorCombo"), QStringLiteral("rtx-4090"));
        QCOMPARE(data("systemCpuCombo"), QStringLiteral("desktop-ddr5-2ch"));
        QCOMPARE(data("systemIntraLinkCombo"), QStringLiteral("pcie4"));
        QCOMPARE(data("systemNetworkLinkCombo"), QStringLiteral("eth-1g"));
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("systemUnifiedCheck"))->isChecked());
        dialog.applyMachineKind(CustomHardwareDialog::MachineKind::AppleMac);
        QVERIFY(data("systemAcceleratorCombo").startsWith(QStringLiteral("apple-")));
        QVERIFY(data("systemCpuCombo").startsWith(QStringLiteral("apple-")));
        QCOMPARE(data("systemIntraLinkCombo"), QStringLiteral("on-package"));
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("systemUnifiedCheck"))->isChecked());
        dialog.applyMachineKind(CustomHardwareDialog::MachineKind::GpuServer);
        QCOMPARE(data("systemIntraLinkCombo"), QStringLiteral("nvlink4"));
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("systemAcceleratorCountSpin"))->value(), 8);
    }

    void aPricedCustomMachineHasAKnownCost()
    {
        CustomHardwareDialog dialog(catalog_.get());
        dialog.setKind(CustomHardwareDialog::Kind::System);
        dialog.findChild<QLineEdit*>(QStringLiteral("systemIdEdit"))->setText(QStringLiteral("home-pc-test"));
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("systemPriceSpin"))->setValue(1800);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const deepplan::System* sys = catalog_->catalog().system("home-pc-test");
        QVERIFY(sys != nullptr);
        QCOMPARE(sys->price_usd, 1800.0);
        Scenario s = default_scenario();
        s.model = "deepseek-r1-distill-qwen-7b";
        s.variant = "q4_k_m";
        s.engine = "llama.cpp";
        s.pool = parse_pool_spec("1x home-pc-test").value();
        const Plan p = test::corePlan(s, catalog_->catalog());
        QVERIFY2(p.cost.known, "the machine and its RTX 4090 are both priced");
        // A machine's price is the whole machine, its own accelerator included.
        QCOMPARE(p.cost.capex_usd, 1800.0);
    }

    // ---- 8: units -------------------------------------------------------------

    void unitsAreWrittenTheGuisWay()
    {
        MainWindow window(catalog_.get());
        // Microseconds as µs in the assumptions, never "us".
        auto* model = window.planPanel()->assumptionsModel();
        int micro = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString unit = model->index(r, AssumptionsModel::Unit).data().toString();
            QVERIFY2(!unit.startsWith(QStringLiteral("us ")), qPrintable(unit));
            micro += unit.startsWith(QStringLiteral("µs ")) ? 1 : 0;
        }
        QVERIFY(micro > 0);
        // The published file size and the computed one are both named.
        const QString info = window.findChild<QLabel*>(QStringLiteral("variantInfoLabel"))->text();
        QVERIFY2(info.contains(QStringLiteral("published")) && info.contains(QStringLiteral("computed")), qPrintable(info));
    }

    void kTransformersPerSocketCopyShowsInTheMemoryFigure()
    {
        MainWindow window(catalog_.get());
        QVERIFY(window.loadPreset(QStringLiteral("rtx4090-1tb-ktransformers")));
        const QString detail = window.findChild<QLabel*>(QStringLiteral("figureMemoryDetail"))->text();
        QVERIFY2(detail.contains(QStringLiteral("×2")) && detail.contains(QStringLiteral("socket")), qPrintable(detail));
        // llama.cpp on the same machine keeps one copy.
        QVERIFY(window.loadPreset(QStringLiteral("h100-2-iq1s")));
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("figureMemoryDetail"))->text().contains(QStringLiteral("socket")));
    }

private:
    /// Every cell of `table` drawn narrower than its text carries the whole text as its tooltip.
    static void checkCutCellsHaveTooltips(QTableView* table)
    {
        const QFontMetrics metrics(table->font());
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const QModelIndex cell = table->model()->index(row, column);
                const QString text = cell.data(Qt::DisplayRole).toString();
                // The delegate's text margins: a few pixels each side.
                if (metrics.horizontalAdvance(text) + 8 <= table->visualRect(cell).width()) continue;
                QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(text),
                         qPrintable(QStringLiteral("row %1 column %2: \"%3\" is cut without a tooltip").arg(row).arg(column).arg(text)));
            }
        }
    }

    /// Window at `size` in `language` showing `s`; the translator stays installed while it lives.
    struct Shown {
        QTranslator translator;
        std::unique_ptr<MainWindow> window;
        ~Shown() { QCoreApplication::removeTranslator(&translator); }
    };

    bool show(Shown& shown, const QString& language, const QSize& size, const Scenario& s)
    {
        if (language != QStringLiteral("en")) {
            if (!loadTranslation(shown.translator, QLocale(language))) return false;
            QCoreApplication::installTranslator(&shown.translator);
        }
        shown.window = std::make_unique<MainWindow>(catalog_.get());
        shown.window->resize(size);
        shown.window->show();
        if (!QTest::qWaitForWindowExposed(shown.window.get())) return false;
        shown.window->document()->reset(s, QString());
        QTest::qWait(50);
        return true;
    }

    static Scenario r1(const char* variant, const char* engine, const char* pool)
    {
        Scenario s = default_scenario();
        s.model = "deepseek-r1";
        s.variant = variant;
        s.engine = engine;
        s.pool = parse_pool_spec(pool).value();
        return s;
    }

private slots:
    void keyFiguresReadWholeAt1024_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("pool");
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
                const QString at = QStringLiteral(" %1 %2x%3").arg(language).arg(size.width()).arg(size.height());
                // "739 von 1.237 GB", "Overhead pro Schritt", "Spanne 29,0 – 48,9 · 71 % der Hardwaregrenze".
                QTest::newRow(qPrintable(QStringLiteral("2x HGX H100 FP8") + at))
                    << language << size << QStringLiteral("fp8") << QStringLiteral("vllm") << QStringLiteral("2x hgx-h100-8@ib-ndr400");
                // Does not fit: "wenn es passte · …" details and struck-out speeds.
                QTest::newRow(qPrintable(QStringLiteral("PC 128 GB + RTX 4090, 1.58-bit") + at))
                    << language << size << QStringLiteral("ud-iq1_s") << QStringLiteral("llama.cpp") << QStringLiteral("1x pc-ddr5-128g+1x rtx-4090");
                // Memory bandwidth as the bottleneck, "420 von 1.860 GB"-sized memory.
                QTest::newRow(qPrintable(QStringLiteral("H100 + H200 Q4_K_M") + at))
                    << language << size << QStringLiteral("q4_k_m") << QStringLiteral("llama.cpp")
                    << QStringLiteral("1x hgx-h100-8@ib-ndr400,1x hgx-h200-8@ib-ndr400");
            }
        }
    }

    void keyFiguresReadWholeAt1024()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, variant);
        QFETCH(QString, engine);
        QFETCH(QString, pool);
        Shown shown;
        QVERIFY(show(shown, language, size, r1(qPrintable(variant), qPrintable(engine), qPrintable(pool))));
        QCOMPARE(shown.window->size(), size);
        auto* figures = shown.window->findChild<KeyFiguresView*>(QStringLiteral("keyFigures"));
        QVERIFY(figures != nullptr);
        const auto labels = figures->findChildren<ElidedLabel*>();
        QCOMPARE(labels.size(), 3 * KeyFiguresView::FigureCount);  // title, value and detail of every card
        int wrapped = 0;
        for (ElidedLabel* label : labels) {
            if (label->text().isEmpty()) continue;
            QVERIFY2(label->isVisible() && label->width() > 0, qPrintable(label->text()));
            // Whole on screen: not cut, and the lines it takes fit its height.
            QVERIFY2(!label->isElided(), qPrintable(QStringLiteral("cut: \"%1\" in %2 px").arg(label->text()).arg(label->width())));
            const int lines = label->linesAt(label->width());
            QVERIFY2(label->height() >= lines * label->fontMetrics().lineSpacing() - 1,
                     qPrintable(QStringLiteral("\"%1\": %2 lines in %3 px").arg(label->text()).arg(lines).arg(label->height())));
            // Not shrunk below legibility either.
            QVERIFY(label->shownFont().pointSizeF() >= 0.85 * label->font().pointSizeF() - 1e-9);
            if (lines > 1) ++wrapped;
            // The card shows the whole label: it is not clipped by the card.
            const QRect inCard(label->mapTo(label->parentWidget(), QPoint(0, 0)), label->size());
            QVERIFY2(label->parentWidget()->rect().contains(inCard), qPrintable(label->text()));
        }
        Q_UNUSED(wrapped);
    }

    void validationScatterLabelsFitAt1024()
    {
        Shown shown;
        QVERIFY(show(shown, QStringLiteral("de"), QSize(1024, 700), r1("fp8", "vllm", "2x hgx-h100-8@ib-ndr400")));
        auto* view = shown.window->findChild<ValidationView*>();
        QVERIFY(view != nullptr);
        shown.window->planPanel()->tabs()->setCurrentWidget(view);
        QTest::qWait(200);  // loads on show; the axes settle after one more layout
        QCOMPARE(shown.window->size(), QSize(1024, 700));
        QChartView* chart = view->chartView(FigureKind::Rate);
        QVERIFY(chart != nullptr && chart->isVisible());
        QVERIFY(ValidationView::chartKinds().size() == 3);
        auto* x = qobject_cast<QLogValueAxis*>(chart->chart()->axes(Qt::Horizontal).constFirst());
        auto* y = qobject_cast<QLogValueAxis*>(chart->chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(x != nullptr && y != nullptr);
        // Both axis titles are drawn whole, not "Vorhergesagte Geschw…".
        const QStringList drawn = drawnTexts(chart);
        QVERIFY2(drawn.contains(x->titleText()), qPrintable(drawn.join(QStringLiteral(" | "))));
        QVERIFY2(drawn.contains(y->titleText()), qPrintable(drawn.join(QStringLiteral(" | "))));
        // The x axis' labels (below the plot) stand apart: "100" and "10000", never "10010000".
        const QRectF plot = chart->chart()->plotArea();
        QList<QRectF> below;
        for (QGraphicsItem* item : chart->scene()->items()) {
            auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            if (text == nullptr || !text->isVisible() || text->toPlainText().isEmpty()) continue;
            bool number = false;
            text->toPlainText().toDouble(&number);
            const QRectF r = text->sceneBoundingRect();
            if (number && r.top() >= plot.bottom() - 1 && r.center().x() >= plot.left() - 20) below << r;
        }
        QVERIFY2(below.size() >= 2, "at least two labels on the x axis");
        std::sort(below.begin(), below.end(), [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
        for (int i = 1; i < below.size(); ++i) {
            // Text items carry a few pixels of document margin: their glyphs must not touch.
            const qreal gap = below[i].left() - below[i - 1].right();
            QVERIFY2(gap >= 0, qPrintable(QStringLiteral("x labels %1 and %2 overlap by %3 px").arg(i - 1).arg(i).arg(-gap)));
        }
        // The chart has the room of the summary beside it at least.
        auto* summary = view->findChild<QWidget*>(QStringLiteral("validationSummaryScroll"));
        QVERIFY(summary != nullptr);
        if (view->summaryBeside()) QVERIFY2(chart->width() >= summary->width(), qPrintable(QStringLiteral("chart %1 px, summary %2 px").arg(chart->width()).arg(summary->width())));
    }

    // ---- 10: nothing cut at 1024×700 in German and Chinese ------------------

    void nothingIsCutInTheEssaysPresets_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("concurrency");
        // The essay's questions: two 8-GPU servers, 3 and 5-6 Mac Studios,
        // the 1.58-bit R1 on a 24 GB card and a 128 GB PC, distills on a laptop.
        const char* presets[] = {"hgx-h100-2-fp8", "mac-studio-3-q4", "mac-studio-5-q8", "mac-studio-6-fp8",
                                 "pc-128g-rtx4090-iq1s", "laptop-16g-distill-7b", "laptop-16g-distill-1.5b"};
        // Served to 16 clients, the time-to-first-token card says what each
        // sees under load (an engine that batches them, one that takes turns,
        // a plan that does not fit) and the requests box is enabled.
        const char* loaded[] = {"hgx-h100-2-fp8", "mac-studio-3-q4", "pc-128g-rtx4090-iq1s", "rtx4090-1tb-ktransformers"};
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
                const QString at = QStringLiteral("%1 %2x%3 ").arg(language).arg(size.width()).arg(size.height());
                for (const char* preset : presets) {
                    QTest::newRow(qPrintable(at + QLatin1String(preset))) << language << size << QString::fromLatin1(preset) << 1;
                }
                for (const char* preset : loaded) {
                    // Cut text shows at 1024 px; the wide window once is enough.
                    if (size.width() > 1024 && preset != loaded[0]) continue;
                    QTest::newRow(qPrintable(at + QLatin1String(preset) + QStringLiteral(" x16")))
                        << language << size << QString::fromLatin1(preset) << 16;
                }
            }
        }
    }

    void nothingIsCutInTheEssaysPresets()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, preset);
        QFETCH(int, concurrency);
        // As when a plan file is opened: the preset is loaded before the window shows.
        Shown shown;
        if (language != QStringLiteral("en")) {
            QVERIFY(loadTranslation(shown.translator, QLocale(language)));
            QCoreApplication::installTranslator(&shown.translator);
        }
        shown.window = std::make_unique<MainWindow>(catalog_.get());
        MainWindow& window = *shown.window;
        QVERIFY(window.loadPreset(preset));
        if (concurrency != 1) {
            auto* spin = window.findChild<QSpinBox*>(QStringLiteral("concurrencySpin"));
            QVERIFY(spin != nullptr);
            spin->setValue(concurrency);
            QCOMPARE(window.document()->scenario().workload.concurrency, concurrency);
        }
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        QCOMPARE(window.size(), size);

        // The verdict title is whole (maybe in a shorter form), in the height it has.
        auto* title = window.findChild<ElidedLabel*>(QStringLiteral("verdictTitle"));
        QVERIFY(title != nullptr);
        QVERIFY2(!title->isElided(), qPrintable(QStringLiteral("cut: \"%1\" in %2 px").arg(title->shownText()).arg(title->width())));
        QVERIFY2(title->height() >= title->heightForWidth(title->width()) - 1,
                 qPrintable(QStringLiteral("%1 px for %2 px of title").arg(title->height()).arg(title->heightForWidth(title->width()))));
        if (title->shownText() != title->text()) QVERIFY(title->toolTip().contains(title->text()));

        // The lines below it show whole: none is cut through the middle at the
        // bottom of the banner (the rest scroll).
        auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("verdictScroll"));
        QVERIFY(scroll != nullptr);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        // ... inside the banner's margins (its layout ran at the banner's final height).
        auto* banner = window.findChild<QWidget*>(QStringLiteral("verdictBanner"));
        QVERIFY(banner != nullptr);
        const QRect inside = banner->contentsRect().marginsRemoved(banner->layout()->contentsMargins());
        QVERIFY2(inside.contains(scroll->geometry()) && inside.contains(title->geometry()),
                 qPrintable(QStringLiteral("banner %1 px tall, its lines end at %2").arg(banner->height()).arg(scroll->geometry().bottom())));
        for (const char* name : {"verdictDetails", "verdictMinimum", "verdictWarnings"}) {
            auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
            QVERIFY(label != nullptr);
            if (!label->isVisible() || label->text().isEmpty()) continue;
            const QRect inView = QRect(label->mapTo(scroll->viewport(), QPoint(0, 0)), label->size()).intersected(scroll->viewport()->rect());
            if (inView.isEmpty() || inView.height() == label->height()) continue;
            // The label's lines as a text document lays them out (QLabel's way), scaled to its height.
            QTextDocument doc;
            doc.setDocumentMargin(0);
            doc.setDefaultFont(label->font());
            doc.setPlainText(label->text());
            doc.setTextWidth(label->width());
            const qreal scale = label->height() / doc.size().height();
            qreal nearest = 1e9;
            for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
                const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
                for (int i = 0; i < block.layout()->lineCount(); ++i) {
                    const QTextLine line = block.layout()->lineAt(i);
                    nearest = std::min(nearest, std::abs((top + line.y() + line.height()) * scale - inView.height()));
                }
            }
            QVERIFY2(nearest <= 2.0, qPrintable(QStringLiteral("%1: %2 of %3 px shown, %4 px from a line's end")
                                                    .arg(QLatin1String(name)).arg(inView.height()).arg(label->height()).arg(nearest)));
        }

        // The left column: its hints are whole (a shorter form where needed).
        auto* left = window.findChild<QScrollArea*>(QStringLiteral("leftScroll"));
        QVERIFY(left != nullptr);
        for (auto* l : left->findChildren<ElidedLabel*>()) {
            if (!l->isVisible() || l->text().isEmpty()) continue;
            QVERIFY2(!l->isElided(), qPrintable(QStringLiteral("cut: \"%1\" in %2 px").arg(l->shownText()).arg(l->width())));
            if (l->shownText() != l->text()) QVERIFY2(l->toolTip().contains(l->text()), qPrintable(l->text()));
        }
        // Its boxes draw a long item elided and name it whole in the tooltip.
        for (auto* box : left->findChildren<ElidingComboBox*>()) {
            if (!box->isVisible()) continue;
            if (box->isElided()) QVERIFY2(box->toolTip().startsWith(box->currentText()), qPrintable(box->currentText()));
            else QVERIFY(!box->toolTip().startsWith(box->currentText() + QStringLiteral("\n")));
        }
        // ... and the pool buttons are on screen, not below the fold.
        for (const char* name : {"addGroupButton", "presetsButton", "customHardwareButton"}) {
            auto* b = window.findChild<QToolButton*>(QString::fromLatin1(name));
            QVERIFY(b != nullptr);
            QCOMPARE(b->visibleRegion().boundingRect(), b->rect());
        }

        // The key figures are whole ("Speicher-Bandbreite", not "Speicherband…").
        auto* figures = window.findChild<KeyFiguresView*>(QStringLiteral("keyFigures"));
        QVERIFY(figures != nullptr);
        for (ElidedLabel* l : figures->findChildren<ElidedLabel*>()) {
            if (!l->isVisible() || l->text().isEmpty()) continue;
            QVERIFY2(!l->isElided(), qPrintable(QStringLiteral("cut: \"%1\" in %2 px").arg(l->text()).arg(l->width())));
        }

        // The pool table's machine names lie inside the view: whole, or cut
        // with "…" and the whole name in the tooltip (never running past the edge).
        auto* table = window.findChild<QTableView*>(QStringLiteral("poolTable"));
        QVERIFY(table != nullptr);
        QCOMPARE(table->horizontalScrollBar()->value(), 0);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex cell = table->model()->index(row, PoolTableModel::System);
            const QRect rect = table->visualRect(cell);
            QVERIFY2(table->viewport()->rect().contains(rect),
                     qPrintable(QStringLiteral("System cell %1..%2 px in a %3 px view").arg(rect.left()).arg(rect.right()).arg(table->viewport()->width())));
            const QString name = cell.data(Qt::DisplayRole).toString();
            const bool whole = table->fontMetrics().horizontalAdvance(name) + 8 <= rect.width();
            QVERIFY2(whole || cell.data(Qt::ToolTipRole).toString().contains(name), qPrintable(name));
            QVERIFY(rect.width() >= table->fontMetrics().horizontalAdvance(QStringLiteral("Mac Studio")));
        }

        // Every tab and the search dialog: the window keeps its size, and
        // whatever is elided carries its whole text.
        auto* tabs = window.planPanel()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            QCOMPARE(window.size(), size);
            for (auto* l : window.findChildren<ElidedLabel*>()) {
                if (!l->isVisible() || (!l->isElided() && l->shownText() == l->text())) continue;
                QVERIFY2(l->toolTip().contains(l->text()), qPrintable(l->objectName() + QLatin1Char(' ') + l->text()));
            }
            if (tabs->currentWidget() == window.planPanel()->assumptionsTable()) {
                QTableView* assumptions = window.planPanel()->assumptionsTable();
                checkCutCellsHaveTooltips(assumptions);
                if (QTest::currentTestFailed()) return;
                // The columns share the width: no sideways scrolling, the source keeps room.
                QVERIFY(!assumptions->horizontalScrollBar()->isVisible());
                const int viewWidth = assumptions->viewport()->width();
                QVERIFY2(assumptions->columnWidth(AssumptionsModel::Name) <= viewWidth / 2,
                         qPrintable(QStringLiteral("name %1 of %2 px").arg(assumptions->columnWidth(AssumptionsModel::Name)).arg(viewWidth)));
                QVERIFY(assumptions->columnWidth(AssumptionsModel::Source) >= viewWidth / 6);
                // ... and the name, value and unit as wide as their contents up to their share.
                for (const auto& [column, share] : {std::pair{int(AssumptionsModel::Name), 2}, std::pair{int(AssumptionsModel::Value), 6},
                                                    std::pair{int(AssumptionsModel::Unit), 6}}) {
                    int contents = 0;
                    for (int row = 0; row < assumptions->model()->rowCount(); ++row)
                        contents = std::max(contents, assumptions->fontMetrics().horizontalAdvance(assumptions->model()->index(row, column).data().toString()));
                    const int want = std::min(contents, viewWidth / share);
                    QVERIFY2(assumptions->columnWidth(column) >= want - 1,
                             qPrintable(QStringLiteral("column %1: %2 px, contents want %3 of %4").arg(column).arg(assumptions->columnWidth(column)).arg(want).arg(viewWidth)));
                }
            }
        }
        auto* dialog = window.showFindDeployment();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The dialog fits the screen it is on, and would fit a 1024×700 one.
        const QSize screen = dialog->screen()->availableGeometry().size().expandedTo(dialog->minimumSizeHint());
        QVERIFY2(dialog->width() <= screen.width() && dialog->height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(dialog->width()).arg(dialog->height()).arg(screen.width()).arg(screen.height())));
        QVERIFY2(dialog->minimumSizeHint().width() <= 1024 && dialog->minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(dialog->minimumSizeHint().width()).arg(dialog->minimumSizeHint().height())));
        // The chart's axis titles are drawn whole ("每百万输出…" was cut on the vertical axis).
        auto* pareto = dialog->findChild<QChartView*>(QStringLiteral("searchParetoChart"));
        QVERIFY(pareto != nullptr);
        // As big as on a 1024x700 screen less a title bar (the offscreen screen is smaller).
        dialog->resize(1024, 670);
        QTest::qWait(50);
        const QStringList drawnInDialog = drawnTexts(pareto);
        for (QAbstractAxis* axis : pareto->chart()->axes()) {
            QVERIFY2(drawnInDialog.contains(axis->titleText()), qPrintable(drawnInDialog.join(QStringLiteral(" | "))));
            // Drawn as the axis' title, or (vertical axis) as the chart's title above the plot.
            QVERIFY(axis->isTitleVisible() || pareto->chart()->title() == axis->titleText());
        }
        dialog->close();
        QCOMPARE(window.size(), size);
    }

    // ---- 12: the Validation tab at 1024×700 ----------------------------------

    void validationTabFitsAfterCrossValidation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN"), QStringLiteral("en")})
            QTest::newRow(qPrintable(language + QStringLiteral(" 1024x700"))) << language << QSize(1024, 700);
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN")})
            QTest::newRow(qPrintable(language + QStringLiteral(" 1920x1080"))) << language << QSize(1920, 1080);
    }

    void validationTabFitsAfterCrossValidation()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Shown shown;
        QVERIFY(show(shown, language, size, r1("fp8", "vllm", "2x hgx-h100-8@ib-ndr400")));
        auto* view = shown.window->findChild<ValidationView*>();
        QVERIFY(view != nullptr);
        shown.window->planPanel()->tabs()->setCurrentWidget(view);
        QTest::qWait(100);
        // The leave-one-source-out table has the most columns: run it, as a user does.
        auto* button = view->findChild<QPushButton*>(QStringLiteral("crossValidateButton"));
        QVERIFY(button != nullptr && button->isVisible());
        QCOMPARE(button->visibleRegion().boundingRect(), button->rect());
        QSignalSpy done(view, &ValidationView::crossValidated);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(done.wait(300000));
        QVERIFY(view->report().cross_validated);
        QTest::qWait(100);
        QCOMPARE(shown.window->size(), size);
        const QRect viewRect = view->rect();

        // The summary: visible (beside the charts, or shown as their tab after the
        // run), every column of its table readable without scrolling sideways.
        QScrollArea* summary = view->summaryArea();
        QVERIFY(summary->isVisible());
        QVERIFY2(!summary->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("summary %1 px wide, needs %2").arg(summary->viewport()->width()).arg(summary->widget()->minimumSizeHint().width())));
        QVERIFY(summary->widget()->width() <= summary->viewport()->width());
        QVERIFY(summary->width() >= 20 * summary->fontMetrics().averageCharWidth());
        QVERIFY(viewRect.contains(QRect(summary->mapTo(view, QPoint(0, 0)), summary->size())));
        if (size.width() >= 1920) QVERIFY2(view->summaryBeside(), "a wide window shows the summary beside the charts");

        // Every chart: its legend names each of its series whole, inside the view.
        auto* tabs = view->chartTabs();
        for (const FigureKind kind : ValidationView::chartKinds()) {
            QChartView* chart = view->chartView(kind);
            tabs->setCurrentWidget(chart);
            QTest::qWait(50);
            QVERIFY(chart->isVisible());
            QVERIFY(viewRect.contains(QRect(chart->mapTo(view, QPoint(0, 0)), chart->size())));
            QSet<QString> names;
            for (QAbstractSeries* series : chart->chart()->series()) {
                if (!series->name().isEmpty()) names.insert(series->name());
            }
            QVERIFY(names.size() >= 4);  // the three reference lines and at least one regime
            QLegend* qtLegend = chart->chart()->legend();
            if (qtLegend->isVisible()) {
                // Qt Charts' legend: every label of it drawn whole inside the legend and the view.
                const QRectF inView = chart->mapToScene(chart->viewport()->rect()).boundingRect();
                const QRectF legendRect = qtLegend->sceneBoundingRect().intersected(inView);
                const QStringList drawn = drawnTexts(chart);
                for (const QString& name : names) QVERIFY2(drawn.contains(name), qPrintable(name));
                for (QGraphicsItem* item : chart->scene()->items()) {
                    if (!item->isVisible() || !qtLegend->isAncestorOf(item)) continue;
                    QVERIFY2(legendRect.contains(item->sceneBoundingRect()), "a legend entry is cut at the legend's edge");
                }
            } else {
                // The legend under the chart: every series, all its lines shown, inside the view.
                QLabel* legend = view->legend();
                QVERIFY(legend->isVisible());
                const QStringList shownNames = view->legendNames();
                QCOMPARE(QSet<QString>(shownNames.begin(), shownNames.end()), names);
                // As drawn, less the word joiners and non-breaking hyphens that keep a name on one line.
                const QString plain = QTextDocumentFragment::fromHtml(legend->text()).toPlainText().remove(QChar(0x2060)).replace(QChar(0x2011), QLatin1Char('-'));
                for (const QString& name : names) QVERIFY2(plain.contains(name), qPrintable(plain));
                QVERIFY2(legend->height() >= legend->heightForWidth(legend->width()),
                         qPrintable(QStringLiteral("%1 px for %2 px of legend").arg(legend->height()).arg(legend->heightForWidth(legend->width()))));
                QVERIFY(viewRect.contains(QRect(legend->mapTo(view, QPoint(0, 0)), legend->size())));
                QCOMPARE(legend->visibleRegion().boundingRect(), legend->rect());
            }
            // The chart tabs' titles are whole: no tab runs past the bar.
            for (int i = 0; i < tabs->count(); ++i)
                QVERIFY2(tabs->tabBar()->rect().contains(tabs->tabBar()->tabRect(i)), qPrintable(tabs->tabText(i)));
        }
        QCOMPARE(shown.window->size(), size);
    }

    void verdictTitleNeverScrollsAway()
    {
        // The PC with one RTX 4090 and the 1.58-bit R1: a tight miss with reasons and warnings.
        Shown shown;
        QVERIFY(show(shown, QStringLiteral("de"), QSize(1024, 700), r1("ud-iq1_s", "llama.cpp", "1x pc-ddr5-128g+1x rtx-4090")));
        QCOMPARE(shown.window->size(), QSize(1024, 700));
        auto* title = shown.window->findChild<ElidedLabel*>(QStringLiteral("verdictTitle"));
        QVERIFY(title != nullptr);
        // No scroll area above the title: it cannot be scrolled out of view.
        for (QWidget* w = title->parentWidget(); w != nullptr; w = w->parentWidget())
            QVERIFY2(qobject_cast<QScrollArea*>(w) == nullptr, qPrintable(w->objectName()));
        QCOMPARE(title->visibleRegion().boundingRect(), title->rect());
        // The lines below it scroll, and scrolling them leaves the title where it is.
        auto* scroll = shown.window->findChild<QScrollArea*>(QStringLiteral("verdictScroll"));
        QVERIFY(scroll != nullptr);
        QVERIFY(scroll->isAncestorOf(shown.window->findChild<QLabel*>(QStringLiteral("verdictDetails"))));
        const QPoint before = title->mapTo(shown.window.get(), QPoint(0, 0));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QCOMPARE(title->mapTo(shown.window.get(), QPoint(0, 0)), before);
        QCOMPARE(title->visibleRegion().boundingRect(), title->rect());
        // The verdict and the shortfall come first, where two lines always show them.
        const Plan p = test::corePlan(r1("ud-iq1_s", "llama.cpp", "1x pc-ddr5-128g+1x rtx-4090"), catalog_->catalog());
        QVERIFY(!p.fits && p.tight);
        const QString shortfall = FigureFormat::number(p.short_gb);
        QVERIFY2(title->text().indexOf(shortfall) >= 0 && title->text().indexOf(shortfall) < 40, qPrintable(title->text()));
    }
};

QTEST_MAIN(TestUsability)
#include "tst_usability.moc"
