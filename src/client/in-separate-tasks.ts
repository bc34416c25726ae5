/** Hands a function to the browser's task queue: it runs after input, rendering and other tasks already waiting. */
export type Schedule = (run: () => void) => void;

const nextTask: Schedule = (run) => {
  setTimeout(run, 0);
};

/**
 * Runs each step in a task of its own, in order, so the browser can handle input and paint between them. A step
 * that throws stops the ones after it, as a failing import would stop the rest of a module.
 */
export function inSeparateTasks(steps: readonly (() => unknown)[], schedule: Schedule = nextTask): void {
  const [first, ...rest] = steps;
  if (first === undefined) return;
  schedule(() => {
    first();
    inSeparateTasks(rest, schedule);
  });
}
