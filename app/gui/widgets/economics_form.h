#pragma once
// The economics inputs of a scenario (or of the Preferences' defaults):
// own or rented, prices, amortization, utilization, power and hosting.

#include <optional>

#include <QWidget>

#include "commands/set_economics_command.h"
#include "deepplan/scenario.hpp"

class QCheckBox;
class QDoubleSpinBox;

namespace deepplan::gui {

/// Shows an Economics and reports every user edit with the field changed;
/// it never edits a document itself. Widgets are named rentedCheck,
/// gpuHourSpin, capexSpin, amortizationSpin, utilizationSpin, kwhSpin,
/// pueSpin and hostingSpin.
class EconomicsForm : public QWidget {
    Q_OBJECT
public:
    explicit EconomicsForm(QWidget* parent = nullptr);

    /// Shows `economics` without emitting edited().
    void setEconomics(const Economics& economics);
    [[nodiscard]] Economics economics() const;
    /// What 0 in the purchase field stands for: the catalog's price of the
    /// pool ("catalog: $620,000"), shown in the field; nullopt = unknown.
    void setCatalogCapex(const std::optional<QString>& price);
    [[nodiscard]] QDoubleSpinBox* capexSpin() const { return capex_; }

    [[nodiscard]] QCheckBox* rentedCheck() const { return rented_; }

signals:
    void edited(const deepplan::Economics& economics, deepplan::gui::EconomicsField field);

private:
    QDoubleSpinBox* spin(const char* name, double max, int decimals, const QString& prefix, const QString& suffix,
                         const QString& tip, EconomicsField field, double Economics::*member, double scale = 1.0);
    void updateEnabled();

    /// What is shown; an edit changes only its own field, so that values
    /// finer than a spin box's decimals survive edits of the others.
    Economics current_;
    QCheckBox* rented_ = nullptr;
    QDoubleSpinBox* gpuHour_ = nullptr;
    QDoubleSpinBox* capex_ = nullptr;
    QDoubleSpinBox* years_ = nullptr;
    QDoubleSpinBox* utilization_ = nullptr;
    QDoubleSpinBox* kwh_ = nullptr;
    QDoubleSpinBox* pue_ = nullptr;
    QDoubleSpinBox* hosting_ = nullptr;
};

}  // namespace deepplan::gui
