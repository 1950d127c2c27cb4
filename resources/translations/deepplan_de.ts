<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddPoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/add_pool_group_command.cpp" line="+8"/>
        <source>Add node group</source>
        <translation>Maschinengruppe hinzufügen</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <location filename="../../app/gui/figure_format.cpp" line="+143"/>
        <source>no engine</source>
        <translation>keine Engine</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
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
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory bandwidth</source>
        <translation>Speicher-Bandbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interconnect</source>
        <translation>Interconnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host memory</source>
        <translation>Host-Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-step overhead</source>
        <translation>Overhead pro Schritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers to CPU</source>
        <translation>Layer auf die CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts to CPU</source>
        <translation>Experten auf die CPU</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staggered: each client on its own</source>
        <translation>Versetzt: jeder Client für sich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together: static batches</source>
        <translation>Gleichzeitig: statische Batches</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> with %1 × %2</source>
        <translation> mit %1 × %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 · %2 bits per weight</source>
        <translation>%1 · %2 Bit pro Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files published, %2 computed · %3 bits per weight</source>
        <translation>%1 Dateien veröffentlicht, %2 berechnet · %3 Bit pro Gewicht</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 computed · %2 bits per weight</source>
        <translation>%1 berechnet · %2 Bit pro Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files · %2 bits per weight</source>
        <translation>%1 Dateien · %2 Bit pro Gewicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (auto)</source>
        <translation>%1 (automatisch)</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <location filename="../../app/gui/headless_fallback.cpp" line="+62"/>
        <source>FITS</source>
        <translation>PASST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DOES NOT FIT</source>
        <translation>PASST NICHT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  engine       %1
</source>
        <translation>  Engine       %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  memory       %1
</source>
        <translation>  Speicher     %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  decode       %1 per stream, %2 all streams
</source>
        <translation>  Decode       %1 pro Stream, %2 alle Streams
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  prefill      %1, first token after %2
</source>
        <translation>  Prefill      %1, erstes Token nach %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  bottleneck   %1
</source>
        <translation>  Engpass      %1
</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../../app/gui/model_import.cpp" line="+19"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a config.json.</source>
        <translation>%1 ist zu groß für eine config.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Imported %1 (%2 B parameters)%3</source>
        <translation>%1 importiert (%2 Mrd. Parameter)%3</translation>
    </message>
</context>
<context>
    <name>PlanFileIo</name>
    <message>
        <location filename="../../app/gui/plan_file_io.cpp" line="+58"/>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a plan file.</source>
        <translation type="vanished">„%1“ ist zu groß für eine Plandatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” ends early (truncated?): its text stops after %2 bytes, in the middle of the plan. It may have been cut off while it was copied or saved.</source>
        <translation>„%1“ endet zu früh (abgeschnitten?): Der Text hört nach %2 Bytes mitten im Plan auf. Vielleicht wurde die Datei beim Kopieren oder Speichern abgeschnitten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a DeepPlan plan file that this version can read.

%2</source>
        <translation>„%1“ ist keine DeepPlan-Plandatei, die diese Version lesen kann.

%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” carries catalog entries that cannot be used.

%2</source>
        <translation>„%1“ enthält Katalogeinträge, die nicht verwendet werden können.

%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” describes a scenario this catalog cannot plan.

%2</source>
        <translation>„%1“ beschreibt ein Szenario, das mit diesem Katalog nicht geplant werden kann.

%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../../app/gui/presets.cpp" line="+25"/>
        <source>6× Mac Studio M2 Ultra — full strength (FP8)</source>
        <translation>6× Mac Studio M2 Ultra – volle Stärke (FP8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5× Mac Studio M2 Ultra — full strength (Q8_0)</source>
        <translation>5× Mac Studio M2 Ultra – volle Stärke (Q8_0)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>2× HGX H100 — full FP8</source>
        <translation>2× HGX H100 – volles FP8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1× HGX H200 — full FP8</source>
        <translation>1× HGX H200 – volles FP8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3× Mac Studio M2 Ultra — 4-bit</source>
        <translation>3× Mac Studio M2 Ultra – 4 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2× H100 — 1.58-bit</source>
        <translation>2× H100 – 1,58 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTX 4090 + 1 TB RAM — KTransformers</source>
        <translation>RTX 4090 + 1 TB RAM – KTransformers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 128 GB + RTX 4090 — 1.58-bit</source>
        <translation>PC 128 GB + RTX 4090 – 1,58 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 128 GB + 2× RTX 3090 — 1.58-bit</source>
        <translation>PC 128 GB + 2× RTX 3090 – 1,58 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 192 GB + RTX 5090 — 1.58-bit</source>
        <translation>PC 192 GB + RTX 5090 – 1,58 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 192 GB + 2× RTX 5090 — 1.58-bit</source>
        <translation>PC 192 GB + 2× RTX 5090 – 1,58 Bit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laptop 16 GB — distill 7B</source>
        <translation>Laptop 16 GB – Distill 7B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop 16 GB — distill 1.5B</source>
        <translation>Laptop 16 GB – Distill 1,5B</translation>
    </message>
</context>
<context>
    <name>RemovePoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/remove_pool_group_command.cpp" line="+8"/>
        <source>Remove node group</source>
        <translation>Maschinengruppe entfernen</translation>
    </message>
</context>
<context>
    <name>SetAppleWiredLimitCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_apple_wired_limit_command.cpp" line="+8"/>
        <source>Change Apple wired-memory limit</source>
        <translation>Apple-Wired-Memory-Limit ändern</translation>
    </message>
</context>
<context>
    <name>SetArrivalsCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_arrivals_command.cpp" line="+8"/>
        <source>Change how requests arrive</source>
        <translation>Eintreffen der Anfragen ändern</translation>
    </message>
</context>
<context>
    <name>SetEconomicsCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_economics_command.cpp" line="+16"/>
        <source>Rent the hardware</source>
        <translation>Hardware mieten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own the hardware</source>
        <translation>Hardware kaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rental price</source>
        <translation>Mietpreis ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change purchase price</source>
        <translation>Kaufpreis ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change amortization</source>
        <translation>Nutzungsdauer ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change utilization</source>
        <translation>Auslastung ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change electricity price</source>
        <translation>Strompreis ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change PUE</source>
        <translation>PUE ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change hosting price</source>
        <translation>Hosting-Preis ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change economics</source>
        <translation>Wirtschaftlichkeit ändern</translation>
    </message>
</context>
<context>
    <name>SetEngineCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_engine_command.cpp" line="+8"/>
        <source>Change engine</source>
        <translation>Engine ändern</translation>
    </message>
</context>
<context>
    <name>SetModelCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_model_command.cpp" line="+10"/>
        <source>Change model</source>
        <translation>Modell ändern</translation>
    </message>
</context>
<context>
    <name>SetMtpCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_mtp_command.cpp" line="+8"/>
        <source>Turn on speculative decoding</source>
        <translation>Spekulatives Decoding einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off speculative decoding</source>
        <translation>Spekulatives Decoding ausschalten</translation>
    </message>
</context>
<context>
    <name>SetOffloadCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_offload_command.cpp" line="+8"/>
        <source>Change offload mode</source>
        <translation>Offload-Modus ändern</translation>
    </message>
</context>
<context>
    <name>SetPoolGroupCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_pool_group_command.cpp" line="+8"/>
        <source>Change node group</source>
        <translation>Maschinengruppe ändern</translation>
    </message>
</context>
<context>
    <name>SetVariantCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_variant_command.cpp" line="+8"/>
        <source>Change weight format</source>
        <translation>Gewichtsformat ändern</translation>
    </message>
</context>
<context>
    <name>SetWorkloadFieldCommand</name>
    <message>
        <location filename="../../app/gui/commands/set_workload_field_command.cpp" line="+12"/>
        <source>Change context length</source>
        <translation>Kontextlänge ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change prompt tokens</source>
        <translation>Prompt-Tokens ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change output tokens</source>
        <translation>Ausgabe-Tokens ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change concurrency</source>
        <translation>Nebenläufigkeit ändern</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/session_recovery.cpp" line="+285"/>
        <source>the last scenario is not text</source>
        <translation>das letzte Szenario ist kein Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last scenario is too large</source>
        <translation>das letzte Szenario ist zu groß</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file cannot be parsed</source>
        <translation>die Datei kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The stored settings could not be loaded (%1) and could not be moved aside; DeepPlan starts with its defaults.</source>
        <translation>Die gespeicherten Einstellungen konnten nicht geladen (%1) und auch nicht beiseitegelegt werden; DeepPlan startet mit den Standardwerten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored settings could not be loaded (%1). They were moved to %2 and DeepPlan starts with its defaults.</source>
        <translation>Die gespeicherten Einstellungen konnten nicht geladen werden (%1). Sie wurden nach %2 verschoben, und DeepPlan startet mit den Standardwerten.</translation>
    </message>
</context>
<context>
    <name>UserCatalog</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="vanished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); fix or remove it first.</source>
        <translation type="vanished">%1 ist kein gültiges JSON (%2); bitte zuerst korrigieren oder entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/user_catalog.cpp" line="+36"/>
        <source>%1 could not be read (%2); fix or remove it first.</source>
        <translation>%1 konnte nicht gelesen werden (%2); bitte zuerst korrigieren oder entfernen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a catalog file; fix or remove it first.</source>
        <translation>%1 ist keine Katalogdatei; bitte zuerst korrigieren oder entfernen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::AssumptionsModel</name>
    <message>
        <location filename="../../app/gui/models/assumptions_model.cpp" line="+56"/>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::Autosave</name>
    <message>
        <location filename="../../app/gui/session_recovery.cpp" line="-233"/>
        <source>The session marker %1 could not be written: %2</source>
        <translation>Die Sitzungsmarkierung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The autosave %1 could not be written: %2</source>
        <translation>Die automatische Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>DeepPlan did not close normally last time. Restore the work autosaved at %1?</source>
        <translation>DeepPlan wurde beim letzten Mal nicht normal beendet. Die um %1 automatisch gesicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• the scenario with its unsaved changes</source>
        <translation>• das Szenario mit seinen ungespeicherten Änderungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>• %n pinned comparison(s)</source>
        <translation>
            <numerusform>• %n angehefteter Vergleich</numerusform>
            <numerusform>• %n angeheftete Vergleiche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore autosaved scenario</source>
        <translation>Automatisch gesichertes Szenario wiederherstellen</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CatalogStore</name>
    <message>
        <location filename="../../app/gui/catalog_store.cpp" line="+35"/>
        <source>Your own hardware in %1 could not be read and is ignored: %2</source>
        <translation>Ihre eigene Hardware in %1 konnte nicht gelesen werden und wird ignoriert: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The built-in catalog in %1 could not be read: %2</source>
        <translation>Der eingebaute Katalog in %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CompareModel</name>
    <message>
        <location filename="../../app/gui/models/compare_model.cpp" line="+30"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency</source>
        <translation>Nebenläufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTP</source>
        <translation>MTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offload</source>
        <translation>Offload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode / stream</source>
        <translation>Decode / Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode, all streams</source>
        <translation>Decode, alle Streams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT under load</source>
        <translation>Erstes Token unter Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per token under load</source>
        <translation>Je Token unter Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CompareView</name>
    <message>
        <location filename="../../app/gui/widgets/compare_view.cpp" line="+23"/>
        <source>Pin current</source>
        <translation>Aktuelles anheften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current scenario and its figures as a column here.</source>
        <translation>Das aktuelle Szenario mit seinen Kennzahlen hier als Spalte festhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected column.</source>
        <translation>Die ausgewählte Spalte entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this one</source>
        <translation>Dieses bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the selected pinned scenario into the editor (undoable).</source>
        <translation>Das ausgewählte angeheftete Szenario in den Editor laden (rückgängig machbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighted rows differ between the pinned scenarios.</source>
        <translation>Hervorgehobene Zeilen unterscheiden sich zwischen den angehefteten Szenarien.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CoreText</name>
    <message>
        <location filename="../../app/gui/core_text.cpp" line="+36"/>
        <source>nearest choice of at least this precision: %1 with %2, which no pool of up to %3 x %4 holds</source>
        <translation>nächste Wahl mit mindestens dieser Genauigkeit: %1 mit %2, das kein Pool aus bis zu %3 × %4 fasst</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>nearest full-strength choice: %1 with %2, which no pool of up to %3 x %4 holds</source>
        <translation>nächste Wahl in voller Stärke: %1 mit %2, das kein Pool aus bis zu %3 × %4 fasst</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>nearest choice of at least this precision: %1 with %2 fits %3 x %4</source>
        <translation>nächste Wahl mit mindestens dieser Genauigkeit: %1 mit %2 passt auf %3 × %4</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>nearest full-strength choice: %1 with %2 fits %3 x %4</source>
        <translation>nächste Wahl in voller Stärke: %1 mit %2 passt auf %3 × %4</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no engine runs %1 weights on CPU-only hardware</source>
        <translation>keine Engine führt %1-Gewichte auf Rechnern ohne Beschleuniger aus</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no engine runs %1 weights on consumer GPU hardware</source>
        <translation>keine Engine führt %1-Gewichte auf Consumer-GPUs aus</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no engine runs %1 weights on data-centre GPU hardware</source>
        <translation>keine Engine führt %1-Gewichte auf Rechenzentrums-GPUs aus</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no engine runs %1 weights on Apple hardware</source>
        <translation>keine Engine führt %1-Gewichte auf Apple-Hardware aus</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 memory-maps GGUF weights: it would start and read the %2 GB that do not fit in RAM from disk on every token, far slower than planned; not planned as fitting</source>
        <translation>%1 bildet GGUF-Gewichte per mmap in den Speicher ab: Es würde starten und die %2 GB, die nicht in den RAM passen, bei jedem Token von der Festplatte lesen, weit langsamer als geplant; nicht als passend geplant</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to fit: more accelerator memory (another or a larger GPU)</source>
        <translation>damit es passt: mehr Beschleunigerspeicher (eine weitere oder größere GPU)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to fit: more host RAM</source>
        <translation>damit es passt: mehr Arbeitsspeicher im Host</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to fit: a smaller quant (%1 is %2 GB smaller)</source>
        <translation>damit es passt: eine kleinere Quantisierung (%1 ist %2 GB kleiner)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to fit: a shorter context (the KV cache there takes %1 GB)</source>
        <translation>damit es passt: ein kürzerer Kontext (der KV-Cache belegt dort %1 GB)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>tight: %1 GB short, within %2 % of the usable memory of the devices that overflow</source>
        <translation>knapp: %1 GB fehlen, innerhalb von %2 % des nutzbaren Speichers der überlaufenden Geräte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 on machine %2 needs %3 GB (weights %4, KV cache %5) but has %6 GB usable</source>
        <translation>%1 auf Maschine %2 braucht %3 GB (Gewichte %4, KV-Cache %5), hat aber nur %6 GB nutzbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and %1 more devices overflow the same way</source>
        <translation>und %1 weitere Geräte laufen ebenso über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs on one machine; the pool has %2. Planned on the first machine only.</source>
        <translation>%1 läuft auf einer Maschine; der Pool hat %2. Nur auf der ersten Maschine geplant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no MTP module; speculative decoding is off</source>
        <translation>%1 hat kein MTP-Modul; spekulatives Dekodieren ist aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not run DeepSeek MTP speculative decoding; it is off</source>
        <translation>%1 beherrscht DeepSeeks spekulatives MTP-Dekodieren nicht; es ist aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine &quot;auto&quot; chose %1 for %2</source>
        <translation>Engine „auto“ hat %1 für %2 gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS lets the GPU wire only about %1 GiB of %2&apos;s memory by default; raising it (sudo sysctl iogpu.wired_limit_mb=%3) would make this fit</source>
        <translation>macOS lässt die GPU standardmäßig nur etwa %1 GiB des Speichers von %2 fest belegen; mit einem höheren Grenzwert (sudo sysctl iogpu.wired_limit_mb=%3) würde es passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned within macOS&apos;s default GPU wired-memory limit (about %1 GiB of %2 GiB); sysctl iogpu.wired_limit_mb raises it</source>
        <translation>innerhalb der Standardgrenze von macOS für fest belegten GPU-Speicher geplant (etwa %1 GiB von %2 GiB); sysctl iogpu.wired_limit_mb hebt sie an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumes the GPU wired-memory limit is raised to %1 GiB (sudo sysctl iogpu.wired_limit_mb=%2)</source>
        <translation>nimmt an, dass die Grenze für fest belegten GPU-Speicher auf %1 GiB angehoben ist (sudo sysctl iogpu.wired_limit_mb=%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 caches expanded K/V for MLA: %2 MB per token instead of %3 KB compressed</source>
        <translation>%1 speichert für MLA expandierte K/V: %2 MB pro Token statt %3 KB komprimiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routed experts run on the CPU from host RAM (KTransformers-style offload); decode is bound by host memory bandwidth</source>
        <translation>geroutete Experten laufen auf der CPU aus dem Host-RAM (Auslagerung wie KTransformers); das Dekodieren ist durch die Bandbreite des Host-Speichers begrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 layers run on the CPU from host RAM (llama.cpp -ngl %3)</source>
        <translation>%1 von %2 Schichten laufen auf der CPU aus dem Host-RAM (llama.cpp -ngl %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machines are joined by %1 (%2 µs per hop): each token crosses it %3 times</source>
        <translation>die Maschinen sind über %1 verbunden (%2 µs pro Sprung): jedes Token überquert sie %3-mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory holds %1 sequences at this context</source>
        <translation>der Speicher fasst bei diesem Kontext %1 Sequenzen</translation>
    </message>
    <message>
        <source>context %1 exceeds the model&apos;s trained maximum of %2</source>
        <translation type="vanished">Kontext %1 übersteigt das trainierte Maximum des Modells von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt + output tokens exceed the context length</source>
        <translation>Prompt- und Ausgabetokens übersteigen die Kontextlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses your catalog&apos;s entry %1 in place of the built-in one</source>
        <translation>verwendet den Eintrag %1 aus Ihrem Katalog statt des eingebauten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cpu</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single-device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor-parallel</source>
        <translation>Tensor-parallel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor+pipeline</source>
        <translation>Tensor + Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer-split</source>
        <translation>Schichten aufgeteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offload-experts</source>
        <translation>Experten ausgelagert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offload-layers</source>
        <translation>Schichten ausgelagert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>routed experts of layers %1-%2</source>
        <translation>geroutete Experten der Schichten %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention, dense and shared parts of layers %1-%2</source>
        <translation>Attention, dichte und geteilte Teile der Schichten %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers %1-%2</source>
        <translation>Schichten %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host RAM (%1)</source>
        <translation>Host-RAM (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eta_mem (%1)</source>
        <translation>eta_mem (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eta_flop (%1)</source>
        <translation>eta_flop (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eta_prefill (%1)</source>
        <translation>eta_prefill (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step_overhead (%1)</source>
        <translation>step_overhead (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer_overhead (%1)</source>
        <translation>layer_overhead (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moe_layer_overhead (%1)</source>
        <translation>moe_layer_overhead (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert_overhead (%1)</source>
        <translation>expert_overhead (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node_overhead (%1)</source>
        <translation>node_overhead (%1)</translation>
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
        <translation>Spanne (%1) unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range (%1) high</source>
        <translation>Spanne (%1) oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine memory fraction</source>
        <translation>Speicheranteil der Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runtime overhead</source>
        <translation>Laufzeit-Overhead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activations and workspace</source>
        <translation>Aktivierungen und Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache element size</source>
        <translation>Elementgröße des KV-Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache per token</source>
        <translation>KV-Cache pro Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host RAM kept by the OS</source>
        <translation>vom Betriebssystem belegter Host-RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second CPU socket adds</source>
        <translation>zweiter CPU-Sockel bringt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU peak for %1&apos;s kernels</source>
        <translation>CPU-Spitzenleistung für die Kernel von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts touched per MoE layer U(B)</source>
        <translation>berührte Experten pro MoE-Schicht U(B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTP acceptance of the drafted token</source>
        <translation>MTP-Annahmerate des Entwurfstokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fraction of peak bandwidth</source>
        <translation>Anteil der Spitzenbandbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of peak FLOP/s</source>
        <translation>Anteil der Spitzen-FLOP/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per stage per step</source>
        <translation>µs pro Stufe und Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per layer per step</source>
        <translation>µs pro Schicht und Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per MoE layer per step</source>
        <translation>µs pro MoE-Schicht und Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per expert touched per MoE layer per pass</source>
        <translation>µs pro berührtem Experten, MoE-Schicht und Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per step per machine beyond the first</source>
        <translation>µs pro Schritt und Maschine ab der zweiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per layer per prefill pass</source>
        <translation>µs pro Schicht und Prefill-Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs per MoE layer per prefill pass</source>
        <translation>µs pro MoE-Schicht und Prefill-Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured/predicted</source>
        <translation>gemessen/vorhergesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of device memory</source>
        <translation>des Gerätespeichers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB per accelerator</source>
        <translation>GB pro Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction (at least 3 GiB)</source>
        <translation>Anteil (mindestens 3 GiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of one socket&apos;s bandwidth</source>
        <translation>der Bandbreite eines Sockels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TFLOP/s BF16 per socket</source>
        <translation>TFLOP/s BF16 pro Sockel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOPS int8 per socket</source>
        <translation>TOPS int8 pro Sockel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
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
        <translation>%1 $</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What a million output tokens cost with the scenario&apos;s economics, at the plan&apos;s aggregate decode rate.</source>
        <translation>Was eine Million Ausgabe-Tokens mit den Kostenannahmen des Szenarios kostet, bei der gesamten Decode-Rate des Plans.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+141"/>
        <source>Own hardware</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+141"/>
        <source>Rented</source>
        <translation>Gemietet</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+141"/>
        <source>API list price</source>
        <translation>API-Listenpreis</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Per hour serving</source>
        <translation>Pro Betriebsstunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million output</source>
        <translation>Pro Mio. Ausgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million input</source>
        <translation>Pro Mio. Eingabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dollars per hour while the pool serves: depreciation, power and hosting, or the rental bill, spread over the busy hours.</source>
        <translation>Dollar pro Stunde, in der der Pool Anfragen bedient: Abschreibung, Strom und Hosting oder die Miete, verteilt auf die ausgelasteten Stunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dollars per million generated tokens at the plan&apos;s aggregate decode rate over all streams.</source>
        <translation>Dollar pro Million erzeugter Tokens bei der gesamten Decode-Rate des Plans über alle Streams.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dollars per million prompt tokens at the plan&apos;s prefill rate.</source>
        <translation>Dollar pro Million Prompt-Tokens bei der Prefill-Rate des Plans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buying the pool: depreciation over the amortization years, power at the wall times PUE, and hosting.</source>
        <translation>Kauf des Pools: Abschreibung über die Nutzungsdauer, Strom an der Steckdose mal PUE und Hosting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renting the pool&apos;s accelerators by the hour at the catalog&apos;s or your price.</source>
        <translation>Stundenweise Miete der Beschleuniger des Pools zum Katalogpreis oder zu Ihrem Preis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s hosted API list price, from the catalog.</source>
        <translation>Der Listenpreis der gehosteten API des Modells, laut Katalog.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where the hourly cost of the scenario&apos;s choice goes.</source>
        <translation>Wofür die Stundenkosten der im Szenario gewählten Variante anfallen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The utilization at which owning the pool costs as much per output token as the API list price.</source>
        <translation>Die Auslastung, bei der der gekaufte Pool pro Ausgabe-Token so viel kostet wie der API-Listenpreis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices the catalog lacks; figures that need them are not known.</source>
        <translation>Preise, die im Katalog fehlen; Werte, die sie benötigen, sind unbekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hardware&apos;s hour is shared by every stream decoded together, so batching lowers the cost per token until memory or compute runs out. Planned at concurrency 1, 2, 4 … 256.</source>
        <translation>Die Stunde der Hardware teilen sich alle gemeinsam dekodierten Streams; Batching senkt daher die Kosten pro Token, bis Speicher oder Rechenleistung ausgehen. Geplant bei Nebenläufigkeit 1, 2, 4 … 256.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>$ per million output tokens</source>
        <translation>$ pro Million Ausgabe-Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$/M output</source>
        <translation>$/Mio. Ausgabe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dollars per million output tokens: own hardware, rented, and the API&apos;s list price.</source>
        <translation>Dollar pro Million Ausgabe-Tokens: gekauft, gemietet und zum Listenpreis der API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Economics of this scenario</source>
        <translation>Kostenannahmen dieses Szenarios</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+66"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>API list price of %1 from %2.</source>
        <translation>API-Listenpreis vom %1 laut %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cost: the core could not plan this scenario.</source>
        <translation>Keine Kosten: Der Kern konnte dieses Szenario nicht planen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at concurrency %1</source>
        <translation>bei Nebenläufigkeit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per million output tokens (%2, %3)</source>
        <translation>%1 pro Million Ausgabetokens (%2, %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per hour serving:</source>
        <translation>Pro Betriebsstunde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted so far (lower bounds, prices missing):</source>
        <translation>Bisher gezählt (Untergrenzen, Preise fehlen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your purchase price</source>
        <translation>Ihr Kaufpreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>catalog purchase price</source>
        <translation>Kaufpreis laut Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 depreciation %2 (of %3, %4) · power %5 (%6 kW at the wall) · hosting %7.</source>
        <translation>%1 Abschreibung %2 (von %3, %4) · Strom %5 (%6 kW an der Steckdose) · Hosting %7.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Batching: no concurrency that fits has a known cost.</source>
        <translation>Batching: Für keine passende Nebenläufigkeit sind die Kosten bekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batching: this concurrency (%1) is already the cheapest per token of those that fit.</source>
        <translation>Batching: Diese Nebenläufigkeit (%1) ist unter den passenden bereits die günstigste pro Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batching: at concurrency %1, the cheapest that fits, %2 per million output tokens.</source>
        <translation>Batching: Bei Nebenläufigkeit %1, der günstigsten passenden, %2 pro Million Ausgabetokens.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>rented</source>
        <translation>gemietet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>own hardware</source>
        <translation>gekauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 per million output tokens: some prices are missing</source>
        <translation>Mindestens %1 pro Million Ausgabetokens: Einige Preise fehlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost not known: prices are missing</source>
        <translation>Kosten unbekannt: Preise fehlen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Per hour serving: rental %1.</source>
        <translation>Pro Betriebsstunde: Miete %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No API price for this model in the catalog.</source>
        <translation>Kein API-Preis für dieses Modell im Katalog.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owning matches the API&apos;s output price at %1 % utilization.</source>
        <translation>Gekauft kostet der Pool bei %1 % Auslastung so viel wie die API pro Ausgabe-Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owning this pool never matches the API&apos;s output price, even fully busy.</source>
        <translation>Gekauft ist dieser Pool selbst bei voller Auslastung pro Ausgabe-Token teurer als die API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing prices: %1</source>
        <translation>Fehlende Preise: %1</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::CustomHardwareDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/custom_hardware_dialog.cpp" line="+62"/>
        <source>Custom hardware</source>
        <translation>Eigene Hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Define a device (an accelerator or CPU socket) or a machine built from devices. It is saved in your own catalog (%1) and can be picked in the pool at once.</source>
        <translation>Definieren Sie ein Gerät (einen Beschleuniger oder CPU-Sockel) oder eine Maschine aus Geräten. Der Eintrag wird in Ihrem eigenen Katalog (%1) gespeichert und lässt sich sofort im Pool auswählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. rtx-4090-48g</source>
        <translation>z. B. rtx-4090-48g</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>A unique id: lower case letters, digits, - _ .</source>
        <translation>Eine eindeutige ID: Kleinbuchstaben, Ziffern, - _ .</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>e.g. RTX 4090 48 GB (modded)</source>
        <translation>z. B. RTX 4090 48 GB (modifiziert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>The name shown in the program.</source>
        <translation>Der im Programm angezeigte Name.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Data-centre GPU</source>
        <translation>Rechenzentrums-GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer GPU</source>
        <translation>Consumer-GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple unified memory</source>
        <translation>Apple Unified Memory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU socket</source>
        <translation>CPU-Sockel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of device; it picks which engine efficiencies apply.</source>
        <translation>Die Geräteart; sie bestimmt, welche Engine-Effizienzen gelten.</translation>
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
        <translation>Speicherkapazität (0 bei einem CPU-Sockel: sein RAM ist der der Maschine).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak memory bandwidth from the datasheet.</source>
        <translation>Maximale Speicherbandbreite laut Datenblatt.</translation>
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
        <translation>Dense-BF16-Spitzenleistung, ohne Sparsity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense FP8 peak; 0 when the device has no FP8 path.</source>
        <translation>Dense-FP8-Spitzenleistung; 0, wenn das Gerät kein FP8 beherrscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> TOPS</source>
        <translation> TOPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dense INT8 peak; 0 when unknown.</source>
        <translation>Dense-INT8-Spitzenleistung; 0, wenn unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Board power at load; 0 when unknown.</source>
        <translation>Leistungsaufnahme der Karte unter Last; 0, wenn unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one device costs to buy, in US dollars; 0 when unknown (its cost then stays unknown).</source>
        <translation>Kaufpreis eines Geräts in US-Dollar; 0, wenn unbekannt (die Kosten bleiben dann unbekannt).</translation>
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
        <translation>Woher die Werte stammen (URL eines Datenblatts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
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
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>e.g. workstation-2x4090</source>
        <translation>z. B. workstation-2x4090</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Workstation 2× RTX 4090</source>
        <translation>z. B. Workstation 2× RTX 4090</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accelerator in this machine, or none for a CPU-only machine.</source>
        <translation>Der Beschleuniger in dieser Maschine oder keiner bei einer reinen CPU-Maschine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accelerators per machine.</source>
        <translation>Beschleuniger pro Maschine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host CPU (one socket).</source>
        <translation>Die Host-CPU (ein Sockel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU sockets in the machine.</source>
        <translation>CPU-Sockel in der Maschine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host RAM of the machine.</source>
        <translation>Host-RAM der Maschine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the accelerators inside the machine are connected.</source>
        <translation>Wie die Beschleuniger innerhalb der Maschine verbunden sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How machines of this kind are joined by default.</source>
        <translation>Wie Maschinen dieser Art standardmäßig miteinander verbunden werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified memory (Apple)</source>
        <translation>Unified Memory (Apple)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accelerator&apos;s memory is the machine&apos;s RAM.</source>
        <translation>Der Speicher des Beschleunigers ist der RAM der Maschine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the figures come from.</source>
        <translation>Woher die Werte stammen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What one whole machine costs to buy, in US dollars, its own accelerators included (cards added in the pool are priced on their own); 0 when unknown.</source>
        <translation>Kaufpreis einer ganzen Maschine in US-Dollar, einschließlich ihrer eigenen Beschleuniger (im Pool hinzugefügte Karten werden eigens bepreist); 0, wenn unbekannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fills the fields below with values typical of this kind of machine; change any of them.</source>
        <translation>Füllt die Felder darunter mit typischen Werten dieser Art Maschine; jeder lässt sich ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop PC with GPUs</source>
        <translation>Desktop-PC mit GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU server</source>
        <translation>GPU-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple Mac (unified memory)</source>
        <translation>Apple Mac (gemeinsamer Speicher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU-only server</source>
        <translation>Server nur mit CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per machine</source>
        <translation>Pro Maschine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host CPU</source>
        <translation>Host-CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sockets</source>
        <translation>Sockel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal link</source>
        <translation>Interne Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network link</source>
        <translation>Netzwerkverbindung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The device needs an id.</source>
        <translation>Das Gerät braucht eine ID.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The machine needs an id.</source>
        <translation>Die Maschine braucht eine ID.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::DeployView</name>
    <message>
        <location filename="../../app/gui/widgets/deploy_view.cpp" line="+30"/>
        <source>Shell scripts</source>
        <translation>Shell-Skripte</translation>
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
        <translation>Maschinenadressen, durch Kommas getrennt (Standard NODE0_ADDR, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts:</source>
        <translation>Hosts:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan yet.</source>
        <translation>Noch kein Plan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to deploy: %1</source>
        <translation>Kein Deployment möglich: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2, flags checked against release %3; weights: %4</source>
        <translation>%1 %2, Optionen gegen Release %3 geprüft; Gewichte: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on 1 machine</source>
        <translation>auf 1 Maschine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on %1 machines</source>
        <translation>auf %1 Maschinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no repository in the catalog</source>
        <translation>kein Repository im Katalog</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Machine %1: %2</source>
        <translation>Maschine %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save launch files into</source>
        <translation>Startdateien speichern in</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 gespeichert.</numerusform>
            <numerusform>%n Dateien nach %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deepplan::gui::DeviceMemoryModel</name>
    <message>
        <location filename="../../app/gui/models/device_memory_model.cpp" line="+34"/>
        <source>node %1 · host RAM</source>
        <translation>Knoten %1 · Host-RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1 · %2 #%3</source>
        <translation>Knoten %1 · %2 #%3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable GB</source>
        <translation>Nutzbar GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::EconomicsForm</name>
    <message>
        <location filename="../../app/gui/widgets/economics_form.cpp" line="+17"/>
        <source>Rent the accelerators &amp;by the hour</source>
        <translation>Beschleuniger stundenweise mieten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When on, the cost is the rental bill for the pool&apos;s GPUs; when off, you buy the hardware and pay for depreciation, power and hosting.</source>
        <translation>Wenn aktiviert, sind die Kosten die Miete für die GPUs des Pools; wenn nicht, kaufen Sie die Hardware und zahlen Abschreibung, Strom und Hosting.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rental price of one accelerator for an hour; 0 uses the catalog&apos;s price.</source>
        <translation>Mietpreis eines Beschleunigers für eine Stunde; 0 verwendet den Katalogpreis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per GPU-hour</source>
        <translation>Pro GPU-Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase price of the whole pool; 0 uses the catalog&apos;s prices of the machines and cards (shown in the field).</source>
        <translation>Kaufpreis des ganzen Pools; 0 nimmt die Katalogpreise der Maschinen und Karten (im Feld angezeigt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amorti&amp;zation</source>
        <translation>Amor&amp;tisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electricity</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from the catalog</source>
        <translation>aus dem Katalog</translation>
    </message>
    <message>
        <location line="-63"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years over which the purchase price is written off.</source>
        <translation>Jahre, über die der Kaufpreis abgeschrieben wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the hours the pool is busy serving; fixed costs are spread over these hours.</source>
        <translation>Anteil der Stunden, in denen der Pool Anfragen bedient; die Fixkosten werden auf diese Stunden verteilt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> per kWh</source>
        <translation> pro kWh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price of electricity.</source>
        <translation>Strompreis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power usage effectiveness: the data centre&apos;s total power over the machines&apos; power (1.0 = no cooling overhead).</source>
        <translation>Power Usage Effectiveness: Gesamtleistung des Rechenzentrums geteilt durch die Leistung der Maschinen (1,0 = kein Kühlungs-Overhead).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> per month</source>
        <translation> pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack space, network and operations for the pool, per month.</source>
        <translation>Rack-Platz, Netzwerk und Betrieb für den Pool, pro Monat.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::FindDeploymentDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/find_deployment_dialog.cpp" line="+51"/>
        <source>Find a deployment</source>
        <translation>Deployment suchen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The model to deploy; starts as the current scenario&apos;s.</source>
        <translation>Das einzusetzende Modell; anfangs das des aktuellen Szenarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One weight format, or any format published for the model.</source>
        <translation>Ein Gewichtsformat oder jedes für das Modell veröffentlichte Format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> tok/s</source>
        <translation> tok/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode tokens per second every stream must reach at the concurrency below.</source>
        <translation>Decode-Tokens pro Sekunde, die jeder Stream bei der unten angegebenen Nebenläufigkeit erreichen muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target per stream</source>
        <translation>&amp;Ziel pro Stream</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens every sequence must hold in the KV cache (prompt and output).</source>
        <translation>Tokens, die jede Sequenz im KV-Cache halten muss (Prompt und Ausgabe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;context</source>
        <translation>Mindest&amp;kontext</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequences decoded together, each at the target speed.</source>
        <translation>Gemeinsam dekodierte Sequenzen, jede mit der Zielgeschwindigkeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oncurrency</source>
        <translation>&amp;Nebenläufigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the pool&apos;s price: the purchase price when owned, the rental bill per hour when rented.</source>
        <translation>Den Preis des Pools begrenzen: den Kaufpreis bei eigener Hardware, die Miete pro Stunde bei gemieteter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What ranks the results first.</source>
        <translation>Wonach die Ergebnisse vorrangig sortiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest $ per million output</source>
        <translation>Geringste Kosten pro Mio. Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest purchase price</source>
        <translation>Niedrigster Kaufpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest accelerators</source>
        <translation>Wenigste Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastest per stream</source>
        <translation>Höchste Geschwindigkeit pro Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bjective</source>
        <translation>&amp;Optimierungsziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many of the best results to list.</source>
        <translation>Wie viele der besten Ergebnisse aufgelistet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the best</source>
        <translation>Anzahl Ergebnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent the accelerators</source>
        <translation>Beschleuniger mieten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost the candidates as rented GPU-hours instead of owned hardware; the other economics inputs come from the current scenario.</source>
        <translation>Die Kandidaten mit gemieteten GPU-Stunden statt eigener Hardware bewerten; die übrigen Kostenannahmen stammen aus dem aktuellen Szenario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price unpriced machines at their cards alone</source>
        <translation>Maschinen ohne Preis nur mit ihren Karten bepreisen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog has no price for many servers; when on they rank at their accelerators&apos; price, a lower bound shown as “≥ … (cards only)”. When off they are left out of cost rankings.</source>
        <translation>Für viele Server hat der Katalog keinen Preis; eingeschaltet zählen sie mit dem Preis ihrer Beschleuniger, einer Untergrenze, angezeigt als „≥ … (nur Karten)“. Ausgeschaltet fehlen sie in Kostenranglisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show every variant</source>
        <translation>Jede Variante zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: one row per machine with its best weight format and engine, and how many more fit on it. On: every variant and engine of those machines as its own row.</source>
        <translation>Aus: eine Zeile pro Maschine mit ihrem besten Gewichtsformat und ihrer besten Engine und wie viele weitere darauf passen. Ein: jede Variante und Engine dieser Maschinen in einer eigenen Zeile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Run</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every variant, engine, machine and node count in the catalog for the target.</source>
        <translation>Jede Variante, Engine, Maschine und Knotenanzahl im Katalog nach dem Ziel durchsuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the search and keep what it found so far.</source>
        <translation>Die Suche anhalten und das bisher Gefundene behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates enumerated so far.</source>
        <translation>Bisher aufgezählte Kandidaten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The best deployments by the objective; double-click one to open it.</source>
        <translation>Die besten Deployments nach dem Optimierungsziel; zum Öffnen doppelklicken.</translation>
    </message>
    <message>
        <source>Cost against speed</source>
        <translation type="vanished">Kosten gegen Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decode tok/s per stream</source>
        <translation>Decode tok/s pro Stream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$ per million output</source>
        <translation>$/Mio. Ausgabe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each result&apos;s $ per million output tokens against its decode speed per stream; the Pareto front holds the candidates nothing beats on both.</source>
        <translation>$ pro Million Ausgabe-Tokens jedes Ergebnisses gegen seine Decode-Geschwindigkeit pro Stream; auf der Pareto-Front liegen die Kandidaten, die in beidem von keinem anderen übertroffen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“≥ … (cards only)”: a lower bound; the catalog has no price for the machine itself, so only its accelerators are counted.</source>
        <translation>„≥ … (nur Karten)“: eine Untergrenze; der Katalog hat keinen Preis für die Maschine selbst, daher zählen nur ihre Beschleuniger.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open as current scenario</source>
        <translation>Als aktuelles Szenario ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the current scenario with the selected result (Undo brings the old one back).</source>
        <translation>Das aktuelle Szenario durch das ausgewählte Ergebnis ersetzen (Rückgängig stellt das alte wieder her).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any published variant</source>
        <translation>Jede veröffentlichte Variante</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 of %2 candidates</source>
        <translation>%1 von %2 Kandidaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 candidates, %2 planned, %3 meet the target.</source>
        <translation>%1 Kandidaten, %2 geplant, %3 erreichen das Ziel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing meets the target. %1</source>
        <translation>Nichts erreicht das Ziel. %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Open search result %1</source>
        <translation>Suchergebnis %1 öffnen</translation>
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
        <translation>wenn es passte · %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>nothing placed</source>
        <translation>nichts platziert</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines in the pool.</source>
        <translation>Maschinen im Pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs or Apple chips in the pool, all machines together.</source>
        <translation>GPUs oder Apple-Chips im Pool, über alle Maschinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights, KV cache, activations and runtime overhead, against the memory the engine may use.</source>
        <translation>Gewichte, KV-Cache, Aktivierungen und Laufzeit-Overhead, verglichen mit dem Speicher, den die Engine nutzen darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode, per stream</source>
        <translation>Decode pro Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per second one sequence sees while generating, at the chosen concurrency; the range below comes from the calibration.</source>
        <translation>Tokens pro Sekunde, die eine Sequenz beim Generieren bei der gewählten Nebenläufigkeit erhält; die Spanne darunter stammt aus der Kalibrierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode, all streams</source>
        <translation>Decode, alle Streams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per second generated over all concurrent sequences together.</source>
        <translation>Tokens pro Sekunde, zusammen über alle gleichzeitigen Sequenzen erzeugt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt tokens processed per second before the first output token.</source>
        <translation>Pro Sekunde verarbeitete Prompt-Tokens vor dem ersten Ausgabe-Token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a request waits for its first output token: the prompt&apos;s prefill.</source>
        <translation>Wie lange eine Anfrage auf ihr erstes Ausgabe-Token wartet: das Prefill des Prompts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What limits decode speed: memory bandwidth, compute, the interconnect, host memory or per-step overhead.</source>
        <translation>Was die Decode-Geschwindigkeit begrenzt: Speicherbandbreite, Rechenleistung, Interconnect, Host-Speicher oder Overhead pro Schritt.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>in turn</source>
        <translation>der Reihe nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staggered</source>
        <translation>versetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>together</source>
        <translation>gleichzeitig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under load %1, then %2 a token (%3)</source>
        <translation>unter Last %1, dann %2 je Token (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 · %3 mean when %4 arrive together</source>
        <translation>%1 · %2 · im Mittel %3, wenn %4 gleichzeitig eintreffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2, %3/token</source>
        <translation>%1: %2, %3/Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under load %1, %2/token</source>
        <translation>unter Last %1, %2/Token</translation>
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
        <translation>1 Maschinengruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 groups of machines</source>
        <translation>%1 Maschinengruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TP %1 × PP %2 · EP %3</source>
        <translation>TP %1 × PP %2 · EP %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weights %1 · KV %2</source>
        <translation>Gewichte %1 · KV %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · host weights ×%2, one copy per CPU socket</source>
        <translation>%1 · Host-Gewichte ×%2, eine Kopie pro CPU-Sockel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · host ×%2</source>
        <translation>%1 · Host ×%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+17"/>
        <source>range %1</source>
        <translation>Spanne %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>1 stream</source>
        <translation>1 Stream</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 streams</source>
        <translation>%1 Streams</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+80"/>
        <source>for %1 prompt tokens</source>
        <translation>für %1 Prompt-Tokens</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>range %1 · %2 % of the hardware&apos;s limit</source>
        <translation>Spanne %1 · %2 % des Maximums</translation>
    </message>
    <message>
        <source>for %1 prompt tokens · %2 mean when %3 arrive together</source>
        <translation type="vanished">für %1 Prompt-Tokens · im Mittel %2, wenn %3 gleichzeitig eintreffen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>step %1 ms</source>
        <translation>Schritt %1 ms</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::LayoutView</name>
    <message>
        <location filename="../../app/gui/widgets/layout_view.cpp" line="+24"/>
        <source>How the model is split: tensor parallel (TP) inside a stage, pipeline stages (PP) in a row, and experts spread over devices (EP).</source>
        <translation>Wie das Modell aufgeteilt wird: Tensor-Parallel (TP) innerhalb einer Stage, Pipeline-Stages (PP) hintereinander und Experten auf Geräte verteilt (EP).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No layout: the scenario could not be planned.</source>
        <translation>Kein Layout: Das Szenario konnte nicht geplant werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode: %1 · tensor parallel %2 × pipeline %3 · expert parallel %4</source>
        <translation>Modus: %1 · Tensor-Parallel %2 × Pipeline %3 · Expert-Parallel %4</translation>
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
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;ost</source>
        <translation>K&amp;osten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Validation</source>
        <translation>Validie&amp;rung</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="vanished">Deplo&amp;yment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy &amp;kit</source>
        <translation>Deplo&amp;yment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware pool</source>
        <translation>Hardware-Pool</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time the core took to plan this scenario and sample the what-if curves.</source>
        <translation>Zeit, die der Kern brauchte, um dieses Szenario zu planen und die Was-wäre-wenn-Kurven zu berechnen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from the default scenario.</source>
        <translation>Neu mit dem Standardszenario beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Pin current scenario</source>
        <translation>Aktuelles Szenario &amp;anheften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current scenario in the Compare tab.</source>
        <translation>Das aktuelle Szenario im Reiter „Vergleich“ festhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unpin selected</source>
        <translation>Ausgewähltes &amp;lösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom &amp;hardware…</source>
        <translation>Eigene &amp;Hardware…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find a deployment…</source>
        <translation>&amp;Deployment suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the catalog for the cheapest hardware that meets a speed target.</source>
        <translation>Den Katalog nach der günstigsten Hardware durchsuchen, die ein Geschwindigkeitsziel erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The economics new scenarios start with.</source>
        <translation>Die Kostenannahmen, mit denen neue Szenarien beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the &amp;last scenario</source>
        <translation>Mit dem &amp;letzten Szenario starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When on, the program opens with the scenario you last worked on.</source>
        <translation>Wenn aktiviert, öffnet das Programm mit dem Szenario, an dem Sie zuletzt gearbeitet haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import model…</source>
        <translation>Modell &amp;importieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DeepPlan</source>
        <translation>Ü&amp;ber DeepPlan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Import model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Model files (config.json *.gguf);;All files (*)</source>
        <translation>Modelldateien (config.json *.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — DeepPlan</source>
        <translation>%1[*] – DeepPlan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned in %1 ms</source>
        <translation>geplant in %1 ms</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario has changes that are not saved. Save them?</source>
        <translation>Das Szenario enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DeepPlan plans (%1);;JSON files (*.json);;All files (*)</source>
        <translation>DeepPlan-Pläne (%1);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Cannot open plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened %1; its stored figures differ from this catalog&apos;s, so they were recomputed.</source>
        <translation>%1 geöffnet; die gespeicherten Werte weichen von denen dieses Katalogs ab und wurden neu berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DeepPlan plans (%1)</source>
        <translation>DeepPlan-Pläne (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load preset “%1”</source>
        <translation>Vorlage „%1“ laden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pinned as %1.</source>
        <translation>Als %1 angeheftet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit pinned %1</source>
        <translation>Angeheftetes %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added “%1” to your catalog; pick it in the pool table.</source>
        <translation>„%1“ wurde Ihrem Katalog hinzugefügt; wählen Sie es in der Pool-Tabelle aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About DeepPlan</source>
        <translation>Über DeepPlan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;DeepPlan %1&lt;/h3&gt;&lt;p&gt;Will this LLM fit my hardware, on how many machines, and how fast will it run?&lt;/p&gt;&lt;p&gt;Every figure comes from the planning core; the Assumptions tab lists the constants used and their sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeepPlan %1&lt;/h3&gt;&lt;p&gt;Passt dieses LLM auf meine Hardware, auf wie vielen Maschinen, und wie schnell läuft es?&lt;/p&gt;&lt;p&gt;Jeder Wert stammt aus dem Planungskern; der Reiter „Annahmen“ listet die verwendeten Konstanten und ihre Quellen auf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::MemoryChartView</name>
    <message>
        <location filename="../../app/gui/widgets/memory_chart_view.cpp" line="+28"/>
        <source>Memory of each device by what fills it, in GB (10⁹ bytes). Free is what the engine may still use; the dark line is the usable capacity and red is what does not fit.</source>
        <translation>Speicher jedes Geräts nach Inhalt, in GB (10⁹ Bytes). Frei ist, was die Engine noch nutzen darf; die dunkle Linie ist die nutzbare Kapazität, rot ist, was nicht passt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GB (10⁹ bytes)</source>
        <translation>GB (10⁹ Bytes)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>node %1 · host RAM</source>
        <translation>Knoten %1 · Host-RAM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · host RAM</source>
        <translation>%1 · Host-RAM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node %1 · %2 #%3</source>
        <translation>Knoten %1 · %2 #%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 #%3</source>
        <translation>%1 · %2 #%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>node %1 · %2 × %3 #%4–%5</source>
        <translation>Knoten %1 · %2 × %3 #%4–%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 × %3 #%4–%5</source>
        <translation>%1 · %2 × %3 #%4–%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nodes %1–%2 · %3 × %4</source>
        <translation>Knoten %1–%2 · %3 × %4</translation>
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
        <translation>Knoten %1, Host-RAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1, device #%2</source>
        <translation>Knoten %1, Gerät #%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1, devices #%2 to #%3</source>
        <translation>Knoten %1, Geräte #%2 bis #%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1 #%2 to node %3 #%4</source>
        <translation>Knoten %1 #%2 bis Knoten %3 #%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holds %1</source>
        <translation>Hält %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB usable: weights %2 GB, KV cache %3 GB, activations %4 GB, overhead %5 GB</source>
        <translation>%1 GB nutzbar: Gewichte %2 GB, KV-Cache %3 GB, Aktivierungen %4 GB, Overhead %5 GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 GB do not fit</source>
        <translation>; %1 GB passen nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; %1 GB free</source>
        <translation>; %1 GB frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each: %1</source>
        <translation>Je Gerät: %1</translation>
    </message>
    <message>
        <source>%1 · host</source>
        <translation type="vanished">%1 · Host</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation type="vanished">%1 · #%2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Usable capacity</source>
        <translation>Nutzbare Kapazität</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Memory per device (first %1 of %2)</source>
        <translation>Speicher pro Gerät (die ersten %1 von %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory per device</source>
        <translation>Speicher pro Gerät</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PlanPanel</name>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.cpp" line="+50"/>
        <source>Memor&amp;y</source>
        <translation>Spe&amp;icher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What &amp;if</source>
        <translation>&amp;Was wäre wenn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every constant the plan used, and where it comes from.</source>
        <translation>Jede Konstante, die der Plan verwendet hat, und woher sie stammt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assumptions</source>
        <translation>An&amp;nahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compa&amp;re</source>
        <translation>Verglei&amp;ch</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PoolEditor</name>
    <message>
        <location filename="../../app/gui/widgets/pool_editor.cpp" line="+63"/>
        <source>Groups of identical machines. Double-click a cell to change it.</source>
        <translation>Gruppen identischer Maschinen. Zum Ändern eine Zelle doppelklicken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The pool as the command line writes it (deepplan-cli plan --pool).</source>
        <translation>Der Pool in der Schreibweise der Kommandozeile (deepplan-cli plan --pool).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a group of machines to the pool.</source>
        <translation>Eine Maschinengruppe zum Pool hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected group (a pool keeps at least one).</source>
        <translation>Die ausgewählte Gruppe entfernen (ein Pool behält mindestens eine).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of the selected group.</source>
        <translation>Eine Kopie der ausgewählten Gruppe hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load one of the ready-made scenarios.</source>
        <translation>Eines der vorgefertigten Szenarien laden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom hardware…</source>
        <translation>Eigene Hardware…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Define your own device or machine; it is saved in your catalog.</source>
        <translation>Ein eigenes Gerät oder eine eigene Maschine definieren; wird in Ihrem Katalog gespeichert.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PoolTableModel</name>
    <message>
        <location filename="../../app/gui/models/pool_table_model.cpp" line="+66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The system&apos;s own: %1</source>
        <translation>Eigener des Systems: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per node</source>
        <translation>Pro Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many machines of this system the group has.</source>
        <translation>Wie viele Maschinen dieses Systems die Gruppe umfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The machine: its accelerators, host CPU and RAM, and internal link.</source>
        <translation>Die Maschine: ihre Beschleuniger, Host-CPU und RAM sowie interne Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the system&apos;s own accelerators by another device, or keep them (built in).</source>
        <translation>Die eigenen Beschleuniger des Systems durch ein anderes Gerät ersetzen oder beibehalten (eingebaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators in each machine of the group.</source>
        <translation>Beschleuniger in jeder Maschine der Gruppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the machines of this group are joined to the rest of the pool.</source>
        <translation>Wie die Maschinen dieser Gruppe mit dem Rest des Pools verbunden sind.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A group needs at least one machine, so %1 was not taken and the count stays %2. To drop the group, select it and press Remove.</source>
        <translation>Eine Gruppe braucht mindestens eine Maschine, daher wurde %1 nicht übernommen und die Anzahl bleibt %2. Um die Gruppe zu entfernen, wählen Sie sie aus und drücken Sie „Entfernen“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A machine with an accelerator has at least one, so %1 was not taken. For a machine without, choose “none” in the Accelerator column.</source>
        <translation>Eine Maschine mit Beschleuniger hat mindestens einen, daher wurde %1 nicht übernommen. Für eine Maschine ohne wählen Sie „keiner“ in der Spalte Beschleuniger.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Built in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::PreferencesDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/preferences_dialog.cpp" line="+17"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economics of new scenarios</source>
        <translation>Kostenannahmen neuer Szenarien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File → New starts with these; each scenario keeps its own in the Cost tab.</source>
        <translation>Datei → Neu beginnt mit diesen; jedes Szenario behält seine eigenen im Reiter „Kosten“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the built-in economics.</source>
        <translation>Zurück zu den eingebauten Kostenannahmen.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::ScenarioPanel</name>
    <message>
        <location filename="../../app/gui/widgets/scenario_panel.cpp" line="+286"/>
        <source>No engine runs these weights on this hardware.</source>
        <translation>Keine Engine führt diese Gewichte auf dieser Hardware aus.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Tokens each sequence holds in the KV cache: prompt plus output. At most %1, the model&apos;s maximum.</source>
        <translation>Tokens, die jede Sequenz im KV-Cache hält: Prompt plus Ausgabe. Höchstens %1, das Maximum des Modells.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The model to deploy: DeepSeek-V3/R1 (671 B mixture of experts) or one of the distilled dense models.</source>
        <translation>Das einzusetzende Modell: DeepSeek-V3/R1 (Mixture of Experts mit 671 Mrd. Parametern) oder eines der destillierten Dense-Modelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the weights are stored: the number format and bits per weight, which set the file size.</source>
        <translation>Wie die Gewichte gespeichert sind: Zahlenformat und Bit pro Gewicht, die die Dateigröße bestimmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weights</source>
        <translation>&amp;Gewichte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The serving engine. Auto picks one that loads this format and suits the hardware.</source>
        <translation>Die Serving-Engine. „Automatisch“ wählt eine, die dieses Format lädt und zur Hardware passt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens each sequence holds in the KV cache: prompt plus output.</source>
        <translation>Tokens, die jede Sequenz im KV-Cache hält: Prompt plus Ausgabe.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Size of the published weight files, and the size the planner computes from the model&apos;s architecture and the format&apos;s bits per tensor (the Memory figure&apos;s weights; they differ by a few percent), with the average bits per weight. GB = 10⁹ bytes.</source>
        <translation>Größe der veröffentlichten Gewichtsdateien und die Größe, die der Planer aus der Architektur des Modells und den Bits pro Tensor des Formats berechnet (die Gewichte der Speicherkennzahl; sie weichen um wenige Prozent ab), mit den mittleren Bits pro Gewicht. GB = 10⁹ Bytes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>En&amp;gine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conte&amp;xt</source>
        <translation>&amp;Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens in the prompt; they set the prefill time and the time to first token.</source>
        <translation>Tokens im Prompt; sie bestimmen die Prefill-Zeit und die Zeit bis zum ersten Token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens generated per request.</source>
        <translation>Pro Anfrage erzeugte Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utput</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sequences decoded together (batch size). More raises total throughput and needs more KV cache.</source>
        <translation>Gemeinsam dekodierte Sequenzen (Batchgröße). Mehr erhöht den Gesamtdurchsatz und braucht mehr KV-Cache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ncurrency</source>
        <translation>Nebenläu&amp;figkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whether weights that do not fit on the accelerators go to host RAM: whole layers (llama.cpp) or the routed experts (KTransformers).</source>
        <translation>Ob Gewichte, die nicht auf die Beschleuniger passen, in den Host-RAM ausgelagert werden: ganze Layer (llama.cpp) oder die gerouteten Experten (KTransformers).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offloa&amp;d</source>
        <translation>A&amp;uslagerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speculative decoding (MTP)</source>
        <translation>Spekulatives Decoding (MTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a token with DeepSeek&apos;s multi-token-prediction module and verify it, where the engine supports it.</source>
        <translation>Ein Token mit dem Multi-Token-Prediction-Modul von DeepSeek entwerfen und anschließend verifizieren, sofern die Engine das unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apple: wired-memory limit raised</source>
        <translation>Apple: Wired-Memory-Limit erhöht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Macs, sysctl iogpu.wired_limit_mb was raised so the GPU may use more of the unified memory.</source>
        <translation>Auf Macs wurde sysctl iogpu.wired_limit_mb erhöht, damit die GPU mehr vom Unified Memory nutzen darf.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Auto picks %1 for this hardware.</source>
        <translation>„Automatisch“ wählt %1 für diese Hardware.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No engine for this hardware.</source>
        <translation>Keine Engine für diese Hardware.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How the concurrent clients&apos; requests reach the engine. Staggered: each client sends its next request when its last one ends, so a prompt mostly comes alone and its prefill pass stalls the other clients&apos; decoding (chat users; benchmarks with varied lengths). Together: every client&apos;s request comes at once, wave after wave (static batches; benchmarks whose lengths are all fixed).</source>
        <translation>Wie die Anfragen der gleichzeitigen Clients bei der Engine eintreffen. Versetzt: Jeder Client sendet seine nächste Anfrage, wenn seine letzte fertig ist; ein Prompt kommt so meist allein, und sein Prefill-Durchlauf hält das Decoding der anderen Clients an (Chat-Nutzer; Benchmarks mit wechselnden Längen). Gleichzeitig: Die Anfragen aller Clients kommen auf einmal, Welle um Welle (statische Batches; Benchmarks mit durchweg festen Längen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With one client there is nothing to stagger.</source>
        <translation>Mit einem Client gibt es nichts zu versetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 serves one request at a time, however they arrive.</source>
        <translation>%1 bedient eine Anfrage nach der anderen, wie sie auch eintreffen.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::SearchResultModel</name>
    <message>
        <location filename="../../app/gui/models/search_result_model.cpp" line="+61"/>
        <location line="+4"/>
        <source>≥ %1 (cards only)</source>
        <translation>≥ %1 (nur Karten)</translation>
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
        <translation>Eine Untergrenze: Im Katalog fehlt %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per stream</source>
        <translation>Pro Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All streams</source>
        <translation>Alle Streams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$/M output</source>
        <translation>$/Mio. Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank by the chosen objective.</source>
        <translation>Rang nach dem gewählten Optimierungsziel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many more variants or engines fit on the same hardware and meet the target; tick “Show every variant” to list them.</source>
        <translation>Wie viele weitere Varianten oder Engines auf dieselbe Hardware passen und das Ziel erreichen; „Jede Variante zeigen“ listet sie auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decode tokens per second each stream sees at the requested concurrency.</source>
        <translation>Decode-Tokens pro Sekunde, die jeder Stream bei der verlangten Nebenläufigkeit erhält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode tokens per second over all streams together.</source>
        <translation>Decode-Tokens pro Sekunde über alle Streams zusammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dollars per million output tokens with the request&apos;s economics.</source>
        <translation>Dollar pro Million Ausgabe-Tokens mit den Kostenannahmen der Suche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase price of the pool from the catalog.</source>
        <translation>Kaufpreis des Pools laut Katalog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators in the pool.</source>
        <translation>Beschleuniger im Pool.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::StageModel</name>
    <message>
        <location filename="../../app/gui/models/stage_model.cpp" line="+38"/>
        <source>CPU (host RAM)</source>
        <translation>CPU (Host-RAM)</translation>
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
        <translation>ganze Layer auf der CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routed experts on the CPU, the rest on the accelerator</source>
        <translation>geroutete Experten auf der CPU, der Rest auf dem Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor-parallel over %1 devices</source>
        <translation>Tensor-Parallel über %1 Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode ms</source>
        <translation>Decode ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time this stage spends on one decode step at the planned concurrency.</source>
        <translation>Zeit, die diese Stage bei der geplanten Nebenläufigkeit für einen Decode-Schritt braucht.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::ValidationCaseModel</name>
    <message>
        <location filename="../../app/gui/models/validation_case_model.cpp" line="+46"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (does not fit)</source>
        <translation>%1 (passt nicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C (not counted)</source>
        <translation>C (nicht gezählt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measured over predicted: above 1 the hardware did better than the plan says.</source>
        <translation>Gemessen durch vorhergesagt: Über 1 war die Hardware besser, als der Plan angibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to open this case&apos;s scenario.</source>
        <translation>Doppelklicken, um das Szenario dieses Falls zu öffnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The measurement&apos;s id in resources/validation/measurements.csv.</source>
        <translation>Die ID der Messung in resources/validation/measurements.csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class the case reports under: device class, hybrid offload or multi-node.</source>
        <translation>Die Klasse, unter der der Fall zählt: Geräteklasse, hybrides Offload oder Multi-Node.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan figure the measurement is compared with; its unit is in the name.</source>
        <translation>Die Plankennzahl, mit der die Messung verglichen wird; ihre Einheit steht im Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The published measurement, in the figure&apos;s unit.</source>
        <translation>Die veröffentlichte Messung, in der Einheit der Kennzahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the planner computes for the case&apos;s scenario.</source>
        <translation>Was der Planer für das Szenario des Falls berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured over predicted.</source>
        <translation>Gemessen durch vorhergesagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A and B are fitted and counted; C is shown only.</source>
        <translation>A und B werden angepasst und gezählt; C wird nur angezeigt.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::ValidationView</name>
    <message>
        <location filename="../../app/gui/widgets/validation_view.cpp" line="+125"/>
        <source>Speeds (%1)</source>
        <translation>Geschwindigkeiten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times (%1)</source>
        <translation>Zeiten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (%1)</source>
        <translation>Speicher (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speed cases (decode and prefill tokens per second, per stream, aggregate or per node), in tok/s.</source>
        <translation>Geschwindigkeitsfälle (Decode- und Prefill-Tokens pro Sekunde, pro Stream, gesamt oder pro Knoten), in tok/s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time cases (time per output token, time to first token, end-to-end latency), all in seconds: a time per output token given in ms is drawn divided by 1000.</source>
        <translation>Zeitfälle (Zeit pro Ausgabe-Token, Zeit bis zum ersten Token, End-to-End-Latenz), alle in Sekunden: Eine in ms angegebene Zeit pro Ausgabe-Token wird durch 1000 geteilt dargestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory cases (KV cache, weights, memory used), in GB.</source>
        <translation>Speicherfälle (KV-Cache, Gewichte, belegter Speicher), in GB.</translation>
    </message>
    <message>
        <source>Each case&apos;s published measurement against the planner&apos;s prediction on log-log axes. The solid line is a perfect prediction; the dashed lines are ±25 % and ±50 %. Click a point to open its case.</source>
        <translation type="vanished">Die veröffentlichte Messung jedes Falls gegen die Vorhersage des Planers auf doppelt logarithmischen Achsen. Die durchgezogene Linie ist eine perfekte Vorhersage, die gestrichelten Linien liegen bei ±25 % und ±50 %. Einen Punkt anklicken, um seinen Fall zu öffnen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Every mapped measurement; double-click or press Enter to open its scenario.</source>
        <translation>Jede zugeordnete Messung; Doppelklick oder Eingabetaste öffnet ihr Szenario.</translation>
    </message>
    <message>
        <source>Median absolute error |predicted / measured − 1| and the share of cases within 25 % and 50 %, over tier A and B cases.</source>
        <translation type="vanished">Median des absoluten Fehlers |vorhergesagt / gemessen − 1| und der Anteil der Fälle innerhalb von 25 % und 50 %, über die Fälle der Stufen A und B.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+524"/>
        <source>Cross-validate</source>
        <translation>Kreuzvalidieren</translation>
    </message>
    <message>
        <source>Refit, for each case, the efficiencies its plan uses without that case, then predict it: how well the planner does on hardware it was not fitted to. Takes a while.</source>
        <translation type="vanished">Für jeden Fall die Effizienzen, die sein Plan verwendet, ohne diesen Fall neu anpassen und ihn dann vorhersagen: So gut trifft der Planer Hardware, an die er nicht angepasst wurde. Dauert eine Weile.</translation>
    </message>
    <message>
        <location line="-577"/>
        <source>Each case&apos;s published measurement against the planner&apos;s prediction on log-log axes, coloured by regime (dense or MoE model; one device, several in one machine, several machines, or offload). The solid line is a perfect prediction; the dashed lines are ±25 % and ±50 %. Click a point to open its case.</source>
        <translation>Die veröffentlichte Messung jedes Falls gegen die Vorhersage des Planers auf doppelt logarithmischen Achsen, gefärbt nach Regime (dichtes oder MoE-Modell; ein Gerät, mehrere in einer Maschine, mehrere Maschinen oder Offload). Die durchgezogene Linie ist eine perfekte Vorhersage, die gestrichelten Linien liegen bei ±25 % und ±50 %. Einen Punkt anklicken, um seinen Fall zu öffnen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Per regime, over tier A and B cases: the median absolute error |predicted / measured − 1| in-sample and leave-one-source-out (LOSO), the LOSO median ratio predicted / measured (as speeds: above 1 the plans are too optimistic) and the LOSO share within a factor of 1.5.</source>
        <translation>Je Regime, über die Fälle der Stufen A und B: der Median des absoluten Fehlers |vorhergesagt / gemessen − 1| In-Sample und bei ausgelassener Quelle (LOSO), der LOSO-Median des Verhältnisses vorhergesagt / gemessen (als Geschwindigkeiten: über 1 sind die Pläne zu optimistisch) und der LOSO-Anteil innerhalb eines Faktors 1,5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave one source out: for each source (a blog, a paper, a benchmark repository, an issue thread), rerun the whole calibration without any of its rows, then predict them: how well the planner does on deployments nobody calibrated on. Takes a while.</source>
        <translation>Eine Quelle auslassen: Für jede Quelle (ein Blog, ein Paper, ein Benchmark-Repository, ein Issue-Thread) die ganze Kalibrierung ohne ihre Zeilen wiederholen und diese dann vorhersagen: So gut trifft der Planer Deployments, auf die niemand kalibriert hat. Dauert eine Weile.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cases refitted and predicted so far; the window stays usable meanwhile.</source>
        <translation>Bisher neu angepasste und vorhergesagte Fälle; das Fenster bleibt währenddessen bedienbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m cases</source>
        <translation>%v von %m Fällen</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Cannot read the measurements: %1</source>
        <translation>Die Messungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Measured speed (%1)</source>
        <translation type="vanished">Gemessen (%1)</translation>
    </message>
    <message>
        <source>Predicted speed (%1)</source>
        <translation type="vanished">Vorhergesagt (%1)</translation>
    </message>
    <message>
        <source>Measured time (%1)</source>
        <translation type="vanished">Gemessen (%1)</translation>
    </message>
    <message>
        <source>Predicted time (%1)</source>
        <translation type="vanished">Vorhergesagt (%1)</translation>
    </message>
    <message>
        <source>Measured memory (%1)</source>
        <translation type="vanished">Gemessen (%1)</translation>
    </message>
    <message>
        <source>Predicted memory (%1)</source>
        <translation type="vanished">Vorhergesagt (%1)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Measured (%1)</source>
        <translation>Gemessen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted (%1)</source>
        <translation>Vorhergesagt (%1)</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+181"/>
        <source>predicted = measured</source>
        <translation>vorhergesagt = gemessen</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The regimes of the points on this chart, and the reference lines.</source>
        <translation>Die Klassen der Punkte dieses Diagramms und die Bezugslinien.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Error summary</source>
        <translation>Fehlerübersicht</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, Stufe %3, Quelle %4)&lt;br&gt;%5&lt;br&gt;gemessen %6 %7, vorhergesagt %8 %7&lt;br&gt;Klicken, um das Szenario zu öffnen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in-sample</source>
        <translation>In-Sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOSO</source>
        <translation>LOSO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤1.5×</source>
        <translation>≤1,5×</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Tier A and B cases&lt;/b&gt; from %1 sources; %2 unmapped rows not shown.</source>
        <translation>&lt;b&gt;Fälle der Stufen A und B&lt;/b&gt; aus %1 Quellen; %2 nicht zugeordnete Zeilen ausgeblendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LOSO: %1, the whole calibration rerun without every row of a source; ratio = predicted / measured as speeds (above 1: too optimistic).</source>
        <translation>LOSO: %1, die ganze Kalibrierung ohne alle Zeilen einer Quelle wiederholt; Verhältnis = vorhergesagt / gemessen als Geschwindigkeiten (über 1: zu optimistisch).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave-one-source-out figures: press Cross-validate.</source>
        <translation>Werte bei ausgelassener Quelle: „Kreuzvalidieren“ anklicken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, tier %3)&lt;br&gt;%4&lt;br&gt;measured %5 %6, predicted %7 %6&lt;br&gt;Click to open its scenario.</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; (%2, Stufe %3)&lt;br&gt;%4&lt;br&gt;gemessen %5 %6, vorhergesagt %7 %6&lt;br&gt;Klicken, um das Szenario zu öffnen.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted against measured (%1 cases)</source>
        <translation>Vorhergesagt gegen gemessen (%1 Fälle)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;b&gt;overall&lt;/b&gt;</source>
        <translation>&lt;b&gt;gesamt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>class</source>
        <translation type="vanished">Klasse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>median error</source>
        <translation type="vanished">Medianfehler</translation>
    </message>
    <message>
        <source>within 25 %</source>
        <translation type="vanished">bis 25&#xa0;%</translation>
    </message>
    <message>
        <source>within 50 %</source>
        <translation type="vanished">bis 50&#xa0;%</translation>
    </message>
    <message>
        <source>&lt;b&gt;In-sample&lt;/b&gt; (tier A and B; %1 unmapped rows not shown)</source>
        <translation type="vanished">&lt;b&gt;In-Sample&lt;/b&gt; (Stufen A und B; %1 nicht zugeordnete Zeilen ausgeblendet)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Cross-validated&lt;/b&gt; (%1)</source>
        <translation type="vanished">&lt;br&gt;&lt;b&gt;Kreuzvalidiert&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cross-validated figures: press Cross-validate.</source>
        <translation type="vanished">&lt;br&gt;Kreuzvalidierte Werte: „Kreuzvalidieren“ anklicken.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cross-validating…</source>
        <translation>Kreuzvalidierung läuft…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Open validation case %1</source>
        <translation>Validierungsfall %1 öffnen</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::VerdictBanner</name>
    <message>
        <source>Does not fit on %1 — tight, %2 GB short</source>
        <translation type="vanished">Passt nicht auf %1 – knapp, %2 GB fehlen</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/verdict_banner.cpp" line="+66"/>
        <source>Whether the model, with its KV cache and runtime overheads, fits in the pool&apos;s usable memory.</source>
        <translation>Ob das Modell samt KV-Cache und Laufzeit-Overhead in den nutzbaren Speicher des Pools passt.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The fewest machines of the first group&apos;s system on which this scenario fits (searched up to 64).</source>
        <translation>Die kleinste Anzahl Maschinen des Systems der ersten Gruppe, auf die dieses Szenario passt (gesucht bis 64).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot plan this scenario</source>
        <translation>Dieses Szenario lässt sich nicht planen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fits on %1</source>
        <translation>Passt auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit — tight, %2 GB short — on %1</source>
        <translation>Passt nicht – knapp, %2 GB fehlen – auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit on %1</source>
        <translation>Passt nicht auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit — tight, %1 GB short</source>
        <translation>Passt nicht – knapp, %1 GB fehlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no engine runs it here</source>
        <translation>%1: Keine Engine führt das hier aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smallest pool of this system that fits: %1 × %2</source>
        <translation>Kleinster passender Pool dieses Systems: %1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pool of up to 64 × %1 fits.</source>
        <translation>Kein Pool mit bis zu 64 × %1 passt.</translation>
    </message>
</context>
<context>
    <name>deepplan::gui::WhatIfView</name>
    <message>
        <location filename="../../app/gui/widgets/what_if_view.cpp" line="+135"/>
        <source>Decode speed against concurrency</source>
        <translation>Decode-Geschwindigkeit gegen Nebenläufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concurrent sequences</source>
        <translation>gleichzeitige Sequenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>tok/s per stream</source>
        <translation>tok/s pro Stream</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>tok/s all streams</source>
        <translation>tok/s alle Streams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per stream</source>
        <translation>pro Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all streams</source>
        <translation>alle Streams</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Decode tokens per second as more sequences share the hardware; the dark dot is the current setting.</source>
        <translation>Decode-Tokens pro Sekunde, wenn sich mehr Sequenzen die Hardware teilen; der dunkle Punkt ist die aktuelle Einstellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speed and memory against context length</source>
        <translation>Geschwindigkeit und Speicher gegen Kontextlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context tokens</source>
        <translation>Kontext-Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>memory used, GB</source>
        <translation>belegter Speicher, GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decode speed and memory in use as each sequence holds more tokens; the dark dot is the current setting.</source>
        <translation>Decode-Geschwindigkeit und belegter Speicher, wenn jede Sequenz mehr Tokens hält; der dunkle Punkt ist die aktuelle Einstellung.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+28"/>
        <source>Will this LLM fit my hardware, on how many machines, and how fast will it run?</source>
        <translation>Passt dieses LLM auf meine Hardware, auf wie vielen Maschinen, und wie schnell läuft es?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan file (*.deepplan.json) to open.</source>
        <translation>Eine zu öffnende Plandatei (*.deepplan.json).</translation>
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
