#pragma once
// Define a custom device or machine. It is checked by the core, saved to the
// per-user catalog directory and usable at once.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace deepplan::gui {

class CatalogStore;

class CustomHardwareDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Device, System };
    /// Kinds of machine, each with its own starting values.
    enum class MachineKind { DesktopPc, GpuServer, AppleMac, CpuServer };

    explicit CustomHardwareDialog(CatalogStore* catalog, QWidget* parent = nullptr);

    void setKind(Kind kind);
    [[nodiscard]] Kind kind() const;
    /// Fills the machine tab with sensible values for a kind of machine
    /// (accelerator, CPU, RAM, links), from the catalog's entries.
    void applyMachineKind(MachineKind kind);
    /// Id of the entry saved by the last successful accept(), else empty.
    [[nodiscard]] QString savedId() const { return savedId_; }
    [[nodiscard]] QString errorText() const;

public slots:
    /// Saves the entry; on a problem the dialog stays open and says why.
    void accept() override;

private:
    [[nodiscard]] QWidget* makeDeviceTab();
    [[nodiscard]] QWidget* makeSystemTab();
    void fillPickLists();
    void showError(const QString& text);

    CatalogStore* catalog_;
    QTabWidget* tabs_ = nullptr;
    QLabel* error_ = nullptr;
    QString savedId_;

    QLineEdit* deviceId_ = nullptr;
    QLineEdit* deviceName_ = nullptr;
    QComboBox* deviceClass_ = nullptr;
    QDoubleSpinBox* deviceMemory_ = nullptr;
    QDoubleSpinBox* deviceBandwidth_ = nullptr;
    QDoubleSpinBox* deviceBf16_ = nullptr;
    QDoubleSpinBox* deviceFp8_ = nullptr;
    QDoubleSpinBox* deviceInt8_ = nullptr;
    QDoubleSpinBox* devicePower_ = nullptr;
    QDoubleSpinBox* devicePrice_ = nullptr;
    QLineEdit* deviceSource_ = nullptr;

    QLineEdit* systemId_ = nullptr;
    QLineEdit* systemName_ = nullptr;
    QComboBox* systemAccelerator_ = nullptr;
    QSpinBox* systemAcceleratorCount_ = nullptr;
    QComboBox* systemCpu_ = nullptr;
    QSpinBox* systemSockets_ = nullptr;
    QDoubleSpinBox* systemRam_ = nullptr;
    QComboBox* systemIntraLink_ = nullptr;
    QComboBox* systemNetworkLink_ = nullptr;
    QCheckBox* systemUnified_ = nullptr;
    QDoubleSpinBox* systemPrice_ = nullptr;
    QComboBox* systemKind_ = nullptr;
    QLineEdit* systemSource_ = nullptr;
};

}  // namespace deepplan::gui
