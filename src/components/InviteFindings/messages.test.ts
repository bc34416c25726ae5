import {describe, expect, it} from 'vitest';
import {LINT_RULES, type LintFinding} from '@site/src/discord/invite-url';
import {lintText, quote, severityLabel} from './messages';

// Every value a message can name, so a placeholder left unfilled shows up as '{…}' in the output.
const DATA = {scopes: 'rpc', value: 'x', host: 'evil.example', bits: '60', params: 'foo', reason: 'too-short'};

describe('lintText', () => {
  it.each(LINT_RULES.map((rule) => [rule.code, rule] as const))(
    '%s has a sentence and a fix, with every placeholder filled',
    (_code, rule) => {
      const finding: LintFinding = {code: rule.code, severity: rule.severity, field: 'prompt', data: DATA};
      const {message, fix} = lintText(finding, 'en');
      expect(message.length, 'write the message in InviteFindings/messages.ts').toBeGreaterThan(10);
      expect(fix.length, 'write the fix in InviteFindings/messages.ts').toBeGreaterThan(10);
      expect(`${message} ${fix}`).not.toMatch(/\{\w+\}/);
      expect(message).not.toBe(fix);
    },
  );

  it.each(LINT_RULES.map((rule) => [rule.code, rule] as const))(
    '%s reads in Thai, from i18n/th/deferred/invite-lint.json, with every placeholder filled',
    (_code, rule) => {
      const finding: LintFinding = {code: rule.code, severity: rule.severity, field: 'prompt', data: DATA};
      const th = lintText(finding, 'th');
      const en = lintText(finding, 'en');
      for (const part of ['message', 'fix'] as const) {
        expect(th[part], `translate ${rule.code} ${part} in i18n/th/deferred/invite-lint.json`).toMatch(
          /[\u0E00-\u0E7F]/,
        );
        expect(th[part]).not.toBe(en[part]);
        expect(th[part]).not.toMatch(/\{\w+\}/);
      }
    },
  );

  it('names the parameter a bad value belongs to', () => {
    expect(
      lintText({code: 'bad-value', severity: 'error', field: 'guildId', data: {value: '1'}}, 'en').message,
    ).toContain('guild_id');
  });

  it('quotes only the start of a long pasted value', () => {
    const long = 'a'.repeat(5000);
    expect(quote(long)).toHaveLength(81);
    expect(
      lintText({code: 'non-discord-host', severity: 'error', data: {host: long}}, 'en').message.length,
    ).toBeLessThan(200);
  });
});

describe('severityLabel', () => {
  it('says each severity in words', () => {
    expect([severityLabel('error'), severityLabel('warning'), severityLabel('info')]).toEqual([
      'Error',
      'Warning',
      'Note',
    ]);
  });
});
