// @vitest-environment jsdom
// The SVG export of the drawing as the app renders it (NetworkSvg over the tiny story), read back
// with an XML parser: what a reader downloads must stand alone and show what the page showed.
import arabicFont from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';
import latinFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { cleanup, render } from '@testing-library/svelte';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import NetworkSvg from '../../src/components/NetworkSvg.svelte';
import { type ExportText, exportSvg } from '../../src/lib/export/export-svg.ts';
import { fitBounds, IDENTITY } from '../../src/lib/view/fit.ts';
import { tinyView } from '../component/harness.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const [WIDTH, HEIGHT] = [400, 300];
const colours = { fg: 'rgb(17, 17, 17)', bg: 'rgb(250, 250, 250)' };

// Stand-ins for the app's stylesheet (jsdom cascades these into computed style): what the export
// must copy onto the elements, since the downloaded file has no stylesheet.
const CSS = `
  .stance-positive line { stroke: rgb(0, 128, 0); stroke-width: 2.5px; }
  .stance-negative line { stroke: rgb(200, 0, 0); stroke-width: 3px; }
  .symbol { stroke: rgb(17, 17, 17); stroke-width: 2px; }
  .label { font-size: 12px; text-anchor: middle; }
`;

// The fonts as served: the latin one larger than one 32 kB chunk of the base64 encoder.
const fonts = new Map([
  [latinFont, Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256)],
  [arabicFont, Uint8Array.from([0, 1, 2, 250, 251, 252, 253])],
]);
const fetched: string[] = [];

beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);
});

beforeEach(() => {
  fetched.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const bytes = fonts.get(url);
    if (!bytes) throw new Error(`unexpected fetch of ${url}`);
    return { arrayBuffer: async () => bytes.slice().buffer };
  });
});

afterEach(() => vi.unstubAllGlobals());

afterAll(() => {
  cleanup();
  document.head.replaceChildren();
});

/** The tiny story drawn afresh at 2013-01-01: ada, bo, acme, cy; ada–acme, ada–bo, bo–cy tied. */
function draw(): SVGSVGElement {
  const { view } = tinyView({ date: '2013-01-01' });
  const fit = fitBounds(view.bounds, WIDTH, HEIGHT);
  const { container } = render(NetworkSvg, {
    view,
    label: 'The network',
    fit,
    transform: IDENTITY,
  });
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('NetworkSvg drew no svg');
  return svg;
}

let drawn: SVGSVGElement | undefined;
/** {@link draw}, once for the file: exporting leaves the drawing as it was (the last test). */
const drawing = () => (drawn ??= draw());

const texts = (overrides: Partial<ExportText> = {}): ExportText => ({
  title: 'Two founders',
  date: '1 January 2013',
  credit: 'Source: Test notes, Tielines · Tielines',
  legend: [
    { label: 'founded', stroke: 'rgb(0, 128, 0)', dash: 'none' },
    { label: 'split', stroke: 'rgb(200, 0, 0)', dash: '2 5' },
    { label: 'mentor', stroke: 'rgb(0, 128, 0)', dash: 'none' },
  ],
  direction: 'ltr',
  ...overrides,
});

let standard: Promise<string> | undefined;
/** The export of the drawing with the default texts, made once for the tests that only read it. */
const standardExport = () => (standard ??= exportSvg(drawing(), texts(), colours));

/** Parses the export as XML, failing on any parser error. */
function parse(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  const root = doc.documentElement;
  expect(root.namespaceURI).toBe(SVG_NS);
  expect(root.localName).toBe('svg');
  return root as unknown as SVGSVGElement;
}

const number = (el: Element, name: string) => Number(el.getAttribute(name));
const translation = (el: Element) => {
  const match = /^translate\(([-\d.e]+),\s*([-\d.e]+)\)$/.exec(el.getAttribute('transform') ?? '');
  if (!match) throw new Error(`no translate in ${el.getAttribute('transform')}`);
  return { x: Number(match[1]), y: Number(match[2]) };
};
/** The groups outside the drawing: the header (title, date) and the footer (legend, credit). */
const textsOutside = (svg: Element) =>
  [...svg.children].filter((c) => c.localName === 'g' && !c.hasAttribute('transform'));
const findText = (root: Element, content: string) => {
  const found = [...root.getElementsByTagName('text')].filter((t) => t.textContent === content);
  expect(found).toHaveLength(1);
  return found[0]!;
};
/** Where the drawing sits in the export: below the header, by its group's translation. */
const drawingTop = (svg: Element) => {
  const group = [...svg.children].find((c) => c.localName === 'g' && c.hasAttribute('transform'));
  if (!group) throw new Error('no group holds the drawing');
  expect(translation(group).x).toBe(0);
  return translation(group).y;
};

describe('exportSvg', () => {
  it('is a well-formed SVG document as wide as the drawing, its viewBox its size', async () => {
    const svg = parse(await standardExport());
    expect(number(svg, 'width')).toBe(WIDTH);
    const height = number(svg, 'height');
    expect(height).toBeGreaterThan(HEIGHT); // room for the title above and the legend below
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${WIDTH} ${height}`);
    expect(svg.getAttribute('xmlns')).toBe(SVG_NS);
    // A background of the page's colour under everything, so the file is not transparent.
    const background = svg.children[1]!;
    expect(background.localName).toBe('rect');
    expect(background.getAttribute('fill')).toBe(colours.bg);
    expect([background.getAttribute('width'), background.getAttribute('height')]).toEqual([
      '100%',
      '100%',
    ]);
  });

  it('carries the actors of the date, each at its place with its name', async () => {
    const live = drawing();
    const svg = parse(await standardExport());
    const actors = [...svg.querySelectorAll('[data-actor-id]')];
    expect(actors.map((a) => a.getAttribute('data-actor-id'))).toEqual(['ada', 'bo', 'acme', 'cy']);
    expect(actors.map((a) => a.getElementsByTagName('text')[0]?.textContent)).toEqual([
      'Ada',
      'Bo',
      'Acme',
      'Cy',
    ]);
    for (const actor of actors) {
      const id = actor.getAttribute('data-actor-id')!;
      const there = live.querySelector(`[data-actor-id="${id}"]`)!;
      expect(translation(actor)).toEqual(translation(there));
      // Inside the drawing's box (the layout is fitted into it, margin kept).
      expect(translation(actor).x).toBeGreaterThan(0);
      expect(translation(actor).x).toBeLessThan(WIDTH);
      expect(translation(actor).y).toBeGreaterThan(0);
      expect(translation(actor).y).toBeLessThan(HEIGHT);
    }
  });

  it('carries the ties of the date, each from one actor to the other, with its relation', async () => {
    const live = drawing();
    const svg = parse(await standardExport());
    const ties = [...svg.querySelectorAll('[data-tie]')];
    // At 2013-01-01: ada and acme founded it (2011), ada and bo split (2012), cy mentors bo.
    expect(
      ties.map((t) => [t.getAttribute('data-tie'), t.getAttribute('data-relation')]).sort(),
    ).toEqual([
      ['acme|ada', 'founded'],
      ['ada|bo', 'split'],
      ['bo|cy', 'mentor'],
    ]);
    // The relations written on ties in the page are written in the file.
    const written = (root: Element) =>
      [...root.querySelectorAll('[data-tie] text')].map((t) => t.textContent?.trim());
    expect(written(svg)).toEqual(written(live));
    expect(written(svg).length).toBeGreaterThan(0);
    const at = (id: string) => translation(svg.querySelector(`[data-actor-id="${id}"]`)!);
    for (const tie of ties) {
      const line = tie.getElementsByTagName('line')[0]!;
      const [a, b] = [at(tie.getAttribute('data-source')!), at(tie.getAttribute('data-target')!)];
      expect(number(line, 'x1')).toBeCloseTo(a.x, 6);
      expect(number(line, 'y1')).toBeCloseTo(a.y, 6);
      expect(number(line, 'x2')).toBeCloseTo(b.x, 6);
      expect(number(line, 'y2')).toBeCloseTo(b.y, 6);
    }
  });

  it('inlines the computed styles, so the file needs no stylesheet', async () => {
    const svg = parse(await standardExport());
    const line = (key: string) => svg.querySelector(`[data-tie="${key}"] line`)!;
    expect(line('ada|bo').getAttribute('stroke')).toBe('rgb(200, 0, 0)'); // split: negative
    expect(line('ada|bo').getAttribute('stroke-width')).toBe('3px');
    // (Its dash is a presentation attribute, which jsdom leaves out of computed style, unlike a
    // browser: the dash in the file is checked in Chromium, tests/e2e.)
    expect(line('acme|ada').getAttribute('stroke')).toBe('rgb(0, 128, 0)'); // founded: positive
    const symbol = (id: string) => svg.querySelector(`[data-actor-id="${id}"] path`)!;
    expect(symbol('ada').getAttribute('stroke')).toBe('rgb(17, 17, 17)');
    // The kind's fill, set inline by the renderer: #dbeafe for a person, #fef3c7 for an organisation.
    expect(symbol('ada').getAttribute('fill')).toBe('rgb(219, 234, 254)');
    expect(symbol('acme').getAttribute('fill')).toBe('rgb(254, 243, 199)');
    const label = svg.querySelector('[data-actor-id="ada"] text')!;
    expect(label.getAttribute('text-anchor')).toBe('middle');
    expect(label.getAttribute('font-size')).toBe('12px');
    // Nothing left that only the page's stylesheet or script could read.
    for (const el of svg.querySelectorAll('*')) {
      expect(el.hasAttribute('class')).toBe(false);
      expect(el.hasAttribute('tabindex')).toBe(false);
    }
  });

  it('embeds both fonts as data URLs and names them on every text', async () => {
    const out = await exportSvg(drawing(), texts(), colours);
    expect(fetched.sort()).toEqual([latinFont, arabicFont].sort());
    const css = parse(out).getElementsByTagName('style')[0]?.textContent ?? '';
    const faces = [
      ...css.matchAll(/font-family:'([^']+)';src:url\(data:font\/woff2;base64,([^)]+)\)/g),
    ];
    expect(faces.map(([, family, data]) => [family, data])).toEqual([
      ['Tielines Sans', Buffer.from(fonts.get(latinFont)!).toString('base64')],
      ['Tielines Naskh', Buffer.from(fonts.get(arabicFont)!).toString('base64')],
    ]);
    for (const text of parse(out).getElementsByTagName('text')) {
      expect(text.getAttribute('font-family')).toMatch(/^'Tielines Sans', 'Tielines Naskh'/);
    }
    // No reference out of the file: every URL is a data URL.
    for (const [, url] of out.matchAll(/(?:href="|url\()([^")]*)/g)) expect(url).toMatch(/^data:/);
  });

  it('puts the title and date above the drawing, the legend and credit below it', async () => {
    const svg = parse(await standardExport());
    const top = drawingTop(svg);
    const bottom = top + HEIGHT;
    const height = number(svg, 'height');
    const [title, date] = [findText(svg, 'Two founders'), findText(svg, '1 January 2013')];
    expect(number(title, 'y')).toBeGreaterThan(0);
    expect(number(title, 'y')).toBeLessThan(number(date, 'y'));
    expect(number(date, 'y')).toBeLessThanOrEqual(top);
    expect(Number(title.getAttribute('font-size'))).toBeGreaterThan(
      Number(date.getAttribute('font-size')),
    );
    const footer = textsOutside(svg).at(-1)!;
    const credit = findText(footer, 'Source: Test notes, Tielines · Tielines');
    for (const [i, { label, stroke, dash }] of texts().legend.entries()) {
      const text = findText(footer, label);
      const swatch = text.previousElementSibling!;
      expect(swatch.localName).toBe('line');
      expect([swatch.getAttribute('stroke'), swatch.getAttribute('stroke-dasharray')]).toEqual([
        stroke,
        dash,
      ]);
      expect(number(swatch, 'x2')).toBeLessThan(number(text, 'x')); // the swatch, then its label
      expect(number(text, 'y')).toBeGreaterThan(bottom);
      expect(number(text, 'y')).toBeLessThan(number(credit, 'y'));
      if (i > 0)
        expect(number(text, 'x')).toBeGreaterThan(
          number(findText(footer, texts().legend[i - 1]!.label), 'x'),
        );
    }
    expect(number(credit, 'y')).toBeLessThanOrEqual(height);
    // The texts outside the drawing are drawn in the foreground colour.
    for (const g of textsOutside(svg)) expect(g.getAttribute('fill')).toBe(colours.fg);
  });

  it('wraps the legend four to a row, making the file taller by the rows added', async () => {
    const entry = (i: number) => ({ label: `relation ${i}`, stroke: 'red', dash: 'none' });
    const legend = (n: number) => Array.from({ length: n }, (_, i) => entry(i));
    const exported = async (n: number) =>
      parse(await exportSvg(drawing(), texts({ legend: legend(n) }), colours));
    const [one, four, five, nine] = [
      await exported(1),
      await exported(4),
      await exported(5),
      await exported(9),
    ];
    const height = (svg: Element) => number(svg, 'height');
    expect(height(four)).toBe(height(one)); // one row
    expect(height(five)).toBeGreaterThan(height(four)); // two rows
    expect(height(nine) - height(five)).toBe(height(five) - height(four)); // three: each row alike
    const svg = five;
    const [first, fifth] = [findText(svg, 'relation 0'), findText(svg, 'relation 4')];
    expect(number(fifth, 'x')).toBe(number(first, 'x'));
    expect(number(fifth, 'y')).toBeGreaterThan(number(first, 'y'));
    expect(number(findText(svg, 'relation 3'), 'y')).toBe(number(first, 'y'));
  });

  it('anchors the title, date and credit to the right in a right-to-left language', async () => {
    const ltr = parse(await standardExport());
    const rtl = parse(
      await exportSvg(
        drawing(),
        texts({ title: 'مؤسسان', date: '١ يناير ٢٠١٣', credit: 'المصدر', direction: 'rtl' }),
        colours,
      ),
    );
    expect(ltr.getAttribute('direction')).toBe('ltr');
    expect(rtl.getAttribute('direction')).toBe('rtl');
    for (const content of [
      'Two founders',
      '1 January 2013',
      'Source: Test notes, Tielines · Tielines',
    ]) {
      const text = findText(ltr, content);
      expect(text.getAttribute('text-anchor')).toBe('start');
      expect(number(text, 'x')).toBeLessThan(WIDTH / 4);
    }
    for (const content of ['مؤسسان', '١ يناير ٢٠١٣', 'المصدر']) {
      const text = findText(rtl, content);
      expect(text.getAttribute('text-anchor')).toBe('end');
      expect(number(text, 'x')).toBeGreaterThan((3 * WIDTH) / 4);
      expect(number(text, 'x')).toBeLessThanOrEqual(WIDTH);
    }
  });

  it('escapes markup in the texts: they read back as written, and add no element', async () => {
    const title = 'Ada & Bo <script>alert("x")</script>';
    const date = "June 2012 <b>bold</b> 'quoted'";
    const credit = 'Source: <a href="https://evil.example">x</a> & co';
    const label = 'split <img src=x onerror=alert(1)>';
    const out = await exportSvg(
      drawing(),
      texts({ title, date, credit, legend: [{ label, stroke: 'red', dash: 'none' }] }),
      colours,
    );
    const svg = parse(out);
    for (const content of [title, date, credit, label]) findText(svg, content);
    for (const tag of ['script', 'b', 'a', 'img']) {
      expect(svg.getElementsByTagName(tag)).toHaveLength(0);
    }
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;');
  });

  it('leaves the drawing on the page as it was', async () => {
    const live = draw();
    const markup = () => new XMLSerializer().serializeToString(live);
    const before = markup();
    await exportSvg(live, texts(), colours);
    expect(markup()).toBe(before);
    expect(live.querySelector('[data-actor-id="ada"]')?.getAttribute('tabindex')).toBe('0');
  });
});
