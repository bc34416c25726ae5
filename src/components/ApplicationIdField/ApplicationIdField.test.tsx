// @vitest-environment happy-dom
import {fireEvent, render, screen} from '@testing-library/react';
import {describe, expect, it, vi} from 'vitest';
import {STORAGE_KEYS} from '@site/src/hooks/storage-keys';
import {APPLICATION_ID_LIMIT} from '@site/src/hooks/application-id';
import ApplicationIdField from '.';

const APP = '123456789012345678';
const field = () => screen.getByRole('textbox', {name: 'Your Application ID'});
const stored = () => window.localStorage.getItem(STORAGE_KEYS.applicationId);
const type = (text: string) => fireEvent.change(field(), {target: {value: text}});

describe('ApplicationIdField', () => {
  it('stores a valid ID and says when its app was created', async () => {
    render(<ApplicationIdField />);
    type(APP);
    expect(stored()).toBe(APP);
    expect(await screen.findByText(/^Valid ID, created on/)).toBeTruthy();
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps a wrong ID stored and explains it next to the field', async () => {
    render(<ApplicationIdField />);
    type('12345');
    expect(stored()).toBe('12345');
    expect(await screen.findByText(/Too short/)).toBeTruthy();
    expect(field().getAttribute('aria-invalid')).toBe('true');
  });

  it('states the limit, refuses a paste over it without cutting it, and forgets the stored ID', () => {
    window.localStorage.setItem(STORAGE_KEYS.applicationId, APP);
    render(<ApplicationIdField />);
    expect(document.body.textContent).toContain(`At most ${APPLICATION_ID_LIMIT} characters.`);
    const paste = '1'.repeat(APPLICATION_ID_LIMIT + 1);
    type(paste);
    expect((field() as HTMLInputElement).value).toBe(paste);
    expect(stored()).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/Too long: 65 characters/);
  });

  it('never stores blank text, and says what belongs there', async () => {
    render(<ApplicationIdField />);
    type('   ');
    expect(stored()).toBeNull();
    expect((field() as HTMLInputElement).value).toBe('   ');
    expect(await screen.findByText(/Paste the ID/)).toBeTruthy();
  });

  it('never stores a token and tells the reader to reset it', async () => {
    render(<ApplicationIdField />);
    type('MTA4NjY0MjQ1NjQ2NjIxMjg4Mw.GhJk2x.abcdefghijklmnopqrstuvwxyz0123456789AB');
    expect(stored()).toBeNull();
    expect(await screen.findByText(/looks like a bot token/)).toBeTruthy();
  });

  it('reports a browser that refuses to store, keeping the typed text', async () => {
    const setItem = vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    try {
      render(<ApplicationIdField />);
      type(APP);
      expect((field() as HTMLInputElement).value).toBe(APP);
      expect(await screen.findByText(/refused to save the ID/)).toBeTruthy();
    } finally {
      setItem.mockRestore();
    }
  });

  it('forgets the ID with its button', () => {
    window.localStorage.setItem(STORAGE_KEYS.applicationId, APP);
    render(<ApplicationIdField />);
    fireEvent.click(screen.getByRole('button', {name: 'Forget this ID'}));
    expect(stored()).toBeNull();
    expect((field() as HTMLInputElement).value).toBe('');
  });
});
