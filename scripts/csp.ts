// A Vite plugin that writes the built page's Content-Security-Policy as a <meta> tag. Scripts and
// styles come from the app's own origin; inline ones (the single-file build inlines everything)
// are allowed by their SHA-256 hash only. Build-time only: the dev server injects inline code.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a page whose inline <script> and <style> bodies are `scripts` and `styles`. */
export function policy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.map(hash).join(' ')}`.trim(),
    `style-src 'self' ${styles.map(hash).join(' ')}`.trim(),
    // Exports draw blob: images; fonts are data: URLs in the single file.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // ?data= may load a story from another https origin that allows it (CORS); data: for the
    // single file's embedded fonts.
    "connect-src 'self' https: data:",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const inline = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (m) => m[1] ?? '',
  );

/** Adds the policy to every built HTML page, after other plugins have inlined what they inline. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'tielines-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After the single-file plugin has inlined the scripts and styles whose hashes we need.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inline(html, 'script'), inline(html, 'style'))}" />`;
          file.source = html.replace(/<meta charset="utf-8" \/>/i, (m) => `${m}\n    ${meta}`);
        }
      },
    },
  };
}
