#include "economics_defaults.h"

#include <QSettings>
#include <QString>

namespace deepplan::gui {

namespace {

enum class Key { Rented, UsdPerGpuHour, Capex, AmortizationYears, Utilization, UsdPerKwh, Pue, HostingPerMonth };

// One place for the names; the defaults are the core's Economics{}.
QString name(Key key)
{
    switch (key) {
    case Key::Rented: return QStringLiteral("economics/rented");
    case Key::UsdPerGpuHour: return QStringLiteral("economics/usdPerGpuHour");
    case Key::Capex: return QStringLiteral("economics/capexUsd");
    case Key::AmortizationYears: return QStringLiteral("economics/amortizationYears");
    case Key::Utilization: return QStringLiteral("economics/utilization");
    case Key::UsdPerKwh: return QStringLiteral("economics/usdPerKwh");
    case Key::Pue: return QStringLiteral("economics/pue");
    case Key::HostingPerMonth: return QStringLiteral("economics/hostingUsdPerMonth");
    }
    return {};
}

double number(const QSettings& s, Key key, double fallback)
{
    bool ok = false;
    const double v = s.value(name(key), fallback).toDouble(&ok);
    return ok ? v : fallback;
}

}  // namespace

Economics EconomicsDefaults::load()
{
    const QSettings s;
    const Economics d;
    Economics e;
    e.rented = s.value(name(Key::Rented), d.rented).toBool();
    e.usd_per_gpu_hour = number(s, Key::UsdPerGpuHour, d.usd_per_gpu_hour);
    e.capex_usd = number(s, Key::Capex, d.capex_usd);
    e.amortization_years = number(s, Key::AmortizationYears, d.amortization_years);
    e.utilization = number(s, Key::Utilization, d.utilization);
    e.usd_per_kwh = number(s, Key::UsdPerKwh, d.usd_per_kwh);
    e.pue = number(s, Key::Pue, d.pue);
    e.hosting_usd_per_month = number(s, Key::HostingPerMonth, d.hosting_usd_per_month);
    return e;
}

void EconomicsDefaults::save(const Economics& e)
{
    QSettings s;
    s.setValue(name(Key::Rented), e.rented);
    s.setValue(name(Key::UsdPerGpuHour), e.usd_per_gpu_hour);
    s.setValue(name(Key::Capex), e.capex_usd);
    s.setValue(name(Key::AmortizationYears), e.amortization_years);
    s.setValue(name(Key::Utilization), e.utilization);
    s.setValue(name(Key::UsdPerKwh), e.usd_per_kwh);
    s.setValue(name(Key::Pue), e.pue);
    s.setValue(name(Key::HostingPerMonth), e.hosting_usd_per_month);
}

Scenario EconomicsDefaults::newScenario()
{
    Scenario s = default_scenario();
    s.economics = load();
    return s;
}

}  // namespace deepplan::gui
