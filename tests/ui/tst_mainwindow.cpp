#include "core/spec/specrepository.h"
#include "esiversion.h"
#include "ui/browse/operationdocsview.h"
#include "ui/browse/operationfilterproxymodel.h"
#include "ui/browse/operationtreemodel.h"
#include "ui/browse/operationtreepanel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::Spec;
using Esi::Core::SpecPtr;
using Esi::Ui::MainWindow;
using Esi::Ui::MessageBanner;
using Esi::Ui::OperationDocsView;
using Esi::Ui::OperationTreeModel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void window_showsSpecInTitleAndStatusBar();
    void filterAndSelect_showsOperationDocs();
    void shortcuts_focusAndClearFilter();
    void filterReturn_selectsFirstMatch();
    void openMalformedSpec_showsErrorAndKeepsSpec();
    void openMissingSpec_namesTheFile();
    void openValidSpec_replacesSpecAndDismissesError();
    void about_namesVersions();
    void widgets_haveNamesForTestsAndAccessibility();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1StringView(name));
        if (!found) {
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    void selectOperation(const QString &operationId);

    SpecPtr m_spec;
    QTemporaryDir m_cache;
    QNetworkAccessManager m_network;
    std::unique_ptr<Esi::Core::SpecRepository> m_repository;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_cache.isValid());
    const auto result = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(result, qPrintable(result.error.toString()));
    m_spec = result.spec;
}

void TestMainWindow::init()
{
    m_repository =
        std::make_unique<Esi::Core::SpecRepository>(&m_network, m_cache.path(), QUrl(u"http://127.0.0.1:8097"_s));
    m_window = std::make_unique<MainWindow>(m_repository.get());
    m_window->setSpec(m_spec);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_repository.reset();
}

void TestMainWindow::selectOperation(const QString &operationId)
{
    auto *tree = child<QTreeView>("operationTree");
    auto *proxy = qobject_cast<Esi::Ui::OperationFilterProxyModel *>(tree->model());
    QVERIFY(proxy);
    auto *model = qobject_cast<OperationTreeModel *>(proxy->sourceModel());
    const QModelIndex index = proxy->mapFromSource(model->indexForOperationId(operationId));
    QVERIFY2(index.isValid(), qPrintable(operationId + u" is filtered out"_s));
    tree->scrollTo(index);
    QTRY_VERIFY(tree->visualRect(index).isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

void TestMainWindow::window_showsSpecInTitleAndStatusBar()
{
    QCOMPARE(m_window->windowTitle(), u"ESI Studio \u2014 2026-07-21"_s);
    const QString status = child<QLabel>("specStatusLabel")->text();
    QVERIFY2(status.contains(u"219 operations"_s), qPrintable(status));
    QVERIFY(status.contains(u"2026-07-21"_s));
    QVERIFY(status.contains(u"OpenAPI 3.1"_s));
    QVERIFY(status.contains(m_spec->title()));
    QVERIFY(child<QLabel>("serverStatusLabel")->text().contains(u"127.0.0.1:8097"_s));
    QVERIFY(!child<MessageBanner>("messageBanner")->isVisible());
}

void TestMainWindow::filterAndSelect_showsOperationDocs()
{
    auto *filter = child<QLineEdit>("operationFilter");
    auto *tree = child<QTreeView>("operationTree");
    auto *docs = child<OperationDocsView>("operationDocs");
    QCOMPARE(filter->placeholderText(), u"Filter operations (id, path, summary, tag:, scope:)"_s);

    filter->setFocus();
    QTest::keyClicks(filter, u"assets"_s);
    QCOMPARE(filter->text(), u"assets"_s);
    QVERIFY(tree->model()->rowCount() < 36);
    // Tags are expanded while filtering so matches are visible without clicking.
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        QVERIFY(tree->isExpanded(tree->model()->index(row, 0)));
    }
    QVERIFY(child<QLabel>("operationCountLabel")->text().contains(u"of 219"_s));

    selectOperation(u"GetCharactersCharacterIdAssets"_s);
    QTRY_COMPARE(docs->operationIndex(), m_spec->indexOf(u"GetCharactersCharacterIdAssets"));
    const QString text = docs->toPlainText();
    QVERIFY2(text.contains(u"esi-assets.read_assets.v1"_s), qPrintable(text));
    QVERIFY(text.contains(u"char-asset"_s));
    QVERIFY(text.contains(u"/characters/{character_id}/assets"_s));

    // The picture in the README and the check that the layout reads well.
    QVERIFY(QDir().mkpath(QStringLiteral(ESI_BINARY_DIR "/screenshots")));
    QVERIFY(m_window->grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/main-window.png")));

    // Narrowing the filter past the selection keeps the docs; clearing it reveals the selection again.
    QTest::keyClicks(filter, u" zzzz"_s);
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(child<QLabel>("operationCountLabel")->text().contains(u"No operation matches"_s));
    QCOMPARE(docs->operationIndex(), m_spec->indexOf(u"GetCharactersCharacterIdAssets"));
    filter->clear();
    QCOMPARE(tree->model()->rowCount(), 36);
    const QModelIndex current = tree->currentIndex();
    QCOMPARE(current.data(OperationTreeModel::OperationIdRole).toString(), u"GetCharactersCharacterIdAssets"_s);
    QVERIFY(tree->isExpanded(current.parent()));
}

void TestMainWindow::shortcuts_focusAndClearFilter()
{
    auto *filter = child<QLineEdit>("operationFilter");
    auto *tree = child<QTreeView>("operationTree");
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"scope:assets"_s);
    QVERIFY(tree->model()->rowCount() < 36);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(tree->model()->rowCount(), 36);
}

void TestMainWindow::filterReturn_selectsFirstMatch()
{
    auto *filter = child<QLineEdit>("operationFilter");
    auto *docs = child<OperationDocsView>("operationDocs");
    filter->setFocus();
    QTest::keyClicks(filter, u"id:GetCharactersCharacterIdWallet"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(docs->operationIndex(), m_spec->indexOf(u"GetCharactersCharacterIdWallet"));
    QVERIFY(child<QTreeView>("operationTree")->hasFocus());
}

void TestMainWindow::openMalformedSpec_showsErrorAndKeepsSpec()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"broken-spec.json"_s);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {,}\n}\n");
    file.close();

    selectOperation(u"GetCharactersCharacterIdAssets"_s);
    QVERIFY(!m_window->openSpecFile(fileName));

    auto *banner = child<MessageBanner>("messageBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->title().contains(u"broken-spec.json"_s), qPrintable(banner->title()));
    QVERIFY2(banner->details().contains(u"broken-spec.json:3:"_s), qPrintable(banner->details()));
    QVERIFY(banner->details().contains(u"malformed JSON"_s));
    QVERIFY(banner->details().contains(u"Still showing the spec for 2026-07-21"_s));

    // Nothing was replaced.
    QCOMPARE(m_window->spec(), m_spec);
    QCOMPARE(m_window->windowTitle(), u"ESI Studio \u2014 2026-07-21"_s);
    QCOMPARE(child<QTreeView>("operationTree")->model()->rowCount(), 36);
    QCOMPARE(child<OperationDocsView>("operationDocs")->operationIndex(),
             m_spec->indexOf(u"GetCharactersCharacterIdAssets"));

    QVERIFY(m_window->grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/main-window-spec-error.png")));
    QTest::mouseClick(child<QWidget>("messageBannerClose"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::openMissingSpec_namesTheFile()
{
    const QString fileName = m_cache.filePath(u"does-not-exist.json"_s);
    QVERIFY(!m_window->openSpecFile(fileName));
    auto *banner = child<MessageBanner>("messageBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->details().contains(fileName), qPrintable(banner->details()));
    QCOMPARE(m_window->spec(), m_spec);
}

void TestMainWindow::openValidSpec_replacesSpecAndDismissesError()
{
    QVERIFY(!m_window->openSpecFile(m_cache.filePath(u"missing.json"_s)));
    QVERIFY(child<MessageBanner>("messageBanner")->isVisible());

    QVERIFY(m_window->openSpecFile(QStringLiteral(ESI_TEST_DATA "/openapi-2025-08-26.json")));
    QVERIFY(!child<MessageBanner>("messageBanner")->isVisible());
    QCOMPARE(m_window->spec()->version(), u"2025-08-26"_s);
    QCOMPARE(m_window->windowTitle(), u"ESI Studio \u2014 2025-08-26"_s);
    QCOMPARE(child<QTreeView>("operationTree")->model()->rowCount(), m_window->spec()->tags().size());
    QCOMPARE(child<OperationDocsView>("operationDocs")->operationIndex(), -1);
    QVERIFY(child<QLabel>("specStatusLabel")->text().contains(u"2025-08-26"_s));
}

void TestMainWindow::about_namesVersions()
{
    const QString about = m_window->aboutText();
    QVERIFY(about.contains(QStringLiteral(ESI_STUDIO_VERSION)));
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    auto *action = child<QAction>("aboutAction");
    QVERIFY(!action->text().isEmpty());
    QVERIFY(child<QAction>("openSpecAction")->shortcut() == QKeySequence(QKeySequence::Open));
}

void TestMainWindow::widgets_haveNamesForTestsAndAccessibility()
{
    for (const char *name : {"operationTreePanel", "operationFilter", "operationTree", "operationCountLabel",
                             "operationDocs", "explorerSplitter", "messageBanner", "specStatusLabel",
                             "serverStatusLabel", "messageBannerClose", "menuBar", "statusBar"}) {
        QWidget *widget = child<QWidget>(name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // Neither side starts squeezed: the tree needs room for ids and badges, the work area for the form,
    // docs and the result table.
    const QList<int> sizes = child<QSplitter>("explorerSplitter")->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY2(sizes.at(0) >= 280, qPrintable(QString::number(sizes.at(0))));
    QVERIFY2(sizes.at(1) >= 700, qPrintable(QString::number(sizes.at(1))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
