// @vitest-environment happy-dom
import {cleanup, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {PERMISSIONS} from '@site/src/discord/permissions';

const declared = vi.hoisted(() => vi.fn());
// The build's broken-anchor collector only exists inside Docusaurus; here we only check it is told every anchor.
vi.mock('@site/src/hooks/useDeclareAnchors', () => ({useDeclareAnchors: declared}));

const {default: PermissionTable} = await import('.');

afterEach(cleanup);

describe('PermissionTable', () => {
  it('has one row per permission, each linkable by its API name', () => {
    render(<PermissionTable />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(PERMISSIONS.length);
    for (const info of PERMISSIONS) {
      expect(document.getElementById(`perm-${info.apiName}`)).not.toBeNull();
    }
    expect(declared).toHaveBeenCalledWith(PERMISSIONS.map((info) => `perm-${info.apiName}`));
  });

  it('describes Manage Server fully: label, names, bit, hex, 2FA', () => {
    render(<PermissionTable />);
    const row = document.getElementById('perm-MANAGE_GUILD');
    if (!row) throw new Error('no row for MANAGE_GUILD');
    const cells = within(row);
    expect(cells.getByRole('rowheader').textContent).toMatch(/^Manage Server/);
    expect(cells.getByText('MANAGE_GUILD')).toBeDefined();
    expect(cells.getByText('ManageGuild')).toBeDefined();
    expect(cells.getByText('0x20')).toBeDefined();
    expect(cells.getByText('Yes')).toBeDefined();
    expect(cells.getByText('Server only')).toBeDefined();
  });

  it('links a split permission to the one it came from', () => {
    render(<PermissionTable />);
    const row = document.getElementById('perm-PIN_MESSAGES');
    if (!row) throw new Error('no row for PIN_MESSAGES');
    expect(within(row).getByRole('link', {name: 'Manage Messages'}).getAttribute('href')).toBe('#perm-MANAGE_MESSAGES');
  });

  it('scrolls inside a named, focusable region on narrow screens', () => {
    render(<PermissionTable />);
    const region = screen.getByRole('region', {name: /all Discord permissions/});
    expect(region.getAttribute('tabindex')).toBe('0');
  });
});
