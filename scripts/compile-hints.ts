// A Vite plugin that asks V8 to compile the app's entry chunk whole as it downloads (Chrome 136's
// explicit compile hints): `//# allFunctionsCalledOnLoad` as the file's first line. Nearly every
// function in that chunk (the framework's runtime, the first view's components) runs before the
// first graph; without the hint each is compiled lazily on the main thread at its first call
// (about 750 functions; 230 ms of a 4× CPU slowdown start in a trace), with it on a background
// thread while the file streams in. Other engines read it as a comment. The single-file build
// does without: its inlined script is not streamed, and its policy hashes the script as inlined.
import type { Plugin } from 'vite';

/** The magic comment, which V8 reads only as a file's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** A source map as JSON; only its mappings are touched here. */
interface MapJson {
  mappings: string;
}

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json[^\n]*$/;

/** The map one line lower: an empty first line of mappings. */
function shifted(map: MapJson): MapJson {
  return { ...map, mappings: `;${map.mappings}` };
}

/** Puts the hint first in every entry chunk, and moves its source map (file, object or inline) down the one line. */
export function compileHints(): Plugin {
  return {
    name: 'tielines-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's preload helper has put its dependency table at the top.
      order: 'post',
      handler(options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          if (chunk.map) chunk.map.mappings = shifted(chunk.map).mappings;
          const file = bundle[`${chunk.fileName}.map`];
          if (file?.type === 'asset') {
            const text =
              typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
            file.source = JSON.stringify(shifted(JSON.parse(text) as MapJson));
          }
          if (options.sourcemap === 'inline' && chunk.map) {
            const url = `data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(chunk.map)).toString('base64')}`;
            chunk.code = chunk.code.replace(INLINE_MAP, `//# sourceMappingURL=${url}`);
          }
        }
      },
    },
  };
}
