#include "widgets/economics_form.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSignalBlocker>

namespace deepplan::gui {

EconomicsForm::EconomicsForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("economicsForm"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    rented_ = new QCheckBox(tr("Rent the accelerators &by the hour"), this);
    rented_->setObjectName(QStringLiteral("rentedCheck"));
    rented_->setToolTip(tr("When on, the cost is the rental bill for the pool's GPUs; when off, you buy the hardware "
                           "and pay for depreciation, power and hosting."));
    connect(rented_, &QCheckBox::toggled, this, [this](bool on) {
        current_.rented = on;
        updateEnabled();
        emit edited(economics(), EconomicsField::Rented);
    });
    form->addRow(QString(), rented_);

    const QString usd = QStringLiteral("$ ");
    gpuHour_ = spin("gpuHourSpin", 1000, 2, usd, QString(),
                    tr("Rental price of one accelerator for an hour; 0 uses the catalog's price."),
                    EconomicsField::UsdPerGpuHour, &Economics::usd_per_gpu_hour);
    form->addRow(tr("Per GPU-hour"), gpuHour_);
    capex_ = spin("capexSpin", 1e9, 0, usd, QString(),
                  tr("Purchase price of the whole pool; 0 uses the catalog's prices of the machines and cards "
                     "(shown in the field)."),
                  EconomicsField::Capex, &Economics::capex_usd);
    form->addRow(tr("Purchase price"), capex_);
    years_ = spin("amortizationSpin", 20, 1, QString(), tr(" years"),
                  tr("Years over which the purchase price is written off."), EconomicsField::AmortizationYears, &Economics::amortization_years);
    years_->setMinimum(0.5);
    form->addRow(tr("Amorti&zation"), years_);
    utilization_ = spin("utilizationSpin", 100, 0, QString(), tr(" %"),
                        tr("Share of the hours the pool is busy serving; fixed costs are spread over these hours."),
                        EconomicsField::Utilization, &Economics::utilization, 0.01);
    utilization_->setMinimum(1);
    form->addRow(tr("Utilization"), utilization_);
    kwh_ = spin("kwhSpin", 10, 3, usd, tr(" per kWh"), tr("Price of electricity."), EconomicsField::UsdPerKwh, &Economics::usd_per_kwh);
    form->addRow(tr("Electricity"), kwh_);
    pue_ = spin("pueSpin", 5, 2, QString(), QString(),
                tr("Power usage effectiveness: the data centre's total power over the machines' power (1.0 = no "
                   "cooling overhead)."),
                EconomicsField::Pue, &Economics::pue);
    pue_->setMinimum(1);
    form->addRow(tr("PUE"), pue_);
    hosting_ = spin("hostingSpin", 1e7, 0, usd, tr(" per month"),
                    tr("Rack space, network and operations for the pool, per month."), EconomicsField::HostingPerMonth, &Economics::hosting_usd_per_month);
    form->addRow(tr("Hosting"), hosting_);
    setEconomics(Economics{});
}

QDoubleSpinBox* EconomicsForm::spin(const char* name, double max, int decimals, const QString& prefix,
                                    const QString& suffix, const QString& tip, EconomicsField field,
                                    double Economics::*member, double scale)
{
    auto* box = new QDoubleSpinBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setPrefix(prefix);
    box->setSuffix(suffix);
    box->setToolTip(tip);
    box->setGroupSeparatorShown(true);
    // `scale` converts what the box shows (a percentage) to the stored value.
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, field, member, scale](double value) {
        current_.*member = value * scale;
        emit edited(current_, field);
    });
    return box;
}

void EconomicsForm::setEconomics(const Economics& e)
{
    const QSignalBlocker b0(rented_), b1(gpuHour_), b2(capex_), b3(years_), b4(utilization_), b5(kwh_), b6(pue_),
        b7(hosting_);
    current_ = e;
    rented_->setChecked(e.rented);
    gpuHour_->setValue(e.usd_per_gpu_hour);
    capex_->setValue(e.capex_usd);
    years_->setValue(e.amortization_years);
    utilization_->setValue(e.utilization * 100.0);  // shown as a percentage
    kwh_->setValue(e.usd_per_kwh);
    pue_->setValue(e.pue);
    hosting_->setValue(e.hosting_usd_per_month);
    updateEnabled();
}

Economics EconomicsForm::economics() const { return current_; }

void EconomicsForm::setCatalogCapex(const std::optional<QString>& price)
{
    capex_->setSpecialValueText(price ? tr("catalog: %1").arg(*price) : tr("from the catalog"));
}

void EconomicsForm::updateEnabled()
{
    const bool rented = rented_->isChecked();
    gpuHour_->setEnabled(rented);
    for (QDoubleSpinBox* own : {capex_, years_, kwh_, pue_, hosting_}) own->setEnabled(!rented);
}

}  // namespace deepplan::gui
