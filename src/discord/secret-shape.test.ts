import {describe, expect, it} from 'vitest';
import {secretKind} from './secret-shape';

// Made-up values with the right shape; none of them was ever a real credential.
const FAKE_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('secretKind', () => {
  it('spots a bot token, with or without the "Bot " prefix and spaces', () => {
    expect(secretKind(FAKE_TOKEN)).toBe('bot-token');
    expect(secretKind(`  Bot ${FAKE_TOKEN} `)).toBe('bot-token');
  });

  it('spots a client secret', () => {
    expect(secretKind('aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW')).toBe('client-secret');
  });

  it.each([
    '',
    '123456789012345678',
    '12345678901234567890123456789012',
    'https://discord.com/oauth2/authorize',
    'a.b.c',
  ])('does not flag %j', (input) => {
    expect(secretKind(input)).toBeNull();
  });
});
