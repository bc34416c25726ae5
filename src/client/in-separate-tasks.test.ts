import {describe, expect, it} from 'vitest';
import {inSeparateTasks, type Schedule} from './in-separate-tasks';

/** A task queue the test drains one task at a time. */
function queue(): {schedule: Schedule; tasks: (() => void)[]} {
  const tasks: (() => void)[] = [];
  return {schedule: (run) => tasks.push(run), tasks};
}

describe('inSeparateTasks', () => {
  it('runs nothing at once, then one step per task, in order', () => {
    const {schedule, tasks} = queue();
    const ran: string[] = [];
    inSeparateTasks([() => ran.push('react'), () => ran.push('prism'), () => ran.push('app')], schedule);
    expect(ran).toEqual([]);
    for (const expected of [['react'], ['react', 'prism'], ['react', 'prism', 'app']]) {
      expect(tasks).toHaveLength(1);
      tasks.shift()?.();
      expect(ran).toEqual(expected);
    }
    expect(tasks).toEqual([]);
  });

  it('stops at a step that throws, as a failed import stops the rest of a module', () => {
    const {schedule, tasks} = queue();
    const ran: string[] = [];
    inSeparateTasks(
      [
        () => {
          throw new Error('ChunkLoadError');
        },
        () => ran.push('app'),
      ],
      schedule,
    );
    expect(() => tasks.shift()?.()).toThrow('ChunkLoadError');
    expect(tasks).toEqual([]);
    expect(ran).toEqual([]);
  });

  it('schedules nothing for no steps', () => {
    const {schedule, tasks} = queue();
    inSeparateTasks([], schedule);
    expect(tasks).toEqual([]);
  });

  it('uses a timer task by default', async () => {
    const ran: string[] = [];
    inSeparateTasks([() => ran.push('one'), () => ran.push('two')]);
    await Promise.resolve();
    expect(ran).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual(['one', 'two']);
  });
});
