// The custom hardware dialog adds a device (and a machine) to the per-user
// catalog that plans can use at once; bad entries are refused, nothing written.

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "dialogs/custom_hardware_dialog.h"
#include "figure_format.h"
#include "gui_test_support.h"
#include "models/pool_table_model.h"
#include "widgets/pool_editor.h"

using namespace deepplan;
using namespace deepplan::gui;

class TestCustomDevice : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;

    template <class T>
    static T* child(QWidget* parent, const char* name)
    {
        auto* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (w == nullptr) qFatal("no child %s", name);
        return w;
    }

    static void type(QWidget* parent, const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(parent, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void set(QWidget* parent, const char* name, double value)
    {
        auto* spin = child<QDoubleSpinBox>(parent, name);
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        spin->interpretText();
    }

    static void save(QDialog* dialog)
    {
        auto* box = child<QDialogButtonBox>(dialog, "buttons");
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    QString userDir() const { return user_.path() + QStringLiteral("/catalog"); }

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(userDir());
        QVERIFY(catalog_->isValid());
    }

    void aBadDeviceIsRefusedAndNothingIsWritten()
    {
        CustomHardwareDialog dialog(catalog_.get());
        dialog.setKind(CustomHardwareDialog::Kind::Device);
        type(&dialog, "deviceIdEdit", QStringLiteral("Bad Id!"));
        save(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!QFile::exists(userDir() + QStringLiteral("/devices.json")));
    }

    void aCustomDeviceCanBeUsedAtOnce()
    {
        MainWindow window(catalog_.get());
        window.show();
        QSignalSpy reloaded(catalog_.get(), &CatalogStore::catalogChanged);

        CustomHardwareDialog dialog(catalog_.get(), &window);
        dialog.show();
        dialog.setKind(CustomHardwareDialog::Kind::Device);
        type(&dialog, "deviceIdEdit", QStringLiteral("rtx-4090-96g-test"));
        type(&dialog, "deviceNameEdit", QStringLiteral("RTX 4090 96 GB (test)"));
        auto* cls = child<QComboBox>(&dialog, "deviceClassCombo");
        cls->setCurrentIndex(cls->findData(static_cast<int>(DeviceClass::ConsumerGpu)));
        set(&dialog, "deviceMemorySpin", 96);
        set(&dialog, "deviceBandwidthSpin", 1008);
        set(&dialog, "deviceBf16Spin", 165);
        set(&dialog, "deviceFp8Spin", 330);
        type(&dialog, "deviceSourceEdit", QStringLiteral("https://example.invalid/datasheet"));
        save(&dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
        QCOMPARE(dialog.savedId(), QStringLiteral("rtx-4090-96g-test"));
        QVERIFY(reloaded.count() >= 1);
        QVERIFY(QFile::exists(userDir() + QStringLiteral("/devices.json")));

        const Device* d = catalog_->catalog().device("rtx-4090-96g-test");
        QVERIFY(d != nullptr);
        QCOMPARE(d->memory_gb, 96.0);
        QCOMPARE(d->memory_bandwidth_gb_s, 1008.0);

        // It is in the pool table's pick list and a plan can use it.
        auto* model = window.poolEditor()->model();
        bool listed = false;
        for (const auto& c : model->choices(PoolTableModel::Accelerator)) listed |= c.id == QStringLiteral("rtx-4090-96g-test");
        QVERIFY(listed);
        QVERIFY(model->setData(model->index(0, PoolTableModel::System), QStringLiteral("server-pcie")));
        QVERIFY(model->setData(model->index(0, PoolTableModel::Count), 1));
        QVERIFY(model->setData(model->index(0, PoolTableModel::Accelerator), QStringLiteral("rtx-4090-96g-test")));
        QVERIFY(model->setData(model->index(0, PoolTableModel::AcceleratorCount), 8));
        const Scenario& s = window.document()->scenario();
        QCOMPARE(QString::fromStdString(to_spec(s.pool)), QStringLiteral("1x server-pcie+8x rtx-4090-96g-test"));
        const Plan p = test::corePlan(s, catalog_->catalog());
        QCOMPARE(p.devices, 8);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("figureDecodeValue"))->text(),
                 FigureFormat::tokensPerSecond(p.decode.tokens_per_s));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("figureDevicesValue"))->text(), FigureFormat::integer(8));

        // A fresh load of the catalog (next start) still has it.
        auto again = test::makeCatalog(userDir());
        QVERIFY(again->catalog().device("rtx-4090-96g-test") != nullptr);
    }

    void aCustomMachineFromTheNewDevice()
    {
        CustomHardwareDialog dialog(catalog_.get());
        dialog.setKind(CustomHardwareDialog::Kind::System);
        type(&dialog, "systemIdEdit", QStringLiteral("box-4x4090-96g-test"));
        type(&dialog, "systemNameEdit", QStringLiteral("Box 4× RTX 4090 96 GB"));
        auto* acc = child<QComboBox>(&dialog, "systemAcceleratorCombo");
        acc->setCurrentIndex(acc->findData(QStringLiteral("rtx-4090-96g-test")));
        QVERIFY(acc->currentIndex() > 0);
        child<QSpinBox>(&dialog, "systemAcceleratorCountSpin")->setValue(4);
        auto* cpu = child<QComboBox>(&dialog, "systemCpuCombo");
        QVERIFY(cpu->count() > 0);
        auto* intra = child<QComboBox>(&dialog, "systemIntraLinkCombo");
        QVERIFY(intra->count() > 0);
        set(&dialog, "systemRamSpin", 512);
        save(&dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));

        Scenario s = default_scenario();
        s.model = "deepseek-r1-distill-llama-70b";
        s.variant = "q4_k_m";
        s.pool.groups = {NodeGroup{1, "box-4x4090-96g-test", -1, "", ""}};
        const auto r = plan(s, catalog_->catalog());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        QCOMPARE(r.value().devices, 4);
    }
};

QTEST_MAIN(TestCustomDevice)
#include "tst_customdevice.moc"
