#include "app/application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication qtApplication(argc, argv);
    Esi::App::Application::describe(qtApplication);

    Esi::App::Application application;
    if (const std::optional<int> exitCode = application.start(QCoreApplication::arguments())) {
        return *exitCode;
    }
    return QApplication::exec();
}
