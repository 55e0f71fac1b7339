// Weight of a first view: the built files a page actually requested, compressed here with node:zlib
// (gzip level 9, brotli quality 11: what a static host precompresses), grouped as code (JS + CSS),
// fonts, story data and HTML. The server sends files uncompressed; sizes are of the files on disk.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  /** Names of the files counted (basename). */
  readonly files: readonly string[];
  /** Bytes. */
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface Weight {
  /** JS and CSS: what the budget counts. */
  readonly code: Sizes;
  readonly fonts: Sizes;
  readonly data: Sizes;
  readonly html: Sizes;
  readonly other: Sizes;
}

const cache = new Map<string, { raw: number; gzip: number; brotli: number }>();

/** Raw, gzip and brotli sizes of one file (bytes), computed once per file. */
export function compressedSizes(file: string): { raw: number; gzip: number; brotli: number } {
  let sizes = cache.get(file);
  if (!sizes) {
    const bytes = readFileSync(file);
    sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    };
    cache.set(file, sizes);
  }
  return sizes;
}

type Group = keyof Weight;

function groupOf(file: string): Group {
  const ext = extname(file);
  if (ext === '.js' || ext === '.mjs' || ext === '.css') return 'code';
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf' || ext === '.otf') return 'fonts';
  if (ext === '.json') return 'data';
  if (ext === '.html') return 'html';
  return 'other';
}

/**
 * Weighs the files behind `urls` (each counted once). `fileOf` maps a URL to the served file, or
 * undefined for anything that is not one (another origin, a 404): those are not counted.
 */
export function weigh(
  urls: readonly string[],
  fileOf: (url: string) => string | undefined,
): Weight {
  const groups: Record<Group, { files: string[]; raw: number; gzip: number; brotli: number }> = {
    code: { files: [], raw: 0, gzip: 0, brotli: 0 },
    fonts: { files: [], raw: 0, gzip: 0, brotli: 0 },
    data: { files: [], raw: 0, gzip: 0, brotli: 0 },
    html: { files: [], raw: 0, gzip: 0, brotli: 0 },
    other: { files: [], raw: 0, gzip: 0, brotli: 0 },
  };
  const seen = new Set<string>();
  for (const url of urls) {
    const file = fileOf(url);
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const group = groups[groupOf(file)];
    const sizes = compressedSizes(file);
    group.files.push(basename(file));
    group.raw += sizes.raw;
    group.gzip += sizes.gzip;
    group.brotli += sizes.brotli;
  }
  return groups;
}
