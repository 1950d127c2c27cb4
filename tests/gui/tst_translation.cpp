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

#include "gui_test_support.h"

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
        QCOMPARE(tabs->tabText(0), QStringLiteral("Spei&cher"));
        QStringList tabTexts;
        for (int i = 0; i < tabs->count(); ++i) tabTexts << tabs->tabText(i);
        QVERIFY2(tabTexts.contains(QStringLiteral("Kosten")), qPrintable(tabTexts.join(u'|')));
        QVERIFY2(tabTexts.contains(QStringLiteral("Val&idierung")), qPrintable(tabTexts.join(u'|')));

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

    void cleanupTestCase() { QCoreApplication::removeTranslator(&german_); }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
