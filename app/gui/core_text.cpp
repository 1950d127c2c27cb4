#include "core_text.h"

#include <vector>

#include <QLocale>
#include <QRegularExpression>

namespace deepplan::gui {

namespace {

// Every sentence the core writes for the user, with %1, %2 … where it puts a
// figure or a name. Keep in step with the texts the core writes, mostly in
// core/src/planner/ (stages.cpp: why a plan does not fit; report.cpp: warnings) (the test in
// tests/gui/tst_translation says when a core text is missing here).
constexpr const char* kTemplates[] = {
    // Why a plan does not fit.
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "%1 on machine %2 needs %3 GB (weights %4, KV cache %5) but has %6 GB usable"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "and %1 more devices overflow the same way"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "%1 runs on one machine; the pool has %2. Planned on the first machine only."),
    // A plan that misses by a few GB, and what to change.
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "tight: %1 GB short, within %2 % of the usable memory of the devices that overflow"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "to fit: a shorter context (the KV cache there takes %1 GB)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "to fit: a smaller quant (%1 is %2 GB smaller)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "to fit: more host RAM"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "to fit: more accelerator memory (another or a larger GPU)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "%1 memory-maps GGUF weights: it would start and read the %2 GB that do not fit in RAM from disk on every token, far slower than planned; not planned as fitting"),
    // No engine runs the variant on the pool.
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "no engine runs %1 weights on Apple hardware"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "no engine runs %1 weights on data-centre GPU hardware"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "no engine runs %1 weights on consumer GPU hardware"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "no engine runs %1 weights on CPU-only hardware"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "nearest full-strength choice: %1 with %2 fits %3 x %4"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "nearest choice of at least this precision: %1 with %2 fits %3 x %4"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "nearest full-strength choice: %1 with %2, which no pool of up to %3 x %4 holds"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "nearest choice of at least this precision: %1 with %2, which no pool of up to %3 x %4 holds"),
    // Warnings.
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "%1 has no MTP module; speculative decoding is off"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "%1 does not run DeepSeek MTP speculative decoding; it is off"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "engine \"auto\" chose %1 for %2"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "macOS lets the GPU wire only about %1 GiB of %2's memory by default; raising it (sudo sysctl iogpu.wired_limit_mb=%3) would make this fit"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "planned within macOS's default GPU wired-memory limit (about %1 GiB of %2 GiB); sysctl iogpu.wired_limit_mb raises it"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "assumes the GPU wired-memory limit is raised to %1 GiB (sudo sysctl iogpu.wired_limit_mb=%2)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "%1 caches expanded K/V for MLA: %2 MB per token instead of %3 KB compressed"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "routed experts run on the CPU from host RAM (KTransformers-style offload); decode is bound by host memory bandwidth"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "%1 of %2 layers run on the CPU from host RAM (llama.cpp -ngl %3)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "machines are joined by %1 (%2 µs per hop): each token crosses it %3 times"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "memory holds %1 sequences at this context"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "prompt + output tokens exceed the context length"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "uses your catalog's entry %1 in place of the built-in one"),
    // Layout modes.
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "cpu"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "single-device"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "tensor-parallel"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "tensor+pipeline"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "layer-split"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "offload-experts"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "offload-layers"),
    // What a device holds, and host memory as a device.
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "routed experts of layers %1-%2"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "attention, dense and shared parts of layers %1-%2"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "layers %1-%2"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "nothing"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "host RAM (%1)"),
    // Assumption names.
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "eta_mem (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "eta_flop (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "eta_prefill (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "step_overhead (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "layer_overhead (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "moe_layer_overhead (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "expert_overhead (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "node_overhead (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "prefill_launch (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "moe_prefill_launch (%1)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "range (%1) low"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "range (%1) high"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "engine memory fraction"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "runtime overhead"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "activations and workspace"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "KV cache element size"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "KV cache per token"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "host RAM kept by the OS"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "second CPU socket adds"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "CPU peak for %1's kernels"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "experts touched per MoE layer U(B)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "MTP acceptance of the drafted token"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "weights"),
    // Assumption units.
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "fraction of peak bandwidth"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "fraction of peak FLOP/s"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "µs per stage per step"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "µs per layer per step"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "µs per MoE layer per step"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "µs per expert touched per MoE layer per pass"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "µs per step per machine beyond the first"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "µs per layer per prefill pass"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "µs per MoE layer per prefill pass"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "measured/predicted"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "of device memory"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "GB per accelerator"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "bytes"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "fraction (at least 3 GiB)"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "of one socket's bandwidth"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "TFLOP/s BF16 per socket"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "TOPS int8 per socket"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "experts"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "probability"),
    QT_TRANSLATE_NOOP("deepplan::gui::CoreText", "GB"),
};

struct Compiled {
    const char* source;
    QRegularExpression pattern;
};

const std::vector<Compiled>& compiled()
{
    static const std::vector<Compiled> list = [] {
        std::vector<Compiled> out;
        for (const char* t : kTemplates) {
            // The template, escaped, with each %n a lazy capture; whole text only.
            QString escaped = QRegularExpression::escape(QString::fromUtf8(t));
            escaped.replace(QRegularExpression(QStringLiteral("\\\\?%(\\d)")), QStringLiteral("(.+?)"));
            out.push_back({t, QRegularExpression(QStringLiteral("\\A") + escaped + QStringLiteral("\\z"),
                                                 QRegularExpression::DotMatchesEverythingOption)});
        }
        return out;
    }();
    return list;
}

// A captured figure in the user's number format ("142.5" → "142,5" in
// German); names and ids stay as they are.
QString localised(const QString& captured)
{
    static const QRegularExpression number(QStringLiteral("\\A-?\\d+(\\.(\\d+))?\\z"));
    const auto m = number.match(captured);
    // A name that is itself a core text ("host RAM (…)") is translated too.
    if (!m.hasMatch()) return CoreText::isKnown(captured.toStdString()) ? CoreText::translate(captured.toStdString()) : captured;
    bool ok = false;
    const double v = captured.toDouble(&ok);
    if (!ok) return captured;
    const int decimals = static_cast<int>(m.capturedLength(2));
    // Whole numbers (counts, layer indices, sysctl values) keep no separators.
    if (decimals == 0) return captured;
    return QLocale().toString(v, 'f', decimals);
}

}  // namespace

std::string CoreText::normalise(const std::string& english)
{
    // The core writes microseconds as "us"; the GUI as "µs".
    static const QRegularExpression micro(QStringLiteral("\\bus\\b"));
    QString s = QString::fromStdString(english);
    s.replace(micro, QStringLiteral("µs"));
    return s.toStdString();
}

bool CoreText::isKnown(const std::string& english)
{
    const QString text = QString::fromStdString(normalise(english));
    for (const auto& c : compiled()) {
        if (c.pattern.match(text).hasMatch()) return true;
    }
    return false;
}

QString CoreText::translate(const std::string& english)
{
    const QString text = QString::fromStdString(normalise(english));
    for (const auto& c : compiled()) {
        const auto m = c.pattern.match(text);
        if (!m.hasMatch()) continue;
        // The context the QT_TRANSLATE_NOOP table above files them under.
        QString out = QCoreApplication::translate("deepplan::gui::CoreText", c.source);
        // Fill %1..%n in one pass so that a name containing "%2" stays as it is.
        QStringList args;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) args << localised(m.captured(i));
        QString result;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out[i] == QLatin1Char('%') && i + 1 < out.size() && out[i + 1].isDigit()) {
                const int n = out[i + 1].digitValue();
                result += n >= 1 && n <= args.size() ? args[n - 1] : out.mid(i, 2);
                ++i;
            } else {
                result += out[i];
            }
        }
        return result;
    }
    return text;
}

QStringList CoreText::templates()
{
    QStringList out;
    for (const char* t : kTemplates) out << QString::fromUtf8(t);
    return out;
}

}  // namespace deepplan::gui
