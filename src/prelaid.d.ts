// `import layouts from '…/story.json?layout'`: a bundled story's keyframe layouts, laid out when the
// app is built (scripts/prelaid-layouts.ts).
declare module '*.json?layout' {
  const layouts: readonly import('./lib/layout/prelaid.ts').PrelaidLayout[];
  export default layouts;
}
