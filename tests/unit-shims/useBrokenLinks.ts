// Vitest stand-in: the build's broken-anchor collector, which records nothing outside a build.
export default function useBrokenLinks(): {collectAnchor: (id: string) => void; collectLink: (link: string) => void} {
  return {collectAnchor: () => undefined, collectLink: () => undefined};
}
