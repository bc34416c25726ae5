import '@site/src/client/messages/debugger';
import {useId, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {DebuggerOverwrite, DebuggerState, OverwriteTarget} from '@site/src/discord/debugger-state';
import {
  GUILD_CHANNEL_TYPES,
  isGuildChannelType,
  type GuildChannelType,
} from '@site/src/discord/effective-permissions/channel-types';
import {pick, type Locale} from '@site/src/discord/locale';
import {PERMISSIONS, type ChannelKind, type PermissionInfo} from '@site/src/discord/permissions';
import {overwriteTargetLabel} from './names';
import styles from './styles.module.css';

export interface ChannelEditorProps {
  readonly state: DebuggerState;
  readonly locale: Locale;
  readonly onChange: (next: DebuggerState) => void;
}

/** The channel types a reader picks from, in the order Discord's "Create Channel" dialog lists them. */
const CHANNEL_CHOICES: readonly {readonly type: GuildChannelType; readonly label: () => string}[] = [
  {
    type: GUILD_CHANNEL_TYPES.GuildText,
    label: () => translate({id: 'tools.debugger.channel.text', message: 'Text channel'}),
  },
  {
    type: GUILD_CHANNEL_TYPES.GuildVoice,
    label: () => translate({id: 'tools.debugger.channel.voice', message: 'Voice channel'}),
  },
  {
    type: GUILD_CHANNEL_TYPES.GuildStageVoice,
    label: () => translate({id: 'tools.debugger.channel.stage', message: 'Stage channel'}),
  },
  {
    type: GUILD_CHANNEL_TYPES.GuildAnnouncement,
    label: () => translate({id: 'tools.debugger.channel.announcement', message: 'Announcement channel'}),
  },
  {
    type: GUILD_CHANNEL_TYPES.GuildForum,
    label: () => translate({id: 'tools.debugger.channel.forum', message: 'Forum channel'}),
  },
  {
    type: GUILD_CHANNEL_TYPES.GuildMedia,
    label: () => translate({id: 'tools.debugger.channel.media', message: 'Media channel'}),
  },
  {
    type: GUILD_CHANNEL_TYPES.GuildCategory,
    label: () => translate({id: 'tools.debugger.channel.category', message: 'Category'}),
  },
];

function kindOf(type: GuildChannelType): ChannelKind | undefined {
  if (type === GUILD_CHANNEL_TYPES.GuildVoice) return 'voice';
  if (type === GUILD_CHANNEL_TYPES.GuildStageVoice) return 'stage';
  return type === GUILD_CHANNEL_TYPES.GuildCategory ? undefined : 'text';
}

/** The permissions an overwrite on this channel type can set, as Discord's channel settings list them. */
function settable(type: GuildChannelType): readonly PermissionInfo[] {
  const kind = kindOf(type);
  return PERMISSIONS.filter((row) => row.channels.length > 0 && (kind === undefined || row.channels.includes(kind)));
}

type Setting = 'allow' | 'inherit' | 'deny';

function settingOf(overwrite: DebuggerOverwrite, bit: bigint): Setting {
  if ((overwrite.allow & bit) !== 0n) return 'allow';
  return (overwrite.deny & bit) !== 0n ? 'deny' : 'inherit';
}

function withSetting(overwrite: DebuggerOverwrite, bit: bigint, setting: Setting): DebuggerOverwrite {
  return {
    ...overwrite,
    allow: setting === 'allow' ? overwrite.allow | bit : overwrite.allow & ~bit,
    deny: setting === 'deny' ? overwrite.deny | bit : overwrite.deny & ~bit,
  };
}

interface OverwriteProps extends ChannelEditorProps {
  readonly overwrite: DebuggerOverwrite;
  readonly type: GuildChannelType;
}

/** One overwrite, as Discord's channel settings show it: each permission allowed (✓), denied (✗) or left alone (/). */
function OverwriteEditor({state, locale, onChange, overwrite, type}: OverwriteProps): ReactNode {
  const id = useId();
  const [open, setOpen] = useState(false);
  const name = overwriteTargetLabel(state, overwrite.target);
  const channel = state.channel;
  if (channel === undefined) return null;
  const replace = (next: DebuggerOverwrite | null) =>
    onChange({
      ...state,
      channel: {
        ...channel,
        overwrites: channel.overwrites.flatMap((o) => (o.target === overwrite.target ? (next ? [next] : []) : [o])),
      },
    });
  return (
    <li className={styles.overwrite} data-overwrite={String(overwrite.target)}>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <Translate
            id="tools.debugger.overwrite.summary"
            values={{
              target: name,
              allow: <code>{overwrite.allow.toString()}</code>,
              deny: <code>{overwrite.deny.toString()}</code>,
            }}
            description="An overwrite's summary; {allow} and {deny} are integers">
            {'Overwrite for {target}: allow {allow}, deny {deny}'}
          </Translate>
        </summary>
        {open && (
          <ul className={styles.settings}>
            {settable(type).map((row) => (
              <li key={row.key}>
                <label htmlFor={`${id}-${row.key}`}>{pick(row.label, locale)}</label>
                <select
                  id={`${id}-${row.key}`}
                  className="site-input"
                  value={settingOf(overwrite, row.value)}
                  onChange={(event) => replace(withSetting(overwrite, row.value, event.target.value as Setting))}>
                  <option value="allow">{translate({id: 'tools.debugger.overwrite.allow', message: '✓ Allow'})}</option>
                  <option value="inherit">
                    {translate({
                      id: 'tools.debugger.overwrite.inherit',
                      message: '/ Not set',
                      description: 'Neither allowed nor denied: the roles decide',
                    })}
                  </option>
                  <option value="deny">{translate({id: 'tools.debugger.overwrite.deny', message: '✗ Deny'})}</option>
                </select>
              </li>
            ))}
          </ul>
        )}
      </details>
      <button type="button" className="button button--sm button--secondary" onClick={() => replace(null)}>
        <Translate
          id="tools.debugger.overwrite.remove"
          values={{target: name}}
          description="Button; {target} is who the overwrite is for">
          {'Remove the overwrite for {target}'}
        </Translate>
      </button>
    </li>
  );
}

function targetsWithout(state: DebuggerState): OverwriteTarget[] {
  const taken = new Set(state.channel?.overwrites.map((o) => o.target));
  const all: OverwriteTarget[] = ['everyone', ...state.roles.map((_, index) => index), 'bot'];
  return all.filter((target) => !taken.has(target));
}

function AddOverwrite({state, onChange}: Omit<ChannelEditorProps, 'locale'>): ReactNode {
  const id = useId();
  const free = targetsWithout(state);
  const [choice, setChoice] = useState('');
  const channel = state.channel;
  if (channel === undefined || free.length === 0) return null;
  const picked = free.find((target) => String(target) === choice) ?? free[0];
  return (
    <div className={styles.addOverwrite}>
      <label htmlFor={id}>
        <Translate id="tools.debugger.overwrite.addFor">Add an overwrite for</Translate>
      </label>
      <select id={id} className="site-input" value={String(picked)} onChange={(event) => setChoice(event.target.value)}>
        {free.map((target) => (
          <option key={String(target)} value={String(target)}>
            {overwriteTargetLabel(state, target)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={() =>
          picked !== undefined &&
          onChange({
            ...state,
            channel: {...channel, overwrites: [...channel.overwrites, {target: picked, allow: 0n, deny: 0n}]},
          })
        }>
        <Translate id="tools.debugger.overwrite.add">Add</Translate>
      </button>
    </div>
  );
}

/** The channel: its type (or none, for server-wide permissions) and its permission overwrites. */
export function ChannelEditor({state, locale, onChange}: ChannelEditorProps): ReactNode {
  const id = useId();
  const channel = state.channel;
  return (
    <div className={styles.channel}>
      <div className={styles.field}>
        <label htmlFor={id}>
          <Translate id="tools.debugger.channel.label">Where</Translate>
        </label>
        <select
          id={id}
          className="site-input"
          value={channel === undefined ? 'none' : String(channel.type)}
          onChange={(event) => {
            const type = Number(event.target.value);
            const {channel: _old, ...rest} = state;
            onChange(
              isGuildChannelType(type) && event.target.value !== 'none'
                ? {...rest, channel: {type, overwrites: channel?.overwrites ?? []}}
                : rest,
            );
          }}>
          <option value="none">
            {translate({id: 'tools.debugger.channel.none', message: 'Server-wide, no channel'})}
          </option>
          {CHANNEL_CHOICES.map((choice) => (
            <option key={choice.type} value={String(choice.type)}>
              {choice.label()}
            </option>
          ))}
        </select>
      </div>
      {channel !== undefined && (
        <>
          <ul className={styles.overwrites}>
            {channel.overwrites.map((overwrite) => (
              <OverwriteEditor
                key={String(overwrite.target)}
                state={state}
                locale={locale}
                onChange={onChange}
                overwrite={overwrite}
                type={channel.type}
              />
            ))}
          </ul>
          <AddOverwrite state={state} onChange={onChange} />
        </>
      )}
    </div>
  );
}
