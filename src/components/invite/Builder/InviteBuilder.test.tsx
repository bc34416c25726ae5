// @vitest-environment happy-dom
import type {ReactNode} from 'react';
import {act, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import {beforeAll, describe, expect, it, vi} from 'vitest';
import {setTestUrl, testParam} from '@site/tests/unit/test-url';
import {PAGE_PARAM_LIMITS} from '@site/src/hooks/page-params';
import {STORAGE_KEYS} from '@site/src/hooks/storage-keys';

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

// What the builder loads on demand, loaded once up front: a test waits for the builder's own logic, not for the
// first transform of a chunk (which can take seconds on a busy machine).
beforeAll(async () => {
  await Promise.all([
    import('./outcome'),
    import('./ValidLink'),
    import('./ProblemSentence'),
    import('./CodeGrantFields'),
    import('./SharedIdNotice'),
  ]);
});
const LOAD = {timeout: 10_000};
/** Waits until the builder's text says `message` (sentences with values are split over several elements). */
const says = (message: RegExp) => waitFor(() => expect(document.body.textContent).toMatch(message), LOAD);

const APP = '123456789012345678';
const OTHER = '234567890123456789';
const GUILD = '987654321098765432';
const idField = () => screen.getByRole('textbox', {name: 'Your Application ID'});
const link = () => screen.queryByRole('textbox', {name: 'Invite link'});
// Everything that needs a link loads on demand (on-demand.ts): wait for it the first time it appears in a test.
const linkLoaded = () => screen.findByRole('textbox', {name: 'Invite link'}, LOAD);
const linkParams = () => {
  const field = link();
  if (field === null) throw new Error('no link shown');
  return Object.fromEntries(new URL((field as HTMLTextAreaElement).value).searchParams);
};
const box = (name: string | RegExp) => screen.getByRole('checkbox', {name});
const pageParam = testParam;
const stored = () => window.localStorage.getItem(STORAGE_KEYS.applicationId);
const store = (id: string) => window.localStorage.setItem(STORAGE_KEYS.applicationId, id);
const typeId = (value: string) => fireEvent.change(idField(), {target: {value}});

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
    const note = (await screen.findByText(/asks for Administrator/, {}, LOAD)).closest('li');
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
    expect((await screen.findAllByText(/17 to 20 digits/, {}, LOAD)).length).toBeGreaterThan(0);
    // The reason names the field as a button that takes the reader there.
    fireEvent.click(screen.getByRole('button', {name: 'Application ID'}));
    expect(document.activeElement).toBe(idField());
  });

  it('user install removes bot, permissions and the server from the form and the link', async () => {
    setTestUrl(`/?permissions=8&guild_id=${GUILD}`);
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
    await linkLoaded();
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
    expect((await screen.findAllByText(/only works in the authorization code grant/, {}, LOAD)).length).toBeGreaterThan(
      0,
    );
  });

  it('restores its state from the page URL and uses a shared client_id without storing it', async () => {
    setTestUrl(`/?client_id=${APP}&scope=bot+applications.commands&permissions=3072`);
    await act(async () => {
      render(<InviteBuilder />);
    });
    await linkLoaded();
    expect(linkParams()).toEqual({client_id: APP, scope: 'bot applications.commands', permissions: '3072'});
    expect((box('View Channels') as HTMLInputElement).checked).toBe(true);
    // Used for this page only: nothing stored, the ID stays in the page URL, and the reader is told.
    expect(stored()).toBeNull();
    expect(pageParam('client_id')).toBe(APP);
    await says(/brings the Application ID/);
  });

  it('never lets a shared client_id replace the saved one without asking; "Use my saved ID" drops it', async () => {
    store(OTHER);
    setTestUrl(`/?client_id=${APP}`);
    render(<InviteBuilder />);
    await linkLoaded();
    expect(linkParams().client_id).toBe(APP);
    expect(stored()).toBe(OTHER);
    await says(new RegExp(`your saved ID ${OTHER} is unchanged`));
    fireEvent.click(screen.getByRole('button', {name: 'Use my saved ID'}));
    expect(pageParam('client_id')).toBeNull();
    await waitFor(() => expect(linkParams().client_id).toBe(OTHER));
    expect(stored()).toBe(OTHER);
    expect(screen.queryByText(/brings the Application ID/)).toBeNull();
  });

  it('"Save as my Application ID" stores the shared ID and takes it out of the page URL', async () => {
    store(OTHER);
    setTestUrl(`/?client_id=${APP}`);
    render(<InviteBuilder />);
    fireEvent.click(await screen.findByRole('button', {name: 'Save as my Application ID'}, LOAD));
    expect(stored()).toBe(APP);
    expect(pageParam('client_id')).toBeNull();
    expect((idField() as HTMLInputElement).value).toBe(APP);
    await waitFor(() => expect(screen.queryByText(/brings the Application ID/)).toBeNull());
  });

  it('reports a browser that refuses to save the shared ID, and keeps using it on the page', async () => {
    setTestUrl(`/?client_id=${APP}`);
    render(<InviteBuilder />);
    const save = await screen.findByRole('button', {name: 'Save as my Application ID'}, LOAD);
    const setItem = vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      fireEvent.click(save);
    } finally {
      setItem.mockRestore();
      logged.mockRestore();
    }
    await says(/refused to save the ID/);
    expect(pageParam('client_id')).toBe(APP);
    expect(linkParams().client_id).toBe(APP);
  });

  it('typing an ID of one’s own drops the shared one', async () => {
    setTestUrl(`/?client_id=${APP}`);
    render(<InviteBuilder />);
    await says(/brings the Application ID/);
    typeId(OTHER);
    expect(pageParam('client_id')).toBeNull();
    expect(stored()).toBe(OTHER);
    await waitFor(() => expect(linkParams().client_id).toBe(OTHER));
  });

  it.each([
    ['abc', /was not used: An ID has digits only/],
    ['1'.repeat(80), /was not used: it is longer than 64 characters/],
    ['%20%20', /was not used: it is empty/],
  ])('refuses a client_id of %s, says why, and keeps the saved ID', async (value, message) => {
    store(OTHER);
    setTestUrl(`/?client_id=${value}`);
    render(<InviteBuilder />);
    await says(message);
    await says(/The link uses your saved ID/);
    expect(stored()).toBe(OTHER);
    await linkLoaded();
    expect(linkParams().client_id).toBe(OTHER);
    fireEvent.click(screen.getByRole('button', {name: 'Dismiss'}));
    expect(pageParam('client_id')).toBeNull();
  });

  it('never stores a token that arrives as client_id, takes it out of the URL and says so', async () => {
    setTestUrl('/?client_id=MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB');
    await act(async () => {
      render(<InviteBuilder />);
    });
    expect(stored()).toBeNull();
    expect(pageParam('client_id')).toBeNull();
    await says(/looks like a bot token/);
    await says(/Enter your own Application ID above/);
  });

  it('reports unknown scopes in the page URL and falls back to bot when none is usable', async () => {
    store(APP);
    setTestUrl('/?scope=bogus+nonsense');
    render(<InviteBuilder />);
    await linkLoaded();
    expect(linkParams()).toEqual({client_id: APP, scope: 'bot'});
    const scopes = screen.getByRole('group', {name: /Scopes/});
    expect((await within(scopes).findByText(/uses the default \(bot\) instead/, {}, LOAD)).textContent).toMatch(
      /“bogus”, “nonsense”/,
    );
    expect((box('bot') as HTMLInputElement).checked).toBe(true);
  });

  it('reports a bad prompt and unknown scopes next to them, and still builds the link without them', async () => {
    store(APP);
    setTestUrl('/?scope=bot+bogus&code_grant=1&prompt=sometimes');
    render(<InviteBuilder />);
    await linkLoaded();
    expect(linkParams()).toEqual({client_id: APP, scope: 'bot', response_type: 'code'});
    await says(/also asks for “bogus”/);
    await says(/sets prompt to “sometimes”/);
  });

  it('keeps an over-long redirect URI and state whole, states the limits, and makes no link', async () => {
    store(APP);
    const redirect = `https://example.com/${'a'.repeat(PAGE_PARAM_LIMITS.redirectUri)}`;
    setTestUrl(`/?code_grant=1&redirect_uri=${encodeURIComponent(redirect)}`);
    render(<InviteBuilder />);
    const field = await screen.findByRole('textbox', {name: /Redirect URI/}, LOAD);
    expect((field as HTMLInputElement).value).toBe(redirect);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).toContain(`At most ${PAGE_PARAM_LIMITS.redirectUri} characters.`);
    expect(document.body.textContent).toContain(`At most ${PAGE_PARAM_LIMITS.state} characters.`);
    await says(/Fix Redirect URI: Too long: 1020 characters, and this field takes at most 1000/);
    expect(link()).toBeNull();
    // Typing it shorter brings the link back.
    fireEvent.change(field, {target: {value: 'https://example.com/cb'}});
    await linkLoaded();
    expect(linkParams().redirect_uri).toBe('https://example.com/cb');
    const state = screen.getByRole('textbox', {name: /State/});
    fireEvent.change(state, {target: {value: 's'.repeat(PAGE_PARAM_LIMITS.state + 1)}});
    expect((state as HTMLInputElement).value).toHaveLength(PAGE_PARAM_LIMITS.state + 1);
    await waitFor(() => expect(link()).toBeNull());
  });

  it('keeps the result bar right after the fields, before the notes and code', async () => {
    store(APP);
    const {container} = render(<InviteBuilder />);
    await linkLoaded();
    const bar = container.querySelector('[data-result-bar]');
    const codeGrant = box(/Requires OAuth2 Code Grant/);
    expect(bar?.contains(link())).toBe(true);
    expect(codeGrant.compareDocumentPosition(bar as Element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('button', {name: 'Copy link'}).closest('[data-result-bar]')).toBe(bar);
  });

  it('lists two reasons in the bar and counts the rest', async () => {
    setTestUrl(`/?guild_id=12345&code_grant=1&redirect_uri=javascript:x&state=${'s'.repeat(600)}`);
    render(<InviteBuilder />);
    fireEvent.focus(idField());
    await says(/and 2 more, each shown at its field/);
  });

  it('links to the full calculator with the current set', () => {
    setTestUrl('/?permissions=3072');
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
