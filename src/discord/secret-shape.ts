/**
 * Recognises secrets pasted where an ID belongs, so a tool can refuse to keep them and tell the reader to
 * reset them. The site never asks for a secret; this is a seat belt, not a feature.
 *
 * Bot token: three base64url parts joined by dots: the bot's user ID in base64 (about 24–28 characters), a short
 * timestamp part and an HMAC part of 27 or more. Client secret: 32 base64url characters. Discord documents
 * neither format, so the patterns are deliberately loose: a false alarm costs a reader one sentence, a miss
 * would keep a secret in localStorage.
 */
export type SecretKind = 'bot-token' | 'client-secret';

const BOT_TOKEN = /^(?:Bot\s+)?[A-Za-z0-9_-]{23,30}\.[A-Za-z0-9_-]{5,8}\.[A-Za-z0-9_-]{27,}$/;
const CLIENT_SECRET = /^[A-Za-z0-9_-]{32}$/;

export function secretKind(input: string): SecretKind | null {
  const text = input.trim();
  if (BOT_TOKEN.test(text)) return 'bot-token';
  // 32 digits would be a (wrong) number, not a secret: a secret mixes letters in.
  if (CLIENT_SECRET.test(text) && /[A-Za-z_-]/.test(text)) return 'client-secret';
  return null;
}
