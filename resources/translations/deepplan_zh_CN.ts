<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddPoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/add_pool_group_command.cpp" line="+8"/>
        <source>Add node group</source>
        <translation>添加节点组</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="+143"/>
        <source>no engine</source>
        <translation>无可用引擎</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2 GB</source>
        <translation>%1 / %2 GB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host memory</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-step overhead</source>
        <translation>每步开销</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to CPU</source>
        <translation>层卸载到 CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts to CPU</source>
        <translation>专家卸载到 CPU</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staggered: each client on its own</source>
        <translation>错开：各客户端各自发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together: static batches</source>
        <translation>同时：静态批次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> with %1 × %2</source>
        <translation>，配 %1 × %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 · %2 bits per weight</source>
        <translation>%1 · 每个权重 %2 位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files published, %2 computed · %3 bits per weight</source>
        <translation>已发布文件 %1，计算值 %2 · 每个权重 %3 位</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 computed · %2 bits per weight</source>
        <translation>计算值 %1 · 每个权重 %2 位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files · %2 bits per weight</source>
        <translation>文件 %1 · 每个权重 %2 位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (auto)</source>
        <translation>%1（自动）</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="+62"/>
        <source>FITS</source>
        <translation>能装下</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DOES NOT FIT</source>
        <translation>装不下</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  engine       %1
</source>
        <translation>  引擎         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  memory       %1
</source>
        <translation>  内存         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  decode       %1 per stream, %2 all streams
</source>
        <translation>  解码         每路 %1，总计 %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  prefill      %1, first token after %2
</source>
        <translation>  预填充       %1，首字延迟 %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  bottleneck   %1
</source>
        <translation>  瓶颈         %1
</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../../app/gui/model_import.cpp" line="+19"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a config.json.</source>
        <translation>%1 太大，不可能是 config.json。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Imported %1 (%2 B parameters)%3</source>
        <translation>已导入 %1（%2 B 参数）%3</translation>
    </message>
</context>
<context>
    <name>PlanFileIo</name>
    <message>
        <location filename="../../app/gui/plan_file_io.cpp" line="+58"/>
        <source>“%1” could not be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a plan file.</source>
        <translation type="vanished">“%1”太大，不可能是方案文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” ends early (truncated?): its text stops after %2 bytes, in the middle of the plan. It may have been cut off while it was copied or saved.</source>
        <translation>“%1”提前结束（被截断了？）：内容在 %2 字节处中断，方案只写了一半。可能是在复制或保存时被截断。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a DeepPlan plan file that this version can read.

%2</source>
        <translation>“%1”不是此版本能读取的 DeepPlan 方案文件。

%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” carries catalog entries that cannot be used.

%2</source>
        <translation>“%1”包含无法使用的硬件目录条目。

%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” describes a scenario this catalog cannot plan.

%2</source>
        <translation>“%1”描述的场景无法用当前硬件目录规划。

%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../../app/gui/presets.cpp" line="+25"/>
        <source>6× Mac Studio M2 Ultra — full strength (FP8)</source>
        <translation>6 台 Mac Studio M2 Ultra — 满精度（FP8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5× Mac Studio M2 Ultra — full strength (Q8_0)</source>
        <translation>5 台 Mac Studio M2 Ultra — 满精度（Q8_0）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>2× HGX H100 — full FP8</source>
        <translation>2× HGX H100 —— 完整 FP8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1× HGX H200 — full FP8</source>
        <translation>1× HGX H200 —— 完整 FP8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3× Mac Studio M2 Ultra — 4-bit</source>
        <translation>3× Mac Studio M2 Ultra —— 4 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2× H100 — 1.58-bit</source>
        <translation>2× H100 —— 1.58 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTX 4090 + 1 TB RAM — KTransformers</source>
        <translation>RTX 4090 + 1 TB 内存 —— KTransformers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 128 GB + RTX 4090 — 1.58-bit</source>
        <translation>PC 128 GB + RTX 4090 —— 1.58 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 128 GB + 2× RTX 3090 — 1.58-bit</source>
        <translation>PC 128 GB + 2× RTX 3090 —— 1.58 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 192 GB + RTX 5090 — 1.58-bit</source>
        <translation>PC 192 GB + RTX 5090 —— 1.58 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 192 GB + 2× RTX 5090 — 1.58-bit</source>
        <translation>PC 192 GB + 2× RTX 5090 —— 1.58 位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laptop 16 GB — distill 7B</source>
        <translation>16 GB 笔记本 —— 蒸馏 7B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop 16 GB — distill 1.5B</source>
        <translation>16 GB 笔记本 —— 蒸馏 1.5B</translation>
    </message>
</context>
<context>
    <name>RemovePoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/remove_pool_group_command.cpp" line="+8"/>
        <source>Remove node group</source>
        <translation>删除节点组</translation>
    </message>
</context>
<context>
    <name>SetAppleWiredLimitCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_apple_wired_limit_command.cpp" line="+8"/>
        <source>Change Apple wired-memory limit</source>
        <translation>更改 Apple 固定内存上限</translation>
    </message>
</context>
<context>
    <name>SetArrivalsCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_arrivals_command.cpp" line="+8"/>
        <source>Change how requests arrive</source>
        <translation>更改请求到达方式</translation>
    </message>
</context>
<context>
    <name>SetEconomicsCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="+16"/>
        <source>Rent the hardware</source>
        <translation>租用硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own the hardware</source>
        <translation>自购硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rental price</source>
        <translation>更改租用价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change purchase price</source>
        <translation>更改购买价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change amortization</source>
        <translation>更改折旧年限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change utilization</source>
        <translation>更改利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change electricity price</source>
        <translation>更改电价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change PUE</source>
        <translation>更改 PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change hosting price</source>
        <translation>更改托管费用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change economics</source>
        <translation>更改成本参数</translation>
    </message>
</context>
<context>
    <name>SetEngineCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_engine_command.cpp" line="+8"/>
        <source>Change engine</source>
        <translation>更改引擎</translation>
    </message>
</context>
<context>
    <name>SetModelCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_model_command.cpp" line="+10"/>
        <source>Change model</source>
        <translation>更改模型</translation>
    </message>
</context>
<context>
    <name>SetMtpCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_mtp_command.cpp" line="+8"/>
        <source>Turn on speculative decoding</source>
        <translation>开启投机解码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off speculative decoding</source>
        <translation>关闭投机解码</translation>
    </message>
</context>
<context>
    <name>SetOffloadCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_offload_command.cpp" line="+8"/>
        <source>Change offload mode</source>
        <translation>更改卸载方式</translation>
    </message>
</context>
<context>
    <name>SetPoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_pool_group_command.cpp" line="+8"/>
        <source>Change node group</source>
        <translation>更改节点组</translation>
    </message>
</context>
<context>
    <name>SetVariantCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_variant_command.cpp" line="+8"/>
        <source>Change weight format</source>
        <translation>更改权重格式</translation>
    </message>
</context>
<context>
    <name>SetWorkloadFieldCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_workload_field_command.cpp" line="+12"/>
        <source>Change context length</source>
        <translation>更改上下文长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change prompt tokens</source>
        <translation>更改提示词 token 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change output tokens</source>
        <translation>更改输出 token 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change concurrency</source>
        <translation>更改并发数</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/session_recovery.cpp" line="+285"/>
        <source>the last scenario is not text</source>
        <translation>上次的场景不是文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last scenario is too large</source>
        <translation>上次的场景过大</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file cannot be parsed</source>
        <translation>文件无法解析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The stored settings could not be loaded (%1) and could not be moved aside; DeepPlan starts with its defaults.</source>
        <translation>无法加载已保存的设置（%1），也无法将其移到别处；DeepPlan 将以默认设置启动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored settings could not be loaded (%1). They were moved to %2 and DeepPlan starts with its defaults.</source>
        <translation>无法加载已保存的设置（%1）。这些设置已移到 %2，DeepPlan 将以默认设置启动。</translation>
    </message>
</context>
<context>
    <name>UserCatalog</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="vanished">无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); fix or remove it first.</source>
        <translation type="vanished">%1 不是有效的 JSON（%2）；请先修正或删除它。</translation>
    </message>
    <message>
        <location filename="../../app/gui/user_catalog.cpp" line="+36"/>
        <source>%1 could not be read (%2); fix or remove it first.</source>
        <translation>无法读取 %1（%2）；请先修正或删除它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a catalog file; fix or remove it first.</source>
        <translation>%1 不是硬件目录文件；请先修正或删除它。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::AssumptionsModel</name>
    <message>
        <location filename="../../app/gui/models/assumptions_model.cpp" line="+56"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::Autosave</name>
    <message>
        <location filename="../../app/gui/session_recovery.cpp" line="-233"/>
        <source>The session marker %1 could not be written: %2</source>
        <translation>无法写入会话标记 %1：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The autosave %1 could not be written: %2</source>
        <translation>无法写入自动保存文件 %1：%2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>DeepPlan did not close normally last time. Restore the work autosaved at %1?</source>
        <translation>DeepPlan 上次未正常关闭。是否恢复 %1 自动保存的工作？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• the scenario with its unsaved changes</source>
        <translation>• 场景及其未保存的更改</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>• %n pinned comparison(s)</source>
        <translation>
            <numerusform>• %n 个固定的比较</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore autosaved scenario</source>
        <translation>恢复自动保存的场景</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CatalogStore</name>
    <message>
        <location filename="../../app/gui/catalog_store.cpp" line="+35"/>
        <source>Your own hardware in %1 could not be read and is ignored: %2</source>
        <translation>无法读取 %1 中您自己的硬件，已忽略：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The built-in catalog in %1 could not be read: %2</source>
        <translation>无法读取 %1 中的内置硬件目录：%2</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CompareModel</name>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="+30"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fits</source>
        <translation>能装下</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not fit</source>
        <translation>装不下</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTP</source>
        <translation>MTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offload</source>
        <translation>卸载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode / stream</source>
        <translation>解码 / 每路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode, all streams</source>
        <translation>解码，全部并发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>首字延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT under load</source>
        <translation>负载下首字延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per token under load</source>
        <translation>负载下每 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CompareView</name>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="+23"/>
        <source>Pin current</source>
        <translation>固定当前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current scenario and its figures as a column here.</source>
        <translation>把当前场景及其数字作为一列保留在这里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected column.</source>
        <translation>删除所选的列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this one</source>
        <translation>编辑此项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the selected pinned scenario into the editor (undoable).</source>
        <translation>把所选的固定场景载入编辑器（可撤销）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighted rows differ between the pinned scenarios.</source>
        <translation>高亮的行在各固定场景之间有差异。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CoreText</name>
    <message>
        <location filename="../../app/gui/core_text.cpp" line="+36"/>
        <source>nearest choice of at least this precision: %1 with %2, which no pool of up to %3 x %4 holds</source>
        <translation>精度不低于此的最接近选择：%1 配 %2，但最多 %3 × %4 也装不下</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>nearest full-strength choice: %1 with %2, which no pool of up to %3 x %4 holds</source>
        <translation>最接近的满精度选择：%1 配 %2，但最多 %3 × %4 也装不下</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>nearest choice of at least this precision: %1 with %2 fits %3 x %4</source>
        <translation>精度不低于此的最接近选择：%1 配 %2，%3 × %4 可装下</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>nearest full-strength choice: %1 with %2 fits %3 x %4</source>
        <translation>最接近的满精度选择：%1 配 %2，%3 × %4 可装下</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no engine runs %1 weights on CPU-only hardware</source>
        <translation>没有引擎能在纯 CPU 机器上运行 %1 权重</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no engine runs %1 weights on consumer GPU hardware</source>
        <translation>没有引擎能在消费级 GPU 上运行 %1 权重</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no engine runs %1 weights on data-centre GPU hardware</source>
        <translation>没有引擎能在数据中心 GPU 上运行 %1 权重</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no engine runs %1 weights on Apple hardware</source>
        <translation>没有引擎能在 Apple 硬件上运行 %1 权重</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 memory-maps GGUF weights: it would start and read the %2 GB that do not fit in RAM from disk on every token, far slower than planned; not planned as fitting</source>
        <translation>%1 以内存映射（mmap）方式加载 GGUF 权重：它能启动，但每生成一个词元都要从磁盘读取放不进内存的 %2 GB，远比规划的慢；不按装得下规划</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to fit: more accelerator memory (another or a larger GPU)</source>
        <translation>要装下：更多加速器显存（再加一块或换更大的 GPU）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to fit: more host RAM</source>
        <translation>要装下：增加主机内存</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to fit: a smaller quant (%1 is %2 GB smaller)</source>
        <translation>要装下：换更小的量化（%1 小 %2 GB）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to fit: a shorter context (the KV cache there takes %1 GB)</source>
        <translation>要装下：缩短上下文（那里的 KV 缓存占 %1 GB）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>tight: %1 GB short, within %2 % of the usable memory of the devices that overflow</source>
        <translation>差一点：缺 %1 GB，在溢出设备可用内存的 %2 % 以内</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 on machine %2 needs %3 GB (weights %4, KV cache %5) but has %6 GB usable</source>
        <translation>机器 %2 上的 %1 需要 %3 GB（权重 %4，KV 缓存 %5），但只有 %6 GB 可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and %1 more devices overflow the same way</source>
        <translation>另有 %1 个设备同样溢出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs on one machine; the pool has %2. Planned on the first machine only.</source>
        <translation>%1 只能在一台机器上运行；硬件池有 %2 台。仅在第一台机器上规划。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no MTP module; speculative decoding is off</source>
        <translation>%1 没有 MTP 模块；投机解码已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not run DeepSeek MTP speculative decoding; it is off</source>
        <translation>%1 不支持 DeepSeek MTP 投机解码；已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine &quot;auto&quot; chose %1 for %2</source>
        <translation>引擎“自动”为 %2 选择了 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS lets the GPU wire only about %1 GiB of %2&apos;s memory by default; raising it (sudo sysctl iogpu.wired_limit_mb=%3) would make this fit</source>
        <translation>macOS 默认只允许 GPU 固定约 %1 GiB 的 %2 内存；提高上限（sudo sysctl iogpu.wired_limit_mb=%3）即可装下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned within macOS&apos;s default GPU wired-memory limit (about %1 GiB of %2 GiB); sysctl iogpu.wired_limit_mb raises it</source>
        <translation>在 macOS 默认的 GPU 固定内存上限内规划（约 %1 GiB，共 %2 GiB）；sysctl iogpu.wired_limit_mb 可提高上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumes the GPU wired-memory limit is raised to %1 GiB (sudo sysctl iogpu.wired_limit_mb=%2)</source>
        <translation>假定 GPU 固定内存上限已提高到 %1 GiB（sudo sysctl iogpu.wired_limit_mb=%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 caches expanded K/V for MLA: %2 MB per token instead of %3 KB compressed</source>
        <translation>%1 为 MLA 缓存展开的 K/V：每个 token %2 MB，而压缩后只需 %3 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routed experts run on the CPU from host RAM (KTransformers-style offload); decode is bound by host memory bandwidth</source>
        <translation>路由专家在 CPU 上从主机内存运行（KTransformers 式卸载）；解码受主机内存带宽限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 layers run on the CPU from host RAM (llama.cpp -ngl %3)</source>
        <translation>%2 层中有 %1 层在 CPU 上从主机内存运行（llama.cpp -ngl %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machines are joined by %1 (%2 µs per hop): each token crosses it %3 times</source>
        <translation>机器之间通过 %1 连接（每跳 %2 µs）：每个 token 要经过 %3 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory holds %1 sequences at this context</source>
        <translation>在此上下文长度下内存可容纳 %1 个序列</translation>
    </message>
    <message>
        <source>context %1 exceeds the model&apos;s trained maximum of %2</source>
        <translation type="vanished">上下文 %1 超过模型训练时的最大值 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt + output tokens exceed the context length</source>
        <translation>提示词与输出 token 之和超过上下文长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses your catalog&apos;s entry %1 in place of the built-in one</source>
        <translation>使用您的硬件目录中的条目 %1 代替内置条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cpu</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single-device</source>
        <translation>单设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor-parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor+pipeline</source>
        <translation>张量并行 + 流水线并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer-split</source>
        <translation>按层切分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offload-experts</source>
        <translation>专家卸载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offload-layers</source>
        <translation>层卸载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>routed experts of layers %1-%2</source>
        <translation>第 %1–%2 层的路由专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention, dense and shared parts of layers %1-%2</source>
        <translation>第 %1–%2 层的注意力、稠密和共享部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers %1-%2</source>
        <translation>第 %1–%2 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host RAM (%1)</source>
        <translation>主机内存（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eta_mem (%1)</source>
        <translation>eta_mem（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eta_flop (%1)</source>
        <translation>eta_flop（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eta_prefill (%1)</source>
        <translation>eta_prefill（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step_overhead (%1)</source>
        <translation>step_overhead（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer_overhead (%1)</source>
        <translation>layer_overhead（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moe_layer_overhead (%1)</source>
        <translation>moe_layer_overhead（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert_overhead (%1)</source>
        <translation>expert_overhead（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node_overhead (%1)</source>
        <translation>node_overhead（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefill_launch (%1)</source>
        <translation>prefill_launch (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moe_prefill_launch (%1)</source>
        <translation>moe_prefill_launch (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range (%1) low</source>
        <translation>范围（%1）下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range (%1) high</source>
        <translation>范围（%1）上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine memory fraction</source>
        <translation>引擎内存占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activations and workspace</source>
        <translation>激活值与工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache element size</source>
        <translation>KV 缓存元素大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache per token</source>
        <translation>每 token 的 KV 缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host RAM kept by the OS</source>
        <translation>操作系统保留的主机内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second CPU socket adds</source>
        <translation>第二个 CPU 插槽增加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU peak for %1&apos;s kernels</source>
        <translation>%1 内核的 CPU 峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts touched per MoE layer U(B)</source>
        <translation>每个 MoE 层触及的专家数 U(B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTP acceptance of the drafted token</source>
        <translation>MTP 草稿 token 接受率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fraction of peak bandwidth</source>
        <translation>占峰值带宽的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of peak FLOP/s</source>
        <translation>占峰值 FLOP/s 的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per stage per step</source>
        <translation>µs/流水级/步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per layer per step</source>
        <translation>µs/层/步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per MoE layer per step</source>
        <translation>µs/MoE 层/步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per expert touched per MoE layer per pass</source>
        <translation>µs/触及专家/MoE 层/次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per step per machine beyond the first</source>
        <translation>µs/步/第一台之后的每台机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per layer per prefill pass</source>
        <translation>每层每次预填充 µs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per MoE layer per prefill pass</source>
        <translation>每个 MoE 层每次预填充 µs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured/predicted</source>
        <translation>实测/预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of device memory</source>
        <translation>占设备内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB per accelerator</source>
        <translation>GB/加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction (at least 3 GiB)</source>
        <translation>比例（至少 3 GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of one socket&apos;s bandwidth</source>
        <translation>占单个插槽带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TFLOP/s BF16 per socket</source>
        <translation>TFLOP/s BF16/插槽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOPS int8 per socket</source>
        <translation>TOPS int8/插槽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts</source>
        <translation>个专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CostView</name>
    <message>
        <location filename="../../app/gui/widgets/cost_view.cpp" line="+62"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What a million output tokens cost with the scenario&apos;s economics, at the plan&apos;s aggregate decode rate.</source>
        <translation>按场景的成本参数、以方案的总解码速度计算，每百万输出 token 的成本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+141"/>
        <source>Own hardware</source>
        <translation>自有硬件</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+141"/>
        <source>Rented</source>
        <translation>租用</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+141"/>
        <source>API list price</source>
        <translation>API 标价</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Per hour serving</source>
        <translation>每小时服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million output</source>
        <translation>每百万输出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million input</source>
        <translation>每百万输入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dollars per hour while the pool serves: depreciation, power and hosting, or the rental bill, spread over the busy hours.</source>
        <translation>硬件池服务时每小时的费用：折旧、电费和托管费，或租金，分摊到繁忙时段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dollars per million generated tokens at the plan&apos;s aggregate decode rate over all streams.</source>
        <translation>以方案在全部并发上的总解码速度计算，每百万生成 token 的费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dollars per million prompt tokens at the plan&apos;s prefill rate.</source>
        <translation>以方案的预填充速度计算，每百万提示词 token 的费用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying the pool: depreciation over the amortization years, power at the wall times PUE, and hosting.</source>
        <translation>购买硬件池：按折旧年限摊销、墙插功率乘以 PUE 的电费，以及托管费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renting the pool&apos;s accelerators by the hour at the catalog&apos;s or your price.</source>
        <translation>按目录价格或您的价格按小时租用硬件池的加速卡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s hosted API list price, from the catalog.</source>
        <translation>目录中该模型官方 API 的标价。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where the hourly cost of the scenario&apos;s choice goes.</source>
        <translation>场景所选方式下每小时费用的去向。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The utilization at which owning the pool costs as much per output token as the API list price.</source>
        <translation>自有硬件每输出 token 成本与 API 标价持平时的利用率。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices the catalog lacks; figures that need them are not known.</source>
        <translation>目录缺少的价格；依赖它们的数字未知。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hardware&apos;s hour is shared by every stream decoded together, so batching lowers the cost per token until memory or compute runs out. Planned at concurrency 1, 2, 4 … 256.</source>
        <translation>同时解码的所有并发共享硬件的每一小时，因此批处理会降低每 token 成本，直到内存或算力耗尽。按并发数 1、2、4 … 256 规划。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>$ per million output tokens</source>
        <translation>每百万输出 token 的美元成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$/M output</source>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dollars per million output tokens: own hardware, rented, and the API&apos;s list price.</source>
        <translation>每百万输出 token 的美元成本：自有硬件、租用与 API 标价。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Economics of this scenario</source>
        <translation>本场景的成本参数</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+66"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API list price of %1 from %2.</source>
        <translation>%1 的 API 标价，来源：%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cost: the core could not plan this scenario.</source>
        <translation>无成本：计算核心无法规划此场景。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at concurrency %1</source>
        <translation>并发数 %1 时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per million output tokens (%2, %3)</source>
        <translation>每百万输出 token %1（%2，%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rented</source>
        <translation>租用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>own hardware</source>
        <translation>自有硬件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 per million output tokens: some prices are missing</source>
        <translation>每百万输出 token 至少 %1：缺少部分价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost not known: prices are missing</source>
        <translation>成本未知：缺少价格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Per hour serving: rental %1.</source>
        <translation>每小时服务：租金 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per hour serving:</source>
        <translation>每小时服务：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted so far (lower bounds, prices missing):</source>
        <translation>目前已计入（均为下限，缺少价格）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your purchase price</source>
        <translation>您的购买价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>catalog purchase price</source>
        <translation>目录购买价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 depreciation %2 (of %3, %4) · power %5 (%6 kW at the wall) · hosting %7.</source>
        <translation>%1 折旧 %2（%3 中，%4）· 电费 %5（墙插 %6 kW）· 托管 %7。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API price for this model in the catalog.</source>
        <translation>目录中没有该模型的 API 价格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owning matches the API&apos;s output price at %1 % utilization.</source>
        <translation>利用率为 %1 % 时，自有硬件与 API 的输出价格持平。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owning this pool never matches the API&apos;s output price, even fully busy.</source>
        <translation>即使满负荷运行，自有硬件池也达不到 API 的输出价格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing prices: %1</source>
        <translation>缺少的价格：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Batching: no concurrency that fits has a known cost.</source>
        <translation>批处理：没有哪个能装下的并发数有已知成本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batching: this concurrency (%1) is already the cheapest per token of those that fit.</source>
        <translation>批处理：当前并发数（%1）已是能装下的并发数中每 token 最便宜的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batching: at concurrency %1, the cheapest that fits, %2 per million output tokens.</source>
        <translation>批处理：并发数 %1 时（能装下的最便宜选择），每百万输出 token %2。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CustomHardwareDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="+62"/>
        <source>Custom hardware</source>
        <translation>自定义硬件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Define a device (an accelerator or CPU socket) or a machine built from devices. It is saved in your own catalog (%1) and can be picked in the pool at once.</source>
        <translation>定义一个设备（加速卡或 CPU 插槽）或由设备组成的机器。它会保存在您自己的硬件目录（%1）中，可立即在硬件池中选用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Machine</source>
        <translation>机器(&amp;M)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. rtx-4090-48g</source>
        <translation>例如 rtx-4090-48g</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>A unique id: lower case letters, digits, - _ .</source>
        <translation>唯一标识：小写字母、数字、- _ .</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>e.g. RTX 4090 48 GB (modded)</source>
        <translation>例如 RTX 4090 48 GB（改装）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>The name shown in the program.</source>
        <translation>程序中显示的名称。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Data-centre GPU</source>
        <translation>数据中心 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer GPU</source>
        <translation>消费级 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple unified memory</source>
        <translation>Apple 统一内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU socket</source>
        <translation>CPU 插槽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of device; it picks which engine efficiencies apply.</source>
        <translation>设备类别；决定使用哪组引擎效率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Memory capacity (0 for a CPU socket: its RAM is the machine&apos;s).</source>
        <translation>显存容量（CPU 插槽填 0：其内存即机器的内存）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak memory bandwidth from the datasheet.</source>
        <translation>数据手册中的峰值内存带宽。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> TFLOPS</source>
        <translation> TFLOPS</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dense BF16 peak, without sparsity.</source>
        <translation>BF16 稠密峰值，不含稀疏加速。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense FP8 peak; 0 when the device has no FP8 path.</source>
        <translation>FP8 稠密峰值；设备不支持 FP8 时填 0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> TOPS</source>
        <translation> TOPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dense INT8 peak; 0 when unknown.</source>
        <translation>INT8 稠密峰值；未知时填 0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Board power at load; 0 when unknown.</source>
        <translation>满载时的板卡功耗；未知时填 0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one device costs to buy, in US dollars; 0 when unknown (its cost then stays unknown).</source>
        <translation>购买一个设备的价格（美元）；未知时填 0（其成本将保持未知）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Where the figures come from (a datasheet URL).</source>
        <translation>数字的来源（数据手册网址）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>e.g. workstation-2x4090</source>
        <translation>例如 workstation-2x4090</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Workstation 2× RTX 4090</source>
        <translation>例如 工作站 2× RTX 4090</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accelerator in this machine, or none for a CPU-only machine.</source>
        <translation>这台机器中的加速卡；纯 CPU 机器选“无”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accelerators per machine.</source>
        <translation>每台机器的加速卡数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host CPU (one socket).</source>
        <translation>主机 CPU（单个插槽）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU sockets in the machine.</source>
        <translation>机器中的 CPU 插槽数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host RAM of the machine.</source>
        <translation>机器的主机内存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the accelerators inside the machine are connected.</source>
        <translation>机器内部加速卡之间的连接方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How machines of this kind are joined by default.</source>
        <translation>此类机器之间默认的连接方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified memory (Apple)</source>
        <translation>统一内存（Apple）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accelerator&apos;s memory is the machine&apos;s RAM.</source>
        <translation>加速卡的内存就是机器的内存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the figures come from.</source>
        <translation>数字的来源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What one whole machine costs to buy, in US dollars, its own accelerators included (cards added in the pool are priced on their own); 0 when unknown.</source>
        <translation>购买一整台机器的价格（美元），含其自带的加速卡（在硬件池中另加的显卡单独计价）；未知时填 0。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fills the fields below with values typical of this kind of machine; change any of them.</source>
        <translation>用此类机器的典型值填充下面的字段；任何一项都可修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop PC with GPUs</source>
        <translation>带 GPU 的台式机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU server</source>
        <translation>GPU 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple Mac (unified memory)</source>
        <translation>Apple Mac（统一内存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU-only server</source>
        <translation>纯 CPU 服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per machine</source>
        <translation>每台机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host CPU</source>
        <translation>主机 CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sockets</source>
        <translation>插槽数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal link</source>
        <translation>内部互连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network link</source>
        <translation>网络互连</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The device needs an id.</source>
        <translation>设备需要一个标识。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The machine needs an id.</source>
        <translation>机器需要一个标识。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::DeployView</name>
    <message>
        <location filename="../../app/gui/widgets/deploy_view.cpp" line="+30"/>
        <source>Shell scripts</source>
        <translation>Shell 脚本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker compose</source>
        <translation>docker compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>machine addresses, comma-separated (default NODE0_ADDR, …)</source>
        <translation>机器地址，以逗号分隔（默认 NODE0_ADDR, …）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No plan: %1</source>
        <translation>无方案：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan yet.</source>
        <translation>尚无方案。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to deploy: %1</source>
        <translation>无可部署的内容：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2, flags checked against release %3; weights: %4</source>
        <translation>%1 %2，参数已按版本 %3 核对；权重：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on 1 machine</source>
        <translation>在 1 台机器上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on %1 machines</source>
        <translation>在 %1 台机器上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no repository in the catalog</source>
        <translation>硬件目录中没有仓库</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Machine %1: %2</source>
        <translation>机器 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save launch files into</source>
        <translation>将启动文件保存到</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deepplan::gui::DeviceMemoryModel</name>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="+34"/>
        <source>node %1 · host RAM</source>
        <translation>节点 %1 · 主机内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 · %2 #%3</source>
        <translation>节点 %1 · %2 #%3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable GB</source>
        <translation>可用 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>存放内容</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::EconomicsForm</name>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="+17"/>
        <source>Rent the accelerators &amp;by the hour</source>
        <translation>按小时租用加速卡(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When on, the cost is the rental bill for the pool&apos;s GPUs; when off, you buy the hardware and pay for depreciation, power and hosting.</source>
        <translation>开启时，成本为硬件池 GPU 的租金；关闭时，您购买硬件并承担折旧、电费和托管费。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rental price of one accelerator for an hour; 0 uses the catalog&apos;s price.</source>
        <translation>一张加速卡一小时的租金；填 0 使用目录价格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per GPU-hour</source>
        <translation>每 GPU 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase price of the whole pool; 0 uses the catalog&apos;s prices of the machines and cards (shown in the field).</source>
        <translation>整个硬件池的购买价格；填 0 使用目录中机器和显卡的价格（显示在字段中）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase price</source>
        <translation>购买价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years over which the purchase price is written off.</source>
        <translation>购买价格的折旧年限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amorti&amp;zation</source>
        <translation>折旧年限(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the hours the pool is busy serving; fixed costs are spread over these hours.</source>
        <translation>硬件池处于服务状态的时间比例；固定成本分摊到这些时间上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per kWh</source>
        <translation> /kWh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price of electricity.</source>
        <translation>电价。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power usage effectiveness: the data centre&apos;s total power over the machines&apos; power (1.0 = no cooling overhead).</source>
        <translation>电能使用效率：数据中心总功耗与机器功耗之比（1.0 = 无冷却开销）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per month</source>
        <translation> /月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack space, network and operations for the pool, per month.</source>
        <translation>硬件池每月的机柜、网络和运维费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>托管</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>catalog: %1</source>
        <translation>目录价：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from the catalog</source>
        <translation>取自目录</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::FindDeploymentDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/find_deployment_dialog.cpp" line="+51"/>
        <source>Find a deployment</source>
        <translation>查找部署方案</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The model to deploy; starts as the current scenario&apos;s.</source>
        <translation>要部署的模型；初始为当前场景的模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One weight format, or any format published for the model.</source>
        <translation>单一权重格式，或该模型已发布的任意格式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variant</source>
        <translation>量化格式(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> tok/s</source>
        <translation> token/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode tokens per second every stream must reach at the concurrency below.</source>
        <translation>在下方并发数下，每路必须达到的解码速度（token/秒）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target per stream</source>
        <translation>每路目标(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens every sequence must hold in the KV cache (prompt and output).</source>
        <translation>每个序列必须能在 KV 缓存中容纳的 token 数（提示词与输出）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;context</source>
        <translation>最小上下文(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequences decoded together, each at the target speed.</source>
        <translation>同时解码的序列数，每路都要达到目标速度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oncurrency</source>
        <translation>并发数(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the pool&apos;s price: the purchase price when owned, the rental bill per hour when rented.</source>
        <translation>限制硬件池的价格：自购时为购买价格，租用时为每小时租金。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What ranks the results first.</source>
        <translation>结果按什么排序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest $ per million output</source>
        <translation>每百万输出最便宜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest purchase price</source>
        <translation>购买价格最低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest accelerators</source>
        <translation>加速卡最少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastest per stream</source>
        <translation>每路最快</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bjective</source>
        <translation>优化目标(&amp;B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many of the best results to list.</source>
        <translation>列出多少个最佳结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the best</source>
        <translation>显示前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent the accelerators</source>
        <translation>租用加速卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost the candidates as rented GPU-hours instead of owned hardware; the other economics inputs come from the current scenario.</source>
        <translation>按租用 GPU 小时计算候选方案的成本，而非自购硬件；其他成本参数取自当前场景。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price unpriced machines at their cards alone</source>
        <translation>无整机价格的机器只按显卡计价</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog has no price for many servers; when on they rank at their accelerators&apos; price, a lower bound shown as “≥ … (cards only)”. When off they are left out of cost rankings.</source>
        <translation>目录中许多服务器没有价格；开启时按其加速卡价格排序，这是价格下限，显示为“≥ …（仅显卡）”。关闭时不参与成本排序。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show every variant</source>
        <translation>显示全部量化格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: one row per machine with its best weight format and engine, and how many more fit on it. On: every variant and engine of those machines as its own row.</source>
        <translation>关闭：每台机器一行，显示最佳权重格式和引擎，以及还能装下多少种。开启：这些机器上的每种格式和引擎各占一行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every variant, engine, machine and node count in the catalog for the target.</source>
        <translation>在目录中搜索能达到目标的所有量化格式、引擎、机器和机器数量组合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the search and keep what it found so far.</source>
        <translation>停止搜索并保留已找到的结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates enumerated so far.</source>
        <translation>目前已枚举的候选方案。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The best deployments by the objective; double-click one to open it.</source>
        <translation>按优化目标排出的最佳部署；双击打开。</translation>
    </message>
    <message>
        <source>Cost against speed</source>
        <translation type="vanished">成本与速度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decode tok/s per stream</source>
        <translation>每路解码 token/秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$ per million output</source>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each result&apos;s $ per million output tokens against its decode speed per stream; the Pareto front holds the candidates nothing beats on both.</source>
        <translation>每个结果每百万输出 token 的成本与其每路解码速度的关系；帕累托前沿上的方案在这两方面都无人能及。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“≥ … (cards only)”: a lower bound; the catalog has no price for the machine itself, so only its accelerators are counted.</source>
        <translation>“≥ …（仅显卡）”：价格下限；目录中没有整机价格，只计入了加速卡。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open as current scenario</source>
        <translation>作为当前场景打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the current scenario with the selected result (Undo brings the old one back).</source>
        <translation>用所选结果替换当前场景（撤销可恢复原场景）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any published variant</source>
        <translation>任意已发布格式</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 of %2 candidates</source>
        <translation>%2 个候选中的第 %1 个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 candidates, %2 planned, %3 meet the target.</source>
        <translation>%1 个候选，已规划 %2 个，%3 个达到目标。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing meets the target. %1</source>
        <translation>没有方案达到目标。%1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Open search result %1</source>
        <translation>打开搜索结果 %1</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::KeyFiguresView</name>
    <message>
        <location filename="../../app/gui/widgets/key_figures_view.cpp" line="+194"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>if it fitted · %1</source>
        <translation>假如装得下 · %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>nothing placed</source>
        <translation>未放置任何内容</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines in the pool.</source>
        <translation>硬件池中的机器数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs or Apple chips in the pool, all machines together.</source>
        <translation>硬件池中所有机器的 GPU 或 Apple 芯片总数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>内存占用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights, KV cache, activations and runtime overhead, against the memory the engine may use.</source>
        <translation>权重、KV 缓存、激活值和运行时开销，与引擎可用内存的对比。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode, per stream</source>
        <translation>解码，每路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per second one sequence sees while generating, at the chosen concurrency; the range below comes from the calibration.</source>
        <translation>在所选并发数下，单个序列生成时每秒得到的 token 数；下方范围来自校准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode, all streams</source>
        <translation>解码，全部并发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per second generated over all concurrent sequences together.</source>
        <translation>全部并发序列合计每秒生成的 token 数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt tokens processed per second before the first output token.</source>
        <translation>输出第一个 token 之前每秒处理的提示词 token 数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>首字延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a request waits for its first output token: the prompt&apos;s prefill.</source>
        <translation>请求等待第一个输出 token 的时间：即提示词的预填充时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What limits decode speed: memory bandwidth, compute, the interconnect, host memory or per-step overhead.</source>
        <translation>限制解码速度的因素：内存带宽、算力、互连、主机内存或每步开销。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>in turn</source>
        <translation>依次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staggered</source>
        <translation>错开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>together</source>
        <translation>同时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under load %1, then %2 a token (%3)</source>
        <translation>负载下 %1，之后每 token %2（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 · %3 mean when %4 arrive together</source>
        <translation>%1 · %2 · %4 个同时到达时平均 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2, %3/token</source>
        <translation>%1：%2，每 token %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under load %1, %2/token</source>
        <translation>负载下 %1，每 token %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+41"/>
        <location line="+17"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>1 group of machines</source>
        <translation>1 组机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 groups of machines</source>
        <translation>%1 组机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TP %1 × PP %2 · EP %3</source>
        <translation>TP %1 × PP %2 · EP %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weights %1 · KV %2</source>
        <translation>权重 %1 · KV %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · host weights ×%2, one copy per CPU socket</source>
        <translation>%1 · 主机权重 ×%2，每个 CPU 插槽一份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · host ×%2</source>
        <translation>%1 · 主机 ×%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+17"/>
        <source>range %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>1 stream</source>
        <translation>1 路</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 streams</source>
        <translation>%1 路</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+80"/>
        <source>for %1 prompt tokens</source>
        <translation>%1 个提示词 token</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>range %1 · %2 % of the hardware&apos;s limit</source>
        <translation>范围 %1 · 硬件极限的 %2 %</translation>
    </message>
    <message>
        <source>for %1 prompt tokens · %2 mean when %3 arrive together</source>
        <translation type="vanished">%1 个提示词 token · %3 个同时到达时平均 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>step %1 ms</source>
        <translation>每步 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::LayoutView</name>
    <message>
        <location filename="../../app/gui/widgets/layout_view.cpp" line="+24"/>
        <source>How the model is split: tensor parallel (TP) inside a stage, pipeline stages (PP) in a row, and experts spread over devices (EP).</source>
        <translation>模型如何切分：级内张量并行（TP）、串联的流水线级（PP），以及分布在设备上的专家（EP）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No layout: the scenario could not be planned.</source>
        <translation>无布局：无法规划此场景。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode: %1 · tensor parallel %2 × pipeline %3 · expert parallel %4</source>
        <translation>模式：%1 · 张量并行 %2 × 流水线并行 %3 · 专家并行 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.cpp" line="+75"/>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Validation</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="vanished">部署(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy &amp;kit</source>
        <translation>部署(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware pool</source>
        <translation>硬件池</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time the core took to plan this scenario and sample the what-if curves.</source>
        <translation>计算核心规划此场景并采样假设分析曲线所用的时间。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from the default scenario.</source>
        <translation>从默认场景重新开始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Pin current scenario</source>
        <translation>固定当前场景(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current scenario in the Compare tab.</source>
        <translation>把当前场景保留在“比较”标签页中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unpin selected</source>
        <translation>取消固定所选(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom &amp;hardware…</source>
        <translation>自定义硬件(&amp;H)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find a deployment…</source>
        <translation>查找部署方案(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the catalog for the cheapest hardware that meets a speed target.</source>
        <translation>在目录中查找达到速度目标的最便宜硬件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The economics new scenarios start with.</source>
        <translation>新场景初始使用的成本参数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the &amp;last scenario</source>
        <translation>启动时打开上次的场景(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When on, the program opens with the scenario you last worked on.</source>
        <translation>开启时，程序启动时打开您上次编辑的场景。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import model…</source>
        <translation>导入模型(&amp;I)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DeepPlan</source>
        <translation>关于 DeepPlan(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Model files (config.json *.gguf);;All files (*)</source>
        <translation>模型文件 (config.json *.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — DeepPlan</source>
        <translation>%1[*] — DeepPlan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned in %1 ms</source>
        <translation>规划用时 %1 毫秒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario has changes that are not saved. Save them?</source>
        <translation>场景有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Open plan</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DeepPlan plans (%1);;JSON files (*.json);;All files (*)</source>
        <translation>DeepPlan 方案 (%1);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Cannot open plan</source>
        <translation>无法打开方案</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened %1; its stored figures differ from this catalog&apos;s, so they were recomputed.</source>
        <translation>已打开 %1；其中保存的数字与当前目录的计算结果不同，已重新计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DeepPlan plans (%1)</source>
        <translation>DeepPlan 方案 (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save plan</source>
        <translation>无法保存方案</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load preset “%1”</source>
        <translation>载入预设“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pinned as %1.</source>
        <translation>已固定为 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit pinned %1</source>
        <translation>编辑已固定的 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added “%1” to your catalog; pick it in the pool table.</source>
        <translation>已把“%1”加入您的硬件目录；可在硬件池表格中选用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About DeepPlan</source>
        <translation>关于 DeepPlan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;DeepPlan %1&lt;/h3&gt;&lt;p&gt;Will this LLM fit my hardware, on how many machines, and how fast will it run?&lt;/p&gt;&lt;p&gt;Every figure comes from the planning core; the Assumptions tab lists the constants used and their sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeepPlan %1&lt;/h3&gt;&lt;p&gt;这个大语言模型能装进我的硬件吗？需要几台机器，运行速度有多快？&lt;/p&gt;&lt;p&gt;每个数字都来自规划核心；“假设”标签页列出了所用的常数及其来源。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::MemoryChartView</name>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="+28"/>
        <source>Memory of each device by what fills it, in GB (10⁹ bytes). Free is what the engine may still use; the dark line is the usable capacity and red is what does not fit.</source>
        <translation>每个设备的内存按内容划分，单位 GB（10⁹ 字节）。“空闲”是引擎还能使用的部分；深色线是可用容量，红色是装不下的部分。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not fit</source>
        <translation>装不下</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GB (10⁹ bytes)</source>
        <translation>GB（10⁹ 字节）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>node %1 · host RAM</source>
        <translation>节点 %1 · 主机内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · host RAM</source>
        <translation>%1 · 主机内存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node %1 · %2 #%3</source>
        <translation>节点 %1 · %2 #%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 #%3</source>
        <translation>%1 · %2 #%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>node %1 · %2 × %3 #%4–%5</source>
        <translation>节点 %1 · %2 × %3 #%4–%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 × %3 #%4–%5</source>
        <translation>%1 · %2 × %3 #%4–%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nodes %1–%2 · %3 × %4</source>
        <translation>节点 %1–%2 · %3 × %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2 · %3 × %4</source>
        <translation>%1–%2 · %3 × %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1, host RAM</source>
        <translation>节点 %1，主机内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1, device #%2</source>
        <translation>节点 %1，设备 #%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1, devices #%2 to #%3</source>
        <translation>节点 %1，设备 #%2 至 #%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1 #%2 to node %3 #%4</source>
        <translation>节点 %1 #%2 至节点 %3 #%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holds %1</source>
        <translation>存放 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB usable: weights %2 GB, KV cache %3 GB, activations %4 GB, overhead %5 GB</source>
        <translation>可用 %1 GB：权重 %2 GB，KV 缓存 %3 GB，激活值 %4 GB，开销 %5 GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 GB do not fit</source>
        <translation>；%1 GB 装不下</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; %1 GB free</source>
        <translation>；空闲 %1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each: %1</source>
        <translation>每个设备：%1</translation>
    </message>
    <message>
        <source>%1 · host</source>
        <translation type="vanished">%1 · 主机</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation type="vanished">%1 · #%2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Usable capacity</source>
        <translation>可用容量</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Memory per device (first %1 of %2)</source>
        <translation>每个设备的内存（%2 个中的前 %1 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory per device</source>
        <translation>每个设备的内存</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PlanPanel</name>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.cpp" line="+50"/>
        <source>Memor&amp;y</source>
        <translation>内存(&amp;Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What &amp;if</source>
        <translation>假设分析(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every constant the plan used, and where it comes from.</source>
        <translation>方案所用的每个常数及其来源。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assumptions</source>
        <translation>假设(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compa&amp;re</source>
        <translation>比较(&amp;R)</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PoolEditor</name>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="+63"/>
        <source>Groups of identical machines. Double-click a cell to change it.</source>
        <translation>相同机器组成的组。双击单元格进行修改。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The pool as the command line writes it (deepplan-cli plan --pool).</source>
        <translation>命令行写法的硬件池（deepplan-cli plan --pool）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a group of machines to the pool.</source>
        <translation>向硬件池添加一组机器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected group (a pool keeps at least one).</source>
        <translation>删除所选的组（硬件池至少保留一组）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of the selected group.</source>
        <translation>添加所选组的副本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load one of the ready-made scenarios.</source>
        <translation>载入一个现成的场景。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom hardware…</source>
        <translation>自定义硬件…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Define your own device or machine; it is saved in your catalog.</source>
        <translation>定义您自己的设备或机器；它会保存在您的硬件目录中。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Pool: %1</source>
        <translation>硬件池：%1</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PoolTableModel</name>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="+66"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The system&apos;s own: %1</source>
        <translation>机器自带：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per node</source>
        <translation>每节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>互连</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many machines of this system the group has.</source>
        <translation>该组中此类机器的数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The machine: its accelerators, host CPU and RAM, and internal link.</source>
        <translation>机器：其加速卡、主机 CPU 与内存，以及内部互连。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the system&apos;s own accelerators by another device, or keep them (built in).</source>
        <translation>用其他设备替换机器自带的加速卡，或保留（内置）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators in each machine of the group.</source>
        <translation>该组每台机器中的加速卡数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the machines of this group are joined to the rest of the pool.</source>
        <translation>该组机器与硬件池其余部分的连接方式。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A group needs at least one machine, so %1 was not taken and the count stays %2. To drop the group, select it and press Remove.</source>
        <translation>每组至少需要一台机器，因此未采用 %1，数量仍为 %2。要删除该组，请选中它并点击“删除”。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A machine with an accelerator has at least one, so %1 was not taken. For a machine without, choose “none” in the Accelerator column.</source>
        <translation>带加速卡的机器至少有一张，因此未采用 %1。若机器没有加速卡，请在“加速卡”列中选择“无”。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PreferencesDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/preferences_dialog.cpp" line="+17"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economics of new scenarios</source>
        <translation>新场景的成本参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File → New starts with these; each scenario keeps its own in the Cost tab.</source>
        <translation>“文件 → 新建”以这些参数开始；每个场景在“成本”标签页中保留自己的参数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the built-in economics.</source>
        <translation>恢复内置的成本参数。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::ScenarioPanel</name>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="+286"/>
        <source>No engine runs these weights on this hardware.</source>
        <translation>没有引擎能在这套硬件上运行这些权重。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Tokens each sequence holds in the KV cache: prompt plus output. At most %1, the model&apos;s maximum.</source>
        <translation>每个序列在 KV 缓存中保留的词元数：提示加输出。最多 %1，即模型的上限。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The model to deploy: DeepSeek-V3/R1 (671 B mixture of experts) or one of the distilled dense models.</source>
        <translation>要部署的模型：DeepSeek-V3/R1（6710 亿参数的混合专家模型）或某个蒸馏的稠密模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the weights are stored: the number format and bits per weight, which set the file size.</source>
        <translation>权重的存储方式：数字格式和每个权重的位数，决定文件大小。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size of the published weight files, and the size the planner computes from the model&apos;s architecture and the format&apos;s bits per tensor (the Memory figure&apos;s weights; they differ by a few percent), with the average bits per weight. GB = 10⁹ bytes.</source>
        <translation>已发布权重文件的大小，以及规划器根据模型结构和格式的每张量位数计算出的大小（即“内存占用”中的权重，二者相差几个百分点），以及平均每个权重的位数。GB = 10⁹ 字节。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The serving engine. Auto picks one that loads this format and suits the hardware.</source>
        <translation>推理引擎。“自动”会选择能加载此格式并适合该硬件的引擎。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;gine</source>
        <translation>引擎(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens each sequence holds in the KV cache: prompt plus output.</source>
        <translation>每个序列在 KV 缓存中保存的 token 数：提示词加输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conte&amp;xt</source>
        <translation>上下文(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens in the prompt; they set the prefill time and the time to first token.</source>
        <translation>提示词的 token 数；决定预填充时间和首字延迟。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens generated per request.</source>
        <translation>每个请求生成的 token 数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utput</source>
        <translation>输出(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sequences decoded together (batch size). More raises total throughput and needs more KV cache.</source>
        <translation>同时解码的序列数（批大小）。越大总吞吐量越高，需要的 KV 缓存也越多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ncurrency</source>
        <translation>并发数(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quests</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whether weights that do not fit on the accelerators go to host RAM: whole layers (llama.cpp) or the routed experts (KTransformers).</source>
        <translation>放不进加速卡的权重是否放到主机内存：整层（llama.cpp）或路由专家（KTransformers）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offloa&amp;d</source>
        <translation>卸载(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speculative decoding (MTP)</source>
        <translation>投机解码（MTP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a token with DeepSeek&apos;s multi-token-prediction module and verify it, where the engine supports it.</source>
        <translation>在引擎支持时，用 DeepSeek 的多 token 预测模块起草一个 token 再加以验证。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apple: wired-memory limit raised</source>
        <translation>Apple：已提高固定内存上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Macs, sysctl iogpu.wired_limit_mb was raised so the GPU may use more of the unified memory.</source>
        <translation>在 Mac 上已提高 sysctl iogpu.wired_limit_mb，GPU 可使用更多统一内存。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Auto picks %1 for this hardware.</source>
        <translation>“自动”为此硬件选择 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No engine for this hardware.</source>
        <translation>没有引擎适用于此硬件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How the concurrent clients&apos; requests reach the engine. Staggered: each client sends its next request when its last one ends, so a prompt mostly comes alone and its prefill pass stalls the other clients&apos; decoding (chat users; benchmarks with varied lengths). Together: every client&apos;s request comes at once, wave after wave (static batches; benchmarks whose lengths are all fixed).</source>
        <translation>并发客户端的请求如何到达引擎。错开：每个客户端在上一个请求结束后才发出下一个，因此提示词大多单独到达，它的预填充会让其他客户端的解码停顿（聊天用户；长度不一的基准测试）。同时：所有客户端的请求一起到达，一波接一波（静态批次；长度固定的基准测试）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With one client there is nothing to stagger.</source>
        <translation>只有一个客户端时无所谓错开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 serves one request at a time, however they arrive.</source>
        <translation>%1 一次只处理一个请求，与到达方式无关。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::SearchResultModel</name>
    <message>
        <location filename="../../app/gui/models/search_result_model.cpp" line="+61"/>
        <location line="+4"/>
        <source>≥ %1 (cards only)</source>
        <translation>≥ %1（仅显卡）</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+19"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A lower bound: the catalog lacks %1.</source>
        <translation>价格下限：目录中缺少 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>量化格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per stream</source>
        <translation>每路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All streams</source>
        <translation>全部并发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$/M output</source>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>购买价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank by the chosen objective.</source>
        <translation>按所选优化目标排名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many more variants or engines fit on the same hardware and meet the target; tick “Show every variant” to list them.</source>
        <translation>在同一硬件上还能装下并达到目标的其他量化格式或引擎数量；勾选“显示全部量化格式”即可列出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decode tokens per second each stream sees at the requested concurrency.</source>
        <translation>在所请求的并发数下每路的解码 token/秒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode tokens per second over all streams together.</source>
        <translation>全部并发合计的解码 token/秒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dollars per million output tokens with the request&apos;s economics.</source>
        <translation>按请求的成本参数，每百万输出 token 的美元成本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase price of the pool from the catalog.</source>
        <translation>目录中硬件池的购买价格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators in the pool.</source>
        <translation>硬件池中的加速卡数。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::StageModel</name>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="+38"/>
        <source>CPU (host RAM)</source>
        <translation>CPU（主机内存）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole layers on the CPU</source>
        <translation>整层在 CPU 上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routed experts on the CPU, the rest on the accelerator</source>
        <translation>路由专家在 CPU 上，其余在加速卡上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor-parallel over %1 devices</source>
        <translation>在 %1 个设备上张量并行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one device</source>
        <translation>单个设备</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stage</source>
        <translation>流水级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode ms</source>
        <translation>解码毫秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time this stage spends on one decode step at the planned concurrency.</source>
        <translation>在规划的并发数下，此流水级每个解码步所用的时间。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::ValidationCaseModel</name>
    <message>
        <location filename="../../app/gui/models/validation_case_model.cpp" line="+46"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (does not fit)</source>
        <translation>%1（装不下）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C (not counted)</source>
        <translation>C（不计入）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measured over predicted: above 1 the hardware did better than the plan says.</source>
        <translation>实测值除以预测值：大于 1 表示硬件表现优于规划。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to open this case&apos;s scenario.</source>
        <translation>双击打开此案例的场景。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The measurement&apos;s id in resources/validation/measurements.csv.</source>
        <translation>该实测在 resources/validation/measurements.csv 中的标识。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class the case reports under: device class, hybrid offload or multi-node.</source>
        <translation>案例归属的类别：设备类别、混合卸载或多节点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan figure the measurement is compared with; its unit is in the name.</source>
        <translation>与实测比较的方案指标；单位见名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The published measurement, in the figure&apos;s unit.</source>
        <translation>公开的实测值，单位与指标相同。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the planner computes for the case&apos;s scenario.</source>
        <translation>规划器对该案例场景的计算结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured over predicted.</source>
        <translation>实测值除以预测值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A and B are fitted and counted; C is shown only.</source>
        <translation>A 和 B 级参与拟合并计入统计；C 级仅作展示。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::ValidationView</name>
    <message>
        <location filename="../../app/gui/widgets/validation_view.cpp" line="+125"/>
        <source>Speeds (%1)</source>
        <translation>速度（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (%1)</source>
        <translation>内存（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speed cases (decode and prefill tokens per second, per stream, aggregate or per node), in tok/s.</source>
        <translation>速度类案例（解码与预填充的 token/秒，每路、合计或每节点），单位 token/秒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time cases (time per output token, time to first token, end-to-end latency), all in seconds: a time per output token given in ms is drawn divided by 1000.</source>
        <translation>时间类案例（每输出 token 时间、首字延迟、端到端延迟），单位均为秒：以毫秒给出的每输出 token 时间除以 1000 后绘制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory cases (KV cache, weights, memory used), in GB.</source>
        <translation>内存类案例（KV 缓存、权重、内存占用），单位 GB。</translation>
    </message>
    <message>
        <source>Each case&apos;s published measurement against the planner&apos;s prediction on log-log axes. The solid line is a perfect prediction; the dashed lines are ±25 % and ±50 %. Click a point to open its case.</source>
        <translation type="vanished">在双对数坐标上比较每个案例的公开实测值与规划器的预测值。实线表示完美预测；虚线为 ±25 % 和 ±50 %。点击某个点可打开其案例。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Every mapped measurement; double-click or press Enter to open its scenario.</source>
        <translation>所有已映射的实测；双击或按回车打开其场景。</translation>
    </message>
    <message>
        <source>Median absolute error |predicted / measured − 1| and the share of cases within 25 % and 50 %, over tier A and B cases.</source>
        <translation type="vanished">中位绝对误差 |预测 / 实测 − 1|，以及误差在 25 % 和 50 % 以内的案例比例（A、B 级案例）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+524"/>
        <source>Cross-validate</source>
        <translation>交叉验证</translation>
    </message>
    <message>
        <source>Refit, for each case, the efficiencies its plan uses without that case, then predict it: how well the planner does on hardware it was not fitted to. Takes a while.</source>
        <translation type="vanished">对每个案例，在不使用该案例的情况下重新拟合其方案所用的效率，再进行预测：检验规划器在未拟合过的硬件上的表现。需要一些时间。</translation>
    </message>
    <message>
        <location line="-577"/>
        <source>Each case&apos;s published measurement against the planner&apos;s prediction on log-log axes, coloured by regime (dense or MoE model; one device, several in one machine, several machines, or offload). The solid line is a perfect prediction; the dashed lines are ±25 % and ±50 %. Click a point to open its case.</source>
        <translation>在双对数坐标上比较每个案例的公开实测值与规划器的预测值，按工况着色（稠密或 MoE 模型；单个设备、一台机器中的多个设备、多台机器或卸载）。实线表示完美预测；虚线为 ±25 % 和 ±50 %。点击某个点可打开其案例。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Per regime, over tier A and B cases: the median absolute error |predicted / measured − 1| in-sample and leave-one-source-out (LOSO), the LOSO median ratio predicted / measured (as speeds: above 1 the plans are too optimistic) and the LOSO share within a factor of 1.5.</source>
        <translation>按工况统计 A、B 级案例：样本内和留一来源（LOSO）的中位绝对误差 |预测 / 实测 − 1|，LOSO 的预测 / 实测中位比值（按速度计：大于 1 表示方案过于乐观），以及 LOSO 误差在 1.5 倍以内的比例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave one source out: for each source (a blog, a paper, a benchmark repository, an issue thread), rerun the whole calibration without any of its rows, then predict them: how well the planner does on deployments nobody calibrated on. Takes a while.</source>
        <translation>留一来源：对每个来源（博客、论文、基准测试仓库、issue 讨论）去掉其全部记录后重新运行整个校准，再预测这些记录：检验规划器在无人校准过的部署上的表现。需要一些时间。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cases refitted and predicted so far; the window stays usable meanwhile.</source>
        <translation>目前已重新拟合并预测的案例；期间窗口仍可正常使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m cases</source>
        <translation>%v / %m 个案例</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Cannot read the measurements: %1</source>
        <translation>无法读取实测数据：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>tok/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Measured speed (%1)</source>
        <translation type="vanished">实测速度（%1）</translation>
    </message>
    <message>
        <source>Predicted speed (%1)</source>
        <translation type="vanished">预测速度（%1）</translation>
    </message>
    <message>
        <source>Measured time (%1)</source>
        <translation type="vanished">实测时间（%1）</translation>
    </message>
    <message>
        <source>Predicted time (%1)</source>
        <translation type="vanished">预测时间（%1）</translation>
    </message>
    <message>
        <source>Measured memory (%1)</source>
        <translation type="vanished">实测内存（%1）</translation>
    </message>
    <message>
        <source>Predicted memory (%1)</source>
        <translation type="vanished">预测内存（%1）</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Measured (%1)</source>
        <translation>实测（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted (%1)</source>
        <translation>预测（%1）</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+181"/>
        <source>predicted = measured</source>
        <translation>预测 = 实测</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The regimes of the points on this chart, and the reference lines.</source>
        <translation>本图中各点所属的类别，以及参考线。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Error summary</source>
        <translation>误差汇总</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+182"/>
        <source>±25 %</source>
        <translation>±25 %</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+183"/>
        <source>±50 %</source>
        <translation>±50 %</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, tier %3, source %4)&lt;br&gt;%5&lt;br&gt;measured %6 %7, predicted %8 %7&lt;br&gt;Click to open its scenario.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2，%3 级，来源 %4）&lt;br&gt;%5&lt;br&gt;实测 %6 %7，预测 %8 %7&lt;br&gt;点击打开其场景。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>regime</source>
        <translation>工况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in-sample</source>
        <translation>样本内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOSO</source>
        <translation>LOSO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤1.5×</source>
        <translation>≤1.5×</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Tier A and B cases&lt;/b&gt; from %1 sources; %2 unmapped rows not shown.</source>
        <translation>&lt;b&gt;A、B 级案例&lt;/b&gt;，来自 %1 个来源；未显示 %2 条未映射的记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LOSO: %1, the whole calibration rerun without every row of a source; ratio = predicted / measured as speeds (above 1: too optimistic).</source>
        <translation>LOSO：%1，去掉某一来源的全部记录后重新运行整个校准；比值 = 预测 / 实测（按速度计，大于 1 表示过于乐观）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave-one-source-out figures: press Cross-validate.</source>
        <translation>留一来源结果：请点击“交叉验证”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, tier %3)&lt;br&gt;%4&lt;br&gt;measured %5 %6, predicted %7 %6&lt;br&gt;Click to open its scenario.</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;（%2，%3 级）&lt;br&gt;%4&lt;br&gt;实测 %5 %6，预测 %7 %6&lt;br&gt;点击打开其场景。</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted against measured (%1 cases)</source>
        <translation>预测与实测对比（%1 个案例）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;b&gt;overall&lt;/b&gt;</source>
        <translation>&lt;b&gt;总体&lt;/b&gt;</translation>
    </message>
    <message>
        <source>class</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>median error</source>
        <translation type="vanished">中位误差</translation>
    </message>
    <message>
        <source>within 25 %</source>
        <translation type="vanished">25 % 以内</translation>
    </message>
    <message>
        <source>within 50 %</source>
        <translation type="vanished">50 % 以内</translation>
    </message>
    <message>
        <source>&lt;b&gt;In-sample&lt;/b&gt; (tier A and B; %1 unmapped rows not shown)</source>
        <translation type="vanished">&lt;b&gt;样本内&lt;/b&gt;（A、B 级；未显示 %1 条未映射的记录）</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Cross-validated&lt;/b&gt; (%1)</source>
        <translation type="vanished">&lt;br&gt;&lt;b&gt;交叉验证&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cross-validated figures: press Cross-validate.</source>
        <translation type="vanished">&lt;br&gt;交叉验证结果：请点击“交叉验证”。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cross-validating…</source>
        <translation>正在交叉验证…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Open validation case %1</source>
        <translation>打开验证案例 %1</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::VerdictBanner</name>
    <message>
        <source>Does not fit on %1 — tight, %2 GB short</source>
        <translation type="vanished">装不下 %1——差一点，缺 %2 GB</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="+66"/>
        <source>Whether the model, with its KV cache and runtime overheads, fits in the pool&apos;s usable memory.</source>
        <translation>模型连同其 KV 缓存和运行时开销能否装进硬件池的可用内存。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The fewest machines of the first group&apos;s system on which this scenario fits (searched up to 64).</source>
        <translation>能装下此场景的第一组机器的最少数量（最多搜索到 64 台）。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot plan this scenario</source>
        <translation>无法规划此场景</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fits on %1</source>
        <translation>能装进 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit — tight, %2 GB short — on %1</source>
        <translation>装不下——差一点，缺 %2 GB——%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit on %1</source>
        <translation>装不进 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits</source>
        <translation>能装下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit — tight, %1 GB short</source>
        <translation>装不下——差一点，缺 %1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit</source>
        <translation>装不下</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no engine runs it here</source>
        <translation>%1：这里没有引擎能运行它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2</source>
        <translation>%1，使用 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smallest pool of this system that fits: %1 × %2</source>
        <translation>能装下的最小硬件池：%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pool of up to 64 × %1 fits.</source>
        <translation>最多 64 × %1 也装不下。</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::WhatIfView</name>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="+135"/>
        <source>Decode speed against concurrency</source>
        <translation>解码速度与并发数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concurrent sequences</source>
        <translation>并发序列数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>tok/s per stream</source>
        <translation>每路 token/秒</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>tok/s all streams</source>
        <translation>合计 token/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per stream</source>
        <translation>每路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all streams</source>
        <translation>全部并发</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>does not fit</source>
        <translation>装不下</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Decode tokens per second as more sequences share the hardware; the dark dot is the current setting.</source>
        <translation>更多序列共享硬件时的解码 token/秒；深色点为当前设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speed and memory against context length</source>
        <translation>速度和内存与上下文长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context tokens</source>
        <translation>上下文 token 数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>memory used, GB</source>
        <translation>内存占用，GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tok/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decode speed and memory in use as each sequence holds more tokens; the dark dot is the current setting.</source>
        <translation>每个序列保存更多 token 时的解码速度和内存占用；深色点为当前设置。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+28"/>
        <source>Will this LLM fit my hardware, on how many machines, and how fast will it run?</source>
        <translation>这个大语言模型能装进我的硬件吗？需要几台机器，运行速度有多快？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan file (*.deepplan.json) to open.</source>
        <translation>要打开的方案文件（*.deepplan.json）。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+10"/>
        <location line="+3"/>
        <source>DeepPlan</source>
        <translation>DeepPlan</translation>
    </message>
</context>
</TS>
