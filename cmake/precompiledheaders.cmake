# Precompiled Qt headers (ESI_PRECOMPILE_HEADERS, on in the `ci`, `asan` and `fuzz` presets). Parsing Qt's headers
# is about a third of compiling one of our files; two precompiled sets, each compiled once a build, serve every
# target that links esi_project_options:
#   esi_pch_core     QtCore, QtNetwork, QtSql     esi_core, esi, esi_sandbox, esi-sandbox, fuzz_*, core-only tests
#   esi_pch_widgets  + QtGui, QtWidgets           esi_ui, esi_app, esi-studio, the widget tests
# A target gets the widgets set only when it links Qt6::Widgets (itself or through one of our libraries), so core's
# layering holds: core sees no QWidget. The headers are the ones our sources include most. QtTest stays out: its
# qtestcase.h reads QT_TESTCASE_BUILDDIR, which differs from one test folder to the next. Each donor defines no more
# macros than any target that reuses it (clang refuses a precompiled header made with a macro the compiling file
# lacks); gcc's -Winvalid-pch (an error with -Werror) reports a set that does not fit.
option(ESI_PRECOMPILE_HEADERS "Compile common Qt headers once and reuse them in every target" OFF)

set(ESI_PCH_CORE_HEADERS
    <QtCore/QAbstractTableModel> <QtCore/QBuffer> <QtCore/QByteArray> <QtCore/QByteArrayView> <QtCore/QCborValue>
    <QtCore/QCommandLineParser> <QtCore/QCoreApplication> <QtCore/QCryptographicHash> <QtCore/QDateTime>
    <QtCore/QDeadlineTimer> <QtCore/QDir> <QtCore/QDirIterator> <QtCore/QElapsedTimer> <QtCore/QEventLoop>
    <QtCore/QFile> <QtCore/QFileInfo> <QtCore/QFutureWatcher> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QJsonValue> <QtCore/QList> <QtCore/QLocale>
    <QtCore/QLoggingCategory> <QtCore/QMap> <QtCore/QMetaType> <QtCore/QMimeData> <QtCore/QObject>
    <QtCore/QPointer> <QtCore/QProcess> <QtCore/QRandomGenerator> <QtCore/QRegularExpression> <QtCore/QSaveFile>
    <QtCore/QSet> <QtCore/QSettings> <QtCore/QStandardPaths> <QtCore/QString> <QtCore/QStringList>
    <QtCore/QTemporaryDir> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QUrlQuery> <QtCore/QUuid>
    <QtNetwork/QHostAddress> <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply>
    <QtNetwork/QNetworkRequest> <QtNetwork/QTcpServer> <QtNetwork/QTcpSocket>
    <QtSql/QSqlDatabase> <QtSql/QSqlError> <QtSql/QSqlQuery>)
set(ESI_PCH_WIDGETS_HEADERS ${ESI_PCH_CORE_HEADERS}
    <QtGui/QAction> <QtGui/QClipboard> <QtGui/QColor> <QtGui/QFont> <QtGui/QGuiApplication> <QtGui/QIcon>
    <QtGui/QPainter>
    <QtWidgets/QApplication> <QtWidgets/QCheckBox> <QtWidgets/QComboBox> <QtWidgets/QDialog>
    <QtWidgets/QDialogButtonBox> <QtWidgets/QFileDialog> <QtWidgets/QFormLayout> <QtWidgets/QHBoxLayout>
    <QtWidgets/QHeaderView> <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QListWidget>
    <QtWidgets/QMainWindow> <QtWidgets/QMenu> <QtWidgets/QMessageBox> <QtWidgets/QPlainTextEdit>
    <QtWidgets/QProgressBar> <QtWidgets/QPushButton> <QtWidgets/QRadioButton> <QtWidgets/QSpinBox>
    <QtWidgets/QSplitter> <QtWidgets/QStatusBar> <QtWidgets/QStyle> <QtWidgets/QTabBar> <QtWidgets/QTabWidget>
    <QtWidgets/QTableView> <QtWidgets/QToolButton> <QtWidgets/QTreeView> <QtWidgets/QTreeWidget>
    <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>)

# Only Qt6::Core's macros (every target links it); the other modules lend their include folders, not their macros.
function(esi_pch_donor name headers modules)
    add_library(${name} OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch.cpp)
    target_link_libraries(${name} PRIVATE esi_project_options Qt6::Core)
    foreach(module IN LISTS modules)
        target_include_directories(${name} SYSTEM PRIVATE
            $<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>)
    endforeach()
    target_precompile_headers(${name} PRIVATE ${headers})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF POSITION_INDEPENDENT_CODE ON)
endfunction()

# True when `target` links `wanted` directly or through one of the project's own libraries.
function(esi_pch_links target wanted result)
    set(found FALSE)
    set(queue ${target})
    set(seen "")
    while(queue AND NOT found)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(imported ${current} IMPORTED)
        if(imported)
            continue()
        endif()
        get_target_property(type ${current} TYPE)
        set(links "")
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(links ${current} LINK_LIBRARIES)
        endif()
        get_target_property(interface_links ${current} INTERFACE_LINK_LIBRARIES)
        foreach(link IN LISTS links interface_links)
            if(link STREQUAL wanted)
                set(found TRUE)
            elseif(TARGET ${link})
                list(APPEND queue ${link})
            endif()
        endforeach()
    endwhile()
    set(${result} ${found} PARENT_SCOPE)
endfunction()

# Every target below `directory` that links esi_project_options and compiles our sources.
function(esi_pch_targets directory result)
    get_directory_property(targets DIRECTORY ${directory} BUILDSYSTEM_TARGETS)
    get_directory_property(subdirectories DIRECTORY ${directory} SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        esi_pch_targets(${subdirectory} more)
        list(APPEND targets ${more})
    endforeach()
    set(${result} ${targets} PARENT_SCOPE)
endfunction()

function(esi_precompile_headers)
    if(NOT ESI_PRECOMPILE_HEADERS)
        return()
    endif()
    esi_pch_donor(esi_pch_core "${ESI_PCH_CORE_HEADERS}" "Network;Sql")
    esi_pch_donor(esi_pch_widgets "${ESI_PCH_WIDGETS_HEADERS}" "Network;Sql;Gui;Widgets")
    esi_pch_targets(${PROJECT_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$"
            OR target MATCHES "^esi_pch_")
            continue()
        endif()
        esi_pch_links(${target} esi_project_options ours)
        if(NOT ours)
            continue()
        endif()
        esi_pch_links(${target} Qt6::Widgets widgets)
        if(widgets)
            target_precompile_headers(${target} REUSE_FROM esi_pch_widgets)
        else()
            target_precompile_headers(${target} REUSE_FROM esi_pch_core)
        endif()
    endforeach()
endfunction()
