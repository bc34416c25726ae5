/**
 * Docusaurus calls this once with prism-react-renderer's Prism before the first page renders. Our grammars register
 * when src/prism/languages.ts is imported (they need Prism on the global object while they load), so there is nothing
 * left to do here; `themeConfig.prism.additionalLanguages` is not read.
 */
import '@site/src/prism/languages';

export default function prismIncludeLanguages(): void {}
