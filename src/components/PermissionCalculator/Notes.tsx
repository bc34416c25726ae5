import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {LiveCallout} from '@site/src/components/FlagCalculator/Callout';
import {Hint} from '@site/src/components/FlagCalculator/Layout';

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
