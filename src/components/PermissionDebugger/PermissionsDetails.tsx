import '@site/src/client/messages/debugger';
import {lazy, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import OnDemand from '@site/src/components/OnDemand';
import styles from './styles.module.css';

export interface PermissionsDetailsProps {
  readonly value: bigint;
  readonly onChange: (value: bigint) => void;
  /** Says whose permissions these are, for the summary ("@everyone", a role name). */
  readonly owner: string;
}

// The picker (its rows, badges and filter) loads when a reader first opens a role: the answer never needs it.
const PermissionPicker = lazy(() =>
  import('@site/src/components/PermissionPicker').then((m) => ({default: m.PermissionPicker})),
);

/**
 * A role's permissions: the integer in the summary, the calculator's picker when opened. The picker (53 rows) is only
 * rendered while open, so a server with many roles stays quick.
 */
export function PermissionsDetails({value, onChange, owner}: PermissionsDetailsProps): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.permissions} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <Translate
          id="tools.debugger.permissions.summary"
          values={{owner, value: <code>{value.toString()}</code>}}
          description="Opens a role's permission list; {owner} is the role's name, {value} its permissions integer">
          {'Permissions of {owner}: {value}'}
        </Translate>
      </summary>
      {open && (
        <OnDemand>
          <PermissionPicker value={value} onChange={onChange} compact />
        </OnDemand>
      )}
    </details>
  );
}
