// @vitest-environment happy-dom
import {fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {setTestUrl, testParam, testSearch} from '@site/tests/unit/test-url';
import IntentsCalculator from '.';
import {ALL_INTENTS, encodeIntents, INTENT_NEEDS, INTENTS, PRIVILEGED_INTENT_REVIEW} from '@site/src/discord/intents';

const READ_TEXT = 'Read what people write in server channels (prefix commands, filters)';
const VOICE = 'Join voice channels or see who is in them (music bots)';
const MESSAGE_TEXT = encodeIntents(['Guilds', 'GuildMessages', 'MessageContent']);

const integerField = () => screen.getByRole('textbox', {name: 'Intents integer'});
const box = (name: string) => screen.getByRole('checkbox', {name});
const param = (key = 'intents') => testParam(key);
// Which intent boxes are ticked, as keys in bit order: easier to compare than 21 separate assertions.
const ticked = () => INTENTS.filter((info) => (box(info.label.en) as HTMLInputElement).checked).map((info) => info.key);

// Translated sentences with values render as several text nodes, so match a paragraph by its whole text.
const paragraph = (pattern: RegExp) =>
  screen.queryAllByText((_, el) => el?.tagName === 'P' && pattern.test(el.textContent ?? ''));

describe('IntentsCalculator', () => {
  it('renders one checkbox per intent and per need, named in the reader’s language', () => {
    render(<IntentsCalculator />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(INTENTS.length + INTENT_NEEDS.length);
    for (const name of ['Message Content', 'Server Members', 'Presence', 'Servers', READ_TEXT]) {
      expect(box(name)).toBeDefined();
    }
  });

  it('shows the API name beside the name and ties the description (and the badge) to the checkbox', () => {
    render(<IntentsCalculator />);
    const checkbox = box('Message Content');
    const row = checkbox.closest('li');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('MESSAGE_CONTENT')).toBeDefined();
    const described = (checkbox.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described[0]).toMatch(/embeds, attachments/);
    expect(described[1]).toBe('Privileged');
  });

  it('ticking a need ticks its intents, says where they came from, and writes both parameters', () => {
    render(<IntentsCalculator />);
    fireEvent.click(box(READ_TEXT));
    expect(ticked()).toEqual(['Guilds', 'GuildMessages', 'MessageContent']);
    expect(integerField()).toHaveProperty('value', MESSAGE_TEXT.toString());
    expect(param()).toBe(MESSAGE_TEXT.toString());
    expect(param('needs')).toBe('read-message-text');
    const row = box('Message Content').closest('li');
    if (!row) throw new Error('no row');
    expect(within(row).getByText(READ_TEXT).closest('p')?.textContent).toBe(`Needed for: ${READ_TEXT}`);
  });

  it('needs OR into the set; unticking one keeps what another still needs', () => {
    render(<IntentsCalculator />);
    fireEvent.click(box(READ_TEXT));
    fireEvent.click(box(VOICE));
    expect(ticked()).toEqual(['Guilds', 'GuildVoiceStates', 'GuildMessages', 'MessageContent']);
    fireEvent.click(box(READ_TEXT));
    expect(ticked()).toEqual(['Guilds', 'GuildVoiceStates']);
    expect(param('needs')).toBe('voice');
  });

  it('a ticked need says which of its intents were unticked since, and can add them back', () => {
    render(<IntentsCalculator />);
    fireEvent.click(box(READ_TEXT));
    fireEvent.click(box('Message Content'));
    expect(paragraph(/^Not in the set any more: Message Content\.$/)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', {name: 'Add them back'}));
    expect(box('Message Content')).toHaveProperty('checked', true);
    expect(paragraph(/Not in the set any more/)).toHaveLength(0);
  });

  it('shows the privileged note only while a privileged intent is ticked, with the portal steps and the rule', () => {
    render(<IntentsCalculator />);
    expect(screen.queryByRole('note', {name: /Privileged intents ticked/})).toBeNull();
    fireEvent.click(box(READ_TEXT));
    expect(screen.getByRole('note', {name: 'Privileged intents ticked: Message Content'})).toBeDefined();
    expect(paragraph(/select “?Bot”? and, under “?Privileged Gateway Intents”?, switch on/)).toHaveLength(1);
    expect(screen.getByText('Privileged Gateway Intents')).toBeDefined();
    expect(screen.getAllByText('Message Content Intent').length).toBeGreaterThan(0);
    expect(screen.getByText('4014')).toBeDefined();
    expect(screen.getByText('Disallowed intent(s)')).toBeDefined();
    expect(screen.getByText(PRIVILEGED_INTENT_REVIEW.text.en)).toBeDefined();
    expect(screen.getByText(PRIVILEGED_INTENT_REVIEW.effective).tagName).toBe('TIME');
    fireEvent.click(box('Message Content'));
    expect(screen.queryByRole('note', {name: /Privileged intents ticked/})).toBeNull();
  });

  it('always says intents are not part of the invite link', () => {
    render(<IntentsCalculator />);
    expect(screen.getByRole('note', {name: 'Intents are not part of the invite link'})).toBeDefined();
  });

  it('typing an integer ticks its boxes, in any notation the parser reads', () => {
    render(<IntentsCalculator />);
    fireEvent.change(integerField(), {target: {value: '1 << 0 | 0x200 | 1 << 15'}});
    expect(ticked()).toEqual(['Guilds', 'GuildMessages', 'MessageContent']);
    expect(screen.getByText('0x8201')).toBeDefined();
    expect(integerField()).toHaveProperty('value', '1 << 0 | 0x200 | 1 << 15');
    fireEvent.blur(integerField());
    expect(integerField()).toHaveProperty('value', '33281');
    fireEvent.change(integerField(), {target: {value: '๒'}});
    expect(ticked()).toEqual(['GuildMembers']);
  });

  it('typing every intent ticks every intent box', () => {
    render(<IntentsCalculator />);
    fireEvent.change(integerField(), {target: {value: ALL_INTENTS.toString()}});
    expect(ticked()).toHaveLength(INTENTS.length);
    expect(screen.getByText(`${INTENTS.length} of ${INTENTS.length} ticked`)).toBeDefined();
  });

  it('invalid input keeps the boxes, marks the field and says why; fixing it recovers', () => {
    render(<IntentsCalculator />);
    fireEvent.change(integerField(), {target: {value: '33281'}});
    fireEvent.change(integerField(), {target: {value: '33281.5'}});
    expect(integerField().getAttribute('aria-invalid')).toBe('true');
    expect(integerField()).toHaveProperty('value', '33281.5');
    expect(screen.getByRole('alert').textContent).toMatch(/whole number/);
    expect(ticked()).toEqual(['Guilds', 'GuildMessages', 'MessageContent']);
    expect(param()).toBe('33281');

    fireEvent.change(integerField(), {target: {value: '1'}});
    expect(integerField().getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(ticked()).toEqual(['Guilds']);
  });

  it.each(['<script>alert(1)</script>', '18446744073709551616', '-1'])(
    'a hostile ?intents=%s shows the error, not a crash',
    (raw) => {
      setTestUrl(`/?intents=${encodeURIComponent(raw)}&needs=${encodeURIComponent('<b>,voice')}`);
      render(<IntentsCalculator />);
      expect(integerField()).toHaveProperty('value', raw);
      expect(integerField().getAttribute('aria-invalid')).toBe('true');
      expect(box(VOICE)).toHaveProperty('checked', true);
      // Ticking a box replaces the bad value with a good one.
      fireEvent.click(box('Servers'));
      expect(param()).toBe('1');
      expect(integerField().getAttribute('aria-invalid')).toBeNull();
    },
  );

  it('says which needs in the page URL it does not know, and keeps the ones it does', () => {
    setTestUrl(`/?needs=${encodeURIComponent('<b>,voice')}`);
    render(<IntentsCalculator />);
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toContain('The page link asks for needs this calculator does not have (<b>): they were left out.');
    expect(box(VOICE)).toHaveProperty('checked', true);
  });

  it('lists bits no intent uses, with the close code, and keeps them in the integer', () => {
    render(<IntentsCalculator />);
    const value = (1n << 17n) | (1n << 40n) | 1n;
    fireEvent.change(integerField(), {target: {value: value.toString()}});
    expect(screen.getByText(/Bits 17, 40 are not gateway intents.*4013, “Invalid intent\(s\)”/)).toBeDefined();
    fireEvent.click(box('Voice States'));
    expect(param()).toBe(String(value | (1n << 7n)));
  });

  it('clear all empties the set and the needs', () => {
    render(<IntentsCalculator />);
    fireEvent.click(box(READ_TEXT));
    fireEvent.click(screen.getByRole('button', {name: 'Clear all'}));
    expect(ticked()).toEqual([]);
    expect(box(READ_TEXT)).toHaveProperty('checked', false);
    expect(testSearch()).toBe('');
  });

  it('shows code for the current set in every library, with each library’s names', async () => {
    render(<IntentsCalculator />);
    fireEvent.click(box(READ_TEXT));
    const code = await screen.findByTestId('tabs');
    const lib = (id: string) => code.querySelector(`[data-lib="${id}"]`)?.textContent ?? '';
    await waitFor(() => expect(lib('discord-py')).toMatch(/message_content=True/));
    expect(lib('nextcord')).toMatch(/guild_messages=True/);
    expect(lib('discord-js')).toMatch(/GatewayIntentBits\.MessageContent/);
    expect(lib('discord-net')).toMatch(/GatewayIntents\.MessageContent/);
  });
});
