import '@site/src/client/messages/permissions';
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {ChannelKind, PermissionInfo} from '@site/src/discord/permissions';
import {Badge} from '@site/src/components/FlagCalculator/Picker';
import styles from '@site/src/components/FlagCalculator/picker.module.css';

export function ChannelBadgeText({kind}: {readonly kind: ChannelKind}): ReactNode {
  switch (kind) {
    case 'text':
      return (
        <Translate id="tools.permissions.badge.text" description="Badge: the permission can be set on text channels">
          Text
        </Translate>
      );
    case 'voice':
      return (
        <Translate id="tools.permissions.badge.voice" description="Badge: the permission can be set on voice channels">
          Voice
        </Translate>
      );
    case 'stage':
      return (
        <Translate id="tools.permissions.badge.stage" description="Badge: the permission can be set on stage channels">
          Stage
        </Translate>
      );
  }
}

export function TwoFactorBadge(): ReactNode {
  return (
    <Badge tone="warn">
      <Translate
        id="tools.permissions.badge.twoFactor"
        description="Badge: the bot owner needs two-factor authentication for this permission on some servers">
        2FA
      </Translate>
    </Badge>
  );
}

/** With a date beside a row; without one in the legend, which speaks of every split. */
export function SplitBadge({date}: {readonly date?: string}): ReactNode {
  return (
    <Badge tone="new">
      {date === undefined ? (
        <Translate id="tools.permissions.badge.splitGeneric" description="Legend sample of the 'recently split' badge">
          Split
        </Translate>
      ) : (
        <Translate
          id="tools.permissions.badge.split"
          description="Badge: the permission was recently split out of an older one; {date} is YYYY-MM-DD"
          values={{date: <time dateTime={date}>{date}</time>}}>
          {'Split {date}'}
        </Translate>
      )}
    </Badge>
  );
}

/** The short badges shown beside one permission; the legend explains them in full. */
export function PermissionBadges({info, id}: {readonly info: PermissionInfo; readonly id?: string}): ReactNode {
  if (!info.twoFactor && info.channels.length === 0 && !info.split) return null;
  return (
    <span className={styles.badges} id={id}>
      {info.twoFactor && <TwoFactorBadge />}
      {info.channels.map((kind) => (
        <Badge key={kind}>
          <ChannelBadgeText kind={kind} />
        </Badge>
      ))}
      {info.split && <SplitBadge date={info.split.date} />}
    </span>
  );
}
