// @vitest-environment happy-dom
import {fireEvent, render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import StepDone from '@site/src/components/StepDone';
import {STORAGE_KEYS} from '@site/src/hooks/storage-keys';
import TutorialProgress from '.';
import {TUTORIAL_STEPS} from './steps';

const TOTAL = TUTORIAL_STEPS.length;
const reset = () => screen.getByRole('button', {name: 'Reset progress'});
const bar = () => screen.getByRole('progressbar');

describe('TutorialProgress and StepDone', () => {
  it('lists every step and starts at zero with reset disabled', () => {
    render(<TutorialProgress />);
    expect(screen.getAllByRole('link')).toHaveLength(TOTAL);
    expect(bar().getAttribute('value')).toBe('0');
    expect((reset() as HTMLButtonElement).disabled).toBe(true);
  });

  it('counts a ticked step on every widget of the page, and reset clears it', () => {
    const first = TUTORIAL_STEPS[0]!.id;
    render(
      <>
        <StepDone step={first} />
        <TutorialProgress />
      </>,
    );
    fireEvent.click(screen.getByRole('checkbox', {name: 'I have done this step'}));
    for (const progress of screen.getAllByRole('progressbar')) expect(progress.getAttribute('value')).toBe('1');
    expect(screen.getByText('(done)')).toBeTruthy();
    fireEvent.click(reset());
    expect(window.localStorage.getItem(STORAGE_KEYS.tutorialProgress)).toBeNull();
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
  });

  it('ignores stored steps the guide does not have: 0 done, nothing to reset', () => {
    window.localStorage.setItem(STORAGE_KEYS.tutorialProgress, JSON.stringify(['no-such-step']));
    render(<TutorialProgress />);
    expect(bar().getAttribute('value')).toBe('0');
    expect((reset() as HTMLButtonElement).disabled).toBe(true);
  });

  it('cannot tick a step that is not part of the tutorial', () => {
    render(<StepDone step="no-such-step" />);
    expect((screen.getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
  });
});
