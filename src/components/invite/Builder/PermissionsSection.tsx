import '@site/src/client/messages/invite';
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {formatDecimal} from '@site/src/discord/bitfield';
import {PermissionPicker} from '@site/src/components/PermissionPicker';
import styles from './styles.module.css';

export interface PermissionsSectionProps {
  readonly idPrefix: string;
  readonly value: bigint;
  readonly onChange: (value: bigint) => void;
  /** Why the page URL's value could not be read, in the reader's language; null when it can. */
  readonly error: ReactNode;
}

/**
 * The bot's permissions: the calculator's own picker in its compact form (same `permissions` URL parameter as the
 * calculator), and a link that opens the full calculator with the same set.
 */
export function PermissionsSection({idPrefix, value, onChange, error}: PermissionsSectionProps): ReactNode {
  const decimal = formatDecimal(value);
  const headingId = `${idPrefix}-permissions-title`;
  const errorId = `${idPrefix}-permissions-error`;
  return (
    <section
      id={`${idPrefix}-permissions`}
      className={styles.group}
      aria-labelledby={headingId}
      aria-describedby={errorId}
      // Focus target for the "no link" list; never in the tab order itself.
      tabIndex={-1}>
      <h3 id={headingId} className={styles.legend}>
        <Translate id="tools.invite.builder.permissions.title">Permissions for the bot’s role</Translate>
      </h3>
      <p className={styles.hint}>
        <Translate id="tools.invite.builder.permissions.hint">
          The person adding the bot sees this list and can untick any of it. Ask only for what the bot needs.
        </Translate>
      </p>
      <p id={errorId} role="alert" className={styles.error}>
        {error}
      </p>
      <PermissionPicker value={value} onChange={onChange} compact />
      <p className={styles.integerLine}>
        <Translate
          id="tools.invite.builder.permissions.integer"
          values={{value: <code>{decimal}</code>}}
          description="{value} is the permission integer that goes into the link">
          {'Permission integer: {value}'}
        </Translate>{' '}
        <Link to={`/docs/tools/permission-calculator?permissions=${decimal}`}>
          <Translate id="tools.invite.builder.permissions.openFull">Open in the full calculator</Translate>
        </Link>
      </p>
    </section>
  );
}
