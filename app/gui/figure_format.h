#pragma once
// How figures read on screen. One place, so that the views and the tests
// that compare them with the core's values format identically.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "deepplan/catalog.hpp"
#include "deepplan/plan.hpp"

namespace deepplan::gui {

class FigureFormat {
    Q_DECLARE_TR_FUNCTIONS(FigureFormat)
public:
    /// About three significant digits, grouped thousands, never an exponent.
    [[nodiscard]] static QString number(double value);
    [[nodiscard]] static QString integer(long long value);
    [[nodiscard]] static QString tokensPerSecond(double value);
    [[nodiscard]] static QString gigabytes(double value);
    /// "used of usable GB".
    [[nodiscard]] static QString memoryOf(double usedGb, double usableGb);
    /// Milliseconds under a second, seconds above.
    [[nodiscard]] static QString duration(double seconds);
    [[nodiscard]] static QString range(double low, double high);
    [[nodiscard]] static QString bottleneck(Bottleneck b);
    [[nodiscard]] static QString offload(OffloadMode mode);
    /// How the clients' requests arrive, as the scenario's combo names it.
    [[nodiscard]] static QString arrivals(Arrivals arrivals);
    /// "3 × Mac Studio M2 Ultra 192 GB (tb4)" for every group, joined by " + ".
    [[nodiscard]] static QString pool(const Pool& pool, const Catalog& catalog);
    /// "DeepSeek-R1 · GGUF Q4_K_M".
    [[nodiscard]] static QString modelAndVariant(const Scenario& s, const Catalog& catalog);
    /// "404 GB · 4.82 bits per weight" for a format applied to a model, from
    /// the core's byte counts (the published size when there is one).
    [[nodiscard]] static QString variantSize(const WeightFormat& format, const ModelArch& model);
    /// variantSize() and shorter forms of it for a narrow column, longest first.
    [[nodiscard]] static QStringList variantSizeForms(const WeightFormat& format, const ModelArch& model);
    /// Engine name, with "(auto)" when the scenario asked for auto.
    [[nodiscard]] static QString engine(const Scenario& s, const Plan& p, const Catalog& catalog);
};

}  // namespace deepplan::gui
