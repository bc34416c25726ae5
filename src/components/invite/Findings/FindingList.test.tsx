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
