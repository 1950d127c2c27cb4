#include "dialogs/custom_hardware_dialog.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "catalog_store.h"
#include "user_catalog.h"

namespace deepplan::gui {

namespace {

QDoubleSpinBox* number(const char* name, double max, double value, const QString& suffix, const QString& tip,
                       QWidget* parent)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(0, max);
    s->setDecimals(1);
    s->setValue(value);
    s->setSuffix(suffix);
    s->setGroupSeparatorShown(true);
    s->setToolTip(tip);
    return s;
}

QLineEdit* text(const char* name, const QString& placeholder, const QString& tip, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setPlaceholderText(placeholder);
    e->setToolTip(tip);
    return e;
}

std::map<std::string, std::string> sourcesFrom(const QLineEdit* edit)
{
    const QString url = edit->text().trimmed();
    if (url.isEmpty()) return {};
    return {{"all", url.toStdString()}};
}

}  // namespace

CustomHardwareDialog::CustomHardwareDialog(CatalogStore* catalog, QWidget* parent)
    : QDialog(parent), catalog_(catalog)
{
    setObjectName(QStringLiteral("customHardwareDialog"));
    setWindowTitle(tr("Custom hardware"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Define a device (an accelerator or CPU socket) or a machine built from devices. "
                                "It is saved in your own catalog (%1) and can be picked in the pool at once.")
                                 .arg(catalog_->userDir()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("kindTabs"));
    tabs_->addTab(makeDeviceTab(), tr("&Device"));
    tabs_->addTab(makeSystemTab(), tr("&Machine"));
    layout->addWidget(tabs_, 1);

    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("errorLabel"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();
    layout->addWidget(error_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomHardwareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomHardwareDialog::reject);
    layout->addWidget(buttons);
    fillPickLists();
}

QWidget* CustomHardwareDialog::makeDeviceTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    deviceId_ = text("deviceIdEdit", tr("e.g. rtx-4090-48g"), tr("A unique id: lower case letters, digits, - _ ."), page);
    deviceName_ = text("deviceNameEdit", tr("e.g. RTX 4090 48 GB (modded)"), tr("The name shown in the program."), page);
    deviceClass_ = new QComboBox(page);
    deviceClass_->setObjectName(QStringLiteral("deviceClassCombo"));
    deviceClass_->addItem(tr("Data-centre GPU"), static_cast<int>(DeviceClass::DatacenterGpu));
    deviceClass_->addItem(tr("Consumer GPU"), static_cast<int>(DeviceClass::ConsumerGpu));
    deviceClass_->addItem(tr("Apple unified memory"), static_cast<int>(DeviceClass::Apple));
    deviceClass_->addItem(tr("CPU socket"), static_cast<int>(DeviceClass::Cpu));
    deviceClass_->setCurrentIndex(1);
    deviceClass_->setToolTip(tr("The kind of device; it picks which engine efficiencies apply."));
    deviceMemory_ = number("deviceMemorySpin", 1e6, 24, tr(" GB"), tr("Memory capacity (0 for a CPU socket: its RAM is the machine's)."), page);
    deviceBandwidth_ = number("deviceBandwidthSpin", 1e6, 1000, tr(" GB/s"), tr("Peak memory bandwidth from the datasheet."), page);
    deviceBf16_ = number("deviceBf16Spin", 1e6, 80, tr(" TFLOPS"), tr("Dense BF16 peak, without sparsity."), page);
    deviceFp8_ = number("deviceFp8Spin", 1e6, 0, tr(" TFLOPS"), tr("Dense FP8 peak; 0 when the device has no FP8 path."), page);
    deviceInt8_ = number("deviceInt8Spin", 1e6, 0, tr(" TOPS"), tr("Dense INT8 peak; 0 when unknown."), page);
    devicePower_ = number("devicePowerSpin", 1e6, 0, tr(" W"), tr("Board power at load; 0 when unknown."), page);
    devicePrice_ = number("devicePriceSpin", 1e9, 0, QString(), tr("What one device costs to buy, in US dollars; 0 when "
                                                                 "unknown (its cost then stays unknown)."),
                          page);
    devicePrice_->setPrefix(QStringLiteral("$ "));
    devicePrice_->setDecimals(0);
    deviceSource_ = text("deviceSourceEdit", tr("https://…"), tr("Where the figures come from (a datasheet URL)."), page);
    form->addRow(tr("Id"), deviceId_);
    form->addRow(tr("Name"), deviceName_);
    form->addRow(tr("Class"), deviceClass_);
    form->addRow(tr("Memory"), deviceMemory_);
    form->addRow(tr("Bandwidth"), deviceBandwidth_);
    form->addRow(tr("BF16"), deviceBf16_);
    form->addRow(tr("FP8"), deviceFp8_);
    form->addRow(tr("INT8"), deviceInt8_);
    form->addRow(tr("Power"), devicePower_);
    form->addRow(tr("Price"), devicePrice_);
    form->addRow(tr("Source"), deviceSource_);
    return page;
}

QWidget* CustomHardwareDialog::makeSystemTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    systemId_ = text("systemIdEdit", tr("e.g. workstation-2x4090"), tr("A unique id: lower case letters, digits, - _ ."), page);
    systemName_ = text("systemNameEdit", tr("e.g. Workstation 2× RTX 4090"), tr("The name shown in the program."), page);
    systemAccelerator_ = new QComboBox(page);
    systemAccelerator_->setObjectName(QStringLiteral("systemAcceleratorCombo"));
    systemAccelerator_->setToolTip(tr("The accelerator in this machine, or none for a CPU-only machine."));
    systemAcceleratorCount_ = new QSpinBox(page);
    systemAcceleratorCount_->setObjectName(QStringLiteral("systemAcceleratorCountSpin"));
    systemAcceleratorCount_->setRange(0, 1024);
    systemAcceleratorCount_->setValue(1);
    systemAcceleratorCount_->setToolTip(tr("Accelerators per machine."));
    systemCpu_ = new QComboBox(page);
    systemCpu_->setObjectName(QStringLiteral("systemCpuCombo"));
    systemCpu_->setToolTip(tr("The host CPU (one socket)."));
    systemSockets_ = new QSpinBox(page);
    systemSockets_->setObjectName(QStringLiteral("systemSocketsSpin"));
    systemSockets_->setRange(1, 16);
    systemSockets_->setToolTip(tr("CPU sockets in the machine."));
    systemRam_ = number("systemRamSpin", 1e6, 128, tr(" GB"), tr("Host RAM of the machine."), page);
    systemIntraLink_ = new QComboBox(page);
    systemIntraLink_->setObjectName(QStringLiteral("systemIntraLinkCombo"));
    systemIntraLink_->setToolTip(tr("How the accelerators inside the machine are connected."));
    systemNetworkLink_ = new QComboBox(page);
    systemNetworkLink_->setObjectName(QStringLiteral("systemNetworkLinkCombo"));
    systemNetworkLink_->setToolTip(tr("How machines of this kind are joined by default."));
    systemUnified_ = new QCheckBox(tr("Unified memory (Apple)"), page);
    systemUnified_->setObjectName(QStringLiteral("systemUnifiedCheck"));
    systemUnified_->setToolTip(tr("The accelerator's memory is the machine's RAM."));
    systemSource_ = text("systemSourceEdit", tr("https://…"), tr("Where the figures come from."), page);
    systemPrice_ = number("systemPriceSpin", 1e10, 0, QString(),
                          tr("What one whole machine costs to buy, in US dollars, its own accelerators included "
                             "(cards added in the pool are priced on their own); 0 when unknown."),
                          page);
    systemPrice_->setPrefix(QStringLiteral("$ "));
    systemPrice_->setDecimals(0);
    systemKind_ = new QComboBox(page);
    systemKind_->setObjectName(QStringLiteral("systemKindCombo"));
    systemKind_->setToolTip(tr("Fills the fields below with values typical of this kind of machine; change any of them."));
    systemKind_->addItem(tr("Desktop PC with GPUs"), static_cast<int>(MachineKind::DesktopPc));
    systemKind_->addItem(tr("GPU server"), static_cast<int>(MachineKind::GpuServer));
    systemKind_->addItem(tr("Apple Mac (unified memory)"), static_cast<int>(MachineKind::AppleMac));
    systemKind_->addItem(tr("CPU-only server"), static_cast<int>(MachineKind::CpuServer));
    connect(systemKind_, &QComboBox::activated, this,
            [this](int i) { applyMachineKind(static_cast<MachineKind>(systemKind_->itemData(i).toInt())); });
    form->addRow(tr("Kind"), systemKind_);
    form->addRow(tr("Id"), systemId_);
    form->addRow(tr("Name"), systemName_);
    form->addRow(tr("Accelerator"), systemAccelerator_);
    form->addRow(tr("Per machine"), systemAcceleratorCount_);
    form->addRow(tr("Host CPU"), systemCpu_);
    form->addRow(tr("Sockets"), systemSockets_);
    form->addRow(tr("RAM"), systemRam_);
    form->addRow(tr("Internal link"), systemIntraLink_);
    form->addRow(tr("Network link"), systemNetworkLink_);
    form->addRow(QString(), systemUnified_);
    form->addRow(tr("Price"), systemPrice_);
    form->addRow(tr("Source"), systemSource_);
    return page;
}

void CustomHardwareDialog::fillPickLists()
{
    const Catalog& c = catalog_->catalog();
    systemAccelerator_->clear();
    systemCpu_->clear();
    systemIntraLink_->clear();
    systemNetworkLink_->clear();
    // Sorted by the name shown, not by id.
    auto byName = [](std::vector<std::pair<QString, QString>>& items) {
        std::sort(items.begin(), items.end(),
                  [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    };
    std::vector<std::pair<QString, QString>> accelerators, cpus, intra, network;
    for (const auto& [id, d] : c.devices) {
        auto& into = d.device_class == DeviceClass::Cpu ? cpus : accelerators;
        into.emplace_back(QString::fromStdString(d.name), QString::fromStdString(id));
    }
    for (const auto& [id, l] : c.links) {
        auto& into = l.kind == LinkKind::Intra ? intra : network;
        into.emplace_back(QString::fromStdString(l.name), QString::fromStdString(id));
    }
    systemAccelerator_->addItem(tr("None"), QString());
    const std::pair<QComboBox*, std::vector<std::pair<QString, QString>>*> lists[] = {
        {systemAccelerator_, &accelerators}, {systemCpu_, &cpus}, {systemIntraLink_, &intra}, {systemNetworkLink_, &network}};
    for (const auto& [box, items] : lists) {
        byName(*items);
        for (const auto& [name, id] : *items) box->addItem(name, id);
    }
    applyMachineKind(static_cast<MachineKind>(systemKind_->currentData().toInt()));
}

void CustomHardwareDialog::applyMachineKind(MachineKind kind)
{
    systemKind_->setCurrentIndex(std::max(0, systemKind_->findData(static_cast<int>(kind))));
    // The first of the candidate ids the catalog has.
    auto pick = [](QComboBox* box, std::initializer_list<const char*> ids) {
        for (const char* id : ids) {
            const int i = box->findData(QString::fromLatin1(id));
            if (i >= 0) {
                box->setCurrentIndex(i);
                return;
            }
        }
    };
    switch (kind) {
    case MachineKind::DesktopPc:
        pick(systemAccelerator_, {"rtx-4090", "rtx-3090", "rtx-5090"});
        systemAcceleratorCount_->setValue(1);
        pick(systemCpu_, {"desktop-ddr5-2ch"});
        systemSockets_->setValue(1);
        systemRam_->setValue(128);
        pick(systemIntraLink_, {"pcie4", "pcie5"});
        pick(systemNetworkLink_, {"eth-1g", "eth-10g"});
        systemUnified_->setChecked(false);
        break;
    case MachineKind::GpuServer:
        pick(systemAccelerator_, {"h100-sxm-80g", "h200-sxm-141g"});
        systemAcceleratorCount_->setValue(8);
        pick(systemCpu_, {"xeon-8480", "epyc-9654"});
        systemSockets_->setValue(2);
        systemRam_->setValue(2048);
        pick(systemIntraLink_, {"nvlink4", "pcie5"});
        pick(systemNetworkLink_, {"ib-ndr400", "roce-400"});
        systemUnified_->setChecked(false);
        break;
    case MachineKind::AppleMac:
        pick(systemAccelerator_, {"apple-m3-ultra-512g", "apple-m2-ultra-192g"});
        systemAcceleratorCount_->setValue(1);
        pick(systemCpu_, {"apple-m3-ultra-cpu", "apple-m2-ultra-cpu"});
        systemSockets_->setValue(1);
        systemRam_->setValue(0);
        pick(systemIntraLink_, {"on-package"});
        pick(systemNetworkLink_, {"tb5", "tb4"});
        systemUnified_->setChecked(true);
        break;
    case MachineKind::CpuServer:
        systemAccelerator_->setCurrentIndex(0);  // none
        systemAcceleratorCount_->setValue(0);
        pick(systemCpu_, {"epyc-9654", "xeon-6980p"});
        systemSockets_->setValue(2);
        systemRam_->setValue(768);
        pick(systemIntraLink_, {"pcie5", "pcie4"});
        pick(systemNetworkLink_, {"eth-25g", "eth-10g"});
        systemUnified_->setChecked(false);
        break;
    }
}

void CustomHardwareDialog::setKind(Kind kind) { tabs_->setCurrentIndex(kind == Kind::Device ? 0 : 1); }

CustomHardwareDialog::Kind CustomHardwareDialog::kind() const
{
    return tabs_->currentIndex() == 0 ? Kind::Device : Kind::System;
}

QString CustomHardwareDialog::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

void CustomHardwareDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->show();
}

void CustomHardwareDialog::accept()
{
    std::optional<QString> problem;
    QString id;
    if (kind() == Kind::Device) {
        Device d;
        id = deviceId_->text().trimmed();
        d.id = id.toStdString();
        d.name = deviceName_->text().trimmed().isEmpty() ? d.id : deviceName_->text().trimmed().toStdString();
        d.device_class = static_cast<DeviceClass>(deviceClass_->currentData().toInt());
        d.memory_gb = deviceMemory_->value();
        d.memory_bandwidth_gb_s = deviceBandwidth_->value();
        d.tflops_bf16 = deviceBf16_->value();
        d.tflops_fp8 = deviceFp8_->value();
        d.tops_int8 = deviceInt8_->value();
        d.power_w = devicePower_->value();
        d.price_usd = devicePrice_->value();
        d.sources = sourcesFrom(deviceSource_);
        if (id.isEmpty()) problem = tr("The device needs an id.");
        else problem = UserCatalog::addDevice(catalog_->userDir(), catalog_->catalog(), d);
    } else {
        System s;
        id = systemId_->text().trimmed();
        s.id = id.toStdString();
        s.name = systemName_->text().trimmed().isEmpty() ? s.id : systemName_->text().trimmed().toStdString();
        s.accelerator = systemAccelerator_->currentData().toString().toStdString();
        s.accelerator_count = s.accelerator.empty() ? 0 : systemAcceleratorCount_->value();
        s.unified_memory = systemUnified_->isChecked();
        s.host_cpu = systemCpu_->currentData().toString().toStdString();
        s.host_sockets = systemSockets_->value();
        s.host_ram_gb = systemRam_->value();
        s.intra_link = systemIntraLink_->currentData().toString().toStdString();
        s.network_link = systemNetworkLink_->currentData().toString().toStdString();
        s.price_usd = systemPrice_->value();
        s.sources = sourcesFrom(systemSource_);
        if (id.isEmpty()) problem = tr("The machine needs an id.");
        else problem = UserCatalog::addSystem(catalog_->userDir(), catalog_->catalog(), s);
    }
    if (problem) {
        showError(*problem);
        return;
    }
    catalog_->reload();
    savedId_ = id;
    fillPickLists();
    QDialog::accept();
}

}  // namespace deepplan::gui
