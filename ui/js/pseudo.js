// The pseudo-languages' transforms, as the engine's (engine/src/l10n/pseudo.rs): en-XA
// accents, brackets and lengthens each piece of a message's own text by 40%; ar-XB writes it
// right to left. Arguments are never transformed. A word on screen without the marks was never
// moved into a catalog.

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
const PADDING = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const LETTER = /\p{L}/u;

function perLine(text, transform) {
  if (!LETTER.test(text)) return text;
  return text.split('\n').map((line) => {
    const core = line.trim();
    if (!LETTER.test(core)) return line;
    const start = line.length - line.trimStart().length;
    return line.slice(0, start) + transform(core) + line.slice(start + core.length);
  }).join('\n');
}

/** `transform` on the pieces of `text` outside `<kbd>…</kbd>` (a key stays the key). */
function outsideKeys(text, transform) {
  return text.split(/(<kbd>.*?<\/kbd>)/).map((part, i) => (i % 2 ? part : transform(part))).join('');
}

export function accented(text) {
  return outsideKeys(text, (piece) => accentedPiece(piece));
}

function accentedPiece(text) {
  return perLine(text, (core) => {
    let out = '[' + [...core].map((c) => { const i = PLAIN.indexOf(c); return i < 0 ? c : ACCENTED[i]; }).join('');
    const letters = [...core].filter((c) => LETTER.test(c)).length;
    let padding = Math.ceil(letters * 2 / 5);
    for (let i = 0; padding > 0; i++) {
      const word = PADDING[i % PADDING.length];
      out += ' ' + word;
      padding -= word.length + 1;
    }
    return out + ']';
  });
}

export function bidi(text) {
  return outsideKeys(text, (piece) => perLine(piece, (core) => `\u202e${core}\u202c`));
}

