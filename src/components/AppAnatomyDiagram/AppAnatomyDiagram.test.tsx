// @vitest-environment happy-dom
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import AppAnatomyDiagram from '.';

describe('AppAnatomyDiagram', () => {
  it('is one labelled, described image for screen readers', () => {
    render(<AppAnatomyDiagram />);
    const image = screen.getByRole('img');
    const title = document.getElementById(image.getAttribute('aria-labelledby') ?? '');
    const description = document.getElementById(image.getAttribute('aria-describedby') ?? '');
    expect(title?.textContent?.length).toBeGreaterThan(0);
    expect(description?.textContent?.length).toBeGreaterThan(0);
  });

  it('marks the token secret and the Application ID public, in words as well as colour', () => {
    render(<AppAnatomyDiagram />);
    const text = screen.getByRole('img').textContent ?? '';
    expect(text).toMatch(/Application ID/);
    expect(text).toMatch(/token/i);
    expect(text).toMatch(/secret/i);
    expect(text).toMatch(/public/i);
  });
});
