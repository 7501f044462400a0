#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader sees of Red Letter, the way Orca sees it: the real binary in a real X
server (Xvfb) with a private session bus and the AT-SPI bus (at-spi-bus-launcher, activated on
that bus), its accessible tree walked with pyatspi. Fails when the menu bar's items, the reader
or the margin notes (their text and their passage) are not in the tree.

usage: atspi_tree.py REDLETTER_BINARY OUTPUT_DIR

Debian: xvfb, dbus, at-spi2-core, python3-pyatspi (scripts/install-deps.sh test). Run with
Debian's /usr/bin/python3: pyatspi is a Debian package, not a pip one.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# A note of the built-in reading "What Is the State?" (resources/catalog/the-state.md), written by us.
READING_ID = "primer-the-state"
NOTE_START = "This is the crack through which every later refinement enters."
PASSAGE = "A committee that can overrule its own members is already more than a puppet."
MENUS = ["File", "Edit", "View", "Reading", "Help"]
TIMEOUT = 40.0


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def need(program):
    path = shutil.which(program)
    if not path:
        fail(f"{program} is not installed (scripts/install-deps.sh test)")
    return path


def start_xvfb():
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen([need("Xvfb"), "-displayfd", str(write_fd), "-screen", "0", "1280x900x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        fail("Xvfb did not report a display")
    return xvfb, ":" + number


def start_bus(env):
    bus = subprocess.Popen([need("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, text=True, env=env)
    address = bus.stdout.readline().strip()
    if not address:
        fail("the private session bus did not start")
    return bus, address


def walk(node, depth=0, out=None, limit=4000):
    """Every accessible below node as (depth, role, name, description, node)."""
    if out is None:
        out = []
    if node is None or len(out) >= limit or depth > 40:
        return out
    try:
        out.append((depth, node.getRoleName(), node.name or "", node.description or "", node))
        count = node.childCount
    except Exception:  # a node that went away while we walked
        return out
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, depth + 1, out, limit)
    return out


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, output = sys.argv[1], sys.argv[2]
    home = tempfile.mkdtemp(prefix="redletter-atspi-")
    data = os.path.join(home, "data")
    processes = []
    try:
        xvfb, display = start_xvfb()
        processes.append(xvfb)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_RUNTIME_DIR": home,
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_DATA_HOME": os.path.join(home, "share"),
            "DISPLAY": display,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TZ": "Europe/Berlin",
        }
        os.chmod(home, 0o700)
        bus, address = start_bus(env)
        processes.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = address

        # The reading with the note we look for is the one the window opens on.
        queued = subprocess.run([binary, "--data-dir", data, "--queue", READING_ID], env=env,
                                capture_output=True, text=True, timeout=60)
        if queued.returncode != 0:
            fail(f"--queue {READING_ID} failed: {queued.stderr.strip()}")

        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0")
        log = open(os.path.join(output, "atspi-redletter.log"), "w")
        app = subprocess.Popen([binary, "--data-dir", data], env=app_env, stdout=log, stderr=log)
        processes.append(app)

        # The app first, up to its window: Qt 5's bridge only registers when it sees the
        # accessibility bus come up after it started (with the bus already there it stays away),
        # and pyatspi's import below is what starts that bus. Under load the app can be slower.
        shown = time.monotonic() + TIMEOUT
        while time.monotonic() < shown and app.poll() is None:
            if subprocess.run(["xdotool", "search", "--name", "Red Letter"], env=env,
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.2)

        # pyatspi finds the AT-SPI bus through the session bus it is given here.
        os.environ.update(env)
        import pyatspi  # noqa: E402 (needs the environment above)

        deadline = time.monotonic() + TIMEOUT
        application = None
        nodes = []
        while time.monotonic() < deadline:
            if app.poll() is not None:
                fail(f"redletter exited with {app.returncode} (see {log.name})")
            desktop = pyatspi.Registry.getDesktop(0)
            application = None
            for i in range(desktop.childCount):
                candidate = desktop.getChildAtIndex(i)
                if candidate is not None and candidate.name in ("redletter", "Red Letter"):
                    application = candidate
            if application is not None:
                nodes = walk(application)
                if any(role == "comment" for _, role, _, _, _ in nodes):
                    break
            time.sleep(0.5)
        if application is None:
            fail("no application 'redletter' on the AT-SPI bus (is the accessibility bridge on?)")

        with open(os.path.join(output, "atspi-tree.txt"), "w") as tree:
            for depth, role, name, description, _ in nodes:
                tree.write("  " * depth + f"[{role}] {name!r}" + (f" — {description!r}" if description else "") + "\n")
        print(f"{len(nodes)} accessible objects; the tree is in {output}/atspi-tree.txt")

        problems = []
        menu_items = [name for _, role, name, _, _ in nodes if role == "menu" or role == "menu item"]
        bars = [node for _, role, _, _, node in nodes if role == "menu bar"]
        if not bars:
            problems.append("no menu bar")
        else:
            titles = [bars[0].getChildAtIndex(i).name for i in range(bars[0].childCount)]
            print("menu bar:", titles)
            for menu in MENUS:
                if menu not in titles:
                    problems.append(f"menu bar has no '{menu}' (has {titles})")
        if not any(name for name in menu_items):
            problems.append("no named menu items")

        readers = [(name, description, node) for _, role, name, description, node in nodes
                   if role == "document frame"]
        if not readers:
            problems.append("no document (the reader view)")
        else:
            name, description, reader = readers[0]
            print(f"reader: {name!r} — {description[:80]!r}")
            if not name.startswith("Reading") or "What Is the State" not in name:
                problems.append(f"the reader is named {name!r}, not after the reading")
            if "Alt+Down" not in description:
                problems.append("the reader's description does not tell how to reach the notes")
            try:
                text = reader.queryText()
                if "What Is the State" not in text.getText(0, min(text.characterCount, 400)):
                    problems.append("the reader's text does not start with the reading's header")
            except NotImplementedError:
                problems.append("the reader has no text interface")

        notes = [(name, description) for _, role, name, description, _ in nodes if role == "comment"]
        print(f"{len(notes)} margin notes, e.g. {notes[:1]}")
        if len(notes) < 3:
            problems.append(f"only {len(notes)} margin notes in the tree")
        if any(not name.strip() for name, _ in notes):
            problems.append("a margin note without a name")
        if any(not description.strip() for _, description in notes):
            problems.append("a margin note without its passage")
        match = [(n, d) for n, d in notes if n.startswith(NOTE_START)]
        if not match:
            problems.append(f"the editor's note '{NOTE_START}' is not in the tree")
        elif PASSAGE.replace("\u00ad", "") not in match[0][1].replace("\u00ad", ""):
            problems.append(f"the note's passage is {match[0][1]!r}, not the one it belongs to")

        if problems:
            for problem in problems:
                print("FAIL:", problem)
            return 1
        print("1 passed, 0 failed")
        return 0
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
        # at-spi-bus-launcher and its daemons leave with the session bus; the folder goes too.
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
