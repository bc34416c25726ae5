import '@site/src/client/messages/permissions';
import {useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {LiveCallout} from '@site/src/components/FlagCalculator/Callout';
import {Hint, LiveSlot} from '@site/src/components/FlagCalculator/Layout';
import {formatDecimal} from '@site/src/discord/bitfield';
import type {Locale} from '@site/src/discord/locale';
import {permissionNames, splitGaps, splitGapWords, withSplitsFilled} from '@site/src/discord/permission-splits';
import styles from './styles.module.css';

/** Shown while Administrator is ticked, and announced when it appears. */
export function AdministratorWarning({active}: {readonly active: boolean}): ReactNode {
  return (
    <LiveCallout
      shown={active}
      type="danger"
      title={<Translate id="tools.permissions.admin.title">Administrator is ticked</Translate>}>
      <p>
        <Translate id="tools.permissions.admin.body">
          Administrator grants every permission, including ones not ticked here, and ignores channel overwrites: a
          channel that denies the bot still lets it in. A bug or a leaked token then gives someone control of the whole
          server. Tick only what the bot needs instead.
        </Translate>
      </p>
    </LiveCallout>
  );
}

/** The integer in an invite link is a proposal, said in one line; "how to read this" below the tool says more. */
export function InviteNote(): ReactNode {
  return (
    <Hint>
      <Translate
        id="tools.permissions.invite.hint"
        description="Under the permissions integer; {more} links to the How to read this section below the tool"
        values={{
          more: (
            <Link to="#how-to-read">
              <Translate id="tools.permissions.invite.more" description="Link text to the How to read this section">
                More below.
              </Translate>
            </Link>
          ),
        }}>
        {
          'The integer only proposes: whoever adds the bot can untick any of them, and channel settings can still deny what the role allows. {more}'
        }
      </Translate>
    </Hint>
  );
}

export interface SplitGapNoteProps {
  readonly value: bigint;
  readonly locale: Locale;
  /** Replaces the set, as a tick does. */
  readonly onChange: (value: bigint) => void;
}

/**
 * An integer written before Discord's permission splits: which permission it has that no longer grants what a newer
 * one does (permission-splits.ts, read off the catalogue's split rows), and a button that adds the missing ones.
 * Once pressed the note is gone, so focus moves to a line saying what was added.
 */
export function SplitGapNote({value, locale, onChange}: SplitGapNoteProps): ReactNode {
  const gaps = splitGaps(value);
  const filled = withSplitsFilled(value);
  const [added, setAdded] = useState<{readonly value: bigint; readonly names: string} | null>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const confirmed = added !== null && added.value === value;
  useEffect(() => {
    if (confirmed) confirmation.current?.focus();
  }, [confirmed]);
  // Only a set with a gap has names to list (most updates have none).
  const names =
    gaps.length === 0
      ? ''
      : permissionNames(
          gaps.map((gap) => gap.permission),
          locale,
        );

  return (
    <>
      <LiveCallout
        shown={gaps.length > 0}
        type="warning"
        named
        title={
          <Translate
            id="tools.permissions.splitGap.title"
            description="Title of the note under the integer when it has an old permission without the one Discord split out of it">
            Written before Discord split some permissions
          </Translate>
        }>
        {gaps.map((gap) => {
          const words = splitGapWords(gap, locale);
          return (
            <p key={gap.permission.key}>
              <Translate
                id="tools.permissions.splitGap.body"
                description="{old}: the older permission(s) the integer has; {new}: the permission split out of it, which the integer lacks; {date}: the day the old one stopped granting it"
                values={{old: words.old, new: words.new, date: <time dateTime={gap.since}>{words.date}</time>}}>
                {'This integer has {old} but not {new}: since {date}, a bot needs {new} for what {old} used to allow.'}
              </Translate>
            </p>
          );
        })}
        <p>
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={() => {
              setAdded({value: filled, names});
              onChange(filled);
            }}>
            <Translate
              id="tools.permissions.splitGap.add"
              description="Button in the split note; {names}: the permissions it adds; {value}: the integer it gives"
              values={{names, value: formatDecimal(filled)}}>
              {'Add {names} → {value}'}
            </Translate>
          </button>
        </p>
      </LiveCallout>
      <LiveSlot>
        {confirmed && (
          <p ref={confirmation} tabIndex={-1} className={styles.splitAdded}>
            <Translate
              id="tools.permissions.splitGap.added"
              description="Shown after the split note's button was pressed; {names}: what it added; {value}: the integer now"
              values={{names: added.names, value: formatDecimal(added.value)}}>
              {'Added {names}: the integer is now {value}.'}
            </Translate>
          </p>
        )}
      </LiveSlot>
    </>
  );
}
