// @vitest-environment happy-dom
import {useSyncExternalStore, type ReactNode} from 'react';
import {act, cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

// The router-backed URL hooks and the localStorage-backed ID store become small in-memory stores: the view logic
// is what is tested here; the real router and storage are covered end to end against the built site.
const stores = vi.hoisted(() => {
  function store(initial: string) {
    let value = initial;
    const listeners = new Set<() => void>();
    return {
      get: () => value,
      set(next: string) {
        value = next;
        listeners.forEach((listener) => listener());
      },
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  }
  return {url: store(''), appId: store('')};
});

vi.mock('@site/src/hooks/useUrlParams', async () => {
  const {applyParamUpdates} = await import('@site/src/hooks/url-params');
  const {url} = stores;
  return {
    useUrlParam: (key: string) => useSyncExternalStore(url.subscribe, () => new URLSearchParams(url.get()).get(key)),
    useUrlParamsUpdater: () => (updates: Readonly<Record<string, string | null>>) =>
      url.set(applyParamUpdates(url.get(), updates)),
  };
});

vi.mock('@site/src/hooks/useApplicationId', () => {
  const {appId} = stores;
  const setValue = (value: string) => appId.set(value);
  const forget = () => appId.set('');
  return {useApplicationId: () => ({value: useSyncExternalStore(appId.subscribe, appId.get), setValue, forget})};
});

vi.mock('@docusaurus/theme-common', () => ({
  // English has two plural forms, "one|other", which is all these tests need.
  usePluralForm: () => ({
    selectMessage: (count: number, message: string) => {
      const [one, other] = message.split('|');
      return (count === 1 ? one : (other ?? one)) ?? '';
    },
  }),
}));

// The real LibraryCode needs Docusaurus' theme (Tabs, CodeBlock); a plain list keeps the snippets visible.
vi.mock('@site/src/components/LibraryCode', () => ({
  default: ({snippets}: {snippets: readonly {value: string; code: string}[]}): ReactNode => (
    <div data-testid="code">
      {snippets.map((s) => (
        <pre key={s.value} data-lib={s.value}>
          {s.code}
        </pre>
      ))}
    </div>
  ),
}));

const {default: InviteBuilder} = await import('.');

const APP = '123456789012345678';
const GUILD = '987654321098765432';
const idField = () => screen.getByRole('textbox', {name: 'Your Application ID'});
const link = () => screen.queryByRole('textbox', {name: 'Invite link'});
// Everything that needs a link loads on demand (lazy-parts.ts): wait for it the first time it appears in a test.
const linkLoaded = () => screen.findByRole('textbox', {name: 'Invite link'});
const linkParams = () => {
  const field = link();
  if (field === null) throw new Error('no link shown');
  return Object.fromEntries(new URL((field as HTMLTextAreaElement).value).searchParams);
};
const box = (name: string | RegExp) => screen.getByRole('checkbox', {name});
const pageParam = (key: string) => new URLSearchParams(stores.url.get()).get(key);
const typeId = (value: string) => fireEvent.change(idField(), {target: {value}});

beforeEach(() => {
  stores.url.set('');
  stores.appId.set('');
});
afterEach(cleanup);

describe('InviteBuilder', () => {
  it('starts with the shared ID field and, without an ID, shows why there is no link instead of one', () => {
    render(<InviteBuilder />);
    expect(idField()).toBeDefined();
    expect(link()).toBeNull();
    expect(screen.getByText('No link yet: a field above needs fixing.')).toBeDefined();
    expect(screen.getByText(/Enter your Application ID/)).toBeDefined();
    expect(screen.queryByRole('link', {name: /Open the link/})).toBeNull();
    expect(screen.queryByTestId('code')).toBeNull();
  });

  it('ID + bot + Administrator gives exactly client_id, scope=bot, permissions=8, with the warning and its fix', async () => {
    render(<InviteBuilder />);
    typeId(APP);
    await linkLoaded();
    expect(linkParams()).toEqual({client_id: APP, scope: 'bot'});
    fireEvent.click(box('Administrator'));
    expect(pageParam('permissions')).toBe('8');
    expect(linkParams()).toEqual({client_id: APP, scope: 'bot', permissions: '8'});
    const note = (await screen.findByText(/asks for Administrator/)).closest('li');
    expect(note?.textContent).toMatch(/^Warning/);
    expect(note?.textContent).toMatch(/How to fix: Ask only for the permissions the bot needs/);
  });

  it('offers the link to copy, to open in a new tab safely, and as code in the four libraries', async () => {
    render(<InviteBuilder />);
    typeId(APP);
    await linkLoaded();
    const open = screen.getByRole('link', {name: /Open the link/});
    expect(open.getAttribute('href')).toBe(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot`);
    expect(open.getAttribute('target')).toBe('_blank');
    expect(open.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('button', {name: 'Copy link'})).toBeDefined();
    const code = await screen.findByTestId('code');
    expect(Array.from(code.querySelectorAll('pre')).map((pre) => pre.dataset.lib)).toEqual([
      'discord-py',
      'nextcord',
      'discord-js',
      'discord-net',
    ]);
    expect(code.textContent).toContain('discord.utils.oauth_url(');
    expect(code.textContent).toContain('nextcord.utils.oauth_url(');
  });

  it('a 5-digit ID gives an error next to the field and no link', async () => {
    render(<InviteBuilder />);
    typeId('12345');
    expect(idField().getAttribute('aria-invalid')).toBe('true');
    expect(link()).toBeNull();
    // The sentence loads on demand: the first render has no ID, so no error.
    expect((await screen.findAllByText(/17 to 20 digits/)).length).toBeGreaterThan(0);
    // The reason names the field as a button that takes the reader there.
    fireEvent.click(screen.getByRole('button', {name: 'Application ID'}));
    expect(document.activeElement).toBe(idField());
  });

  it('user install removes bot, permissions and the server from the form and the link', async () => {
    stores.url.set(`?permissions=8&guild_id=${GUILD}`);
    render(<InviteBuilder />);
    typeId(APP);
    await linkLoaded();
    expect(linkParams()).toMatchObject({permissions: '8', guild_id: GUILD});
    fireEvent.click(screen.getByRole('radio', {name: 'User install (commands only)'}));
    expect(linkParams()).toEqual({client_id: APP, scope: 'applications.commands', integration_type: '1'});
    expect((box('bot') as HTMLInputElement).checked).toBe(false);
    expect((box('bot') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('checkbox', {name: 'Administrator'})).toBeNull();
    expect(screen.queryByRole('textbox', {name: 'Server ID'})).toBeNull();
    // Switching back restores what the reader had.
    fireEvent.click(screen.getByRole('radio', {name: 'Server install (bot)'}));
    expect(linkParams()).toMatchObject({scope: 'bot applications.commands', permissions: '8', guild_id: GUILD});
  });

  it('validates the server ID as the reader types, tied to the field, and blocks the link meanwhile', async () => {
    render(<InviteBuilder />);
    typeId(APP);
    const guild = screen.getByRole('textbox', {name: 'Server ID'});
    fireEvent.change(guild, {target: {value: '12345'}});
    expect(guild.getAttribute('aria-invalid')).toBe('true');
    const alert = document.getElementById(`${guild.id}-error`);
    expect(alert?.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(alert?.textContent).toMatch(/17 to 20 digits/));
    expect(guild.getAttribute('aria-describedby')).toContain(`${guild.id}-error`);
    expect(link()).toBeNull();
    fireEvent.change(guild, {target: {value: GUILD}});
    fireEvent.click(box('Don’t let them pick another server'));
    expect(guild.getAttribute('aria-invalid')).toBeNull();
    await linkLoaded();
    expect(linkParams()).toEqual({client_id: APP, scope: 'bot', guild_id: GUILD, disable_guild_select: 'true'});
  });

  it('shows redirect_uri, state and prompt only once the code grant box is ticked', async () => {
    render(<InviteBuilder />);
    typeId(APP);
    expect(screen.queryByRole('textbox', {name: /Redirect URI/})).toBeNull();
    fireEvent.click(box(/Requires OAuth2 Code Grant/));
    await linkLoaded();
    expect(linkParams()).toEqual({client_id: APP, scope: 'bot', response_type: 'code'});
    // The code-grant fields load on demand: the box is never ticked in the first render.
    const redirect = await screen.findByRole('textbox', {name: /Redirect URI/});
    fireEvent.change(redirect, {target: {value: 'javascript:alert(1)'}});
    expect(redirect.getAttribute('aria-invalid')).toBe('true');
    expect(link()).toBeNull();
    fireEvent.change(redirect, {target: {value: 'https://example.com/cb'}});
    fireEvent.change(screen.getByRole('textbox', {name: /State/}), {target: {value: 's1'}});
    fireEvent.change(screen.getByRole('combobox', {name: /prompt/}), {target: {value: 'consent'}});
    await linkLoaded();
    expect(linkParams()).toEqual({
      client_id: APP,
      scope: 'bot',
      response_type: 'code',
      redirect_uri: 'https://example.com/cb',
      state: 's1',
      prompt: 'consent',
    });
  });

  it('keeps other scopes behind "More scopes", each described and flagged, and explains a code-grant scope', async () => {
    render(<InviteBuilder />);
    typeId(APP);
    const more = screen.getByText(/More scopes/).closest('details');
    expect(more?.open).toBe(false);
    const identify = within(more as HTMLElement).getByRole('checkbox', {name: 'identify'});
    expect(document.getElementById(identify.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /basic profile.*Needs the code grant/,
    );
    fireEvent.click(identify);
    expect(pageParam('scope')).toBe('bot identify');
    expect(link()).toBeNull();
    expect((await screen.findAllByText(/only works in the authorization code grant/)).length).toBeGreaterThan(0);
  });

  it('restores its state from the page URL, and writes a shared client_id into the store once', async () => {
    stores.url.set(`?client_id=${APP}&scope=bot+applications.commands&permissions=3072`);
    await act(async () => {
      render(<InviteBuilder />);
    });
    expect(stores.appId.get()).toBe(APP);
    expect(pageParam('client_id')).toBeNull();
    await linkLoaded();
    expect(linkParams()).toEqual({client_id: APP, scope: 'bot applications.commands', permissions: '3072'});
    expect((box('View Channels') as HTMLInputElement).checked).toBe(true);
  });

  it('never stores a token that arrives as client_id', async () => {
    stores.url.set('?client_id=MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB');
    await act(async () => {
      render(<InviteBuilder />);
    });
    expect(stores.appId.get()).toBe('');
    expect(pageParam('client_id')).toBeNull();
  });

  it('links to the full calculator with the current set', () => {
    stores.url.set('?permissions=3072');
    render(<InviteBuilder />);
    expect(screen.getByRole('link', {name: 'Open in the full calculator'}).getAttribute('href')).toBe(
      '/docs/tools/permission-calculator?permissions=3072',
    );
  });

  it('has the anchor the checker links to', () => {
    const {container} = render(<InviteBuilder />);
    expect(container.querySelector('#builder')).not.toBeNull();
  });
});
