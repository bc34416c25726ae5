import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {Callout} from '@site/src/components/FlagCalculator/Callout';
import {LiveSlot} from '@site/src/components/FlagCalculator/Layout';

/** Shown while Administrator is ticked, and announced when it appears. */
export function AdministratorWarning({active}: {readonly active: boolean}): ReactNode {
  return (
    <LiveSlot>
      {active && (
        <Callout
          type="danger"
          title={<Translate id="tools.permissions.admin.title">Administrator is ticked</Translate>}>
          <p>
            <Translate id="tools.permissions.admin.body">
              Administrator grants every permission, including ones not ticked here, and ignores channel overwrites: a
              channel that denies the bot still lets it in. A bug or a leaked token then gives someone control of the
              whole server. Tick only what the bot needs instead.
            </Translate>
          </p>
        </Callout>
      )}
    </LiveSlot>
  );
}

/** What the integer in an invite link does and does not do, so readers do not over-trust it. */
export function InviteNote(): ReactNode {
  return (
    <Callout
      type="info"
      title={<Translate id="tools.permissions.invite.title">The integer only proposes permissions</Translate>}>
      <p>
        <Translate id="tools.permissions.invite.body">
          When someone adds the bot with an invite link, Discord shows these permissions ticked and the server admin can
          untick any of them. They go to a role made for the bot. If the bot is invited again later, that role's
          permissions are replaced by the new set.
        </Translate>
      </p>
    </Callout>
  );
}
