#include "widgets/scenario_panel.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "catalog_store.h"
#include "commands/set_apple_wired_limit_command.h"
#include "commands/set_arrivals_command.h"
#include "commands/set_engine_command.h"
#include "commands/set_model_command.h"
#include "commands/set_mtp_command.h"
#include "commands/set_offload_command.h"
#include "commands/set_variant_command.h"
#include "commands/set_workload_field_command.h"
#include "deepplan/plan.hpp"
#include "figure_format.h"
#include "widgets/elided_label.h"
#include "widgets/eliding_combo_box.h"
#include "scenario_document.h"

namespace deepplan::gui {

namespace {

constexpr int kMaxTokens = 1 << 24;
constexpr int kMaxConcurrency = 1 << 20;

void selectData(QComboBox* box, const QString& id)
{
    const int i = box->findData(id);
    box->setCurrentIndex(i);
}

// One line, in a shorter form where one is given, elided with the whole
// text as its tooltip: a wrapping label would make the column's height
// depend on its width, and the scroll area then gives the pool table its
// full preferred height instead of room.
ElidedLabel* hint(QWidget* parent)
{
    auto* label = new ElidedLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0x55, 0x5b, 0x66));
    label->setPalette(pal);
    return label;
}

}  // namespace

ScenarioPanel::ScenarioPanel(ScenarioDocument* document, CatalogStore* catalog, QWidget* parent)
    : QWidget(parent), document_(document), catalog_(catalog)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(4);

    model_ = new ElidingComboBox(this);
    model_->setObjectName(QStringLiteral("modelCombo"));
    model_->setBaseToolTip(tr("The model to deploy: DeepSeek-V3/R1 (671 B mixture of experts) or one of the distilled dense models."));
    form->addRow(tr("&Model"), model_);

    variant_ = new ElidingComboBox(this);
    variant_->setObjectName(QStringLiteral("variantCombo"));
    variant_->setBaseToolTip(tr("How the weights are stored: the number format and bits per weight, which set the file size."));
    form->addRow(tr("&Weights"), variant_);
    variantInfo_ = hint(this);
    variantInfo_->setObjectName(QStringLiteral("variantInfoLabel"));
    variantInfo_->setBaseToolTip(tr("Size of the published weight files, and the size the planner computes from the "
                                "model's architecture and the format's bits per tensor (the Memory figure's "
                                "weights; they differ by a few percent), with the average bits per weight. "
                                "GB = 10⁹ bytes."));
    form->addRow(QString(), variantInfo_);

    engine_ = new ElidingComboBox(this);
    engine_->setObjectName(QStringLiteral("engineCombo"));
    engine_->setBaseToolTip(tr("The serving engine. Auto picks one that loads this format and suits the hardware."));
    form->addRow(tr("En&gine"), engine_);
    engineInfo_ = hint(this);
    engineInfo_->setObjectName(QStringLiteral("engineInfoLabel"));
    form->addRow(QString(), engineInfo_);

    context_ = makeCountSpin("contextSpin", WorkloadField::Context, kMaxTokens);
    context_->setToolTip(tr("Tokens each sequence holds in the KV cache: prompt plus output."));
    form->addRow(tr("Conte&xt"), context_);
    prompt_ = makeCountSpin("promptSpin", WorkloadField::Prompt, kMaxTokens);
    prompt_->setToolTip(tr("Tokens in the prompt; they set the prefill time and the time to first token."));
    form->addRow(tr("&Prompt"), prompt_);
    output_ = makeCountSpin("outputSpin", WorkloadField::Output, kMaxTokens);
    output_->setToolTip(tr("Tokens generated per request."));
    form->addRow(tr("O&utput"), output_);
    concurrency_ = makeCountSpin("concurrencySpin", WorkloadField::Concurrency, kMaxConcurrency);
    concurrency_->setSuffix(QString());
    concurrency_->setToolTip(tr("Sequences decoded together (batch size). More raises total throughput and needs more KV cache."));
    form->addRow(tr("Co&ncurrency"), concurrency_);

    arrivals_ = new ElidingComboBox(this);
    arrivals_->setObjectName(QStringLiteral("arrivalsCombo"));
    for (Arrivals a : {Arrivals::Staggered, Arrivals::Together}) arrivals_->addItem(FigureFormat::arrivals(a), static_cast<int>(a));
    form->addRow(tr("Re&quests"), arrivals_);

    offload_ = new ElidingComboBox(this);
    offload_->setObjectName(QStringLiteral("offloadCombo"));
    for (OffloadMode m : {OffloadMode::Auto, OffloadMode::None, OffloadMode::Layers, OffloadMode::Experts}) {
        offload_->addItem(FigureFormat::offload(m), static_cast<int>(m));
    }
    // Long names (formats, engines) are elided in the closed box instead of
    // widening the column; the list shows them whole.
    for (QComboBox* box : {model_, variant_, engine_, arrivals_, offload_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    offload_->setBaseToolTip(tr("Whether weights that do not fit on the accelerators go to host RAM: whole layers (llama.cpp) or the routed experts (KTransformers)."));
    form->addRow(tr("Offloa&d"), offload_);

    mtp_ = new QCheckBox(tr("Speculative decoding (MTP)"), this);
    mtp_->setObjectName(QStringLiteral("mtpCheck"));
    mtp_->setToolTip(tr("Draft a token with DeepSeek's multi-token-prediction module and verify it, where the engine supports it."));
    form->addRow(QString(), mtp_);

    wired_ = new QCheckBox(tr("Apple: wired-memory limit raised"), this);
    wired_->setObjectName(QStringLiteral("wiredCheck"));
    wired_->setToolTip(tr("On Macs, sysctl iogpu.wired_limit_mb was raised so the GPU may use more of the unified memory."));
    form->addRow(QString(), wired_);

    connect(model_, &QComboBox::activated, this, [this](int i) {
        document_->push(new SetModelCommand(document_, catalog_->catalog(), model_->itemData(i).toString().toStdString()));
    });
    connect(variant_, &QComboBox::activated, this, [this](int i) {
        document_->push(new SetVariantCommand(document_, catalog_->catalog(), variant_->itemData(i).toString().toStdString()));
    });
    connect(engine_, &QComboBox::activated, this, [this](int i) {
        document_->push(new SetEngineCommand(document_, engine_->itemData(i).toString().toStdString()));
    });
    connect(offload_, &QComboBox::activated, this, [this](int i) {
        document_->push(new SetOffloadCommand(document_, static_cast<OffloadMode>(offload_->itemData(i).toInt())));
    });
    connect(arrivals_, &QComboBox::activated, this, [this](int i) {
        document_->push(new SetArrivalsCommand(document_, static_cast<Arrivals>(arrivals_->itemData(i).toInt())));
    });
    connect(mtp_, &QCheckBox::toggled, this, [this](bool on) { document_->push(new SetMtpCommand(document_, on)); });
    connect(wired_, &QCheckBox::toggled, this,
            [this](bool on) { document_->push(new SetAppleWiredLimitCommand(document_, on)); });

    connect(document_, &ScenarioDocument::changed, this, &ScenarioPanel::refresh);
    connect(catalog_, &CatalogStore::catalogChanged, this, [this] {
        catalogDirty_ = true;
        refresh();
    });
    refresh();
}

QSpinBox* ScenarioPanel::makeCountSpin(const char* objectName, WorkloadField field, int maximum)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(QString::fromLatin1(objectName));
    spin->setRange(1, maximum);
    spin->setGroupSeparatorShown(true);
    spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    spin->setSuffix(tr(" tokens"));
    spin->setAccelerated(true);
    connect(spin, &QSpinBox::valueChanged, this,
            [this, field](int value) { document_->push(new SetWorkloadFieldCommand(document_, field, value)); });
    return spin;
}

void ScenarioPanel::rebuildModels()
{
    const QSignalBlocker block(model_);
    model_->clear();
    for (const auto& [id, m] : catalog_->catalog().models) {
        model_->addItem(QString::fromStdString(m.name), QString::fromStdString(id));
    }
}

void ScenarioPanel::rebuildVariants()
{
    const QSignalBlocker block(variant_);
    variant_->clear();
    const Catalog& c = catalog_->catalog();
    const std::string& model = document_->scenario().model;
    for (const auto& [id, f] : c.formats) {
        if (f.applies_to(model)) variant_->addItem(QString::fromStdString(f.name), QString::fromStdString(id));
    }
}

void ScenarioPanel::rebuildEngines()
{
    const QSignalBlocker block(engine_);
    engine_->clear();
    engine_->addItem(tr("Auto"), QStringLiteral("auto"));
    const Catalog& c = catalog_->catalog();
    const WeightFormat* f = c.format(document_->scenario().variant);
    for (const auto& [id, e] : c.engines) {
        if (f != nullptr && !e.loads(f->family)) continue;
        // A release's efficiencies are for that release range: the label says which.
        const QString label = e.release.empty() ? QString::fromStdString(e.name)
                                                : tr("%1 — %2").arg(QString::fromStdString(e.name), QString::fromStdString(e.release));
        engine_->addItem(label, QString::fromStdString(id));
    }
}

void ScenarioPanel::refresh()
{
    const Scenario& s = document_->scenario();
    const Catalog& c = catalog_->catalog();
    if (catalogDirty_) rebuildModels();
    if (catalogDirty_ || s.model != shownModel_) rebuildVariants();
    if (catalogDirty_ || s.variant != shownVariant_) rebuildEngines();
    catalogDirty_ = false;
    shownModel_ = s.model;
    shownVariant_ = s.variant;

    {
        const QSignalBlocker b1(model_);
        const QSignalBlocker b2(variant_);
        const QSignalBlocker b3(engine_);
        const QSignalBlocker b4(offload_);
        const QSignalBlocker b5(arrivals_);
        selectData(model_, QString::fromStdString(s.model));
        selectData(variant_, QString::fromStdString(s.variant));
        if (engine_->findData(QString::fromStdString(s.engine)) < 0) {
            engine_->addItem(QString::fromStdString(s.engine), QString::fromStdString(s.engine));
        }
        selectData(engine_, QString::fromStdString(s.engine));
        offload_->setCurrentIndex(offload_->findData(static_cast<int>(s.offload)));
        arrivals_->setCurrentIndex(arrivals_->findData(static_cast<int>(s.workload.arrivals)));
    }
    // The context field stops at the model's maximum (max_context in the
    // catalog): a longer context is not a plan.
    if (const ModelArch* model = c.model(s.model); model != nullptr && model->max_context > 0) {
        if (context_->maximum() != model->max_context) {
            const QSignalBlocker block(context_);
            context_->setMaximum(std::max(model->max_context, s.workload.context));
        }
        context_->setToolTip(tr("Tokens each sequence holds in the KV cache: prompt plus output. At most %1, the model's maximum.")
                                 .arg(FigureFormat::integer(model->max_context)));
    }
    const std::pair<QSpinBox*, int> spins[] = {{context_, s.workload.context},
                                                {prompt_, s.workload.prompt},
                                                {output_, s.workload.output},
                                                {concurrency_, s.workload.concurrency}};
    for (const auto& [spin, value] : spins) {
        if (spin->value() != value) {
            const QSignalBlocker block(spin);
            spin->setValue(value);
        }
    }
    {
        const QSignalBlocker b1(mtp_);
        const QSignalBlocker b2(wired_);
        mtp_->setChecked(s.workload.mtp);
        wired_->setChecked(s.apple_raise_wired_limit);
    }

    const ModelArch* m = c.model(s.model);
    const WeightFormat* f = c.format(s.variant);
    if (m != nullptr && f != nullptr) {
        const QStringList forms = FigureFormat::variantSizeForms(*f, *m);
        variantInfo_->setText(forms.front(), forms.mid(1));
    } else {
        variantInfo_->setText(QString());
    }

    const EngineProfile* planned = c.engine(s.engine);
    if (s.engine == "auto" && c.model(s.model) != nullptr) {
        std::string chosen;
        try {
            chosen = auto_engine(s, c);
        } catch (const std::exception&) {
            chosen.clear();  // the plan's error banner says what is wrong
        }
        const EngineProfile* e = c.engine(chosen);
        planned = e;
        if (e != nullptr) {
            const QString name = QString::fromStdString(e->name);
            engineInfo_->setText(tr("Auto picks %1 for this hardware.").arg(name), {tr("Auto: %1").arg(name)});
        } else {
            engineInfo_->setText(chosen.empty() && c.format(s.variant) != nullptr ? tr("No engine runs these weights on this hardware.")
                                                                                  : QString(),
                                 {tr("No engine for this hardware.")});
        }
    } else {
        engineInfo_->setText(QString());
    }
    engineInfo_->setVisible(!engineInfo_->text().isEmpty());
    refreshArrivals(s, planned);
    for (ElidingComboBox* box : {model_, variant_, engine_, arrivals_, offload_}) box->updateToolTip();
}

void ScenarioPanel::refreshArrivals(const Scenario& s, const EngineProfile* engine)
{
    const QString tip = tr("How the concurrent clients' requests reach the engine. Staggered: each client sends its next "
                           "request when its last one ends, so a prompt mostly comes alone and its prefill pass stalls the "
                           "other clients' decoding (chat users; benchmarks with varied lengths). Together: every client's "
                           "request comes at once, wave after wave (static batches; benchmarks whose lengths are all fixed).");
    // One client, or an engine that serves one request at a time, has
    // nothing to stagger: the box is greyed and says why.
    QString why;
    if (s.workload.concurrency <= 1) {
        why = tr("With one client there is nothing to stagger.");
    } else if (engine != nullptr && !engine->batching) {
        why = tr("%1 serves one request at a time, however they arrive.").arg(QString::fromStdString(engine->name));
    }
    arrivals_->setEnabled(why.isEmpty());
    arrivals_->setBaseToolTip(why.isEmpty() ? tip : tip + QStringLiteral("\n\n") + why);
}

}  // namespace deepplan::gui
