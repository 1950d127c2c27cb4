#include "commands/set_economics_command.h"

#include <QCoreApplication>

namespace deepplan::gui {

namespace {

// Outside the range of CommandId values used by the other commands.
constexpr int kEconomicsCommandId = 300;

QString textFor(const Economics& before, const Economics& after, EconomicsField field)
{
    switch (field) {
    case EconomicsField::Rented:
        return after.rented ? QCoreApplication::translate("SetEconomicsCommand", "Rent the hardware")
                            : QCoreApplication::translate("SetEconomicsCommand", "Own the hardware");
    case EconomicsField::UsdPerGpuHour: return QCoreApplication::translate("SetEconomicsCommand", "Change rental price");
    case EconomicsField::Capex: return QCoreApplication::translate("SetEconomicsCommand", "Change purchase price");
    case EconomicsField::AmortizationYears: return QCoreApplication::translate("SetEconomicsCommand", "Change amortization");
    case EconomicsField::Utilization: return QCoreApplication::translate("SetEconomicsCommand", "Change utilization");
    case EconomicsField::UsdPerKwh: return QCoreApplication::translate("SetEconomicsCommand", "Change electricity price");
    case EconomicsField::Pue: return QCoreApplication::translate("SetEconomicsCommand", "Change PUE");
    case EconomicsField::HostingPerMonth: return QCoreApplication::translate("SetEconomicsCommand", "Change hosting price");
    case EconomicsField::All: break;
    }
    (void)before;
    return QCoreApplication::translate("SetEconomicsCommand", "Change economics");
}

}  // namespace

SetEconomicsCommand::SetEconomicsCommand(ScenarioDocument* document, const Economics& economics, EconomicsField field)
    : ScenarioEditCommand(document, QString()), field_(field)
{
    after_.economics = economics;
    setText(textFor(before_.economics, after_.economics, field));
}

int SetEconomicsCommand::id() const { return kEconomicsCommandId; }

bool SetEconomicsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* same = dynamic_cast<const SetEconomicsCommand*>(other);
    // A checkbox toggle is its own step; typing into one number merges.
    if (same == nullptr || same->field_ != field_ || field_ == EconomicsField::Rented || field_ == EconomicsField::All)
        return false;
    after_ = same->after_;
    setObsolete(after_ == before_);
    return true;
}

}  // namespace deepplan::gui
