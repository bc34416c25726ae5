import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {GROUP_MODULES, MESSAGE_GROUPS, type MessageGroup} from './groups';

const SRC = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The groups whose ids a file writes: any string that starts with `<group>.`. */
function groupsUsed(text: string): MessageGroup[] {
  return MESSAGE_GROUPS.filter((group) => new RegExp(`['"\`]${group.replace('.', '\\.')}\\.`).test(text));
}

const files = sourceFiles(SRC).filter((file) => !file.startsWith(path.join(SRC, 'client/messages')));

describe('message groups', () => {
  it('finds the files of each tool', () => {
    for (const group of MESSAGE_GROUPS) {
      expect(files.filter((file) => groupsUsed(fs.readFileSync(file, 'utf8')).includes(group)).length).toBeGreaterThan(
        1,
      );
    }
  });

  it("has every file that uses a group's ids import that group's messages", () => {
    const missing = files.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const imports = (group: MessageGroup) => text.includes(`import '${GROUP_MODULES[group]}';`);
      return groupsUsed(text)
        .filter((group) => !imports(group))
        .map((group) => `${path.relative(SRC, file)}: ${group}`);
    });
    expect(missing).toEqual([]);
  });

  it('has one module per group, which asks the loader for that group', () => {
    for (const group of MESSAGE_GROUPS) {
      const file = path.join(SRC, GROUP_MODULES[group].replace('@site/src/', '') + '.ts');
      expect(fs.readFileSync(file, 'utf8')).toContain(`from '@generated/codeTranslations?group=${group}';`);
    }
  });
});
