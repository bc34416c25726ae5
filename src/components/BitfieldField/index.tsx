import type {ReactNode} from 'react';
import TextField from '@site/src/components/TextField';
import type {BitfieldError} from '@site/src/discord/bitfield';
import {bitfieldErrorMessage} from './messages';

export interface BitfieldFieldProps {
  readonly label: ReactNode;
  readonly hint: ReactNode;
  readonly text: string;
  readonly error: BitfieldError | null;
  readonly onTextChange: (text: string) => void;
  readonly onBlur?: () => void;
}

/**
 * The integer field shared by the permission and intents calculators: the same input rules, the same error
 * messages next to the field, and the reader's text kept as typed while it is invalid.
 */
export default function BitfieldField({label, hint, text, error, onTextChange, onBlur}: BitfieldFieldProps): ReactNode {
  return (
    <TextField
      label={label}
      hint={hint}
      value={text}
      error={error ? bitfieldErrorMessage(error.code) : null}
      onChange={onTextChange}
      onBlur={onBlur}
    />
  );
}
