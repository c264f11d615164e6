#!/usr/bin/env python3
"""Fails when a source includes a layer it must not see (ARCHITECTURE.md, "Dependency rules").

  checklayering.py SOURCE_ROOT [--widgets-headers DIR ...]   # scan the tree, list every violation
  checklayering.py --self-test [--widgets-headers DIR ...]   # plant bad files in a temp tree, expect them found

core never includes ui/app/cli/sandbox/bench/tests, Qt Widgets or Qt WebEngine headers; cli and sandbox never
include ui/app/bench/tests or those headers; ui includes no app/cli/sandbox/bench/tests, and WebEngine only in
ui/websignin/. No quoted include climbs with "..". The include paths enforce most of this at compile time;
this check also catches what a path cannot: <QtWidgets/QWidget> through Qt's shared include folder, and
relative includes resolved next to the including file.

Inside ui: no folder (ui/settings, ui/desktop, ...) includes ui/mainwindow.h, the window that composes them,
and the folders include each other one way only (no cycle such as ui/a -> ui/b -> ui/a).

No environment after start: core, ui, app, cli and sandbox never call qgetenv, qEnvironmentVariable*,
getenv, QProcessEnvironment::systemEnvironment (or write it: qputenv, setenv, ...), except the two main()s in
ENVIRONMENT_ALLOWED, which read it once and pass the values down.
"""
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".h.in")
PROJECT_LAYERS = ("core", "ui", "app", "cli", "sandbox", "bench", "tests")

# folder -> project layers it may not include, and whether Widgets / WebEngine headers are allowed
RULES = {
    "core": ({"ui", "app", "cli", "sandbox", "bench", "tests"}, False, False),
    "cli": ({"ui", "app", "bench", "tests", "sandbox"}, False, False),
    "sandbox": ({"ui", "app", "bench", "tests", "cli"}, False, False),
    "ui": ({"app", "cli", "sandbox", "bench", "tests"}, True, False),
}
WEBENGINE_ALLOWED = "ui/websignin/"
MAIN_WINDOW = "ui/mainwindow.h"

ENVIRONMENT_FOLDERS = ("core", "ui", "app", "cli", "sandbox")
ENVIRONMENT_ALLOWED = {"app/main.cpp", "cli/main.cpp"}
STRING_LITERAL = re.compile(r'"(?:\\.|[^"\\])*"')
ENVIRONMENT_CALL = re.compile(
    r"\b(qgetenv|qEnvironmentVariable\w*|qputenv|qunsetenv|getenv|secure_getenv|setenv|unsetenv|putenv|environ)\b"
    r"|QProcessEnvironment::systemEnvironment")


def widgets_names(dirs):
    names = set()
    for folder in dirs:
        if os.path.isdir(folder):
            names.update(entry for entry in os.listdir(folder) if entry.startswith("Q"))
    names.discard("QtWidgets")
    return names


def is_widgets(header, widgets):
    module = header.split("/", 1)[0]
    if module in ("QtWidgets", "QtOpenGLWidgets", "QtPrintSupport"):
        return True
    return "/" not in header and header in widgets


def is_webengine(header):
    return header.startswith("QtWebEngine") or header.startswith("QWebEngine")


def sources(root, folder):
    for directory, _, files in os.walk(os.path.join(root, folder)):
        for name in sorted(files):
            if name.endswith(SUFFIXES):
                path = os.path.join(directory, name)
                yield path, os.path.relpath(path, root).replace(os.sep, "/")


def ui_folder(relative):
    """ui/<folder>/... -> <folder>; None for files directly in ui/."""
    parts = relative.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "ui" else None


def ui_cycles(edges):
    """edges: {(from, to): [where, ...]} between ui folders -> the wheres of every edge inside a cycle."""
    graph = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)

    def reaches(start, goal):
        seen, stack = set(), [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(graph.get(node, ()))
        return False

    found = []
    for (source, target), wheres in sorted(edges.items()):
        if reaches(target, source):
            found.extend(f"{where}  (ui/{source} and ui/{target} include each other: a cycle)" for where in wheres)
    return found


def environment_reads(root):
    found = []
    for folder in ENVIRONMENT_FOLDERS:
        for path, relative in sources(root, folder):
            if relative in ENVIRONMENT_ALLOWED:
                continue
            with open(path, encoding="utf-8", errors="replace") as source:
                for number, line in enumerate(source, 1):
                    # Text inside string literals is not a call (generated code may name os.environ).
                    code = STRING_LITERAL.sub('""', line).split("//", 1)[0]
                    if ENVIRONMENT_CALL.search(code):
                        found.append(f"{relative}:{number}: {line.strip()}  (reads the environment after start; "
                                     "take the value main() read, through a constructor)")
    return found


def violations(root, widgets):
    found = []
    ui_edges = {}
    for folder, (forbidden, widgets_ok, webengine_ok) in RULES.items():
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not name.endswith(SUFFIXES):
                    continue
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, root).replace(os.sep, "/")
                with open(path, encoding="utf-8", errors="replace") as source:
                    for number, line in enumerate(source, 1):
                        match = INCLUDE.match(line)
                        if not match:
                            continue
                        kind, header = match.groups()
                        where = f"{relative}:{number}: {line.strip()}"
                        layer = header.split("/", 1)[0]
                        if kind == '"' and ".." in header.split("/"):
                            found.append(f"{where}  (climbs with ..; include \"<layer>/...\" instead)")
                        elif kind == '"' and layer in forbidden:
                            found.append(f"{where}  ({folder} must not include {layer}/)")
                        elif not widgets_ok and is_widgets(header, widgets):
                            found.append(f"{where}  ({folder} must not use Qt Widgets)")
                        elif is_webengine(header) and not (webengine_ok or relative.startswith(WEBENGINE_ALLOWED)):
                            found.append(f"{where}  (Qt WebEngine belongs in {WEBENGINE_ALLOWED} only)")
                        elif kind == '"' and folder == "ui" and ui_folder(relative):
                            if header == MAIN_WINDOW:
                                found.append(f"{where}  (ui/{ui_folder(relative)} must not reach up to the window "
                                             "that composes it; take signals, callbacks or a small interface)")
                            elif ui_folder(header) and ui_folder(header) != ui_folder(relative):
                                edge = (ui_folder(relative), ui_folder(header))
                                ui_edges.setdefault(edge, []).append(where)
    return found + ui_cycles(ui_edges) + environment_reads(root)


def self_test(widgets):
    planted = {
        "core/http/badui.h": '#include "ui/mainwindow.h"\n',
        "core/spec/badwidget.cpp": "#include <QWidget>\n",
        "core/auth/badmodule.cpp": "#include <QtWidgets/QLabel>\n",
        "core/badapp.cpp": '#  include "app/application.h"\n',
        "cli/badui.cpp": '#include "ui/tokens/tokenmanagerwindow.h"\n',
        "sandbox/badclimb.cpp": '#include "../ui/mainwindow.h"\n',
        "ui/explorer/badwebengine.cpp": "#include <QWebEngineView>\n",
        "ui/settings/badwindow.cpp": '#include "ui/mainwindow.h"\n',
        "ui/alpha/cycle.cpp": '#include "ui/beta/cycle.h"\n',
        "ui/beta/cycle.h": '#include "ui/alpha/other.h"\n',
        "core/http/badenv.cpp": 'const QByteArray home = qgetenv("HOME");\n',
        "ui/run/badenv.cpp": "auto e = QProcessEnvironment::systemEnvironment();\n",
        "cli/badenv.cpp": 'if (qEnvironmentVariableIsSet("X")) {}\n',
        "app/badenv.cpp": 'qputenv("ESI_STUDIO_CACHE_DIR", path);\n',
    }
    clean = {
        "core/http/good.cpp": '#include "core/http/good.h"\n#include <QString>\n// #include "ui/mainwindow.h"\n',
        "cli/good.cpp": '#include "core/spec/spec.h"\n#include "cli/console.h"\n',
        "ui/good.cpp": '#include "ui/mainwindow.h"\n#include "core/clock.h"\n#include <QWidget>\n',
        "ui/websignin/good.cpp": "#include <QWebEngineView>\n",
        "ui/run/oneway.cpp": '#include "ui/result/panel.h"\n#include "ui/widgets/banner.h"\n',
        "ui/result/oneway.cpp": '#include "ui/widgets/banner.h"\n#include "ui/result/panel.h"\n',
        "app/main.cpp": "auto e = QProcessEnvironment::systemEnvironment();\n",
        "ui/run/passed.cpp": "void f(const QProcessEnvironment &environment) { environment.value(u\"X\"_s); }\n"
        "// qgetenv(\"X\") only in a comment\n"
        "const QString python = u\"os.environ[\\\"ESI_TOKEN\\\"] // getenv\"_s;\n",
    }
    with tempfile.TemporaryDirectory() as root:
        for files in (clean, planted):
            for name, text in files.items():
                os.makedirs(os.path.dirname(os.path.join(root, name)), exist_ok=True)
                with open(os.path.join(root, name), "w", encoding="utf-8") as out:
                    out.write(text)
        found = violations(root, widgets | {"QWidget", "QLabel"})
        flagged = {line.split(":", 1)[0] for line in found}
        missed = sorted(set(planted) - flagged)
        wrong = sorted(flagged - set(planted))
        if missed or wrong or len(found) != len(planted):
            print("self-test FAILED: missed " + ", ".join(missed) + "; wrongly flagged " + ", ".join(wrong))
            print("\n".join(found))
            return 1
    print(f"self-test: all {len(planted)} planted violations found, the clean files pass")
    return 0


def main(argv):
    widgets_dirs = []
    arguments = []
    it = iter(argv)
    for argument in it:
        if argument == "--widgets-headers":
            widgets_dirs.append(next(it))
        else:
            arguments.append(argument)
    widgets = widgets_names(widgets_dirs)
    if arguments == ["--self-test"]:
        return self_test(widgets)
    if len(arguments) != 1:
        print(__doc__)
        return 2
    if not widgets:
        print("no Qt Widgets headers found: pass --widgets-headers <.../qt6/QtWidgets>")
        return 2
    found = violations(arguments[0], widgets)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} include(s) or environment read(s) break the layering; see ARCHITECTURE.md, Dependency rules")
        return 1
    print("layering: every include respects the layers; only the two main()s read the environment")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
