"""A small Chrome DevTools Protocol client for Debian's chromium, over --remote-debugging-pipe.

The pipe (JSON messages ending in NUL on file descriptors 3 and 4 of the browser) needs no port,
so parallel test runs cannot collide, and no WebSocket library: only the standard library.
Every wait has a deadline, and the browser and its temporary profile are always removed.
"""
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

CI_HINT = "install it with: apt-get install chromium (tools/run.sh test does)"


class DevToolsError(RuntimeError):
    pass


def find_chromium():
    """The browser to drive: $SHOWCASE_CHROMIUM when set (only it), else chromium on PATH, else None."""
    chosen = os.environ.get("SHOWCASE_CHROMIUM")
    candidates = [chosen] if chosen else [shutil.which("chromium"), "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


class Browser:
    """Headless chromium with one page; use as a context manager."""

    def __init__(self, chromium, width=794, height=1123, scale=1, timeout=15):
        self.timeout = timeout
        self._temp = tempfile.mkdtemp(prefix="showcase-e2e-")
        self._buffer = b""
        self._next_id = 0
        self._events = []
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # Out of the way of 3 and 4 before the child moves them there.
        high_read = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
        high_write = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
        os.close(to_browser_read)
        os.close(from_browser_write)

        def move_pipes():
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        arguments = [chromium, "--headless=new", "--remote-debugging-pipe",
                     "--user-data-dir=" + os.path.join(self._temp, "profile"),
                     "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio", "--force-color-profile=srgb",
                     "--window-size=%d,%d" % (width, height), "about:blank"]
        if os.geteuid() == 0:
            arguments.insert(1, "--no-sandbox")  # chromium refuses to run as root with its sandbox
        with open(os.path.join(self._temp, "stderr.txt"), "wb") as stderr:
            self._process = subprocess.Popen(arguments, pass_fds=(3, 4), preexec_fn=move_pipes,
                                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                                             start_new_session=True)
        os.close(high_read)
        os.close(high_write)
        try:
            target = self.call("Target.createTarget", {"url": "about:blank"}, session=None)["targetId"]
            self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, session=None)["sessionId"]
            for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
                self.call(domain)
            self.call("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": False})
        except Exception:
            self.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def stderr(self):
        try:
            with open(os.path.join(self._temp, "stderr.txt"), encoding="utf-8", errors="replace") as err:
                return err.read()[-2000:]
        except OSError:
            return ""

    def close(self):
        if self._process.poll() is None:
            try:
                self._send({"id": 0, "method": "Browser.close"})
                self._process.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self._process.poll() is None:
            os.killpg(self._process.pid, 9)
            self._process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._temp, ignore_errors=True)

    def _send(self, message):
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")

    def _receive(self, deadline):
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DevToolsError("chromium did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise DevToolsError("chromium closed the pipe:\n" + self.stderr())
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session="page"):
        """Sends a command to the page (or the browser with session=None) and returns its result."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session == "page":
            message["sessionId"] = self.session
        self._send(message)
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise DevToolsError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})
            if "method" in reply:
                self._events.append(reply)

    def wait_for_event(self, method):
        deadline = time.monotonic() + self.timeout
        while True:
            for index, event in enumerate(self._events):
                if event.get("method") == method:
                    return self._events.pop(index)
            self._events.append(self._receive(deadline))

    def events(self, method):
        return [event for event in self._events if event.get("method") == method]

    def open(self, path):
        self._events.clear()
        self.call("Page.navigate", {"url": "file://" + os.path.abspath(path)})
        self.wait_for_event("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise DevToolsError("script failed: %s\n%s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def click(self, selector):
        """A real mouse click in the middle of the element (scrolled into view first)."""
        box = self.evaluate("(() => { const e = document.querySelector(%s); e.scrollIntoView({block: 'center'});"
                            " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"
                            % json.dumps(selector))
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})

    def press(self, key, code, key_code, text=""):
        self.call("Input.dispatchKeyEvent", {"type": "keyDown", "key": key, "code": code,
                                             "windowsVirtualKeyCode": key_code, "text": text})
        self.call("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": key_code})

    def screenshot(self, path, clip_height=None):
        """A PNG of the whole page (or its top clip_height CSS pixels)."""
        width = self.evaluate("document.documentElement.scrollWidth")
        height = clip_height or self.evaluate("document.documentElement.scrollHeight")
        data = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                    "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        with open(path, "wb") as out:
            out.write(base64.b64decode(data["data"]))
