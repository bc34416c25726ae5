import type {ReactNode} from 'react';
import {usePluralForm} from '@docusaurus/theme-common';

/**
 * Picks the reader's plural form from a translated "one|other" message. The caller calls translate() itself, with
 * literal ids and messages, so `write-translations` can still find them.
 */
export function Plural({count, message}: {readonly count: number; readonly message: string}): ReactNode {
  const {selectMessage} = usePluralForm();
  return <>{selectMessage(count, message)}</>;
}
