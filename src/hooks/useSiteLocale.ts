import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {toLocale, type Locale} from '@site/src/discord/locale';

/**
 * The reader's language as the catalogue names it ('en' | 'th'), for picking bilingual catalogue data. Read from
 * Docusaurus' context, not the browser, so the server HTML and the hydrated page pick the same language.
 */
export function useSiteLocale(): Locale {
  return toLocale(useDocusaurusContext().i18n.currentLocale);
}
