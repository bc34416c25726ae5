import type {ReactNode} from 'react';

export default function CodeBlock({children}: {readonly children?: ReactNode; readonly language?: string}): ReactNode {
  return <pre>{children}</pre>;
}
