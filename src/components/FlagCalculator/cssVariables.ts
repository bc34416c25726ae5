import type {CSSProperties} from 'react';

/**
 * An inline style that only sets custom properties, for the kit's stylesheets to size parts a phone draws late
 * (`--flag-group-rows`, `--legend-entries`, `--section-estimate`). React's style type names no custom properties,
 * so the one cast lives here.
 */
export function cssVariables(variables: Readonly<Record<`--${string}`, string | number>>): CSSProperties {
  return variables as CSSProperties;
}
