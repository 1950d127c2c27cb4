// The German translation: it is embedded, main.cpp's way of loading it finds
// it for a German locale, and real widgets then show German, including the
// strings whose translation context is easy to get wrong (tr() in a
// namespaced class, QT_TRANSLATE_NOOP tables, preset names from JSON).

#include <algorithm>

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTranslator>

#include <set>

#include <QAction>
#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "core_text.h"
#include "deepplan/validation.hpp"
#include "gui_test_support.h"
#include "presets.h"

using namespace deepplan;
using namespace deepplan::gui;

namespace {

/// What main.cpp does, for a given locale.
bool loadDeepPlanTranslation(QTranslator& translator, const QLocale& locale)
{
    return translator.load(locale, QStringLiteral("deepplan"), QStringLiteral("_"), QStringLiteral(":/i18n"));
}

QString formLabel(QWidget* field)
{
    auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout());
    if (form == nullptr) return {};
    auto* label = qobject_cast<QLabel*>(form->labelForField(field));
    return label != nullptr ? label->text() : QString();
}

}  // namespace

class TestTranslation : public QObject {
    Q_OBJECT
private:
    QTemporaryDir settings_;
    QTemporaryDir user_;
    std::unique_ptr<CatalogStore> catalog_;
    QTranslator german_;

private slots:
    void initTestCase()
    {
        test::isolate(settings_);
        catalog_ = test::makeCatalog(user_.path());
        QVERIFY(catalog_->isValid());
    }

    void englishLocalesStayEnglish()
    {
        QTranslator english;
        QVERIFY(!loadDeepPlanTranslation(english, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void germanLocaleLoadsTheEmbeddedTranslation()
    {
        QVERIFY(loadDeepPlanTranslation(german_, QLocale(QLocale::German, QLocale::Germany)));
        QVERIFY(!german_.isEmpty());
        QCOMPARE(german_.language(), QStringLiteral("de_DE"));
        QVERIFY(QCoreApplication::installTranslator(&german_));
        QCOMPARE(QCoreApplication::translate("deepplan::gui::MainWindow", "&File"), QStringLiteral("&Datei"));
    }

    void mainWindowShowsGerman()
    {
        MainWindow window(catalog_.get());

        // Menus and the plan tabs.
        QStringList menus;
        for (QAction* a : window.menuBar()->actions()) menus << a->text();
        QCOMPARE(menus.value(0), QStringLiteral("&Datei"));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("planTabs"));
        QVERIFY(tabs != nullptr);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Spe&icher"));
        QStringList tabTexts;
        for (int i = 0; i < tabs->count(); ++i) tabTexts << tabs->tabText(i);
        QVERIFY2(tabTexts.contains(QStringLiteral("K&osten")), qPrintable(tabTexts.join(u'|')));
        QVERIFY2(tabTexts.contains(QStringLiteral("Validie&rung")), qPrintable(tabTexts.join(u'|')));

        // tr() in ScenarioPanel (lupdate once filed these under the wrong context).
        auto* model = window.findChild<QComboBox*>(QStringLiteral("modelCombo"));
        QVERIFY(model != nullptr);
        QCOMPARE(formLabel(model), QStringLiteral("&Modell"));

        // The key figure titles come from a QT_TRANSLATE_NOOP table.
        auto* figures = window.findChild<QWidget*>(QStringLiteral("keyFigures"));
        QVERIFY(figures != nullptr);
        QStringList titles;
        for (QLabel* l : figures->findChildren<QLabel*>())
            if (l->property("role").toString() == QLatin1String("title")) titles << l->text();
        QVERIFY2(titles.contains(QStringLiteral("Maschinen")), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.contains(QStringLiteral("Engpass")), qPrintable(titles.join(u'|')));

        // The verdict, built from several translated pieces.
        auto* verdict = window.findChild<QLabel*>(QStringLiteral("verdictTitle"));
        QVERIFY(verdict != nullptr);
        QVERIFY2(verdict->text().startsWith(QStringLiteral("Passt")), qPrintable(verdict->text()));
    }

    void everyBuiltinPresetNameIsTranslated()
    {
        QFile file(QStringLiteral(":/deepplan/presets.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray presets = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("presets")).toArray();
        QVERIFY(!presets.isEmpty());
        for (const auto& p : presets) {
            const QByteArray name = p.toObject().value(QStringLiteral("name")).toString().toUtf8();
            QVERIFY2(!german_.translate("Preset", name.constData()).isEmpty(),
                     qPrintable(QStringLiteral("no German name for the preset \"%1\"; add it to kPresetNames in "
                                               "app/gui/presets.cpp and translate it")
                                    .arg(QString::fromUtf8(name))));
        }
    }

    void germanWindowFitsWhereEnglishDoes()
    {
        // German words are longer: the widest plan (the Cost tab's headline,
        // the pool buttons) must still fit the window's default 1280 pixels,
        // or at least be no wider than the English window.
        auto minimumWidth = [this] {
            MainWindow w(catalog_.get());
            w.restoreSession(test::dataPath("gui/cli-h100-fp8.deepplan.json"));
            return w.minimumSizeHint().width();
        };
        const int german = minimumWidth();
        QCoreApplication::removeTranslator(&german_);
        const int english = minimumWidth();
        QCoreApplication::installTranslator(&german_);
        QVERIFY2(german <= std::max(english, 1280),
                 qPrintable(QStringLiteral("German window needs %1 px, English %2 px").arg(german).arg(english)));
    }

    void everyMessageOfEveryTranslationIsTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        const QDir dir(QStringLiteral(RESOURCES_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("deepplan_de.ts")));
        QVERIFY(files.contains(QStringLiteral("deepplan_zh_CN.ts")));
        for (const QString& f : files) QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void everyMessageOfEveryTranslationIsTranslated()
    {
        QFETCH(QString, ts);
        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        int messages = 0;
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|[vm])"));
        auto placeholders = [](const QString& text) {
            QStringList out;
            auto it = placeholder.globalMatch(text);
            while (it.hasNext()) out << it.next().captured(0);
            out.sort();
            out.removeDuplicates();
            return out;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) continue;
            if (xml.name() == QLatin1String("name")) context = xml.readElementText();
            else if (xml.name() == QLatin1String("source")) source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                // A plural message (tr() with %n) has one <numerusform> per
                // plural form of the language; each is checked on its own.
                QStringList forms;
                QString text;
                while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation"))) {
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) forms << xml.readElementText();
                    else if (xml.isCharacters()) text += xml.text();
                }
                if (forms.isEmpty()) forms << text;
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) continue;
                ++messages;
                const QString where = context + QStringLiteral(" / ") + source;
                for (const QString& form : forms) {
                    if (type == QLatin1String("unfinished") || form.isEmpty()) problems << QStringLiteral("untranslated: ") + where;
                    else if (placeholders(form) != placeholders(source)) problems << QStringLiteral("placeholders differ: ") + where;
                    // A translation may drop a mnemonic (no free letter in its
                    // window; tst_usability checks clashes) but never adds one.
                    else if (form.count(QLatin1Char('&')) > source.count(QLatin1Char('&')))
                        problems << QStringLiteral("mnemonic added: ") + where;
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 600, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noCoreTextBypassesTranslation()
    {
        // Every text the core shows the user, over every preset, every
        // validation case and scenarios chosen to raise each warning, matches
        // a CoreText template (which lupdate offers to the translators).
        std::vector<Scenario> scenarios;
        for (const Preset& p : builtin_presets()) scenarios.push_back(p.scenario);
        const auto cases = read_cases(std::filesystem::path(RESOURCES_DIR) / "validation" / "measurements.csv");
        QVERIFY(cases.ok());
        for (const auto& c : cases.value()) scenarios.push_back(c.scenario);
        auto with = [](const char* spec, const char* model, const char* variant, const char* engine, auto&& change) {
            Scenario s = default_scenario();
            s.model = model;
            s.variant = variant;
            s.engine = engine;
            s.pool = parse_pool_spec(spec).value();
            change(s);
            return s;
        };
        auto none = [](Scenario&) {};
        scenarios.push_back(with("1x pc-ddr5+1x rtx-4090", "deepseek-r1", "q4_k_m", "llama.cpp",
                                 [](Scenario& s) { s.offload = OffloadMode::None; }));            // overflow reasons
        scenarios.push_back(with("4x pc-ddr5+1x rtx-4090", "deepseek-r1", "q4_k_m", "ktransformers", none));  // one machine only
        scenarios.push_back(with("3x mac-studio-m2-ultra-192g@tb4", "deepseek-r1", "q4_k_m", "auto", [](Scenario& s) {
            s.workload.mtp = true;                                                           // MTP off, auto, TCP hops
            s.workload.context = 163840;                                                     // the maximum
            s.workload.prompt = 150000;
            s.workload.output = 60000;                                                       // prompt + output > context
            s.workload.concurrency = 64;                                                     // memory holds fewer
        }));
        scenarios.push_back(with("2x mac-studio-m2-ultra-192g@tb4", "deepseek-r1", "q4_k_m", "llama.cpp",
                                 [](Scenario& s) { s.apple_raise_wired_limit = true; }));
        scenarios.push_back(with("1x mac-studio-m3-ultra-512g", "deepseek-r1", "q4_k_m", "llama.cpp", none));
        scenarios.push_back(with("1x hgx-h100-8", "deepseek-r1", "fp8", "sglang", [](Scenario& s) { s.workload.mtp = true; }));
        scenarios.push_back(with("1x pc-ddr5-128g+1x rtx-4090", "deepseek-r1", "ud-iq1_s", "llama.cpp",
                                 [](Scenario& s) { s.offload = OffloadMode::Layers; }));
        scenarios.push_back(with("1x server-xeon-6454s-2s+1x rtx-4090", "deepseek-r1", "q4_k_m", "ktransformers",
                                 [](Scenario& s) { s.offload = OffloadMode::Experts; }));
        scenarios.push_back(with("2x hgx-h100-8@ib-ndr400", "deepseek-r1", "fp8", "vllm", none));
        scenarios.push_back(with("1x laptop-16g", "deepseek-r1-distill-qwen-1.5b", "q4_k_m", "llama.cpp", none));
        scenarios.push_back(with("6x mac-studio-m2-ultra-192g@tb4", "deepseek-r1", "fp8", "auto", none));  // no engine, Q8_0
        scenarios.push_back(with("1x hgx-h100-8", "deepseek-r1", "mlx-4bit", "auto", none));       // no engine, 4-bit
        scenarios.push_back(with("1x pc-ddr5-128g+1x rtx-4090", "deepseek-r1", "ud-iq1_s", "auto", none));  // tight, host RAM
        scenarios.push_back(with("1x server-pcie+2x h100-sxm-80g", "deepseek-r1", "ud-iq1_s", "llama.cpp", [](Scenario& s) {
            s.offload = OffloadMode::None;  // tight on the GPUs: a shorter context would do
            s.workload.context = 65536;
            s.workload.concurrency = 6;
        }));
        scenarios.push_back(with("1x server-pcie+2x h100-sxm-80g", "deepseek-r1", "ud-iq1_m", "llama.cpp", [](Scenario& s) {
            s.offload = OffloadMode::None;  // tight on the GPUs: a smaller quant would do
            s.workload.context = 16384;
        }));

        std::set<std::string> seen;
        QStringList unknown;
        int planned = 0;
        for (const Scenario& s : scenarios) {
            const auto r = plan(s, catalog_->catalog());
            if (!r.ok()) continue;
            ++planned;
            const Plan& p = r.value();
            std::vector<std::string> texts = p.reasons;
            texts.insert(texts.end(), p.warnings.begin(), p.warnings.end());
            if (!p.layout.mode.empty()) texts.push_back(p.layout.mode);
            for (const auto& a : p.assumptions) {
                texts.push_back(a.name);
                texts.push_back(a.unit);
            }
            for (const auto& d : p.memory.per_device) texts.push_back(d.holds);
            for (const auto& t : texts) {
                if (t.empty() || !seen.insert(t).second) continue;
                if (!CoreText::isKnown(t)) unknown << QString::fromStdString(t);
            }
        }
        QVERIFY(planned > 50);
        QVERIFY2(seen.size() > 60, qPrintable(QString::number(seen.size())));
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("core texts without a CoreText template:\n") +
                                               unknown.join(QLatin1Char('\n'))));
    }

    void chineseLocaleShowsChineseIncludingCoreTexts()
    {
        QCoreApplication::removeTranslator(&german_);
        QTranslator chinese;
        QVERIFY(loadDeepPlanTranslation(chinese, QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        {
            MainWindow window(catalog_.get());
            QStringList menus;
            for (QAction* a : window.menuBar()->actions()) menus << a->text();
            QCOMPARE(menus.value(0), QStringLiteral("文件(&F)"));
            auto* model = window.findChild<QComboBox*>(QStringLiteral("modelCombo"));
            QCOMPARE(formLabel(model), QStringLiteral("模型(&M)"));
            // A core warning and an assumption name, in Chinese, with the figures in them.
            QCOMPARE(CoreText::translate("memory holds 12 sequences at this context"),
                     QStringLiteral("在此上下文长度下内存可容纳 12 个序列"));
            QCOMPARE(CoreText::translate("KV cache per token"), QStringLiteral("每 token 的 KV 缓存"));
            QCOMPARE(CoreText::translate("rtx-4090 on machine 1 needs 142.5 GB (weights 140.1, KV cache 1.2) but has 22.3 GB usable"),
                     QStringLiteral("机器 1 上的 rtx-4090 需要 142.5 GB（权重 140.1，KV 缓存 1.2），但只有 22.3 GB 可用"));
            // Terms the translation keeps consistent.
            QVERIFY(CoreText::translate("tensor-parallel") == QStringLiteral("张量并行"));
            auto* banner = window.findChild<QLabel*>(QStringLiteral("verdictTitle"));
            QVERIFY2(banner->text().startsWith(QStringLiteral("能装进")), qPrintable(banner->text()));
        }
        QCoreApplication::removeTranslator(&chinese);
        QCoreApplication::installTranslator(&german_);
        // In German, figures take the German decimal comma.
        QCOMPARE(CoreText::translate("memory holds 12 sequences at this context"),
                 QStringLiteral("der Speicher fasst bei diesem Kontext 12 Sequenzen"));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&german_); }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
