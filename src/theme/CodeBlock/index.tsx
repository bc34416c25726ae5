import type {ReactNode} from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type {Props} from '@theme/CodeBlock';
import {registerGrammars} from '@site/src/prism/register';

/** Docusaurus' code block, once the grammars are registered (src/prism/register.ts says why only now). */
export default function CodeBlockWithGrammars(props: Props): ReactNode {
  registerGrammars();
  return <CodeBlock {...props} />;
}
