// The palettes in src/app.css: text and tie colours must meet WCAG contrast on their background,
// and positive and negative ties must stay apart for readers with colour-vision deficiencies
// (simulated with the Machado et al. 2009 matrices, severity 1). Dash patterns carry stance too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/app.css', 'utf8');

function block(selector: RegExp): Record<string, string> {
  const match = selector.exec(css);
  if (!match) throw new Error(`no block ${selector}`);
  const body = css.slice(match.index + match[0].length, css.indexOf('}', match.index));
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

const palettes = {
  light: block(/^:root \{/m),
  dark: block(/:root\[data-theme='dark'\] \{/),
};

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (hex: string, m: number[][]): Rgb => {
  const c = rgb(hex).map(linear);
  return m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((s, v, i) => s + v * c[i]!, 0),
      ),
    ),
  ) as Rgb;
};
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

it('uses the same dark palette for the system preference and for ?theme=dark', () => {
  expect(block(/:root:not\(\[data-theme='light'\]\) \{/)).toEqual(palettes.dark);
});

describe.each(Object.entries(palettes))('%s palette', (_name, p) => {
  it('has every colour the views use', () => {
    for (const key of ['bg', 'fg', 'muted', 'accent', 'positive', 'neutral', 'negative', 'danger'])
      expect(p[key], key).toMatch(/^#/);
  });

  it.each(['fg', 'muted', 'accent', 'danger'])(
    'text colour %s has at least 4.5:1 on the background',
    (key) => {
      expect(contrast(p[key]!, p.bg!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(['positive', 'neutral', 'negative'])(
    'tie colour %s has at least 3:1 on the background',
    (key) => {
      expect(contrast(p[key]!, p.bg!)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(Object.keys(CVD))('positive and negative ties stay distinct under %s', (kind) => {
    const m = CVD[kind]!;
    expect(distance(simulate(p.positive!, m), simulate(p.negative!, m))).toBeGreaterThan(0.2);
  });
});
