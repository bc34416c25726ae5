import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {ChannelBadgeText, SplitBadge, TwoFactorBadge} from './Badges';
import pickerStyles from './picker.module.css';
import styles from './styles.module.css';

/**
 * What each badge means, once per tool rather than repeated on 52 rows. Apart from the badges themselves so that the
 * compact picker (invite builder, tutorial), which shows no legend, doesn't ship its sentences.
 */
export function BadgeLegend(): ReactNode {
  return (
    <dl className={styles.legend}>
      <div className={styles.legendItem}>
        <dt>
          <TwoFactorBadge />
        </dt>
        <dd>
          <Translate id="tools.permissions.legend.twoFactor">
            On a server that requires two-factor authentication for moderation, the bot can use this permission only if
            its owner's Discord account has 2FA turned on.
          </Translate>
        </dd>
      </div>
      <div className={styles.legendItem}>
        <dt>
          <span className={pickerStyles.badges}>
            {(['text', 'voice', 'stage'] as const).map((kind) => (
              <span key={kind} className={pickerStyles.badge}>
                <ChannelBadgeText kind={kind} />
              </span>
            ))}
          </span>
        </dt>
        <dd>
          <Translate id="tools.permissions.legend.channels">
            The permission can also be allowed or denied on one channel of that type (text includes announcement, forum
            and media channels). A permission without these badges applies to the whole server only.
          </Translate>
        </dd>
      </div>
      <div className={styles.legendItem}>
        <dt>
          <SplitBadge />
        </dt>
        <dd>
          <Translate id="tools.permissions.legend.split">
            Recently split out of an older permission on that date. The row says which one and what changed: an old
            invite link may no longer grant what it used to.
          </Translate>
        </dd>
      </div>
    </dl>
  );
}
