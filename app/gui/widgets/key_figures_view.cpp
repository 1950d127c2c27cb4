#include "widgets/key_figures_view.h"

#include <algorithm>
#include <cmath>

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "figure_format.h"
#include "widgets/elided_label.h"

namespace deepplan::gui {

namespace {

struct CardText {
    const char* key;
    const char* title;
    const char* tip;
};

// Titles and tips are translated where they are shown, by tr(); the context
// must be the one tr() uses, the class name with its namespace.
const CardText kCards[KeyFiguresView::FigureCount] = {
    {"Nodes", QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Machines"),
     QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Machines in the pool.")},
    {"Devices", QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Accelerators"),
     QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "GPUs or Apple chips in the pool, all machines together.")},
    {"Memory", QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Memory used"),
     QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Weights, KV cache, activations and runtime overhead, against the memory the engine may use.")},
    {"Decode", QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Decode, per stream"),
     QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Tokens per second one sequence sees while generating, at the chosen concurrency; the range below comes from the calibration.")},
    {"Aggregate", QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Decode, all streams"),
     QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Tokens per second generated over all concurrent sequences together.")},
    {"Prefill", QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Prefill"),
     QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Prompt tokens processed per second before the first output token.")},
    {"Ttft", QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Time to first token"),
     QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "How long a request waits for its first output token: the prompt's prefill.")},
    {"Bottleneck", QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "Bottleneck"),
     QT_TRANSLATE_NOOP("deepplan::gui::KeyFiguresView", "What limits decode speed: memory bandwidth, compute, the interconnect, host memory or per-step overhead.")},
};

constexpr int kColumns = 4;

}  // namespace

KeyFiguresView::KeyFiguresView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("keyFigures"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    setStyleSheet(QStringLiteral(
        "QFrame#figureCard { background: palette(base); border: 1px solid #d5d9e0; border-radius: 6px; }"
        "QFrame#figureCard QLabel { border: none; background: transparent; }"
        "QLabel[role=\"title\"] { color: #5a6270; }"
        "QLabel[role=\"detail\"] { color: #6b7280; }"));
    for (int i = 0; i < FigureCount; ++i) {
        auto* card = new QFrame(this);
        card->setObjectName(QStringLiteral("figureCard"));
        const QString tip = tr(kCards[i].tip);
        card->setToolTip(tip);
        auto* box = new QVBoxLayout(card);
        box->setContentsMargins(10, 6, 10, 6);
        box->setSpacing(0);
        // Up to two lines each, never widening the window: a narrow window
        // (1024 px, German) wraps a card's title, value and detail rather than
        // cutting them; only beyond two lines is the rest elided into the tooltip.
        auto* title = new ElidedLabel(tr(kCards[i].title), card);
        title->setMaximumLines(2);
        title->setProperty("role", QStringLiteral("title"));
        title->setBaseToolTip(tip);
        auto* value = new ElidedLabel(card);
        value->setObjectName(QStringLiteral("figure%1Value").arg(QString::fromLatin1(kCards[i].key)));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        value->setFont(big);
        value->setMinimumFontScale(0.85);  // a little smaller on one line, else two lines
        value->setMaximumLines(2);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setBaseToolTip(tip);
        auto* detail = new ElidedLabel(card);
        detail->setBaseToolTip(tip);
        detail->setObjectName(QStringLiteral("figure%1Detail").arg(QString::fromLatin1(kCards[i].key)));
        detail->setProperty("role", QStringLiteral("detail"));
        detail->setMaximumLines(2);
        box->addWidget(title);
        box->addWidget(value);
        box->addWidget(detail);
        values_[i] = value;
        details_[i] = detail;
        grid->addWidget(card, i / kColumns, i % kColumns);
    }
    for (int c = 0; c < kColumns; ++c) grid->setColumnStretch(c, 1);
}

QLabel* KeyFiguresView::valueLabel(Figure figure) const { return values_[figure]; }

QLabel* KeyFiguresView::detailLabel(Figure figure) const { return details_[figure]; }

int KeyFiguresView::hostWeightCopies(const PlanSnapshot& snap, const Catalog& catalog)
{
    if (!snap.plan || snap.plan->offload == OffloadMode::None) return 1;
    const EngineProfile* engine = catalog.engine(snap.plan->engine);
    if (engine == nullptr || !engine->numa_replicate) return 1;
    int sockets = 1;
    for (const auto& g : snap.scenario.pool.groups) {
        if (const System* sys = catalog.system(g.system)) sockets = std::max(sockets, sys->host_sockets);
    }
    return sockets;
}

QStringList KeyFiguresView::ttftDetails(const PlanSnapshot& snap, const Catalog* catalog)
{
    const Plan& p = *snap.plan;
    const Workload& w = snap.scenario.workload;
    const QString prompt = tr("for %1 prompt tokens").arg(FigureFormat::integer(w.prompt));
    if (w.concurrency <= 1) return {prompt};
    // What each of the clients sees while all are served: its first token,
    // then the time per token, and how the requests come.
    const EngineProfile* engine = catalog != nullptr ? catalog->engine(p.engine) : nullptr;
    const bool inTurn = engine != nullptr && !engine->batching;
    const QString how = inTurn ? tr("in turn") : w.arrivals == Arrivals::Staggered ? tr("staggered") : tr("together");
    const QString ttft = FigureFormat::duration(p.serving.ttft_s);
    const QString tpot = FigureFormat::duration(p.serving.tpot_ms / 1000.0);
    const QString load = tr("under load %1, then %2 a token (%3)").arg(ttft, tpot, how);
    QStringList forms;
    // Staggered clients' TTFT differs from a burst's: the burst stays, as the longest form.
    if (w.arrivals == Arrivals::Staggered && !inTurn) {
        forms << tr("%1 · %2 · %3 mean when %4 arrive together")
                     .arg(prompt, load, FigureFormat::duration(p.prefill.ttft_s_at_concurrency), FigureFormat::integer(w.concurrency));
    }
    forms << tr("%1 · %2").arg(prompt, load) << load << tr("%1: %2, %3/token").arg(how, ttft, tpot)
          << tr("under load %1, %2/token").arg(ttft, tpot);
    return forms;
}

void KeyFiguresView::set(Figure f, const QString& value, const QString& detail)
{
    values_[f]->setText(value);
    details_[f]->setText(detail);
}

void KeyFiguresView::setSnapshot(const PlanSnapshot& snap, const Catalog* catalog)
{
    if (!snap.plan) {
        for (int i = 0; i < FigureCount; ++i) set(static_cast<Figure>(i), tr("–"), QString());
        return;
    }
    const Plan& p = *snap.plan;
    const int concurrency = snap.scenario.workload.concurrency;
    set(Nodes, FigureFormat::integer(p.nodes), snap.scenario.pool.groups.size() == 1 ? tr("1 group of machines")
                                                      : tr("%1 groups of machines").arg(snap.scenario.pool.groups.size()));
    set(Devices, FigureFormat::integer(p.devices), tr("TP %1 × PP %2 · EP %3")
                                                       .arg(p.layout.tensor_parallel)
                                                       .arg(p.layout.pipeline_parallel)
                                                       .arg(p.layout.expert_parallel));
    const int copies = catalog != nullptr ? hostWeightCopies(snap, *catalog) : 1;
    const QString weights = tr("weights %1 · KV %2").arg(FigureFormat::gigabytes(p.memory.weights_total_gb),
                                                         FigureFormat::gigabytes(p.memory.kv_total_gb));
    set(Memory, FigureFormat::memoryOf(p.memory.used_gb, p.memory.usable_gb),
        copies > 1 ? tr("%1 · host weights ×%2, one copy per CPU socket").arg(weights).arg(copies) : weights);
    // A narrow card (1024 px) says only how many copies; the tooltip says why.
    if (copies > 1) details_[Memory]->setText(details_[Memory]->text(), {tr("%1 · host ×%2").arg(weights).arg(copies)});
    const QString decodeRange = FigureFormat::range(p.decode.tokens_per_s_range.low, p.decode.tokens_per_s_range.high);
    set(Decode, FigureFormat::tokensPerSecond(p.decode.tokens_per_s),
        tr("range %1 · %2 % of the hardware's limit")
            .arg(decodeRange, FigureFormat::integer(std::llround(p.decode.roofline_fraction * 100.0))));
    // A narrow card (1024 px, English) keeps the range and leaves the share to the tooltip.
    details_[Decode]->setText(details_[Decode]->text(), {tr("range %1").arg(decodeRange)});
    set(Aggregate, FigureFormat::tokensPerSecond(p.decode.aggregate_tokens_per_s),
        concurrency == 1 ? tr("1 stream") : tr("%1 streams").arg(FigureFormat::integer(concurrency)));
    set(Prefill, FigureFormat::tokensPerSecond(p.prefill.tokens_per_s),
        tr("range %1").arg(FigureFormat::range(p.prefill.tokens_per_s_range.low, p.prefill.tokens_per_s_range.high)));
    // The TTFT's detail, longest form first: a narrow card keeps what a
    // client sees under load and leaves the rest to the tooltip.
    const QStringList ttftForms = ttftDetails(snap, catalog);
    values_[Ttft]->setText(FigureFormat::duration(p.prefill.ttft_s));
    details_[Ttft]->setText(ttftForms.front(), ttftForms.mid(1));
    // A plan that does not fit has no speed: its placement's figures are
    // struck out and marked "if it fitted", or a dash when nothing was placed.
    for (Figure f : {Decode, Aggregate, Prefill, Ttft}) {
        QFont font = values_[f]->font();
        font.setStrikeOut(!p.fits);
        values_[f]->setFont(font);
        if (p.fits) continue;
        if (p.decode.tokens_per_s <= 0) {
            set(f, tr("–"), tr("nothing placed"));
        } else if (f == Decode) {
            // The share of the hardware's limit is left to the tooltip: two lines at 1024 px.
            details_[f]->setText(tr("if it fitted · %1").arg(tr("range %1").arg(
                FigureFormat::range(p.decode.tokens_per_s_range.low, p.decode.tokens_per_s_range.high))));
        } else if (f == Ttft) {
            QStringList forms;
            for (const QString& form : ttftForms) forms << tr("if it fitted · %1").arg(form);
            // A narrow card keeps the prompt; the figures under load are in the tooltip.
            const QString prompt = tr("if it fitted · %1").arg(tr("for %1 prompt tokens").arg(FigureFormat::integer(snap.scenario.workload.prompt)));
            if (forms.back() != prompt) forms << prompt;
            details_[f]->setText(forms.front(), forms.mid(1));
        } else {
            details_[f]->setText(tr("if it fitted · %1").arg(details_[f]->text()));
        }
    }
    if (!p.fits && p.decode.tokens_per_s <= 0) {
        set(Bottleneck, tr("–"), tr("nothing placed"));  // no step, so no bottleneck either
    } else {
        set(Bottleneck, FigureFormat::bottleneck(p.decode.bottleneck),
            tr("step %1 ms").arg(FigureFormat::number(p.decode.step_ms)));
    }
}

}  // namespace deepplan::gui
