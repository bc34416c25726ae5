import type {AnchorHTMLAttributes, ReactNode} from 'react';

export default function Link({to, href, ...rest}: AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string}): ReactNode {
  return <a href={to ?? href} {...rest} />;
}
