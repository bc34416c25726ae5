import type {ReactNode} from 'react';
import {formatHex} from '@site/src/discord/bitfield';
import {englishBeside, pick, type Bilingual, type Locale} from '@site/src/discord/locale';
import styles from './styles.module.css';

/** What every flag catalogue row (a permission, an intent) has in common. */
export interface FlagRowInfo {
  readonly key: string;
  readonly apiName: string;
  readonly bit: number;
  readonly value: bigint;
  readonly label: Bilingual;
  readonly description: Bilingual;
}

/**
 * The first four cells of a flag's row, the same in every reference table: its name (a link to the row itself,
 * with the English client label beside a translated one) and description, its names in the API and in
 * discord-api-types, its bit, and its value in hex.
 */
export function FlagCells({
  info,
  anchor,
  locale,
}: {
  readonly info: FlagRowInfo;
  readonly anchor: string;
  readonly locale: Locale;
}): ReactNode {
  const english = englishBeside(info.label, locale);
  return (
    <>
      <th scope="row">
        <a href={`#${anchor}`} className={styles.anchor}>
          {pick(info.label, locale)}
        </a>
        {english && <span lang="en"> ({english})</span>}
        <p className={styles.description}>{pick(info.description, locale)}</p>
      </th>
      <td>
        <code>{info.apiName}</code>
        <br />
        <code>{info.key}</code>
      </td>
      <td className={styles.number}>{info.bit}</td>
      <td className={styles.number}>
        <code>{formatHex(info.value)}</code>
      </td>
    </>
  );
}
