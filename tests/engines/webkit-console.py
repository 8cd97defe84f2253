#!/usr/bin/env python3
"""Loads pages in a WebKitGTK WebView and reports every console message the engine logs.

MiniBrowser under WebKitWebDriver passes no console messages out, so the WebKit journeys
cannot see an error the engine itself logs (an unknown CSP directive, a refused script, a
failed load). This shell can: it turns on WebKit's "write console messages to stdout" setting
(the messages actually go to stderr), which covers console.* calls, uncaught exceptions and the
engine's own security and network messages, and reads that output through a pipe of its own.

Usage (needs a display, so under xvfb-run; tests/engines/webkit.ts runs it):
    xvfb-run -a /usr/bin/python3 tests/engines/webkit-console.py CONFIG URL [URL ...]

CONFIG is JSON: {"width", "height"} of the viewport (a GTK offscreen window has no minimum
width, unlike MiniBrowser's), and the page scripts shared with the Firefox driver (driver.ts):
"unsettled" (how many islands have yet to hydrate or tools to load, -1 while loading; it
scrolls the next island into view) and "overflow" (null, or how the page scrolls sideways).

For each URL it prints one JSON line on stdout:
    {"url", "messages": [{"source", "level", "text", "location"}], "overflow", "problem", "ms"}
"problem" says why the page could not be checked (load failed, islands never hydrated, ...).
Exit status 0 when every page could be checked (the caller judges the messages), 2 otherwise.
"""

import json
import os
import re
import sys

import shutil
import tempfile

# A fresh profile for every run (no stored answers, no service worker from an earlier run):
# WebKit keeps its data under the XDG folders, which must be set before GLib first reads them.
PROFILE = tempfile.mkdtemp(prefix="webkit-console-")
for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
    os.environ[name] = os.path.join(PROFILE, name.lower())

import gi  # noqa: E402

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

# Web processes inherit fd 2 and write console messages there (unbuffered, despite the setting's
# name). Move fd 2 onto a pipe that this process reads, before any WebKit process starts. The
# report goes to stdout; this script's own errors go to a copy of the real stderr.
report = sys.stdout
sys.stderr = os.fdopen(os.dup(2), "w", buffering=1)
read_end, write_end = os.pipe()
os.dup2(write_end, 2)
os.close(write_end)

PAGE_TIMEOUT_MS = 20_000
POLL_MS = 50
# Settled means nothing left to hydrate or load on this many polls in a row: an island may start
# a fetch just after it hydrates.
QUIET_POLLS = 8
MARK = "@@engines-page-settled@@"

# "CONSOLE [<SOURCE> ]<LEVEL> <text>", optionally after "<where>: " (url:line:col, or "[native
# code]"); console.* calls have no source. A message's further lines follow it; a blank line may
# end it.
LEVELS = "LOG|WARN|ERROR|DEBUG|INFO"
HEAD = re.compile(
    rf"^(?:(?P<location>.+?): )?CONSOLE (?:(?P<api_level>{LEVELS})|(?P<source>[A-Z-]+) (?P<level>{LEVELS})) (?P<text>.*)$"
)



class Shell:
    def __init__(self, config, urls):
        self.config = config
        self.urls = list(urls)
        self.failed = False
        self.buffer = b""
        self.messages = []
        self.current = None  # the message being read (it may span lines)
        self.mark_seen = False

        # The default context: with an ephemeral view or a WebContext of its own, WebKit 2.50 does
        # not pass the web process's stderr through. A fresh profile comes from PROFILE instead.
        self.view = WebKit2.WebView()
        settings = self.view.get_settings()
        settings.set_enable_write_console_messages_to_stdout(True)
        self.window = Gtk.OffscreenWindow()
        self.view.set_size_request(config["width"], config["height"])
        self.window.add(self.view)
        self.window.show_all()
        self.view.connect("load-changed", self.on_load_changed)
        self.view.connect("load-failed", self.on_load_failed)
        self.view.connect("web-process-terminated", self.on_crash)
        # Loads in flight: a page is settled only once none is left (a fetch cut off by the next
        # navigation logs an error that would otherwise land on the next page).
        self.pending = set()
        self.view.connect("resource-load-started", self.on_resource)
        GLib.io_add_watch(read_end, GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP, self.on_output)

    # --- reading the engine's console output -------------------------------------------------
    def on_output(self, fd, condition):
        chunk = os.read(fd, 65536)
        if not chunk:
            return False
        self.buffer += chunk
        *lines, self.buffer = self.buffer.split(b"\n")
        for raw in lines:
            self.on_line(raw.decode("utf-8", "replace"))
        return True

    def on_line(self, line):
        head = HEAD.match(line)
        if head:
            self.finish_message()
            if head["text"] == MARK:
                self.mark_seen = True
                return
            self.current = {
                "source": head["source"] or "CONSOLE-API",
                "level": head["level"] or head["api_level"],
                "text": head["text"],
                "location": head["location"],
            }
        elif line == "":
            self.finish_message()
        elif self.current is not None:
            self.current["text"] += "\n" + line
        else:
            # Something the engine printed outside a console message: keep it, never drop it.
            self.messages.append({"source": "OTHER", "level": "LOG", "text": line, "location": None})

    def finish_message(self):
        if self.current is not None:
            self.messages.append(self.current)
            self.current = None

    # --- driving one page at a time ----------------------------------------------------------
    def next_page(self):
        if not self.urls:
            Gtk.main_quit()
            return
        self.url = self.urls.pop(0)
        self.messages = []
        self.mark_seen = False
        self.problem = None
        self.settling = False
        self.started = GLib.get_monotonic_time()
        self.deadline = self.started + PAGE_TIMEOUT_MS * 1000
        self.pending.clear()
        self.pending_islands = 0
        self.quiet = 0
        self.overflow = None
        self.view.load_uri(self.url)
        GLib.timeout_add(POLL_MS, self.poll)

    def on_resource(self, _view, resource, _request):
        self.pending.add(resource)
        resource.connect("finished", self.pending.discard)
        resource.connect("failed", lambda r, _error: self.pending.discard(r))

    def on_load_changed(self, _view, event):
        if event == WebKit2.LoadEvent.FINISHED:
            self.settling = True

    def on_load_failed(self, _view, _event, uri, error):
        self.problem = f"load failed for {uri}: {error.message}"
        return False

    def on_crash(self, _view, reason):
        self.problem = f"web process ended ({reason.value_nick})"
        self.done()

    def poll(self):
        if self.problem:
            self.done()
            return False
        if GLib.get_monotonic_time() > self.deadline:
            self.problem = self.timeout_problem()
            self.done()
            return False
        if self.settling:
            self.view.evaluate_javascript(self.config["unsettled"], -1, None, None, None, self.on_settle_result)
            return False
        return True

    def on_settle_result(self, view, result):
        try:
            left = view.evaluate_javascript_finish(result).to_int32()
        except GLib.Error as error:
            self.problem = f"script failed: {error.message}"
            self.done()
            return
        self.quiet = self.quiet + 1 if left == 0 and not self.pending else 0
        if self.quiet < QUIET_POLLS:
            self.pending_islands = left
            GLib.timeout_add(POLL_MS, self.poll)
            return
        # Settled: see whether it scrolls sideways, then log a marker: the marker reaches the pipe
        # after every message the page logged before it.
        script = f"console.log({json.dumps(MARK)}); JSON.stringify({self.config['overflow']})"
        view.evaluate_javascript(script, -1, None, None, None, self.on_marked)

    def on_marked(self, view, result):
        try:
            self.overflow = json.loads(view.evaluate_javascript_finish(result).to_string())
        except GLib.Error as error:
            self.problem = f"script failed: {error.message}"
            self.done()
            return
        GLib.timeout_add(POLL_MS, self.wait_for_mark)

    def wait_for_mark(self):
        if self.mark_seen:
            self.done()
            return False
        if GLib.get_monotonic_time() > self.deadline:
            self.problem = "the page's console output never arrived"
            self.done()
            return False
        return True

    def timeout_problem(self):
        if not self.settling:
            return f"did not finish loading within {PAGE_TIMEOUT_MS} ms"
        left = self.pending_islands
        if left:
            return f"{left} island(s) or tool(s) still loading after {PAGE_TIMEOUT_MS} ms"
        uris = ", ".join(r.get_uri() for r in self.pending)
        return f"loads still in flight after {PAGE_TIMEOUT_MS} ms: {uris}"

    def done(self):
        self.finish_message()
        if self.problem:
            self.failed = True
        ms = (GLib.get_monotonic_time() - self.started) // 1000
        result = {"url": self.url, "messages": self.messages, "overflow": self.overflow, "problem": self.problem, "ms": ms}
        report.write(json.dumps(result) + "\n")
        self.url = None
        GLib.idle_add(self.next_page_once)

    def next_page_once(self):
        self.next_page()
        return False


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    shell = Shell(json.loads(sys.argv[1]), sys.argv[2:])
    GLib.idle_add(shell.next_page_once)
    try:
        Gtk.main()
    finally:
        shutil.rmtree(PROFILE, ignore_errors=True)
    return 2 if shell.failed else 0


if __name__ == "__main__":
    sys.exit(main())
