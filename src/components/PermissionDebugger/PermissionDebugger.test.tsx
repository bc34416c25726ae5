// @vitest-environment happy-dom
import {fireEvent, render, screen, within} from '@testing-library/react';
import {beforeEach, describe, expect, it} from 'vitest';
import {PASTED_CONTEXT} from '@site/tests/fixtures/pasted-context';
import {setTestUrl, testParam, testSearch} from '@site/tests/unit/test-url';
import PermissionDebugger from '.';

const answer = () => document.querySelector('[data-answer]') as HTMLElement;
const verdict = () => answer().querySelector('[data-verdict]')?.getAttribute('data-verdict');
const subject = () => screen.getByRole('combobox', {name: 'What should the bot do?'});

describe('PermissionDebugger', () => {
  beforeEach(() => setTestUrl('/docs/tools/permission-debugger'));

  it('answers the default question on first render: the bot can send a message', () => {
    render(<PermissionDebugger />);
    expect(verdict()).toBe('allowed');
    expect(answer().textContent).toContain('Send a message');
  });

  it('explains a refusal, offers a fix, and the fix makes it allowed', () => {
    render(<PermissionDebugger />);
    fireEvent.change(subject(), {target: {value: 'action:pin-message'}});
    expect(testParam('action')).toBe('pin-message');
    expect(verdict()).toBe('refused');
    expect(answer().textContent).toContain('50013 Missing Permissions');
    expect(answer().textContent).toContain('Pin Messages');
    fireEvent.click(within(answer()).getAllByRole('button', {name: 'Try this fix here'})[0] as HTMLElement);
    expect(verdict()).toBe('allowed');
  });

  it('a channel overwrite for @everyone that denies View Channels gives 50001', () => {
    render(<PermissionDebugger />);
    fireEvent.click(screen.getByRole('button', {name: 'Add'}));
    const overwrite = document.querySelector('[data-overwrite="everyone"] details') as HTMLDetailsElement;
    overwrite.open = true;
    fireEvent(overwrite, new Event('toggle'));
    fireEvent.change(within(overwrite).getByRole('combobox', {name: 'View Channels'}), {target: {value: 'deny'}});
    expect(testSearch()).toContain('ow=everyone');
    // The bot's role allows View Channels server-wide, but @everyone's overwrite denies it and nothing allows it back.
    expect(verdict()).toBe('refused');
    expect(answer().textContent).toContain('50001 Missing Access');
    // The smallest fix: View Channels alone, since Send Messages comes back with it; with the integers for API users.
    expect(answer().textContent).toContain(
      'add Bot and allow View Channels. Through the API, the overwrite becomes allow 1024, deny 0.',
    );
    fireEvent.click(screen.getByRole('button', {name: 'Remove the overwrite for @everyone'}));
    expect(verdict()).toBe('allowed');
  });

  it('edits roles: add, rename, grant through the picker, give to the bot, remove', async () => {
    render(<PermissionDebugger />);
    fireEvent.click(screen.getByRole('button', {name: 'Add a role'}));
    const names = screen.getAllByRole('textbox', {name: 'Role name'});
    expect(names).toHaveLength(2);
    fireEvent.change(names[1] as HTMLElement, {target: {value: 'Pinner'}});
    const row = document.querySelector('[data-role="1"]') as HTMLElement;
    const details = row.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    // The picker is loaded on demand; the first import of its module can take seconds on a busy machine.
    fireEvent.click(await within(row).findByRole('checkbox', {name: /^Pin Messages/}, {timeout: 10_000}));
    fireEvent.change(subject(), {target: {value: 'action:pin-message'}});
    expect(verdict()).toBe('refused');
    fireEvent.click(within(row).getByRole('checkbox', {name: 'The bot has this role'}));
    expect(verdict()).toBe('allowed');
    fireEvent.change(within(row).getByRole('spinbutton', {name: 'Position'}), {target: {value: '5'}});
    expect(testSearch()).toContain('role=5');
    fireEvent.click(screen.getByRole('button', {name: 'Remove Pinner'}));
    expect(screen.getAllByRole('textbox', {name: 'Role name'})).toHaveLength(1);
    expect(verdict()).toBe('refused');
  });

  it('ownership beats everything, a timeout leaves only viewing and history', () => {
    render(<PermissionDebugger />);
    fireEvent.click(screen.getByRole('checkbox', {name: 'The bot is timed out'}));
    expect(verdict()).toBe('refused');
    expect(answer().textContent).toContain('timed out');
    fireEvent.click(screen.getByRole('checkbox', {name: 'The bot owns the server'}));
    expect(verdict()).toBe('allowed');
  });

  it('checks actions on members against the role order, with the target picked', () => {
    render(<PermissionDebugger />);
    fireEvent.change(subject(), {target: {value: 'action:kick'}});
    const target = screen.getByRole('combobox', {name: 'The member it is done to'});
    fireEvent.change(target, {target: {value: 'owner'}});
    expect(answer().textContent).toContain('server owner');
    fireEvent.change(subject(), {target: {value: 'action:give-role'}});
    expect(screen.getByRole('combobox', {name: 'The role to give'})).toBeDefined();
    fireEvent.change(subject(), {target: {value: 'perm:ManageGuild'}});
    expect(verdict()).toBe('refused');
  });

  it('server-wide questions: no channel', () => {
    render(<PermissionDebugger />);
    fireEvent.change(screen.getByRole('combobox', {name: 'Where'}), {target: {value: 'none'}});
    expect(testParam('channel')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', {name: 'Where'}), {target: {value: '2'}});
    expect(testParam('channel')).toBe('2');
  });

  it('a bad paste gets a message by the field and keeps the text; a good one replaces the server', async () => {
    render(<PermissionDebugger />);
    fireEvent.click(screen.getByRole('button', {name: 'Show the code for your bot and the paste box'}));
    const field = await screen.findByRole('textbox', {name: /What your bot printed/}, {timeout: 10_000});
    fireEvent.change(field, {target: {value: '{"guild": '}});
    fireEvent.click(screen.getByRole('button', {name: 'Use this'}));
    expect(screen.getByText(/This is not JSON/)).toBeDefined();
    expect(field).toHaveProperty('value', '{"guild": ');
    fireEvent.change(field, {target: {value: JSON.stringify(PASTED_CONTEXT)}});
    fireEvent.click(screen.getByRole('button', {name: 'Use this'}));
    expect(screen.getByRole('status').textContent).toContain('Loaded 2 roles and 1 channel overwrites (1 overwrites');
    expect(screen.getAllByRole('textbox', {name: 'Role name'}).map((e) => (e as HTMLInputElement).value)).toEqual([
      'Mods',
      'Bot',
    ]);
    // @everyone's overwrite denies Send Messages and neither of the bot's roles allows it back.
    expect(verdict()).toBe('refused');
    expect(answer().textContent).toContain("channel's overwrite for @everyone denies it");
  });

  it('says which parts of a shared link it could not use, and keeps the rest', () => {
    setTestUrl('/docs/tools/permission-debugger?everyone=1024&role=x&action=send-message');
    render(<PermissionDebugger />);
    expect(screen.getByRole('note', {name: 'Part of this link could not be used'}).textContent).toContain('role');
    expect(verdict()).toBe('refused');
  });
});
