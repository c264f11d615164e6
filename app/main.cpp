#include "app/application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // The sign-in window's QtWebEngine (a plugin loaded later) shares OpenGL contexts; this must be set before
    // QApplication exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication qtApplication(argc, argv);
    Esi::App::Application::describe(qtApplication);

    Esi::App::Application application;
    if (const std::optional<int> exitCode = application.start(QCoreApplication::arguments())) {
        return *exitCode;
    }
    return QApplication::exec();
}
