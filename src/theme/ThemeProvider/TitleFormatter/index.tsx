import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {TitleFormatterProvider} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/ThemeProvider/TitleFormatter';

/*
 * The site name at the end of every <title> and og:title ("Page | Site"). Docusaurus takes it from
 * `siteConfig.title`, which has one value for all locales (the config is not per locale), so the Thai pages ended in
 * English. This is the theme's own hook for it (ThemeProvider/TitleFormatter, safe to swizzle since Docusaurus 3.8):
 * the same default format, with the site name translated like any other UI string. The English message must stay
 * equal to `title` in docusaurus.config.ts (tests/e2e/seo.spec.ts checks both locales' suffix).
 */
export default function ThemeProviderTitleFormatter({children}: Props): ReactNode {
  const siteTitle = translate({
    id: 'site.head.titleSuffix',
    message: 'Discord Bot Account Guide',
    description: 'Site name after every page title in the browser tab and search results ("Page | Site name")',
  });
  return (
    <TitleFormatterProvider formatter={(params) => params.defaultFormatter({...params, siteTitle})}>
      {children}
    </TitleFormatterProvider>
  );
}
