"""A podcast site on 127.0.0.1 for the listening tests: a feed of two episodes whose sound the
test makes itself with GStreamer's tools (a long MP3, larger than one piece of the app's media
scheme, and a short M4A), served with Range support, the MP3 at about 1.2 MB/s (so that a
download of it lasts long enough to be seen going); every request is logged with its Range
header. It can be stopped on its own, for playing with the network gone."""
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
import time

# seconds of sound: the MP3 at 128 kbit/s is about 3.2 MB, more than the scheme's 2 MiB piece
LONG_SECS = 200
# the MP3 is sent in pieces this large with a pause after each
PIECE, PAUSE = 256 * 1024, 0.2
SHORT_SECS = 12


def make_media():
    """Generates long.mp3 and short.m4a (a sine tone) in a new directory; returns it."""
    if not shutil.which("gst-launch-1.0"):
        raise RuntimeError("gst-launch-1.0 is missing: scripts/setup.sh --test installs gstreamer1.0-tools")
    out = tempfile.mkdtemp(prefix="broadsheet-e2e-media-")
    # one buffer a second of 44.1 kHz sound
    tone = ["audiotestsrc", "wave=sine", "freq=330", "samplesperbuffer=44100"]
    subprocess.run(["gst-launch-1.0", "-q", *tone, f"num-buffers={LONG_SECS}", "!", "audioconvert", "!",
                    "lamemp3enc", "target=bitrate", "bitrate=128", "cbr=true", "!", "id3v2mux", "!",
                    "filesink", f"location={os.path.join(out, 'long.mp3')}"], check=True, timeout=120)
    subprocess.run(["gst-launch-1.0", "-q", *tone, f"num-buffers={SHORT_SECS}", "!", "audioconvert", "!",
                    "avenc_aac", "!", "mp4mux", "!", "filesink", f"location={os.path.join(out, 'short.m4a')}"],
                   check=True, timeout=120)
    return out


def feed(base, media):
    def item(guid, title, hour, name, mime, secs):
        size = os.path.getsize(os.path.join(media, name))
        return (f'<item><guid>{guid}</guid><title>{title}</title><link>{base}/{guid}.html</link>'
                f'<pubDate>Mon, 07 Dec 2026 {hour}:00:00 GMT</pubDate>'
                f'<description>Tonight on the radio: {title.lower()}.</description>'
                f'<enclosure url="{base}/{name}" length="{size}" type="{mime}"/>'
                f'<itunes:duration>{secs}</itunes:duration></item>')
    return ('<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
            f'<channel><title>Evening Radio</title><link>{base}/</link>'
            + item("bulletin", "The evening bulletin", "18", "long.mp3", "audio/mpeg", LONG_SECS)
            + item("headlines", "The headlines", "17", "short.m4a", "audio/mp4", SHORT_SECS)
            + '</channel></rss>')


def start(media):
    """Serves the feed and the media; returns (server, base address, request log)."""
    log = []

    class Radio(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path.split("?")[0]
            log.append((path, self.headers.get("Range")))
            if path == "/radio.xml":
                return self.reply(200, "application/rss+xml", feed(base, media).encode(), None)
            name = path.lstrip("/")
            file = os.path.join(media, name)
            if name in ("long.mp3", "short.m4a") and os.path.isfile(file):
                with open(file, "rb") as f:
                    body = f.read()
                return self.reply(200, "audio/mpeg" if name.endswith(".mp3") else "audio/mp4", body, self.headers.get("Range"),
                                  slow=name.endswith(".mp3"))
            self.reply(404, "text/plain", b"not found", None)

        def reply(self, status, ctype, body, asked, slow=False):
            total = len(body)
            start = end = None
            if asked and asked.startswith("bytes="):
                first, _, last = asked[len("bytes="):].partition("-")
                if first:
                    start = int(first)
                    end = min(int(last), total - 1) if last else total - 1
            if start is not None and start < total:
                status, body = 206, body[start:end + 1]
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Accept-Ranges", "bytes")
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{end}/{total}")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for at in range(0, len(body), PIECE if slow else max(len(body), 1)):
                    self.wfile.write(body[at:at + (PIECE if slow else len(body))])
                    if slow:
                        time.sleep(PAUSE)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the player had what it wanted

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Radio)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base, log
