import '@site/src/client/messages/debugger';
import {useId, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {BOT_ACTIONS, getBotAction, isBotActionId} from '@site/src/discord/bot-actions';
import type {DebuggerState, DebuggerSubject, DebuggerTarget} from '@site/src/discord/debugger-state';
import {pick, type Locale} from '@site/src/discord/locale';
import {isPermissionKey, PERMISSIONS} from '@site/src/discord/permissions';
import {roleLabel} from './names';
import styles from './styles.module.css';

export interface SubjectPickerProps {
  readonly state: DebuggerState;
  readonly locale: Locale;
  readonly onChange: (next: DebuggerState) => void;
}

function subjectValue(subject: DebuggerSubject | undefined): string {
  if (subject === undefined) return '';
  return subject.kind === 'action' ? `action:${subject.id}` : `perm:${subject.key}`;
}

function parseSubject(value: string): DebuggerSubject | undefined {
  const [kind, id] = value.split(':');
  if (kind === 'action' && isBotActionId(id)) return {kind: 'action', id};
  if (kind === 'perm' && isPermissionKey(id)) return {kind: 'permission', key: id};
  return undefined;
}

function targetValue(target: DebuggerTarget | undefined): string {
  if (target === undefined) return 'none';
  if (target.kind === 'owner') return 'owner';
  return target.kind === 'role' ? `role:${target.role}` : `member:${target.roles.join(',')}`;
}

function parseTarget(value: string): DebuggerTarget | undefined {
  if (value === 'owner') return {kind: 'owner'};
  const [kind, rest = ''] = value.split(':');
  if (kind === 'role') return {kind: 'role', role: Number(rest)};
  if (kind === 'member') return {kind: 'member', roles: rest === '' ? [] : rest.split(',').map(Number)};
  return undefined;
}

function TargetPicker({state, onChange}: Omit<SubjectPickerProps, 'locale'>): ReactNode {
  const id = useId();
  const action = state.subject?.kind === 'action' ? getBotAction(state.subject.id) : undefined;
  if (action === undefined || action.target === 'none') return null;
  const roles = state.roles.map((_, index) => index);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {action.target === 'role' ? (
          <Translate id="tools.debugger.target.role">The role to give</Translate>
        ) : (
          <Translate id="tools.debugger.target.member">The member it is done to</Translate>
        )}
      </label>
      <select
        id={id}
        className="site-input"
        value={targetValue(state.target)}
        onChange={(event) => onChange({...state, target: parseTarget(event.target.value)})}>
        {action.target === 'role' ? (
          <>
            <option value="none">{translate({id: 'tools.debugger.target.pickRole', message: 'Pick a role'})}</option>
            {roles.map((index) => (
              <option key={index} value={`role:${index}`}>
                {roleLabel(state, index)}
              </option>
            ))}
          </>
        ) : (
          <>
            <option value="none">
              {translate({id: 'tools.debugger.target.noRoles', message: 'A member with no roles'})}
            </option>
            {roles.map((index) => (
              <option key={index} value={`member:${index}`}>
                {translate(
                  {
                    id: 'tools.debugger.target.memberWith',
                    message: 'A member whose highest role is {role}',
                    description: 'Option in the target list',
                  },
                  {role: roleLabel(state, index)},
                )}
              </option>
            ))}
            <option value="owner">{translate({id: 'tools.debugger.target.owner', message: 'The server owner'})}</option>
          </>
        )}
      </select>
    </div>
  );
}

/** What the bot tries to do: one of the actions, or a single permission. */
export function SubjectPicker({state, locale, onChange}: SubjectPickerProps): ReactNode {
  const id = useId();
  return (
    <div className={styles.subject}>
      <div className={styles.field}>
        <label htmlFor={id}>
          <Translate id="tools.debugger.subject.label">What should the bot do?</Translate>
        </label>
        <select
          id={id}
          className="site-input"
          value={subjectValue(state.subject)}
          onChange={(event) => {
            const subject = parseSubject(event.target.value);
            const {subject: _old, target: _target, ...rest} = state;
            onChange(subject ? {...rest, subject} : rest);
          }}>
          <optgroup label={translate({id: 'tools.debugger.subject.actions', message: 'Actions'})}>
            {BOT_ACTIONS.map((action) => (
              <option key={action.id} value={`action:${action.id}`}>
                {pick(action.label, locale)}
              </option>
            ))}
          </optgroup>
          <optgroup label={translate({id: 'tools.debugger.subject.permissions', message: 'One permission'})}>
            {PERMISSIONS.map((row) => (
              <option key={row.key} value={`perm:${row.key}`}>
                {pick(row.label, locale)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <TargetPicker state={state} onChange={onChange} />
    </div>
  );
}
