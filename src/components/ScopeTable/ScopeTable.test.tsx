// @vitest-environment happy-dom
import {cleanup, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {SCOPES} from '@site/src/discord/scopes';

const declared = vi.hoisted(() => vi.fn());
// The build's broken-anchor collector only exists inside Docusaurus; here we only check it is told every anchor.
vi.mock('@site/src/hooks/useDeclareAnchors', () => ({useDeclareAnchors: declared}));

const {default: ScopeTable} = await import('.');

afterEach(cleanup);

// Columns after the row header: key, for a bot invite, needs a code grant, needs approval.
const cells = (scope: string) => {
  const found = document.getElementById(`scope-${scope}`);
  if (!found) throw new Error(`no row #scope-${scope}`);
  return within(found)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

describe('ScopeTable', () => {
  it('has one row per scope, each linkable by its name', () => {
    render(<ScopeTable />);
    expect(screen.getAllByRole('row').slice(1)).toHaveLength(SCOPES.length);
    for (const info of SCOPES) expect(document.getElementById(`scope-${info.scope}`)).not.toBeNull();
    expect(declared).toHaveBeenCalledWith(SCOPES.map((info) => `scope-${info.scope}`));
  });

  it('marks bot as for bots, without a code grant or approval, and describes it', () => {
    render(<ScopeTable />);
    expect(cells('bot')).toEqual(['Bot', 'Yes', 'No', 'No']);
    const header = within(document.getElementById('scope-bot') as HTMLElement).getByRole('rowheader');
    expect(header.textContent).toMatch(/^bot.*invite link a bot invite/);
    expect(within(header).getByRole('link').getAttribute('href')).toBe('#scope-bot');
  });

  it('tells apart code-grant, approval-only and client-credentials-only scopes', () => {
    render(<ScopeTable />);
    expect(cells('identify')).toEqual(['Identify', 'No', 'Yes', 'No']);
    expect(cells('rpc')).toEqual(['RPC', 'No', 'Yes', 'Yes']);
    expect(cells('applications.commands.update')[2]).toMatch(/client credentials grant only/);
  });

  it('scrolls inside a named, focusable region on narrow screens', () => {
    render(<ScopeTable />);
    expect(screen.getByRole('region', {name: /all OAuth2 scopes/}).getAttribute('tabindex')).toBe('0');
  });
});
