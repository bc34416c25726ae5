import useBrokenLinks from '@docusaurus/useBrokenLinks';

/**
 * Tells the build's broken-anchor check that these ids exist on the page, so a link to `#perm-…`, `#intent-…` or
 * `#scope-…` from another page is verified. Docusaurus only learns ids from its own headings and links; rows of a
 * generated table are neither. Its own module so unit tests, which run outside Docusaurus, can stand in for it.
 */
export function useDeclareAnchors(ids: readonly string[]): void {
  const brokenLinks = useBrokenLinks();
  for (const id of ids) brokenLinks.collectAnchor(id);
}
