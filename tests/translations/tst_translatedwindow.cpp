#include "app/uilanguage.h"
#include "core/clock.h"
#include "core/spec/specrepository.h"
#include "tests/translations/keptwords.h"
#include "ui/mainwindow.h"
#include "ui/run/runpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;
using Esi::App::UiLanguage;
using Esi::Core::SpecPtr;
using Esi::Ui::MainWindow;

namespace {

// One text the user sees, and where: the same walk over the English and a translated window yields the
// same list, so the two can be compared entry by entry.
struct SeenText
{
    QString where;
    QString text;
};

// A localized, paged, authed route: the run panel shows the language box, paging choice, character
// requirement and a full parameter form.
const QString shownOperation = u"GetCorporationsCorporationIdStructures"_s;

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text)) {
        return text;
    }
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString describe(const QObject *object)
{
    QString path;
    for (const QObject *o = object; o; o = o->parent()) {
        const QString name =
            o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
        path = path.isEmpty() ? name : name + u'/' + path;
    }
    return path;
}

void collectMenu(const QMenu *menu, const QString &where, QList<SeenText> *seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty()) {
            continue;
        }
        seen->append({where + u" > "_s + action->objectName(), action->text()});
        if (action->menu()) {
            collectMenu(action->menu(), where + u" > "_s + action->text(), seen);
        }
    }
}

// Everything visible in the window: title, menus and their actions, toolbars, dock titles, labels,
// buttons, tabs, placeholders, group boxes, column headers and tooltips.
QList<SeenText> collectTexts(const MainWindow &window)
{
    QList<SeenText> seen;
    seen.append({u"window title"_s, window.windowTitle()});
    for (QAction *action : window.menuBar()->actions()) {
        seen.append({u"menu bar"_s, action->text()});
        if (action->menu()) {
            collectMenu(action->menu(), u"menu "_s + action->objectName(), &seen);
        }
    }
    for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
        seen.append({describe(bar), bar->windowTitle()});
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator() && !action->text().isEmpty()) {
                seen.append({describe(bar) + u" action"_s, action->text()});
                seen.append({describe(bar) + u" tooltip"_s, action->toolTip()});
            }
        }
    }
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        seen.append({describe(dock), dock->windowTitle()});
    }
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window)) {
            continue;
        }
        const QString where = describe(widget);
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            seen.append({where, plain(label->text())});
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            seen.append({where, button->text()});
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                seen.append({where + u" tab "_s + QString::number(i), tabs->tabText(i)});
            }
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            seen.append({where + u" placeholder"_s, edit->placeholderText()});
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            seen.append({where, group->title()});
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget); header && header->model()) {
            for (int section = 0; section < header->count(); ++section) {
                seen.append({where + u" section "_s + QString::number(section),
                             header->model()->headerData(section, header->orientation()).toString()});
            }
        }
        seen.append({where + u" tooltip"_s, plain(widget->toolTip())});
    }
    return seen;
}

// Texts a translated window rightly shows in English: words the language keeps (keptwords.h), protocol
// vocabulary (header names, JSON Schema types such as "integer (int64)"), and what the window shows from
// the spec, which ESI publishes in English only (title, dates, method and path, summaries, parameter
// descriptions).
bool keptOnPurpose(const QString &text, const QString &language, const SpecPtr &spec)
{
    static const QRegularExpression kept(u"^(ESI: .*|.*\\d{4}-\\d{2}-\\d{2}.*|HTTP .*|"
                                         "(integer|number|string|boolean|array|object)( \\(\\w+\\))?( .*)?)$"_s);
    if (KeptWords::allKept(text, language) || kept.match(text).hasMatch()) {
        return true;
    }
    if (text == spec->title() || spec->operation(text) || text.startsWith(u'/') || text.startsWith(u"esi-"_s)) {
        return true;
    }
    const Esi::Core::Operation *shown = spec->operation(shownOperation);
    QStringList fromSpec{shown->summary, shown->description};
    for (const auto &parameter : shown->parameters) {
        fromSpec << parameter.name << parameter.description;
    }
    return std::any_of(fromSpec.cbegin(), fromSpec.cend(),
                       [&](const QString &part) { return !part.trimmed().isEmpty() && text.contains(part.trimmed()); });
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void window_isTranslatedAndNothingClips_data();
    void window_isTranslatedAndNothingClips();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &language);
    static QStringList clippedTexts(MainWindow &window);

    SpecPtr m_spec;
    QTemporaryDir m_cache;
    QNetworkAccessManager m_network;
    Esi::Core::SystemClock m_clock;
    std::unique_ptr<Esi::Core::SpecRepository> m_repository;
};

void TestTranslatedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_cache.isValid());
    const auto result = Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(result, qPrintable(result.error.toString()));
    m_spec = result.spec;
    QVERIFY(m_spec->operation(shownOperation));
    m_repository =
        std::make_unique<Esi::Core::SpecRepository>(&m_network, m_cache.path(), QUrl(u"http://127.0.0.1:8097"_s));
}

std::unique_ptr<MainWindow> TestTranslatedWindow::makeWindow(const QString &language)
{
    Esi::Ui::ExplorerServices services;
    services.clock = &m_clock;
    services.specRepository = m_repository.get();
    services.language = language;
    auto window = std::make_unique<MainWindow>(services);
    window->setSpec(m_spec);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->selectOperation(shownOperation)) {
        return nullptr;
    }
    QTest::qWait(50); // let layouts settle after the form is rebuilt
    return window;
}

void TestTranslatedWindow::window_isTranslatedAndNothingClips_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : UiLanguage::supported()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslatedWindow::window_isTranslatedAndNothingClips()
{
    QFETCH(QString, language);
    QList<SeenText> english;
    {
        std::unique_ptr<MainWindow> window = makeWindow(u"en"_s);
        QVERIFY(window);
        english = collectTexts(*window);
    }

    UiLanguage uiLanguage;
    QStringList problems;
    QVERIFY2(uiLanguage.apply(language, QLocale(u"en_US"_s), &problems), qPrintable(problems.join(u'\n')));
    std::unique_ptr<MainWindow> window = makeWindow(language);
    QVERIFY(window);

    // The interface language is also the default Accept-Language of calls.
    QCOMPARE(window->runPanel()->options().language, language);

    const QList<SeenText> translated = collectTexts(*window);
    QCOMPARE(translated.size(), english.size());
    QStringList untranslated;
    for (qsizetype i = 0; i < english.size() && language != u"en"; ++i) {
        QCOMPARE(translated[i].where, english[i].where);
        const QString &text = translated[i].text;
        if (!text.isEmpty() && text == english[i].text && !keptOnPurpose(text, language, m_spec)) {
            untranslated.append(english[i].where + u": \u201c"_s + text + u'\u201d');
        }
    }
    for (const QString &text : std::as_const(untranslated)) {
        qWarning("left in English: %s", qUtf8Printable(text));
    }
    const QStringList clipped = clippedTexts(*window);
    // For looking at the result: ESI_TRANSLATION_SCREENSHOTS=<folder> saves main-<lang>.png there.
    if (const QString folder = qEnvironmentVariable("ESI_TRANSLATION_SCREENSHOTS"); !folder.isEmpty()) {
        QVERIFY(window->grab().save(folder + u"/main-"_s + language + u".png"_s));
    }
    for (const QString &text : clipped) {
        qWarning("clipped at the default window size: %s", qUtf8Printable(text));
    }
    QVERIFY2(
        untranslated.isEmpty() && clipped.isEmpty(),
        qPrintable(
            u"%1 texts left in English, %2 clipped (listed above)"_s.arg(untranslated.size()).arg(clipped.size())));
}

QStringList TestTranslatedWindow::clippedTexts(MainWindow &window)
{
    QStringList clipped;
    // Within the menu bar and each menu, every accelerator picks a different key, or Alt+key cycles instead
    // of triggering.
    QList<const QWidget *> menuLike{window.menuBar()};
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        menuLike.append(menu);
    }
    for (const QWidget *menu : std::as_const(menuLike)) {
        QHash<QChar, QString> keys;
        for (const QAction *action : menu->actions()) {
            const QString key = QKeySequence::mnemonic(action->text()).toString();
            if (action->isSeparator() || !action->isVisible() || key.isEmpty()) {
                continue;
            }
            const QChar letter = key.back().toLower();
            if (keys.contains(letter)) {
                clipped.append(u"%1: \u201c%2\u201d and \u201c%3\u201d share the accelerator %4"_s.arg(
                    describe(menu), keys[letter], action->text(), key));
            }
            keys.insert(letter, action->text());
        }
    }
    const QSize available = window.screen()->availableGeometry().size();
    const QSize expected = QSize(1480, 900).boundedTo(available * 0.9);
    if (window.width() > expected.width() || window.minimumSizeHint().width() > expected.width()) {
        clipped.append(u"the window needs %1 px, wider than its default %2 px"_s.arg(window.minimumSizeHint().width())
                           .arg(expected.width()));
    }
    const QMenuBar *menuBar = window.menuBar();
    const QList<QAction *> menus = menuBar->actions();
    if (!menus.isEmpty() && menuBar->actionGeometry(menus.constLast()).right() > menuBar->width()) {
        clipped.append(u"the menu bar does not fit"_s);
    }
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->sizeHint().width() > available.width()) {
            clipped.append(describe(menu) + u" is wider than the screen"_s);
        }
    }
    for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            const QWidget *button = bar->widgetForAction(action);
            if (!action->isSeparator() && action->isVisible() && button && !button->isVisible()) {
                clipped.append(describe(bar) + u": \u201c"_s + action->text() + u"\u201d moved into the overflow"_s);
            }
        }
    }
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        // Room for the title bar's close and float buttons.
        if (dock->isVisible() && dock->fontMetrics().horizontalAdvance(dock->windowTitle()) + 48 > dock->width()) {
            clipped.append(describe(dock) + u" title \u201c"_s + dock->windowTitle() + u'\u201d');
        }
    }
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->width() <= 0) {
            continue;
        }
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()) {
                continue;
            }
            QString shown = plain(label->text());
            if (label->buddy()) {
                shown.replace(QRegularExpression(u"&(?!&)"_s), QString()); // the mnemonic marker is not drawn
            }
            const QStringList lines = shown.split(u'\n');
            for (const QString &line : lines) {
                const int needed = label->fontMetrics().horizontalAdvance(line);
                if (needed > label->contentsRect().width() + 1) {
                    clipped.append(u"%1 \u201c%2\u201d needs %3 px, has %4"_s.arg(describe(label), line)
                                       .arg(needed)
                                       .arg(label->contentsRect().width()));
                }
            }
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1) {
                clipped.append(u"%1 \u201c%2\u201d needs %3 px, has %4"_s.arg(describe(button), button->text())
                                   .arg(button->sizeHint().width())
                                   .arg(button->width()));
            }
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QRect rect = tabs->tabRect(i);
                const int text = tabs->fontMetrics().horizontalAdvance(QString(tabs->tabText(i)).remove(u'&'));
                if (rect.width() < text || rect.right() > tabs->width()) {
                    clipped.append(u"%1 tab \u201c%2\u201d"_s.arg(describe(tabs), tabs->tabText(i)));
                }
            }
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget); header && header->model()) {
            // Column titles: a section the table lays out narrower than its title cuts the title off.
            for (int section = 0; section < header->count(); ++section) {
                const QString title = header->model()->headerData(section, header->orientation()).toString();
                const int needed = header->fontMetrics().horizontalAdvance(title) + 4;
                if (!header->isSectionHidden(section) && header->orientation() == Qt::Horizontal &&
                    header->sectionSize(section) < needed) {
                    clipped.append(u"%1 column \u201c%2\u201d needs %3 px, has %4"_s.arg(describe(header), title)
                                       .arg(needed)
                                       .arg(header->sectionSize(section)));
                }
            }
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
            if (needed > combo->width()) {
                clipped.append(u"%1 \u201c%2\u201d"_s.arg(describe(combo), combo->currentText()));
            }
        }
    }
    return clipped;
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
