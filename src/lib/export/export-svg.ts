// Exporting the current view as a standalone SVG or a 2× PNG: the drawn network with its computed
// styles inlined, plus title, date, legend and source credit, and the fonts embedded as data URLs
// so the file looks the same anywhere. Browser code: it reads computed styles and draws to canvas.
import latinFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import arabicFont from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Presentation properties copied from computed style, so the file needs no stylesheet. */
const PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'paint-order',
  'visibility',
] as const;
const FONT = "'Tielines Sans', 'Tielines Naskh', sans-serif";

export interface ExportText {
  title: string;
  date: string;
  credit: string;
  /** Legend entries: a label and the colour and dash of its line (or a shape path). */
  legend: readonly { label: string; stroke: string; dash: string }[];
  direction: 'ltr' | 'rtl';
}

async function fontFace(family: string, url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `@font-face{font-family:'${family}';src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
}

function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  for (const prop of PROPS) target.setAttribute(prop, style.getPropertyValue(prop));
  target.removeAttribute('class');
  target.removeAttribute('tabindex');
  if (target.tagName === 'text') target.setAttribute('font-family', FONT);
  for (let i = 0; i < source.children.length; i++) {
    const s = source.children[i];
    const t = target.children[i];
    if (s && t) inlineStyles(s, t);
  }
}

function text(
  content: string,
  x: number,
  y: number,
  size: number,
  weight = 400,
  anchor = 'start',
): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text');
  el.textContent = content;
  for (const [k, v] of Object.entries({
    x,
    y,
    'font-size': size,
    'font-weight': weight,
    'text-anchor': anchor,
    'font-family': FONT,
  }))
    el.setAttribute(k, String(v));
  return el;
}

/** A standalone SVG document (as text) of `drawing` with title, date, legend and credit. */
export async function exportSvg(
  drawing: SVGSVGElement,
  t: ExportText,
  colours: { fg: string; bg: string },
): Promise<string> {
  const width = drawing.clientWidth || Number(drawing.getAttribute('width')) || 800;
  const height = drawing.clientHeight || Number(drawing.getAttribute('height')) || 600;
  const top = 64;
  const bottom = 28 + 22 * Math.ceil(t.legend.length / 4);
  // No xmlns attribute: the serializer declares the namespace itself, and one that follows the
  // DOM Parsing spec would write a hand-set xmlns a second time (not well-formed XML).
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height + top + bottom));
  svg.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
  svg.setAttribute('direction', t.direction);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = (
    await Promise.all([
      fontFace('Tielines Sans', latinFont),
      fontFace('Tielines Naskh', arabicFont),
    ])
  ).join('');
  svg.append(style);
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: colours.bg }))
    background.setAttribute(k, v);
  svg.append(background);

  const header = document.createElementNS(SVG_NS, 'g');
  header.setAttribute('fill', colours.fg);
  const start = t.direction === 'rtl' ? width - 16 : 16;
  const anchor = t.direction === 'rtl' ? 'end' : 'start';
  header.append(
    text(t.title, start, 28, 20, 700, anchor),
    text(t.date, start, 52, 15, 400, anchor),
  );
  svg.append(header);

  const body = drawing.cloneNode(true) as SVGSVGElement;
  inlineStyles(drawing, body);
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `translate(0,${top})`);
  group.append(...Array.from(body.childNodes));
  svg.append(group);

  const footer = document.createElementNS(SVG_NS, 'g');
  footer.setAttribute('fill', colours.fg);
  t.legend.forEach((entry, i) => {
    const x = 16 + (i % 4) * Math.max(120, (width - 32) / 4);
    const y = top + height + 8 + Math.floor(i / 4) * 22;
    const line = document.createElementNS(SVG_NS, 'line');
    for (const [k, v] of Object.entries({
      x1: x,
      y1: y + 6,
      x2: x + 24,
      y2: y + 6,
      stroke: entry.stroke,
      'stroke-width': 2.5,
      'stroke-dasharray': entry.dash,
    }))
      line.setAttribute(k, String(v));
    footer.append(line, text(entry.label, x + 30, y + 10, 12));
  });
  footer.append(text(t.credit, start, top + height + bottom - 8, 11, 400, anchor));
  svg.append(footer);
  return new XMLSerializer().serializeToString(svg);
}

/** Rasterises an SVG document to a PNG at `scale` × its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a blob as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
