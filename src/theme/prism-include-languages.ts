/**
 * Docusaurus calls this once with prism-react-renderer's Prism before the first page renders. Our grammars register
 * from src/prism/languages.ts the first time a code block renders (src/prism/register.ts, called by
 * src/theme/CodeBlock), so there is nothing to do here; `themeConfig.prism.additionalLanguages` is not read.
 */
export default function prismIncludeLanguages(): void {}
