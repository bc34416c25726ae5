import {describe, expect, it} from 'vitest';
import {routeFromResultUrl, splitExcerpt} from './pagefind';

describe('splitExcerpt', () => {
  it('turns <mark> into marked parts and decodes entities', () => {
    expect(splitExcerpt('Reset the <mark>token</mark> &amp; copy it')).toEqual([
      {text: 'Reset the ', marked: false},
      {text: 'token', marked: true},
      {text: ' & copy it', marked: false},
    ]);
  });

  it('never passes markup through: other tags are dropped, escaped ones stay text', () => {
    const parts = splitExcerpt('<img src=x onerror=alert(1)>&lt;script&gt;<mark>โทเคน</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('<script>โทเคน');
    expect(parts.some((p) => p.text.includes('<img'))).toBe(false);
  });

  it('handles an excerpt with no hits', () => {
    expect(splitExcerpt('plain')).toEqual([{text: 'plain', marked: false}]);
  });
});

describe('routeFromResultUrl', () => {
  it.each([
    ['/docs/tutorial/token.html', '/docs/tutorial/token'],
    ['/th/docs/tutorial/token.html#reset-token', '/th/docs/tutorial/token#reset-token'],
    ['/th/index.html', '/th/'],
    ['/index.html', '/'],
    ['/th/', '/th/'],
  ])('%s → %s', (url, route) => {
    expect(routeFromResultUrl(url)).toBe(route);
  });
});
