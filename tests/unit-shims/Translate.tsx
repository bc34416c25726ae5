// Vitest stand-in for @docusaurus/Translate: renders the English message with {placeholders} filled in, as the
// English site does. Thai rendering is covered by the end-to-end tests against the built site.
import type {ReactNode} from 'react';

type Values = Readonly<Record<string, ReactNode>>;

function interpolate(message: string, values?: Values): string {
  return message.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = values?.[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : m;
  });
}

export function translate(param: {message: string; id?: string}, values?: Values): string {
  return interpolate(param.message, values);
}

export default function Translate({children, values}: {children: string; id?: string; values?: Values}): ReactNode {
  const parts = children.split(/(\{\w+\})/g);
  return (
    <>
      {parts.map((part, i) => {
        const key = /^\{(\w+)\}$/.exec(part)?.[1];
        return key && values && key in values ? <span key={i}>{values[key]}</span> : part;
      })}
    </>
  );
}
