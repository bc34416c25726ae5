import {useCallback, type ReactNode} from 'react';
import {formatDecimal} from '@site/src/discord/bitfield';
import CopyButton from '@site/src/components/CopyButton';
import {Actions} from './Layout';

export interface ShareButtonsProps {
  readonly value: bigint;
  /** The URL parameter that carries the value, so the shared link opens the tool with it. */
  readonly param: string;
  readonly copyLabel: ReactNode;
  readonly shareLabel: ReactNode;
}

/** Copy the integer, or a link to this page that restores it. */
export function ShareButtons({value, param, copyLabel, shareLabel}: ShareButtonsProps): ReactNode {
  const decimal = formatDecimal(value);
  // Built on click, not during render: the server has no window, and the HTML it sends must match hydration.
  const shareLink = useCallback(() => {
    const url = new URL(window.location.href);
    url.searchParams.set(param, decimal);
    return url.href;
  }, [param, decimal]);
  return (
    <Actions>
      <CopyButton text={decimal}>{copyLabel}</CopyButton>
      <CopyButton text={shareLink}>{shareLabel}</CopyButton>
    </Actions>
  );
}
