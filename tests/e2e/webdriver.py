"""Just enough W3C WebDriver, over plain HTTP, to drive the real window through tauri-driver."""
import http.client
import json
import time
import urllib.error
import urllib.request


ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
CONTROL = "\ue009"
ESCAPE = "\ue00c"


class WebDriverError(Exception):
    pass


class Session:
    def __init__(self, port, application, args):
        self.base = f"http://127.0.0.1:{port}"
        caps = {"capabilities": {"alwaysMatch": {"tauri:options": {"application": application, "args": args}}}}
        value = self._req("POST", "/session", caps, timeout=120)
        self.id = value["sessionId"]

    def _req(self, method, path, body=None, timeout=60):
        data = json.dumps(body).encode() if body is not None else None
        # tauri-driver forwards over a kept-alive connection that WebKitWebDriver may have
        # closed; it then drops our request unsent (the connection is reset before anything
        # reaches the app). That is the harness, not the app: the request is sent again.
        for attempt in range(4):
            req = urllib.request.Request(self.base + path, data=data, method=method, headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=timeout) as resp:
                    return json.loads(resp.read() or b"{}").get("value")
            except urllib.error.HTTPError as e:
                raise WebDriverError(f"{method} {path}: {e.code} {e.read()[:500]!r}") from None
            except (ConnectionResetError, http.client.RemoteDisconnected, urllib.error.URLError) as e:
                if attempt == 3:
                    raise WebDriverError(f"{method} {path}: {e}") from None
                time.sleep(1)

    def cmd(self, method, path, body=None):
        return self._req(method, f"/session/{self.id}{path}", body)

    def close(self):
        try:
            self.cmd("DELETE", "")
        except Exception:
            pass
        time.sleep(0.5)  # let the app's processes exit before the next session

    def js(self, script, *args):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def js_async(self, script, *args):
        return self.cmd("POST", "/execute/async", {"script": script, "args": list(args)})

    def alert_open(self):
        """True when the page raised an alert, confirm or prompt dialog."""
        try:
            self.cmd("GET", "/alert/text")
            return True
        except WebDriverError as e:
            if "no such alert" in str(e) or "404" in str(e):
                return False
            raise

    def window_count(self):
        return len(self.cmd("GET", "/window/handles"))

    def find(self, css):
        found = self.cmd("POST", "/elements", {"using": "css selector", "value": css})
        return [list(e.values())[0] for e in found]

    def click(self, css):
        # the page may redraw the element between finding and clicking it: find it again
        for attempt in range(3):
            el = self.wait_for(css)
            try:
                return self.cmd("POST", f"/element/{el}/click", {})
            except WebDriverError as e:
                if "stale element" not in str(e) or attempt == 2:
                    raise
                time.sleep(0.2)

    def type(self, css, text):
        el = self.wait_for(css)
        self.cmd("POST", f"/element/{el}/value", {"text": text})

    def set_size(self, width, height):
        """Resizes the window and waits until the page has the new width."""
        self.cmd("POST", "/window/rect", {"width": width, "height": height})
        self.wait_until("return Math.abs(window.outerWidth - arguments[0]) <= 2 && Math.abs(window.outerHeight - arguments[1]) <= 40",
                        width, height, what=f"a {width} x {height} window")
        time.sleep(0.3)  # a resize handler and a frame

    def chord(self, *keys):
        """Presses `keys` together (modifiers first), then lets them go."""
        down = [{"type": "keyDown", "value": k} for k in keys]
        up = [{"type": "keyUp", "value": k} for k in reversed(keys)]
        self.cmd("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": down + up}]})
        self.cmd("DELETE", "/actions")

    def drag(self, css, dx):
        """Drags the element matching `css` by `dx` pixels to the right, in steps."""
        el = self.wait_for(css)
        steps = [{"type": "pointerMove", "origin": "pointer", "x": dx // 4, "y": 0, "duration": 50} for _ in range(3)]
        steps.append({"type": "pointerMove", "origin": "pointer", "x": dx - 3 * (dx // 4), "y": 0, "duration": 50})
        self.cmd("POST", "/actions", {"actions": [{
            "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
            "actions": [{"type": "pointerMove", "origin": {ELEMENT: el}, "x": 0, "y": 0},
                        {"type": "pointerDown", "button": 0}, *steps, {"type": "pointerUp", "button": 0}],
        }]})
        self.cmd("DELETE", "/actions")

    def text(self, css):
        els = self.find(css)
        return self.cmd("GET", f"/element/{els[0]}/text") if els else None

    def wait_for(self, css, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            els = self.find(css)
            if els:
                return els[0]
            time.sleep(0.1)
        raise WebDriverError(f"no element matches {css!r} after {timeout} s")

    def wait_until(self, script, *args, timeout=15, what=""):
        """Polls a JS expression (`return ...`) until it is truthy; returns its value."""
        deadline = time.time() + timeout
        last = None
        while time.time() < deadline:
            last = self.js(script, *args)
            if last:
                return last
            time.sleep(0.1)
        raise WebDriverError(f"timed out waiting for {what or script} (last value {last!r})")
