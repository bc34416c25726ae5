// @vitest-environment happy-dom
import {cleanup, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {INTENTS} from '@site/src/discord/intents';

const declared = vi.hoisted(() => vi.fn());
// The build's broken-anchor collector only exists inside Docusaurus; here we only check it is told every anchor.
vi.mock('@site/src/hooks/useDeclareAnchors', () => ({useDeclareAnchors: declared}));

const {default: IntentTable} = await import('.');

afterEach(cleanup);

const row = (id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no row #${id}`);
  return within(found);
};

describe('IntentTable', () => {
  it('has one row per intent, each linkable by its API name', () => {
    render(<IntentTable />);
    expect(screen.getAllByRole('row').slice(1)).toHaveLength(INTENTS.length);
    for (const info of INTENTS) expect(document.getElementById(`intent-${info.apiName}`)).not.toBeNull();
    expect(declared).toHaveBeenCalledWith(INTENTS.map((info) => `intent-${info.apiName}`));
  });

  it('describes Server Members fully: name, API name, key, bit, hex, privileged toggle, events', () => {
    render(<IntentTable />);
    const cells = row('intent-GUILD_MEMBERS');
    expect(cells.getByRole('rowheader').textContent).toMatch(/^Server Members/);
    expect(cells.getByRole('link', {name: 'Server Members'}).getAttribute('href')).toBe('#intent-GUILD_MEMBERS');
    expect(cells.getByText('GUILD_MEMBERS')).toBeDefined();
    expect(cells.getByText('GuildMembers')).toBeDefined();
    expect(cells.getByText('0x2')).toBeDefined();
    expect(cells.getByText('Server Members Intent').closest('td')?.textContent).toMatch(/^Yes: switch on/);
    expect(cells.getByText('GUILD_MEMBER_ADD')).toBeDefined();
  });

  it('says Message Content has no events of its own and Servers is not privileged', () => {
    render(<IntentTable />);
    expect(row('intent-MESSAGE_CONTENT').getByText(/None of its own/)).toBeDefined();
    expect(row('intent-GUILDS').getByText('No')).toBeDefined();
  });

  it('scrolls inside a named, focusable region on narrow screens', () => {
    render(<IntentTable />);
    expect(screen.getByRole('region', {name: /all gateway intents/}).getAttribute('tabindex')).toBe('0');
  });
});
