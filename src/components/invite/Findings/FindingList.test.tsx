// @vitest-environment happy-dom
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import type {LintFinding} from '@site/src/discord/invite/lint';
import FindingList, {severityLabel} from '.';

afterEach(cleanup);

describe('FindingList', () => {
  it('shows each finding with its severity in words, the message and the fix', () => {
    const findings: LintFinding[] = [
      {code: 'bad-value', severity: 'error', field: 'prompt', data: {value: 'always'}},
      {code: 'administrator-requested', severity: 'warning', field: 'permissions'},
    ];
    render(<FindingList findings={findings} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toBe(
      'Error' +
        'prompt has a value Discord does not accept: “always”.' +
        'How to fix: Correct prompt using the parameter table on the invite link builder page, or remove it.',
    );
    expect(items[1]?.textContent).toContain('Warning');
    expect(items[1]?.textContent).toContain('Administrator');
  });

  it('shows a finding’s corrected link when the caller has one, and none otherwise', () => {
    const findings: LintFinding[] = [
      {code: 'administrator-requested', severity: 'warning', field: 'permissions'},
      {code: 'split-permission-missing', severity: 'warning', field: 'permissions', patch: {permissions: 1n}},
    ];
    const url = 'https://discord.com/oauth2/authorize?client_id=1&permissions=1';
    render(<FindingList findings={findings} correctedUrl={(finding) => (finding.patch ? url : null)} />);
    const [admin, split] = screen.getAllByRole('listitem');
    expect(admin?.querySelector('code')).toBeNull();
    expect(split?.querySelector('code')?.textContent).toBe(url);
    expect(screen.getByRole('link', {name: /Open the corrected link/}).getAttribute('href')).toBe(url);
    expect(screen.getAllByRole('button', {name: 'Copy the corrected link'})).toHaveLength(1);
  });

  it('renders nothing without findings', () => {
    const {container} = render(<FindingList findings={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('says each severity in words', () => {
    expect([severityLabel('error'), severityLabel('warning'), severityLabel('info')]).toEqual([
      'Error',
      'Warning',
      'Note',
    ]);
  });
});
