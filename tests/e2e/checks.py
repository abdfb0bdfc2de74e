"""What the window tests measure on a page: whether everything fits the window at its size, and
what axe-core (the engine of Lighthouse's accessibility audit) finds. axe-core comes from npm
in the test set-up (`AXE_JS`, set by run.sh); it is injected into the page under test only."""
import os

# Problems with the layout as it is drawn now: anything wider than the window or its pane,
# text of the reader outside the window, toolbar buttons cut off or covered.
FIT_PROBLEMS = r"""
const problems = [];
const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
const shown = (e) => e && e.getClientRects().length > 0 && !e.closest('[inert]')
  && getComputedStyle(e).visibility !== 'hidden';
if (document.documentElement.scrollWidth > vw) problems.push(`the page is ${document.documentElement.scrollWidth} px wide in ${vw}`);
for (const sel of ['.app', '.sidebar', '.list-pane', '.reader', '.list-toolbar', '.reader-toolbar', '#list', '#reader-scroll', '.reader-article', '#status']) {
  const e = document.querySelector(sel);
  if (!shown(e)) continue;
  if (e.scrollWidth > e.clientWidth + 1) problems.push(`${sel} holds ${e.scrollWidth} px in ${e.clientWidth}`);
  const r = e.getBoundingClientRect();
  if (r.left < -1 || r.right > vw + 1) problems.push(`${sel} spans ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
}
const frame = document.getElementById('r-frame');
if (shown(frame) && frame.contentDocument && frame.contentDocument.body) {
  const d = frame.contentDocument, fr = frame.getBoundingClientRect();
  if (d.documentElement.scrollWidth > d.documentElement.clientWidth + 1) problems.push(`the article is ${d.documentElement.scrollWidth} px wide in its ${d.documentElement.clientWidth} px frame`);
  for (const p of d.querySelectorAll('p, h1, h2, h3, li, figcaption')) {
    const r = p.getBoundingClientRect();
    if (r.width === 0) continue;
    if (fr.left + r.left < -1 || fr.left + r.right > vw + 1) { problems.push(`article text spans ${Math.round(fr.left + r.left)}..${Math.round(fr.left + r.right)} of ${vw}: ${p.textContent.slice(0, 40)}`); break; }
  }
}
for (const sel of ['#r-title', '#r-feed', '#r-byline']) {
  const e = document.querySelector(sel);
  if (shown(e) && e.getBoundingClientRect().right > vw + 1) problems.push(`${sel} runs past the window`);
}
// with the drawer open, the rest of the window lies under its scrim
const scrim = document.getElementById('scrim');
const drawer = scrim && !scrim.hidden;
for (const b of document.querySelectorAll('.toolbar button')) {
  if (!shown(b) || (drawer && !b.closest('.sidebar'))) continue;
  const r = b.getBoundingClientRect();
  if (r.left < 0 || r.top < 0 || r.right > vw || r.bottom > vh) { problems.push(`${b.id || b.className} is cut off (${Math.round(r.left)}..${Math.round(r.right)} of ${vw})`); continue; }
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (!b.contains(hit)) problems.push(`${b.id} is covered by ${hit && (hit.id || hit.className)}`);
}
return problems;
"""

LAYOUT = "return [document.body.dataset.layout, document.body.dataset.pane, document.body.dataset.drawer]"


def fit_problems(s):
    return s.js(FIT_PROBLEMS)


def axe_source():
    path = os.environ.get("AXE_JS", "")
    if not path or not os.path.exists(path):
        raise AssertionError(f"axe-core not found (AXE_JS={path!r}): run scripts/setup.sh --test")
    with open(path, encoding="utf-8") as f:
        return f.read()


def axe_violations(s, impacts=("critical", "serious")):
    """axe-core's violations of the given impacts on the page as it is now, as readable lines.
    The article's frame (the publisher's text, no scripts allowed in it) is not audited."""
    if not s.js("return typeof window.axe === 'object'"):
        s.js(axe_source() + "\n;return typeof window.axe")
    found = s.js_async("""const done = arguments[arguments.length - 1];
window.axe.run(document, { iframes: false, resultTypes: ['violations'] })
  .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 300)}`) }))))
  .catch((e) => done([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }]));""")
    return [f"{v['impact']} {v['id']}: {v['help']} at {v['nodes']}" for v in found if v["impact"] in impacts]
