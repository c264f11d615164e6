#pragma once

#include "core/result/callhistorystore.h"
#include "tokenmanagerfixture.h"
#include "ui/tokens/tokenlistmodel.h"
#include "ui/tokens/tokenmanagerwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QTest>
#include <memory>

// The character manager window shown over a TokenManagerFixture, for the window's tests.
struct ManagerWindow
{
    explicit ManagerWindow(TokenManagerFixture &fixture, Esi::Core::CallHistoryStore *history = nullptr)
    {
        Esi::Ui::TokenManagerServices services;
        services.store = &*fixture.store;
        services.secrets = &fixture.secrets;
        services.clock = &fixture.sandbox.clock;
        services.history = history;
        window = std::make_unique<Esi::Ui::TokenManagerWindow>(services);
        window->setSpec(fixture.spec);
        window->setCountdownInterval(60 * 60 * 1000); // the test moves the countdown itself
        tester = std::make_unique<QAbstractItemModelTester>(window->model());
        window->show();
    }

    Esi::Ui::TokenListModel::State state(qint64 characterId) const
    {
        const int row = window->model()->rowOf(characterId);
        return Esi::Ui::TokenListModel::State(
            window->model()->index(row, 0).data(Esi::Ui::TokenListModel::StateRole).toInt());
    }

    QString text(qint64 characterId, int column) const
    {
        return window->model()->index(window->model()->rowOf(characterId), column).data().toString();
    }

    QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }

    std::unique_ptr<Esi::Ui::TokenManagerWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// A child window or dialog once it is shown; null after 10 s.
template <typename T> T *waitForChild(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found != nullptr && found->isVisible();
        },
        10000);
    return found;
}
