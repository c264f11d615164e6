#include "app/application.h"

#include <QApplication>
#include <QProcessEnvironment>

int main(int argc, char *argv[])
{
    // The sign-in window's QtWebEngine (a plugin loaded later) shares OpenGL contexts; this must be set before
    // QApplication exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication qtApplication(argc, argv);
    Esi::App::Application::describe(qtApplication);

    // Read once, here: nothing later reads the environment for where state lives or which servers to use.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    Esi::App::Application application(environment, Esi::App::Application::stateLocations(environment));
    if (const std::optional<int> exitCode = application.start(QCoreApplication::arguments())) {
        return *exitCode;
    }
    return QApplication::exec();
}
