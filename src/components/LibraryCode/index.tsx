import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import {PAGE_PARAMS} from '@site/src/hooks/page-param-names';

export interface LibrarySnippet {
  /** Tab value shared site-wide: 'discord-py' | 'nextcord' | 'discord-js' | 'discord-net'. */
  readonly value: string;
  readonly label: string;
  readonly language: string;
  readonly code: string;
  readonly title?: string;
}

/**
 * Code in the four libraries, in the same tab group as the tutorial's code, so a reader who picked discord.js
 * once sees discord.js everywhere (and `?lib=` in a shared link picks it for the recipient).
 */
export default function LibraryCode({snippets}: {readonly snippets: readonly LibrarySnippet[]}): ReactNode {
  return (
    <Tabs groupId="library" queryString={PAGE_PARAMS.lib}>
      {snippets.map((s) => (
        <TabItem key={s.value} value={s.value} label={s.label}>
          <CodeBlock language={s.language} title={s.title}>
            {s.code}
          </CodeBlock>
        </TabItem>
      ))}
    </Tabs>
  );
}
