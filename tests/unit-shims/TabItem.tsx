import type {ReactNode} from 'react';

export default function TabItem({
  value,
  label,
  children,
}: {
  readonly value: string;
  readonly label?: string;
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <section data-lib={value} aria-label={label ?? value}>
      {children}
    </section>
  );
}
