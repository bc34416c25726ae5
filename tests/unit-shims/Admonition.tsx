// Vitest stand-in for @theme/Admonition: the same outer shape (a titled block), without the theme's icons.
import type {ReactNode} from 'react';

export default function Admonition({
  type,
  title,
  children,
}: {
  readonly type: string;
  readonly title?: ReactNode;
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <div className={`theme-admonition theme-admonition-${type}`}>
      {title === undefined ? null : <div>{title}</div>}
      <div>{children}</div>
    </div>
  );
}
