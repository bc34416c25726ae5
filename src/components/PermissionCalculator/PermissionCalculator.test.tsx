// @vitest-environment happy-dom
import {act, fireEvent, render, screen, within} from '@testing-library/react';
import {describe, expect, it, vi} from 'vitest';
import {setTestUrl, testParam} from '@site/tests/unit/test-url';
import {ALL_PERMISSIONS, PERMISSIONS} from '@site/src/discord/permissions';
import {PERMISSION_PRESETS} from '@site/src/discord/presets';
import {encodePermissions} from '@site/src/discord/permission-bits';
import {PermissionPicker} from '@site/src/components/PermissionPicker';
import PermissionCalculator from '.';

const integerField = () => screen.getByRole('textbox', {name: 'Permissions integer'});
const box = (name: string) => screen.getByRole('checkbox', {name});
const param = () => testParam('permissions');

describe('PermissionCalculator', () => {
  it('renders one checkbox per permission, named exactly as Discord names them', () => {
    render(<PermissionCalculator />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(PERMISSIONS.length);
    for (const name of ['Administrator', 'Manage Server', 'Bypass Slowmode', 'Kick, Approve, and Reject Members']) {
      expect(box(name)).toBeDefined();
    }
  });

  it('ties each checkbox to its description', () => {
    render(<PermissionCalculator />);
    const checkbox = box('Manage Server');
    const [descriptionId] = (checkbox.getAttribute('aria-describedby') ?? '').split(' ');
    expect(document.getElementById(descriptionId ?? '')?.textContent).toMatch(/AutoMod/);
  });

  it('ticking boxes updates the integer, the hex and the URL', () => {
    render(<PermissionCalculator />);
    fireEvent.click(box('Administrator'));
    expect(integerField()).toHaveProperty('value', '8');
    expect(param()).toBe('8');
    fireEvent.click(box('Manage Server'));
    expect(integerField()).toHaveProperty('value', '40');
    expect(screen.getByText('0x28')).toBeDefined();
    fireEvent.click(box('Administrator'));
    expect(integerField()).toHaveProperty('value', '32');
  });

  it('typing an integer ticks its boxes, in any notation the parser reads', () => {
    render(<PermissionCalculator />);
    fireEvent.change(integerField(), {target: {value: '1 << 3 | 0x20'}});
    expect(box('Administrator')).toHaveProperty('checked', true);
    expect(box('Manage Server')).toHaveProperty('checked', true);
    expect(box('View Channels')).toHaveProperty('checked', false);
    // The reader's own text stays while they type; it becomes decimal once they leave the field.
    expect(integerField()).toHaveProperty('value', '1 << 3 | 0x20');
    fireEvent.blur(integerField());
    expect(integerField()).toHaveProperty('value', '40');

    fireEvent.change(integerField(), {target: {value: '๘'}});
    expect(box('Administrator')).toHaveProperty('checked', true);
    expect(box('Manage Server')).toHaveProperty('checked', false);
  });

  it('offers to add Pin Messages to an integer with Manage Messages, and the button adds it', () => {
    render(<PermissionCalculator />);
    fireEvent.change(integerField(), {target: {value: '8192'}});
    const note = screen.getByRole('note', {name: 'Written before Discord split some permissions'});
    expect(note.textContent).toContain(
      'This integer has Manage Messages but not Pin Messages: since February 23, 2026, a bot needs Pin Messages for what Manage Messages used to allow.',
    );
    expect(note.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-23');
    // Bypass Slowmode is missing too, and not offered: slowmode never applied to bots.
    expect(note.textContent).not.toContain('Bypass Slowmode');
    const add = within(note).getByRole('button', {name: 'Add Pin Messages → 2251799813693440'});
    fireEvent.click(add);
    expect(integerField()).toHaveProperty('value', '2251799813693440');
    expect(param()).toBe('2251799813693440');
    expect(box('Pin Messages')).toHaveProperty('checked', true);
    expect(screen.queryByRole('note', {name: 'Written before Discord split some permissions'})).toBeNull();
    const done = screen.getByText(/Added/).closest('p');
    expect(done?.textContent).toBe('Added Pin Messages: the integer is now 2251799813693440.');
    expect(document.activeElement).toBe(done);
    // Another change takes the confirmation away.
    fireEvent.click(box('Administrator'));
    expect(screen.queryByText(/Added/)).toBeNull();
  });

  it('names every gap and adds them all with one button, and says nothing with Administrator', () => {
    render(<PermissionCalculator />);
    fireEvent.change(integerField(), {
      target: {value: String(encodePermissions(['ManageEvents', 'ManageGuildExpressions']))},
    });
    const note = screen.getByRole('note', {name: 'Written before Discord split some permissions'});
    expect(note.querySelectorAll('p')).toHaveLength(3);
    const add = within(note).getByRole('button', {name: /^Add Create Expressions and Create Events → /});
    fireEvent.click(add);
    expect(box('Create Expressions')).toHaveProperty('checked', true);
    expect(box('Create Events')).toHaveProperty('checked', true);
    fireEvent.change(integerField(), {target: {value: String(encodePermissions(['Administrator', 'ManageMessages']))}});
    expect(screen.queryByRole('note', {name: 'Written before Discord split some permissions'})).toBeNull();
  });

  it('typing every known flag ticks every box', () => {
    render(<PermissionCalculator />);
    fireEvent.change(integerField(), {target: {value: ALL_PERMISSIONS.toString()}});
    for (const checkbox of screen.getAllByRole('checkbox')) expect(checkbox).toHaveProperty('checked', true);
  });

  it('invalid input keeps the boxes, marks the field and says why; fixing it recovers', () => {
    render(<PermissionCalculator />);
    fireEvent.change(integerField(), {target: {value: '8'}});
    fireEvent.change(integerField(), {target: {value: '8a'}});
    expect(integerField().getAttribute('aria-invalid')).toBe('true');
    expect(integerField()).toHaveProperty('value', '8a');
    expect(screen.getByRole('alert').textContent).toMatch(/Only digits/);
    expect(box('Administrator')).toHaveProperty('checked', true);
    expect(param()).toBe('8');

    fireEvent.change(integerField(), {target: {value: '32'}});
    expect(integerField().getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(box('Manage Server')).toHaveProperty('checked', true);
    expect(box('Administrator')).toHaveProperty('checked', false);
  });

  it.each(['<script>alert(1)</script>', '18446744073709551616', 'abc'])(
    'a hostile ?permissions=%s shows the error, not a crash',
    (raw) => {
      setTestUrl(`/?permissions=${encodeURIComponent(raw)}`);
      render(<PermissionCalculator />);
      expect(integerField()).toHaveProperty('value', raw);
      expect(integerField().getAttribute('aria-invalid')).toBe('true');
      expect(screen.getAllByRole('checkbox')).toHaveLength(PERMISSIONS.length);
      // Ticking a box replaces the bad value with a good one.
      fireEvent.click(box('Speak'));
      expect(param()).toBe(String(1n << 21n));
      expect(integerField().getAttribute('aria-invalid')).toBeNull();
    },
  );

  it('lists bits no permission uses instead of dropping them', () => {
    render(<PermissionCalculator />);
    fireEvent.change(integerField(), {target: {value: String((1n << 60n) | (1n << 47n) | 8n)}});
    expect(screen.getByText(/Bits 47, 60 are set/)).toBeDefined();
    expect(box('Administrator')).toHaveProperty('checked', true);
    // Toggling a box keeps the unknown bits in the integer.
    fireEvent.click(box('Speak'));
    expect(param()).toBe(String((1n << 60n) | (1n << 47n) | 8n | (1n << 21n)));
  });

  it('warns while Administrator is ticked, and only then', () => {
    render(<PermissionCalculator />);
    expect(screen.queryByText(/ignores channel overwrites/)).toBeNull();
    fireEvent.click(box('Administrator'));
    expect(screen.getByText(/ignores channel overwrites/)).toBeDefined();
    fireEvent.click(box('Administrator'));
    expect(screen.queryByText(/ignores channel overwrites/)).toBeNull();
  });

  it('always explains that the invite integer only proposes permissions', () => {
    render(<PermissionCalculator />);
    expect(screen.getByText(/can untick any of them/)).toBeDefined();
  });

  it.each(PERMISSION_PRESETS.map((preset) => [preset.label.en, preset] as const))(
    'preset "%s" sets exactly its permissions and explains why',
    (label, preset) => {
      render(<PermissionCalculator />);
      fireEvent.click(box('Administrator'));
      const button = screen.getByRole('button', {name: label});
      const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(why?.textContent).toBe(preset.why.en);
      fireEvent.click(button);
      expect(integerField()).toHaveProperty('value', encodePermissions(preset.permissions).toString());
      expect(box('Administrator')).toHaveProperty('checked', false);
    },
  );

  it('counts ticked boxes in one form that reads right for one box too', () => {
    render(<PermissionCalculator />);
    fireEvent.click(box('Administrator'));
    expect(screen.getByText(`1 of ${PERMISSIONS.length} ticked`)).toBeDefined();
  });

  it('select all ticks everything and clear unticks everything', () => {
    render(<PermissionCalculator />);
    fireEvent.click(screen.getByRole('button', {name: 'Select all'}));
    expect(integerField()).toHaveProperty('value', ALL_PERMISSIONS.toString());
    const all = PERMISSIONS.length;
    expect(screen.getByText(`${all} of ${all} ticked`)).toBeDefined();
    fireEvent.click(screen.getByRole('button', {name: 'Clear all'}));
    expect(integerField()).toHaveProperty('value', '0');
    expect(screen.getByText(`0 of ${all} ticked`)).toBeDefined();
    expect(param()).toBeNull();
  });

  it('shows code for the current set in every library', async () => {
    render(<PermissionCalculator />);
    fireEvent.click(box('Manage Server'));
    const code = await screen.findByTestId('tabs');
    expect(await within(code).findByText(/manage_guild=True/, {selector: '[data-lib="discord-py"] pre'})).toBeDefined();
    expect(within(code).getByText(/PermissionFlagsBits\.ManageGuild/)).toBeDefined();
    expect(within(code).getByText(/GuildPermission\.ManageGuild/)).toBeDefined();
  });
});

describe('filter', () => {
  const visibleNames = () =>
    screen
      .getAllByRole('checkbox', {hidden: true})
      .filter((el) => !el.closest('[hidden]'))
      .map((el) => el.closest('li')?.querySelector('label')?.textContent);

  it.each([
    ['MANAGE_GUILD', 'Manage Server'],
    ['ManageGuild', 'Manage Server'],
    ['จัดการเซิร์ฟเวอร์', 'Manage Server'],
    ['READ_MESSAGES', 'View Channels'],
    ['slowmode', 'Bypass Slowmode'],
  ])('"%s" finds %s', (query, name) => {
    render(<PermissionCalculator />);
    fireEvent.change(screen.getByRole('searchbox', {name: 'Filter permissions'}), {target: {value: query}});
    expect(visibleNames()).toContain(name);
    expect(visibleNames().length).toBeLessThan(PERMISSIONS.length);
  });

  it('says when nothing matches, and hidden boxes keep their state', async () => {
    render(<PermissionCalculator />);
    fireEvent.click(box('Administrator'));
    fireEvent.change(screen.getByRole('searchbox', {name: 'Filter permissions'}), {target: {value: 'zzzz'}});
    expect(visibleNames()).toEqual([]);
    // The match count loads on demand (FilterStatus.tsx): the first render has no filter.
    expect(await screen.findByText(/No permission matches/)).toBeDefined();
    expect(param()).toBe('8');
  });
});

describe('compact', () => {
  it('shows the picker and the integer, and links to the full calculator with the set', () => {
    render(<PermissionCalculator compact />);
    fireEvent.click(box('Administrator'));
    expect(integerField()).toHaveProperty('value', '8');
    const link = screen.getByRole('link', {name: 'Open in the full calculator'});
    expect(link.getAttribute('href')).toBe('/docs/tools/permission-calculator?permissions=8');
    expect(screen.queryByRole('button', {name: 'Select all'})).toBeNull();
  });
});

describe('PermissionPicker (embedded by the invite builder)', () => {
  it('is controlled: it reports the new value and shows what it is given', () => {
    const onChange = vi.fn();
    const {rerender} = render(<PermissionPicker value={8n} onChange={onChange} compact />);
    expect(box('Administrator')).toHaveProperty('checked', true);
    fireEvent.click(box('Manage Server'));
    expect(onChange).toHaveBeenLastCalledWith(40n);
    // The callback sees the latest value even though rows keep the same handler for their whole life.
    act(() => rerender(<PermissionPicker value={40n} onChange={onChange} compact />));
    fireEvent.click(box('Administrator'));
    expect(onChange).toHaveBeenLastCalledWith(32n);
  });
});
