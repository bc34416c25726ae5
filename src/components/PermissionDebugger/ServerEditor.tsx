import '@site/src/client/messages/debugger';
import {useId, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {
  MAX_DEBUGGER_ROLES,
  MAX_ROLE_NAME_LENGTH,
  type DebuggerRole,
  type DebuggerState,
} from '@site/src/discord/debugger-state';
import {PermissionsDetails} from './PermissionsDetails';
import {roleLabel} from './names';
import styles from './styles.module.css';

export interface ServerEditorProps {
  readonly state: DebuggerState;
  readonly onChange: (next: DebuggerState) => void;
}

/** Removing role `index` shifts every later index down: the bot's roles, overwrites and the target follow. */
function withoutRole(state: DebuggerState, index: number): DebuggerState {
  const shift = (i: number) => (i > index ? i - 1 : i);
  const {target, channel, ...rest} = state;
  const keptTarget =
    target === undefined || target.kind === 'owner'
      ? target
      : target.kind === 'role'
        ? target.role === index
          ? undefined
          : {kind: 'role' as const, role: shift(target.role)}
        : {kind: 'member' as const, roles: target.roles.filter((i) => i !== index).map(shift)};
  return {
    ...rest,
    roles: state.roles.filter((_, i) => i !== index),
    botRoles: state.botRoles.filter((i) => i !== index).map(shift),
    ...(channel
      ? {
          channel: {
            ...channel,
            overwrites: channel.overwrites
              .filter((o) => o.target !== index)
              .map((o) => (typeof o.target === 'number' ? {...o, target: shift(o.target)} : o)),
          },
        }
      : {}),
    ...(keptTarget ? {target: keptTarget} : {}),
  };
}

function RoleRow({state, index, onChange}: ServerEditorProps & {readonly index: number}): ReactNode {
  const id = useId();
  const role = state.roles[index] as DebuggerRole;
  const update = (patch: Partial<DebuggerRole>) =>
    onChange({...state, roles: state.roles.map((r, i) => (i === index ? {...r, ...patch} : r))});
  const hasIt = state.botRoles.includes(index);
  return (
    <li className={styles.role} data-role={index}>
      <div className={styles.roleFields}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>
            <Translate id="tools.debugger.role.name">Role name</Translate>
          </label>
          <input
            id={`${id}-name`}
            className="site-input"
            value={role.name}
            maxLength={MAX_ROLE_NAME_LENGTH}
            onChange={(event) => update({name: event.target.value})}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-position`}>
            <Translate
              id="tools.debugger.role.position"
              description="A role's position number; higher is higher in the role list">
              Position
            </Translate>
          </label>
          <input
            id={`${id}-position`}
            className={`site-input ${styles.number}`}
            type="number"
            min={1}
            max={MAX_DEBUGGER_ROLES}
            value={role.position}
            onChange={(event) => {
              const position = Number(event.target.value);
              if (Number.isInteger(position) && position >= 0) update({position});
            }}
          />
        </div>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={hasIt}
            onChange={(event) =>
              onChange({
                ...state,
                botRoles: event.target.checked
                  ? [...state.botRoles, index].sort((a, b) => a - b)
                  : state.botRoles.filter((i) => i !== index),
              })
            }
          />{' '}
          <Translate id="tools.debugger.role.botHasIt">The bot has this role</Translate>
        </label>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => onChange(withoutRole(state, index))}>
          <Translate
            id="tools.debugger.role.remove"
            values={{role: roleLabel(state, index)}}
            description="Button; {role} is the role's name">
            {'Remove {role}'}
          </Translate>
        </button>
      </div>
      <PermissionsDetails
        value={role.permissions}
        owner={roleLabel(state, index)}
        onChange={(permissions) => update({permissions})}
      />
    </li>
  );
}

/** @everyone, the roles (the bot's ticked), ownership and timeout: the server side of the computation. */
export function ServerEditor({state, onChange}: ServerEditorProps): ReactNode {
  const top = state.roles.reduce((max, role) => Math.max(max, role.position), 0);
  return (
    <div className={styles.server}>
      <PermissionsDetails
        value={state.everyone}
        owner="@everyone"
        onChange={(everyone) => onChange({...state, everyone})}
      />
      <ul className={styles.roles}>
        {state.roles.map((_, index) => (
          <RoleRow key={index} state={state} index={index} onChange={onChange} />
        ))}
      </ul>
      <p>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={state.roles.length >= MAX_DEBUGGER_ROLES}
          onClick={() =>
            onChange({
              ...state,
              roles: [
                ...state.roles,
                {
                  name: translate({
                    id: 'tools.debugger.role.newName',
                    message: 'New role',
                    description: 'Name given to an added role',
                  }),
                  position: top + 1,
                  permissions: 0n,
                },
              ],
            })
          }>
          <Translate id="tools.debugger.role.add">Add a role</Translate>
        </button>
      </p>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={state.owner}
          onChange={(event) => onChange({...state, owner: event.target.checked})}
        />{' '}
        <Translate id="tools.debugger.owner">The bot owns the server</Translate>
      </label>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={state.timedOut}
          onChange={(event) => onChange({...state, timedOut: event.target.checked})}
        />{' '}
        <Translate id="tools.debugger.timedOut">The bot is timed out</Translate>
      </label>
    </div>
  );
}
