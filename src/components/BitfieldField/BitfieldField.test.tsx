// @vitest-environment happy-dom
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import BitfieldField from '.';

afterEach(cleanup);

describe('BitfieldField', () => {
  it('ties the hint to the field and shows no error for valid input', () => {
    render(
      <BitfieldField label="Permissions integer" hint="Decimal or hex" text="8" error={null} onTextChange={() => {}} />,
    );
    const input = screen.getByRole('textbox', {name: 'Permissions integer'});
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input).toHaveProperty('value', '8');
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('marks the field invalid and says why, next to it, keeping the text', () => {
    render(
      <BitfieldField
        label="Permissions integer"
        hint="Decimal or hex"
        text="8.5"
        error={{code: 'fraction'}}
        onTextChange={() => {}}
      />,
    );
    const input = screen.getByRole('textbox', {name: 'Permissions integer'});
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input).toHaveProperty('value', '8.5');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/whole number/);
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
  });

  it('reports each keystroke', () => {
    const onTextChange = vi.fn();
    render(<BitfieldField label="n" hint="h" text="" error={null} onTextChange={onTextChange} />);
    fireEvent.change(screen.getByRole('textbox'), {target: {value: '0x20'}});
    expect(onTextChange).toHaveBeenCalledWith('0x20');
  });
});
