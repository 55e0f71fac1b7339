// Weight of a first view: the built files a page actually requested, compressed here with node:zlib
// (gzip level 9, brotli quality 11: what a static host precompresses), grouped as code (JS + CSS),
// fonts, story data and HTML. The server sends files uncompressed; sizes are of the files on disk.
// A story bundled as a JS chunk (the app's default story, data/musk-altman.json) is story data, not
// code: the caller names such files (build.ts reads them from the Vite manifest).
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

/**
 * Story data: raw and gzip only. Brotli at quality 11 takes seconds per MB of JSON (the 5,000-actor
 * story is 4.7 MB), and the report shows story data gzipped.
 */
export type DataSizes = Omit<Sizes, 'brotli'>;

export interface Weight {
  /** JS and CSS (workers' scripts included; story chunks not): what the budget counts. */
  readonly code: Sizes;
  readonly fonts: Sizes;
  readonly data: DataSizes;
  readonly html: Sizes;
  readonly other: Sizes;
}

interface FileSizes {
  readonly raw: number;
  readonly gzip: number;
  brotli?: number;
}

const cache = new Map<string, FileSizes>();

/** Raw and gzip sizes of one file (bytes), and brotli when asked; computed once per file. */
export function compressedSizes(file: string, brotli = true): FileSizes {
  let bytes: Buffer | undefined;
  let sizes = cache.get(file);
  if (!sizes) {
    bytes = readFileSync(file);
    sizes = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    cache.set(file, sizes);
  }
  if (brotli && sizes.brotli === undefined) {
    bytes ??= readFileSync(file);
    sizes.brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length;
  }
  return sizes;
}

type Group = keyof Weight;

function groupOf(file: string, dataFiles: ReadonlySet<string>): Group {
  if (dataFiles.has(file)) return 'data';
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
 * `dataFiles` (absolute paths) are story data whatever their extension; default none.
 */
export function weigh(
  urls: readonly string[],
  fileOf: (url: string) => string | undefined,
  dataFiles: ReadonlySet<string> = new Set(),
): Weight {
  const empty = () => ({ files: [] as string[], raw: 0, gzip: 0, brotli: 0 });
  const groups: Record<Group, ReturnType<typeof empty>> = {
    code: empty(),
    fonts: empty(),
    data: empty(),
    html: empty(),
    other: empty(),
  };
  const seen = new Set<string>();
  for (const url of urls) {
    const file = fileOf(url);
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const kind = groupOf(file, dataFiles);
    const group = groups[kind];
    const sizes = compressedSizes(file, kind !== 'data');
    group.files.push(basename(file));
    group.raw += sizes.raw;
    group.gzip += sizes.gzip;
    group.brotli += sizes.brotli ?? 0;
  }
  const { brotli: _unmeasured, ...data } = groups.data;
  return { ...groups, data };
}
