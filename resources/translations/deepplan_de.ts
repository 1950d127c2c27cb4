<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddPoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/add_pool_group_command.cpp" line="8"/>
        <source>Add node group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="28"/>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="30"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="34"/>
        <source>%1 of %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="40"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="41"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="46"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="52"/>
        <source>Memory bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="53"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="54"/>
        <source>Interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="55"/>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="56"/>
        <source>Per-step overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="64"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="65"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="66"/>
        <source>Layers to CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="67"/>
        <source>Experts to CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="77"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="81"/>
        <source> with %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="93"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="112"/>
        <source>%1 published · %2 bits per weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="113"/>
        <source>%1 · %2 bits per weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="120"/>
        <source>%1 (auto)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="53"/>
        <source>FITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="53"/>
        <source>DOES NOT FIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="56"/>
        <source>  engine       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="57"/>
        <source>  memory       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="58"/>
        <source>  decode       %1 per stream, %2 all streams
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="60"/>
        <source>  prefill      %1, first token after %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="62"/>
        <source>  bottleneck   %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFiguresView</name>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="22"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="23"/>
        <source>Machines in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="24"/>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="25"/>
        <source>GPUs or Apple chips in the pool, all machines together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="26"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="27"/>
        <source>Weights, KV cache, activations and runtime overhead, against the memory the engine may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="28"/>
        <source>Decode, per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="29"/>
        <source>Tokens per second one sequence sees while generating, at the chosen concurrency; the range below comes from the calibration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="30"/>
        <source>Decode, all streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="31"/>
        <source>Tokens per second generated over all concurrent sequences together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="32"/>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="33"/>
        <source>Prompt tokens processed per second before the first output token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="34"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="35"/>
        <source>How long a request waits for its first output token: the prompt&apos;s prefill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="36"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="37"/>
        <source>What limits decode speed: memory bandwidth, compute, the interconnect, host memory or per-step overhead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFileIo</name>
    <message>
        <location filename="../../app/gui/plan_file_io.cpp" line="22"/>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_file_io.cpp" line="26"/>
        <source>“%1” is too large to be a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_file_io.cpp" line="33"/>
        <source>“%1” is not a DeepPlan plan file that this version can read.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_file_io.cpp" line="42"/>
        <source>“%1” describes a scenario this catalog cannot plan.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/plan_file_io.cpp" line="64"/>
        <location filename="../../app/gui/plan_file_io.cpp" line="68"/>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/remove_pool_group_command.cpp" line="8"/>
        <source>Remove node group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="58"/>
        <source>The model to deploy: DeepSeek-V3/R1 (671 B mixture of experts) or one of the distilled dense models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="59"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="63"/>
        <source>How the weights are stored: the number format and bits per weight, which set the file size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="64"/>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="67"/>
        <source>Size of the weight files and the average bits per weight of this format for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="72"/>
        <source>The serving engine. Auto picks one that loads this format and suits the hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="73"/>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="79"/>
        <source>Tokens each sequence holds in the KV cache: prompt plus output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="80"/>
        <source>&amp;Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="82"/>
        <source>Tokens in the prompt; they set the prefill time and the time to first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="83"/>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="85"/>
        <source>Tokens generated per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="86"/>
        <source>O&amp;utput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="89"/>
        <source>Sequences decoded together (batch size). More raises total throughput and needs more KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="90"/>
        <source>Co&amp;ncurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="97"/>
        <source>Whether weights that do not fit on the accelerators go to host RAM: whole layers (llama.cpp) or the routed experts (KTransformers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="98"/>
        <source>&amp;Offload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="100"/>
        <source>Speculative decoding (MTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="102"/>
        <source>Draft a token with DeepSeek&apos;s multi-token-prediction module and verify it, where the engine supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="105"/>
        <source>Apple: wired-memory limit raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="107"/>
        <source>On Macs, sysctl iogpu.wired_limit_mb was raised so the GPU may use more of the unified memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="141"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="172"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="233"/>
        <source>Auto picks %1 for this hardware.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAppleWiredLimitCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_apple_wired_limit_command.cpp" line="8"/>
        <source>Change Apple wired-memory limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetEconomicsCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="16"/>
        <source>Rent the hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="17"/>
        <source>Own the hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="18"/>
        <source>Change rental price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="19"/>
        <source>Change purchase price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="20"/>
        <source>Change amortization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="21"/>
        <source>Change utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="22"/>
        <source>Change electricity price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="23"/>
        <source>Change PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="24"/>
        <source>Change hosting price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="28"/>
        <source>Change economics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetEngineCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_engine_command.cpp" line="8"/>
        <source>Change engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetModelCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_model_command.cpp" line="8"/>
        <source>Change model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetMtpCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_mtp_command.cpp" line="8"/>
        <source>Turn on speculative decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_mtp_command.cpp" line="9"/>
        <source>Turn off speculative decoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetOffloadCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_offload_command.cpp" line="8"/>
        <source>Change offload mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_pool_group_command.cpp" line="8"/>
        <source>Change node group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetVariantCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_variant_command.cpp" line="8"/>
        <source>Change weight format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetWorkloadFieldCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_workload_field_command.cpp" line="12"/>
        <source>Change context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_workload_field_command.cpp" line="13"/>
        <source>Change prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_workload_field_command.cpp" line="14"/>
        <source>Change output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/set_workload_field_command.cpp" line="15"/>
        <source>Change concurrency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCatalog</name>
    <message>
        <location filename="../../app/gui/user_catalog.cpp" line="31"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/user_catalog.cpp" line="37"/>
        <source>%1 is not valid JSON (%2); fix or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/user_catalog.cpp" line="40"/>
        <source>%1 is not a catalog file; fix or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/user_catalog.cpp" line="61"/>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/user_catalog.cpp" line="64"/>
        <location filename="../../app/gui/user_catalog.cpp" line="66"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::AssumptionsModel</name>
    <message>
        <location filename="../../app/gui/models/assumptions_model.cpp" line="55"/>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/assumptions_model.cpp" line="56"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/assumptions_model.cpp" line="57"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/assumptions_model.cpp" line="58"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CatalogStore</name>
    <message>
        <location filename="../../app/gui/catalog_store.cpp" line="35"/>
        <source>Your own hardware in %1 could not be read and is ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/catalog_store.cpp" line="43"/>
        <source>The built-in catalog in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CompareModel</name>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="29"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="29"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="32"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="33"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="38"/>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="38"/>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="54"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="130"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="131"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="132"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="133"/>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="134"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="135"/>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="136"/>
        <source>MTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="137"/>
        <source>Offload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="138"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="139"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="140"/>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="141"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="142"/>
        <source>Decode / stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="143"/>
        <source>Decode, all streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="144"/>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="145"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="146"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CompareView</name>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="23"/>
        <source>Pin current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="24"/>
        <source>Keep the current scenario and its figures as a column here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="27"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="28"/>
        <source>Remove the selected column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="31"/>
        <source>Edit this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="32"/>
        <source>Load the selected pinned scenario into the editor (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="33"/>
        <source>Highlighted rows differ between the pinned scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CostView</name>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="56"/>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="83"/>
        <source>What a million output tokens cost with the scenario&apos;s economics, at the plan&apos;s aggregate decode rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="93"/>
        <source>Own hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="93"/>
        <source>Rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="93"/>
        <source>API list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="95"/>
        <source>Per hour serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="95"/>
        <source>Per million output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="95"/>
        <source>Per million input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="98"/>
        <source>Dollars per hour while the pool serves: depreciation, power and hosting, or the rental bill, spread over the busy hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="100"/>
        <source>Dollars per million generated tokens at the plan&apos;s aggregate decode rate over all streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="101"/>
        <source>Dollars per million prompt tokens at the plan&apos;s prefill rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="103"/>
        <source>Buying the pool: depreciation over the amortization years, power at the wall times PUE, and hosting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="104"/>
        <source>Renting the pool&apos;s accelerators by the hour at the catalog&apos;s or your price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="105"/>
        <source>The model&apos;s hosted API list price, from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="127"/>
        <source>Where the hourly cost of the scenario&apos;s choice goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="130"/>
        <source>The utilization at which owning the pool costs as much per output token as the API list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="134"/>
        <source>Prices the catalog lacks; figures that need them are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="142"/>
        <source>$ per million output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="144"/>
        <source>$/M output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="165"/>
        <source>Dollars per million output tokens: own hardware, rented, and the API&apos;s list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="170"/>
        <source>Economics of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="201"/>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="202"/>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="203"/>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="208"/>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="209"/>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="210"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="213"/>
        <source>API list price of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="223"/>
        <source>No cost: the core could not plan this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="230"/>
        <source>%1 per million output tokens (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="232"/>
        <source>rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="232"/>
        <source>own hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="233"/>
        <source>Cost not known: prices are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="235"/>
        <source>Per hour serving: rental %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="237"/>
        <source>Per hour serving: depreciation %1 (of %2 purchase) · power %3 (%4 kW at the wall) · hosting %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="243"/>
        <source>No API price for this model in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="245"/>
        <source>Owning matches the API&apos;s output price at %1 % utilization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="247"/>
        <source>Owning this pool never matches the API&apos;s output price, even fully busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="250"/>
        <source>Missing prices: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CustomHardwareDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="58"/>
        <source>Custom hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="60"/>
        <source>Define a device (an accelerator or CPU socket) or a machine built from devices. It is saved in your own catalog (%1) and can be picked in the pool at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="69"/>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="70"/>
        <source>&amp;Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="92"/>
        <source>e.g. rtx-4090-48g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="92"/>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="126"/>
        <source>A unique id: lower case letters, digits, - _ .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="93"/>
        <source>e.g. RTX 4090 48 GB (modded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="93"/>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="127"/>
        <source>The name shown in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="96"/>
        <source>Data-centre GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="97"/>
        <source>Consumer GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="98"/>
        <source>Apple unified memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="99"/>
        <source>CPU socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="101"/>
        <source>The kind of device; it picks which engine efficiencies apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="102"/>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="143"/>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="102"/>
        <source>Memory capacity (0 for a CPU socket: its RAM is the machine&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="103"/>
        <source> GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="103"/>
        <source>Peak memory bandwidth from the datasheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="104"/>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="105"/>
        <source> TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="104"/>
        <source>Dense BF16 peak, without sparsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="105"/>
        <source>Dense FP8 peak; 0 when the device has no FP8 path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="106"/>
        <source> TOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="106"/>
        <source>Dense INT8 peak; 0 when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="107"/>
        <source> W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="107"/>
        <source>Board power at load; 0 when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="108"/>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="153"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="108"/>
        <source>Where the figures come from (a datasheet URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="109"/>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="154"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="110"/>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="155"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="111"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="112"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="113"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="114"/>
        <source>BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="115"/>
        <source>FP8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="116"/>
        <source>INT8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="117"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="118"/>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="164"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="126"/>
        <source>e.g. workstation-2x4090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="127"/>
        <source>e.g. Workstation 2× RTX 4090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="130"/>
        <source>The accelerator in this machine, or none for a CPU-only machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="135"/>
        <source>Accelerators per machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="138"/>
        <source>The host CPU (one socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="142"/>
        <source>CPU sockets in the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="143"/>
        <source>Host RAM of the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="146"/>
        <source>How the accelerators inside the machine are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="149"/>
        <source>How machines of this kind are joined by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="150"/>
        <source>Unified memory (Apple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="152"/>
        <source>The accelerator&apos;s memory is the machine&apos;s RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="153"/>
        <source>Where the figures come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="156"/>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="157"/>
        <source>Per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="158"/>
        <source>Host CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="159"/>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="160"/>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="161"/>
        <source>Internal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="162"/>
        <source>Network link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="175"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="219"/>
        <source>The device needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="235"/>
        <source>The machine needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::DeviceMemoryModel</name>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="33"/>
        <source>node %1 · host RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="34"/>
        <source>node %1 · %2 #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="72"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="73"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="74"/>
        <source>Usable GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="75"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="76"/>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="77"/>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="78"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="79"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="80"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::EconomicsForm</name>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="17"/>
        <source>Rent the accelerators by the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="19"/>
        <source>When on, the cost is the rental bill for the pool&apos;s GPUs; when off, you buy the hardware and pay for depreciation, power and hosting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="30"/>
        <source>Rental price of one accelerator for an hour; 0 uses the catalog&apos;s price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="32"/>
        <source>Per &amp;GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="34"/>
        <source>Purchase price of the whole pool; 0 uses the catalog&apos;s prices of the machines and cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="36"/>
        <source>&amp;Purchase price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="37"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="38"/>
        <source>Years over which the purchase price is written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="40"/>
        <source>&amp;Amortization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="41"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="42"/>
        <source>Share of the hours the pool is busy serving; fixed costs are spread over these hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="45"/>
        <source>&amp;Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="46"/>
        <source> per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="46"/>
        <source>Price of electricity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="47"/>
        <source>&amp;Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="49"/>
        <source>Power usage effectiveness: the data centre&apos;s total power over the machines&apos; power (1.0 = no cooling overhead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="53"/>
        <source>P&amp;UE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="54"/>
        <source> per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="55"/>
        <source>Rack space, network and operations for the pool, per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="56"/>
        <source>&amp;Hosting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::KeyFiguresView</name>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="95"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="100"/>
        <source>1 group of machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="101"/>
        <source>%1 groups of machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="102"/>
        <source>TP %1 × PP %2 · EP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="107"/>
        <source>weights %1 · KV %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="110"/>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="114"/>
        <source>range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="112"/>
        <source>1 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="112"/>
        <source>%1 streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="116"/>
        <source>for %1 prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="118"/>
        <source>step %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::LayoutView</name>
    <message>
        <location filename="../../app/gui/widgets/layout_view.cpp" line="40"/>
        <source>How the model is split: tensor parallel (TP) inside a stage, pipeline stages (PP) in a row, and experts spread over devices (EP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layout_view.cpp" line="60"/>
        <source>No layout: the scenario could not be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layout_view.cpp" line="64"/>
        <source>Mode: %1 · tensor parallel %2 × pipeline %3 · expert parallel %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layout_view.cpp" line="65"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="61"/>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="79"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="80"/>
        <source>Hardware pool</source>
        <translation>Hardware-Pool</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="104"/>
        <source>Time the core took to plan this scenario and sample the what-if curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="127"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="129"/>
        <source>Start again from the default scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="132"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="136"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="140"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="144"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="148"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="150"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="153"/>
        <source>&amp;Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="155"/>
        <source>Keep the current scenario in the Compare tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="158"/>
        <source>&amp;Unpin selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="161"/>
        <source>Custom &amp;hardware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="165"/>
        <source>Start with the &amp;last scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="168"/>
        <source>When on, the program opens with the scenario you last worked on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="175"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="178"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="187"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="191"/>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="194"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="198"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="204"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="205"/>
        <source>&amp;About DeepPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="225"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="226"/>
        <source>%1[*] — DeepPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="233"/>
        <source>planned in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="248"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="249"/>
        <source>The scenario has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="304"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="304"/>
        <source>DeepPlan plans (%1);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="313"/>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="322"/>
        <source>Opened %1; its stored figures differ from this catalog&apos;s, so they were recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="324"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="339"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="339"/>
        <source>DeepPlan plans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="351"/>
        <source>Cannot save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="359"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="367"/>
        <source>Load preset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="380"/>
        <source>Pinned as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="390"/>
        <source>Edit pinned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="397"/>
        <source>Added “%1” to your catalog; pick it in the pool table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="403"/>
        <source>About DeepPlan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="404"/>
        <source>&lt;h3&gt;DeepPlan %1&lt;/h3&gt;&lt;p&gt;Will this LLM fit my hardware, on how many machines, and how fast will it run?&lt;/p&gt;&lt;p&gt;Every figure comes from the planning core; the Assumptions tab lists the constants used and their sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::MemoryChartView</name>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="20"/>
        <source>Memory of each device by what fills it, in GB. Free is what the engine may still use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="27"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="27"/>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="27"/>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="28"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="28"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="42"/>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="101"/>
        <source>Memory per device (first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="102"/>
        <source>Memory per device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PlanPanel</name>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.cpp" line="36"/>
        <source>&amp;Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.cpp" line="38"/>
        <source>W&amp;hat if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.cpp" line="40"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.cpp" line="51"/>
        <source>Every constant the plan used, and where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.cpp" line="52"/>
        <source>&amp;Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.cpp" line="55"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PoolEditor</name>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="55"/>
        <source>Groups of identical machines. Double-click a cell to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="61"/>
        <source>The pool as the command line writes it (deepplan-cli plan --pool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="65"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="65"/>
        <source>Add a group of machines to the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="66"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="66"/>
        <source>Remove the selected group (a pool keeps at least one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="68"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="68"/>
        <source>Add a copy of the selected group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="70"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="70"/>
        <source>Load one of the ready-made scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="74"/>
        <source>Custom hardware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="74"/>
        <source>Define your own device or machine; it is saved in your catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="131"/>
        <source>Pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PoolTableModel</name>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="70"/>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="81"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="73"/>
        <source>The system&apos;s own: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="74"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="84"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="107"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="108"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="109"/>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="110"/>
        <source>Per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="111"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="117"/>
        <source>How many machines of this system the group has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="118"/>
        <source>The machine: its accelerators, host CPU and RAM, and internal link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="119"/>
        <source>Replace the system&apos;s own accelerators by another device, or keep them (built in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="120"/>
        <source>Accelerators in each machine of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="121"/>
        <source>How the machines of this group are joined to the rest of the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="181"/>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="188"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::StageModel</name>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="38"/>
        <source>CPU (host RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="41"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="41"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="43"/>
        <source>whole layers on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="44"/>
        <source>routed experts on the CPU, the rest on the accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="45"/>
        <source>tensor-parallel over %1 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="45"/>
        <source>one device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="61"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="62"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="63"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="64"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="65"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="66"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="67"/>
        <source>Decode ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="72"/>
        <source>Time this stage spends on one decode step at the planned concurrency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::VerdictBanner</name>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="26"/>
        <source>Whether the model, with its KV cache and runtime overheads, fits in the pool&apos;s usable memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="49"/>
        <source>The fewest machines of the first group&apos;s system on which this scenario fits (searched up to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="65"/>
        <source>Cannot plan this scenario</source>
        <translation>Dieses Szenario lässt sich nicht planen</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="73"/>
        <source>Fits on %1</source>
        <translation>Passt auf %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="73"/>
        <source>Does not fit on %1</source>
        <translation>Passt nicht auf %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="74"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="75"/>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="83"/>
        <source>Smallest pool of this system that fits: %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="85"/>
        <source>No pool of up to 64 × %1 fits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deepplan::gui::WhatIfView</name>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="135"/>
        <source>Decode speed against concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="136"/>
        <source>concurrent sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="136"/>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="151"/>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="152"/>
        <source>tok/s per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="136"/>
        <source>tok/s all streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="137"/>
        <source>per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="138"/>
        <source>all streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="139"/>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="154"/>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="140"/>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="155"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="147"/>
        <source>Decode tokens per second as more sequences share the hardware; the dark dot is the current setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="150"/>
        <source>Speed and memory against context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="151"/>
        <source>context tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="151"/>
        <source>memory used, GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="153"/>
        <source>memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="162"/>
        <source>Decode speed and memory in use as each sequence holds more tokens; the dark dot is the current setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="27"/>
        <source>Will this LLM fit my hardware, on how many machines, and how fast will it run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="32"/>
        <source>A plan file (*.deepplan.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="70"/>
        <location filename="../../app/gui/main.cpp" line="77"/>
        <source>DeepPlan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
