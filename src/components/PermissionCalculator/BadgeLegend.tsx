import '@site/src/client/messages/permissions';
import {memo, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {Badge, BadgeLegend as Legend} from '@site/src/components/FlagCalculator/Picker';
import {ChannelBadgeText, SplitBadge, TwoFactorBadge} from '@site/src/components/PermissionPicker/Badges';
import pickerStyles from '@site/src/components/FlagCalculator/picker.module.css';

const CHANNEL_KINDS = ['text', 'voice', 'stage'] as const;

/**
 * What each badge means, once per tool rather than repeated on 52 rows. Apart from the badges themselves so that the
 * compact picker (invite builder, tutorial), which shows no legend, doesn't ship its sentences.
 */
export const BadgeLegend = memo(function BadgeLegend(): ReactNode {
  return (
    <Legend
      entries={[
        {
          key: 'twoFactor',
          term: <TwoFactorBadge />,
          description: (
            <Translate id="tools.permissions.legend.twoFactor">
              On a server that requires two-factor authentication for moderation, the bot can use this permission only
              if its owner's Discord account has 2FA turned on.
            </Translate>
          ),
        },
        {
          key: 'channels',
          term: (
            <span className={pickerStyles.badges}>
              {CHANNEL_KINDS.map((kind) => (
                <Badge key={kind}>
                  <ChannelBadgeText kind={kind} />
                </Badge>
              ))}
            </span>
          ),
          description: (
            <Translate id="tools.permissions.legend.channels">
              The permission can also be allowed or denied on one channel of that type (text includes announcement,
              forum and media channels). A permission without these badges applies to the whole server only.
            </Translate>
          ),
        },
        {
          key: 'split',
          term: <SplitBadge />,
          description: (
            <Translate id="tools.permissions.legend.split">
              Recently split out of an older permission on that date. The row says which one and what changed: an old
              invite link may no longer grant what it used to.
            </Translate>
          ),
        },
      ]}
    />
  );
});
