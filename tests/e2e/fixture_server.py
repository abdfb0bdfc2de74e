"""The window tests' fixture server: the seed story (BASE replaced by this server's address),
a hostile feed, and a failing one, on 127.0.0.1 at a free port. Never touches the internet."""
import email.utils
import http.server
import pathlib
import threading
import time

SEED = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "seed-story"

XSS_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><link>BASE/</link>
<item><title>&lt;img src=x onerror="window.__pwned=1"&gt;Hostile item</title><link>BASE/missing.html</link><guid>x1</guid>
<description>&lt;p&gt;Visible text&lt;/p&gt;&lt;script&gt;window.parent.__pwned=2&lt;/script&gt;&lt;img src=x onerror="window.parent.__pwned=3"&gt;
&lt;a href="javascript:window.parent.__pwned=4"&gt;js link&lt;/a&gt;&lt;iframe srcdoc="&lt;script&gt;parent.parent.__pwned=5&lt;/script&gt;"&gt;&lt;/iframe&gt;
&lt;svg onload="window.parent.__pwned=6"&gt;&lt;/svg&gt;&lt;meta http-equiv="refresh" content="0;url=http://127.0.0.1:1/"&gt;</description></item>
</channel></rss>"""


PAYLOADS = [l for l in (pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "payloads.txt").read_text().splitlines() if l.strip()]


def hostile_all(base):
    """Every payload as a feed item (their pages are 404s), and one item whose page carries
    them all inside an article (the extractor's path)."""
    items = [f"<item><title>Payload {i}</title><link>{base}/missing/{i}.html</link><guid>p{i}</guid>"
             f"<pubDate>Mon, 01 Jan 2024 {10 + i // 60:02d}:{i % 60:02d}:00 +0000</pubDate>"
             f"<description><![CDATA[{p.replace('LEAK', base + '/leak')}]]></description></item>" for i, p in enumerate(PAYLOADS)]
    items.append(f"<item><title>Hostile page</title><link>{base}/hostile-page.html</link><guid>page</guid>"
                 f"<pubDate>Mon, 01 Jan 2024 09:00:00 +0000</pubDate><description>A page full of payloads.</description></item>")
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile all</title><link>{base}/</link>{"".join(items)}</channel></rss>'


def hostile_page(base):
    filler = "<p>Ordinary article text, long enough for the extractor to keep it, with commas and sentences.</p>"
    body = "".join(filler + p.replace("LEAK", base + "/leak") for p in PAYLOADS)
    return f"<!doctype html><html><head><title>Hostile page</title></head><body><article><h1>Hostile page</h1>{body}</article></body></html>"


def trap_page():
    """An article page nested 40,000 lists deep (it crashed the offline pass once)."""
    n = 40000
    return "<html><body>" + "<ul><li>" * n + "x" + "</li></ul>" * n + "</body></html>"


def sign_in_page(requested):
    """What a hotel's or a plane's network answers for every address until one signs in."""
    return (f"<html><head><title>Welcome to the Wi-Fi</title></head><body><main><h1>Welcome</h1>"
            f"<p>To continue browsing the internet, please accept the terms and conditions of our free "
            f"wireless network service below.</p><form action='/login'><input type=hidden name=next "
            f"value='{requested}'><button>Connect</button></form></main></body></html>")


def wire_feed(base, titles):
    items = "".join(
        f'<item><title>{t}</title><link>{base}/wire/{i}</link><guid>wire-{i}</guid>'
        f'<description>{t}: the story in a few words.</description></item>'
        for i, t in enumerate(titles))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f'<link>{base}/</link>{items}</channel></rss>')


# A page that draws itself with a script, and then tries every way a page in the window's frame
# might reach the app: the Tauri globals, the parent window, the IPC message handler and the IPC
# addresses. Each outcome comes back as a request to /scripted/report/WHAT/HOW.
SCRIPTED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Scripted</title></head><body>
<h1 id="drawn">waiting</h1>
<script>
const report = (what, how) => { new Image().src = '/scripted/report/' + what + '/' + how; };
document.getElementById('drawn').textContent = 'Drawn by its script';
report('ran', 'yes');
report('internals', typeof window.__TAURI_INTERNALS__ === 'undefined' && typeof window.__TAURI__ === 'undefined' ? 'absent' : 'present');
try { report('parent', window.parent.document ? 'reached' : 'none'); } catch (e) { report('parent', 'blocked'); }
try {
  const handler = window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.ipc;
  if (handler) handler.postMessage(JSON.stringify({ cmd: 'set_setting', callback: 1, error: 2, payload: { key: 'open_articles', value: 'browser' } }));
  report('handler', handler ? 'posted' : 'absent');
} catch (e) { report('handler', 'blocked'); }
for (const [name, base] of [['ipc', 'ipc://localhost/'], ['http', 'http://ipc.localhost/']]) {
  fetch(base + 'set_setting', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Tauri-Callback': '1', 'Tauri-Error': '2' },
    body: JSON.stringify({ key: 'open_articles', value: 'browser' }) })
    .then((r) => report('fetch-' + name, 'status-' + r.status), () => report('fetch-' + name, 'refused'));
}
</script></body></html>"""


# the seed story as three wires send it (the same text, each its own headline), and a story of
# each wire's own: for the grouping of the same story from many sources
STORY_TEXT = ("The Collective Security Treaty Organization (CSTO) has expressed concern over the "
              "situation in Afghanistan and the growing threats from its northern provinces. According "
              "to the CSTO press office, the organization is particularly concerned about the rise in "
              "terrorism, extremism, and drug-related crimes originating from Afghanistan.")
STORY_WIRES = {
    "a": ("Wire A", "CSTO concerned over threats from northern Afghanistan",
          "Herat saffron harvest doubles", "Farmers in Herat brought in twice the saffron of last year, the growers' union said on Monday, and prices at the Herat market fell."),
    "b": ("Wire B", "CSTO warns of rising threats on Afghan border",
          "Kabul chess club wins regional title", "A chess club from Kabul won the regional team title in Almaty, beating Tashkent in the final round after five hours of play."),
    "c": ("Wire C", "Security bloc CSTO voices alarm at Afghan north",
          "New bridge opens over the Amu Darya", "A road bridge over the Amu Darya opened to lorries at Termez, cutting the crossing to Hairatan to ten minutes, engineers said."),
}


def stories_feed(base, wire):
    name, story_title, own_title, own_text = STORY_WIRES[wire]
    now = time.time()
    hours = {"a": 3, "b": 2, "c": 1}[wire]
    items = [
        (story_title, STORY_TEXT, now - hours * 3600, "story"),
        (own_title, own_text, now - (hours + 4) * 3600, "own"),
    ]
    body = "".join(
        f'<item><title>{title}</title><link>{base}/stories/{wire}/{guid}</link><guid>{wire}-{guid}</guid>'
        f'<pubDate>{email.utils.formatdate(at, usegmt=True)}</pubDate><description>&lt;p&gt;{text}&lt;/p&gt;</description></item>'
        for title, text, at, guid in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
            f'<link>{base}/stories/{wire}/</link>{body}</channel></rss>')


def png(width, height, seed):
    """A PNG of `width` x `height` in a colour of its own (bands, so a thumbnail shows something)."""
    import struct
    import zlib
    shade = lambda y: bytes(((seed * 47 + y) % 256, (seed * 91) % 256, (180 + y // 4) % 256))
    raw = b"".join(b"\0" + shade(y) * width for y in range(height))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


PICTURE_TITLES = ["Kabul market reopens after the floods", "Herat's minarets restored", "Snow closes the Salang pass",
                  "Bamiyan valley in spring", "Mazar-i-Sharif's blue mosque at dusk", "Panjshir river runs high",
                  "Kandahar pomegranate harvest", "Badakhshan's lapis mines", "Jalalabad orange groves",
                  "Band-e Amir lakes draw visitors"]


def pictures_feed(base):
    """Ten stories with a photograph each (behind an icon and a pixel in the first), one with only
    an icon, one with no picture: the list layouts' feed."""
    item = lambda i, title, html: (f'<item><title>{title}</title><link>{base}/pictures/{i}</link><guid>pic-{i}</guid>'
                                   f'<pubDate>Mon, 30 Nov 2026 {10 + i % 10}:{i:02d}:00 GMT</pubDate>'
                                   f'<description><![CDATA[<p>{title}: the story in a few words, with its picture.</p>{html}]]></description></item>')
    items = [item(i, t, (f'<img src="{base}/pic/pixel.png"><img src="{base}/pic/icon.png">' if i == 0 else "")
                  + f'<img src="{base}/pic/{i}.png">') for i, t in enumerate(PICTURE_TITLES)]
    items.append(item(10, "A story with only an icon", f'<img src="{base}/pic/icon.png">'))
    items.append(item(11, "A story in words alone", ""))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Pictures of Afghanistan</title>'
            f'<link>{base}/</link>{"".join(items)}</channel></rss>')


WIRE_FIRST = ["Football: cup final tonight", "Kabul water project opens", "Markets steady"]
WIRE_LATER = ["Football league table", "New Kabul water pipes laid", "Rain expected"]


class Handler(http.server.BaseHTTPRequestHandler):
    base = ""
    flaky_hits = 0
    # the wire feed carries its later stories too (the rules test's second refresh)
    wire_later = False
    # /gone.xml answers 410 Gone while true
    gone = False
    # /became-page.xml is a web page from now on
    became_page = False
    log = []
    # while true, every address answers with the sign-in page (on every site)
    portal = False

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.split("?")[0]
        Handler.log.append(path)
        if Handler.portal:
            return self.reply(200, "text/html; charset=utf-8", sign_in_page(self.base + self.path).encode())
        if path == "/trap.xml":
            return self.reply(200, "application/rss+xml", (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Trap</title><link>{self.base}/</link>'
                f'<item><title>A quiet story</title><link>{self.base}/trap.html</link><guid>trap-1</guid>'
                f'<description>The feed carries this short text only.</description></item></channel></rss>').encode())
        if path == "/deep.xml":
            deep = "<div>" * 100000 + "deep words" + "</div>" * 100000
            return self.reply(200, "application/rss+xml", (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><link>{self.base}/</link>'
                f'<item><title>A deep story</title><guid>deep-1</guid><description><![CDATA[{deep}]]></description>'
                f'</item></channel></rss>').encode())
        if path == "/trap.html":
            return self.reply(200, "text/html", trap_page().encode())
        if path == "/hostile-all.xml":
            return self.reply(200, "application/rss+xml", hostile_all(self.base).encode())
        if path == "/hostile-page.html":
            return self.reply(200, "text/html; charset=utf-8", hostile_page(self.base).encode())
        if path == "/wire.xml":
            titles = WIRE_FIRST + (WIRE_LATER if Handler.wire_later else [])
            return self.reply(200, "application/rss+xml", wire_feed(self.base, titles).encode())
        if path == "/synced.xml":
            # a feed the test's FreshRSS subscribes to (the window syncs it from there)
            items = "".join(
                f'<item><title>Synced story {n}</title><link>{self.base}/synced/{i}</link><guid>synced-{i}</guid>'
                f'<pubDate>Sat, 28 Nov 2026 1{i}:00:00 GMT</pubDate>'
                f'<description>&lt;p&gt;Synced story {n}: read on the phone or here, it is the same story.&lt;/p&gt;</description></item>'
                for i, n in enumerate(["one", "two", "three"]))
            return self.reply(200, "application/rss+xml", (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Synced wire</title>'
                f'<link>{self.base}/</link>{items}</channel></rss>').encode())
        if path == "/gone.xml":
            if Handler.gone:
                return self.reply(410, "text/plain", b"gone")
            return self.reply(200, "application/rss+xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Vanishing</title><item><guid>v1</guid><title>Vanishing item</title></item></channel></rss>')
        if path == "/latin1.xml":
            # an old feed: Windows-1252 bytes, no charset in the header, no encoding in the prolog
            return self.reply(200, "application/rss+xml", (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>Notícias de São Paulo</title>'
                f'<link>{self.base}/</link><item><guid>l1</guid><title>Eleição: população às urnas – “ação” já</title>'
                '<description>A votação começa às 8h; a apuração, às 17h.</description></item></channel></rss>').encode("cp1252"))
        if path == "/became-page.xml":
            if Handler.became_page:
                return self.reply(200, "text/html; charset=utf-8", b"<!DOCTYPE html><html><head><title>Our new site</title></head><body><h1>We moved</h1></body></html>")
            return self.reply(200, "application/rss+xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Changing</title><item><guid>c1</guid><title>Changing item</title></item></channel></rss>')
        if path == "/broken.xml":
            return self.reply(500, "text/plain", b"server error")
        if path == "/flaky.xml":
            # a feed that works the first time and then breaks
            Handler.flaky_hits += 1
            if Handler.flaky_hits > 1:
                return self.reply(500, "text/plain", b"server error")
            return self.reply(200, "application/rss+xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title><item><guid>f1</guid><title>Flaky item</title></item></channel></rss>')
        if path == "/open.xml":
            return self.reply(200, "application/rss+xml", (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Pages</title><link>{self.base}/</link>'
                f'<item><title>A story best read on its page</title><link>{self.base}/open/page.html</link><guid>open-1</guid>'
                f'<description>The feed has a line; the page has the rest.</description></item></channel></rss>').encode())
        if path == "/open/page.html":
            return self.reply(200, "text/html; charset=utf-8", b"<!DOCTYPE html><html><head><title>The page</title></head><body><h1>The whole page</h1><script>document.title = 'ran'</script></body></html>")
        if path == "/scripted.xml":
            return self.reply(200, "application/rss+xml", (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Scripted</title><link>{self.base}/</link>'
                f'<item><title>A page drawn by its scripts</title><link>{self.base}/scripted/page.html</link><guid>scripted-1</guid>'
                f'<description>The page draws itself.</description></item></channel></rss>').encode())
        if path == "/scripted/page.html":
            return self.reply(200, "text/html; charset=utf-8", SCRIPTED_PAGE.encode())
        if path.startswith("/scripted/report/"):
            return self.reply(204, "text/plain", b"")
        if path == "/members.xml":
            # a feed behind HTTP basic sign-in: alice, "open sesame 42"
            if self.headers.get("Authorization") != "Basic YWxpY2U6b3BlbiBzZXNhbWUgNDI=":
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="members"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            return self.reply(200, "application/rss+xml", (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Members</title><link>{self.base}/</link>'
                f'<item><title>For members only</title><link>{self.base}/members/1</link><guid>members-1</guid>'
                f'<description>A story behind the sign-in.</description></item></channel></rss>').encode())
        if path.startswith("/stories/") and path.endswith(".xml") and path[len("/stories/"):-len(".xml")] in STORY_WIRES:
            return self.reply(200, "application/rss+xml", stories_feed(self.base, path[len("/stories/"):-len(".xml")]).encode())
        if path == "/pictures.xml":
            return self.reply(200, "application/rss+xml", pictures_feed(self.base).encode())
        if path.startswith("/pic/") and path.endswith(".png"):
            name = path[len("/pic/"):-len(".png")]
            size = {"pixel": (1, 1), "icon": (48, 48)}.get(name) or ((640, 400) if name.isdigit() else None)
            if size:
                return self.reply(200, "image/png", png(*size, seed=int(name) if name.isdigit() else 0))
        if path == "/xss.xml":
            return self.reply(200, "application/rss+xml", XSS_FEED.replace("BASE", self.base).encode())
        if path == "/site/":
            return self.reply(200, "text/html", b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Khaama</body></html>')
        name = path.lstrip("/")
        file = (SEED / name).resolve()
        if SEED in file.parents and file.is_file():
            body = file.read_bytes()
            if file.suffix in (".xml", ".html"):
                body = body.replace(b"BASE", self.base.encode())
            ctype = {".xml": "application/rss+xml", ".html": "text/html; charset=utf-8", ".png": "image/png"}.get(file.suffix, "application/octet-stream")
            return self.reply(200, ctype, body)
        self.reply(404, "text/plain", b"not found")

    def do_POST(self):
        Handler.log.append("POST " + self.path)
        self.reply(404, "text/plain", b"not found")

    def reply(self, status, ctype, body):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def start():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Handler.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, Handler.base


def start_second_site():
    """The same files on another port: another site, as a portal sees it."""
    site = type("SecondSite", (Handler,), {})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), site)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, site.base
