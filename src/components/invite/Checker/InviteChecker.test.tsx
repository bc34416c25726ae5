// @vitest-environment happy-dom
import {fireEvent, render, screen, waitFor} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {MAX_INVITE_INPUT_LENGTH} from '@site/src/discord/invite/limits';
import {PAGE_PARAM_LIMITS} from '@site/src/hooks/page-params';
import {setTestUrl, testParam} from '@site/tests/unit/test-url';
import InviteChecker from '.';

const APP = '123456789012345678';
const field = () => screen.getByRole('textbox', {name: 'Invite link to check'});
const paste = (value: string) => fireEvent.change(field(), {target: {value}});
const alertText = () =>
  document.getElementById(field().getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent;

describe('InviteChecker', () => {
  it('explains each parameter: the ID with its date, scopes described, permissions by name', async () => {
    render(<InviteChecker />);
    paste(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&permissions=3072`);
    // The check and its result load on demand (Report.tsx): nothing is pasted in the first render.
    await screen.findByText(/No problems found/);
    // The shim renders {values} in their own spans, so whole sentences are matched on text content.
    const meanings = Array.from(document.querySelectorAll('dd')).map((dd) => dd.textContent);
    expect(meanings[0]).toMatch(/Application ID of the app being added, created on .*2015/);
    expect(meanings[1]).toMatch(/bot.*makes an invite link a bot invite/);
    expect(meanings[2]).toMatch(/asks for these \(2\):View ChannelsSend Messages and Create Posts/);
    expect(screen.getByText(/No problems found/)).toBeDefined();
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('flags a user-install link that asks for bot, with severity and fix, and offers no Open link', async () => {
    render(<InviteChecker />);
    paste(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&integration_type=1`);
    const finding = (await screen.findByText(/cannot add a bot user/)).closest('li');
    expect(finding?.textContent).toMatch(/^Error/);
    expect(finding?.textContent).toMatch(/How to fix: Remove bot for a user install/);
    expect(screen.getByText(/User install: the app’s commands/)).toBeDefined();
    expect(screen.queryByRole('link', {name: /Open the link/})).toBeNull();
  });

  it('offers Edit in the builder with the link’s parameters, and Open only for a clean https discord.com link', async () => {
    render(<InviteChecker />);
    const clean = `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=8`;
    paste(clean);
    const edit = await screen.findByRole('link', {name: 'Edit in the builder'});
    const href = new URL(edit.getAttribute('href') ?? '', 'https://site.example');
    expect(href.pathname).toBe('/docs/tools/invite-url-builder');
    expect(href.hash).toBe('#builder');
    expect(href.searchParams.get('client_id')).toBe(APP);
    expect(href.searchParams.get('permissions')).toBe('8');
    const open = screen.getByRole('link', {name: /Open the link/});
    expect(open.getAttribute('href')).toBe(clean);
    expect(open.getAttribute('rel')).toBe('noopener noreferrer');
    paste(clean.replace('https:', 'http:'));
    expect(screen.queryByRole('link', {name: /Open the link/})).toBeNull();
    expect(screen.getByText(/http:\/\/, which is not encrypted/)).toBeDefined();
  });

  it('offers the corrected link for a link written before Discord’s permission splits', async () => {
    render(<InviteChecker />);
    const old = `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=8192&guild_id=${APP}`;
    paste(old);
    const finding = (await screen.findByText(/asks for Manage Messages but not Pin Messages/)).closest('li');
    expect(finding?.textContent).toMatch(/^Warning/);
    expect(finding?.textContent).toMatch(/Since February 23, 2026/);
    const fixed = old.replace('permissions=8192', 'permissions=2251799813693440');
    expect(finding?.querySelector('code')?.textContent).toBe(fixed);
    const open = screen.getByRole('link', {name: /Open the corrected link/});
    expect(open.getAttribute('href')).toBe(fixed);
    expect(open.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('button', {name: 'Copy the corrected link'})).toBeDefined();
    // The reader's own link is still there to open as it is: the correction is an offer.
    expect(screen.getByRole('link', {name: /Open the link/}).getAttribute('href')).toBe(old);
  });

  it.each([
    ['javascript:alert(1)', /“javascript:” is not a web link/],
    ['<img src=x onerror=alert(1)>', /This is not a link/],
    ['hello, this is not a link', /This is not a link/],
    ['https://example.com/oauth2/authorize?client_id=1', /goes to example\.com, not to Discord/],
    ['https://discord.gg/abc', /not a bot invite link/],
    ['x'.repeat(10_240), /far too long/],
  ])('refuses %s with a message, no link and no markup', async (text, message) => {
    render(<InviteChecker />);
    paste(text);
    await waitFor(() => expect(alertText()).toMatch(message));
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('states its length limit under the field before anything is pasted', () => {
    render(<InviteChecker />);
    const described = (field().getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain(`At most ${MAX_INVITE_INPUT_LENGTH} characters.`);
  });

  it('keeps the pasted text in the page URL, except a paste too long for it', () => {
    render(<InviteChecker />);
    paste(`discord.com/oauth2/authorize?client_id=${APP}`);
    expect(testParam('check')).toBe(`discord.com/oauth2/authorize?client_id=${APP}`);
    paste('y'.repeat(PAGE_PARAM_LIMITS.check + 1));
    expect(testParam('check')).toBeNull();
    expect((field() as HTMLTextAreaElement).value).toHaveLength(PAGE_PARAM_LIMITS.check + 1);
  });

  it('restores the check from the page URL', async () => {
    setTestUrl(`/?check=${encodeURIComponent(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot`)}`);
    render(<InviteChecker />);
    expect(await screen.findByText(/No problems found/)).toBeDefined();
  });

  it.each([
    ['integration_type=0', /Server install: the app is added/],
    ['integration_type=1', /User install: the app’s commands/],
    ['integration_type=7', /Discord does not accept this value/],
    [`guild_id=${APP}&disable_guild_select=true`, /Preselects the server with this ID.*cannot pick a server other/],
    ['guild_id=12&disable_guild_select=false', /not a valid server ID.*may pick another server/],
    ['disable_guild_select=maybe', /Discord does not accept this value/],
    [
      'response_type=code&redirect_uri=https://example.com/cb&state=s',
      /Authorization code grant.*Where Discord sends.*Sent back unchanged/,
    ],
    ['response_type=token', /Implicit grant/],
    ['response_type=nope', /Discord does not accept this value/],
    ['response_type=code&prompt=consent', /even to people who authorized before/],
    ['response_type=code&prompt=none', /skips the screen/],
    ['response_type=code&prompt=maybe', /Discord does not accept this value/],
    ['permissions=0', /No permissions: the bot joins without a role/],
    ['permissions=abc', /not a permission integer/],
    ['permissions=9223372036854775808', /not a permission this guide knows/],
    ['scope=', /Empty: the link asks for no scope/],
    ['scope=bogus', /Discord has no scope with this name/],
  ])('explains %s in words', async (query, meaning) => {
    render(<InviteChecker />);
    paste(`https://discord.com/oauth2/authorize?client_id=${APP}&${query}`);
    await waitFor(() => expect(document.querySelector('dl')?.textContent).toMatch(meaning), {timeout: 10_000});
  });

  it('says when a link has no parameter Discord uses, and when the ID is no ID', async () => {
    render(<InviteChecker />);
    paste('https://discord.com/oauth2/authorize?foo=1');
    await waitFor(() => expect(document.body.textContent).toMatch(/not even a client_id/), {timeout: 10_000});
    paste('https://discord.com/oauth2/authorize?client_id=abc');
    await waitFor(() => expect(document.body.textContent).toMatch(/This is not a valid Application ID/));
  });
});
