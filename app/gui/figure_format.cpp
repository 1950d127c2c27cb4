#include "figure_format.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QStringList>

#include "deepplan/units.hpp"
#include "deepplan/weight_format.hpp"

namespace deepplan::gui {

QString FigureFormat::number(double value)
{
    if (!std::isfinite(value)) return QStringLiteral("–");
    const double magnitude = std::fabs(value);
    int decimals = 0;
    if (magnitude == 0 || magnitude >= 100) decimals = 0;
    else if (magnitude >= 10) decimals = 1;
    else if (magnitude >= 1) decimals = 2;
    else decimals = std::min(6, 2 - static_cast<int>(std::floor(std::log10(magnitude))));
    return QLocale().toString(value, 'f', decimals);
}

QString FigureFormat::integer(long long value) { return QLocale().toString(value); }

QString FigureFormat::tokensPerSecond(double value) { return tr("%1 tok/s").arg(number(value)); }

QString FigureFormat::gigabytes(double value) { return tr("%1 GB").arg(QLocale().toString(value, 'f', 1)); }

QString FigureFormat::memoryOf(double usedGb, double usableGb)
{
    // Whole GB from 100 GB on, and a slash rather than "of" (as the German
    // and Chinese texts already had it): "739 / 1,237 GB" fits a key-figure
    // card at 1024 px under X11 where "739 of 1,237 GB" lost its unit.
    auto gb = [](double v) { return QLocale().toString(v, 'f', std::abs(v) >= 100.0 ? 0 : 1); };
    return tr("%1 / %2 GB").arg(gb(usedGb), gb(usableGb));
}

QString FigureFormat::duration(double seconds)
{
    if (!std::isfinite(seconds)) return QStringLiteral("–");
    if (seconds < 1.0) return tr("%1 ms").arg(number(seconds * 1000.0));
    return tr("%1 s").arg(number(seconds));
}

QString FigureFormat::range(double low, double high)
{
    return tr("%1 – %2").arg(number(low), number(high));
}

QString FigureFormat::bottleneck(Bottleneck b)
{
    switch (b) {
    case Bottleneck::MemoryBandwidth: return tr("Memory bandwidth");
    case Bottleneck::Compute: return tr("Compute");
    case Bottleneck::Link: return tr("Interconnect");
    case Bottleneck::HostMemory: return tr("Host memory");
    case Bottleneck::Overhead: return tr("Per-step overhead");
    }
    return QString::fromUtf8(to_string(b));
}

QString FigureFormat::offload(OffloadMode mode)
{
    switch (mode) {
    case OffloadMode::Auto: return tr("Auto");
    case OffloadMode::None: return tr("None");
    case OffloadMode::Layers: return tr("Layers to CPU");
    case OffloadMode::Experts: return tr("Experts to CPU");
    }
    return QString::fromUtf8(to_string(mode));
}

QString FigureFormat::arrivals(Arrivals arrivals)
{
    switch (arrivals) {
    case Arrivals::Staggered: return tr("Staggered: each client on its own");
    case Arrivals::Together: return tr("Together: static batches");
    }
    return QString::fromUtf8(to_string(arrivals));
}

QString FigureFormat::pool(const Pool& pool, const Catalog& catalog)
{
    QStringList parts;
    for (const auto& g : pool.groups) {
        const System* sys = catalog.system(g.system);
        QString text = tr("%1 × %2").arg(g.count).arg(sys != nullptr ? QString::fromStdString(sys->name)
                                                                      : QString::fromStdString(g.system));
        if (!g.accelerator.empty()) {
            const Device* dev = catalog.device(g.accelerator);
            text += tr(" with %1 × %2").arg(g.accelerator_count).arg(dev != nullptr ? QString::fromStdString(dev->name)
                                                                                    : QString::fromStdString(g.accelerator));
        }
        parts << text;
    }
    return parts.join(QStringLiteral(" + "));
}

QString FigureFormat::modelAndVariant(const Scenario& s, const Catalog& catalog)
{
    const ModelArch* m = catalog.model(s.model);
    const WeightFormat* f = catalog.format(s.variant);
    return tr("%1 · %2").arg(m != nullptr ? QString::fromStdString(m->name) : QString::fromStdString(s.model),
                             f != nullptr ? QString::fromStdString(f->name) : QString::fromStdString(s.variant));
}

QString FigureFormat::variantSize(const WeightFormat& format, const ModelArch& model)
{
    return variantSizeForms(format, model).front();
}

QStringList FigureFormat::variantSizeForms(const WeightFormat& format, const ModelArch& model)
{
    const ParamCounts params = count_params(model);
    const WeightBytes bytes = weight_bytes(params, format.bits);
    double sizeBytes = bytes.total;
    bool published = false;
    for (const auto& p : format.published) {
        if (p.model == model.id && p.bytes > 0) {
            sizeBytes = p.bytes;
            published = true;
        }
    }
    const double total = params.total();
    const double bits = total > 0 ? bytes.total * 8.0 / total : 0.0;
    const QString size = gigabytes(sizeBytes / units::kGB);
    const QString perWeight = QLocale().toString(bits, 'f', 2);
    // The published file size and the planner's own count (from the
    // architecture and the format's bits per tensor) differ by a few percent;
    // the Memory figure uses the computed one, so both are named where there
    // is room, and the files' size and the bits where there is not.
    const QString shortest = tr("%1 · %2 bits per weight").arg(size, perWeight);
    if (!published) return {tr("%1 computed · %2 bits per weight").arg(size, perWeight), shortest};
    return {tr("%1 files published, %2 computed · %3 bits per weight").arg(size, gigabytes(bytes.total / units::kGB), perWeight),
            tr("%1 files · %2 bits per weight").arg(size, perWeight), shortest};
}

QString FigureFormat::engine(const Scenario& s, const Plan& p, const Catalog& catalog)
{
    if (p.engine.empty()) return tr("no engine");
    const EngineProfile* e = catalog.engine(p.engine);
    const QString name = e != nullptr ? QString::fromStdString(e->name) : QString::fromStdString(p.engine);
    return s.engine == "auto" ? tr("%1 (auto)").arg(name) : name;
}

}  // namespace deepplan::gui
