import {translate} from '@docusaurus/Translate';

export interface TutorialStep {
  /** The page's file name in docs/tutorial/, also the id its <StepDone step=…> stores. */
  readonly id: string;
  readonly label: () => string;
}

// The tutorial's order; a step page that is not listed here cannot be ticked (StepDone warns in the page).
export const TUTORIAL_STEPS: readonly TutorialStep[] = [
  {
    id: 'create-application',
    label: () => translate({id: 'tutorial.steps.createApplication', message: 'Create the application'}),
  },
  {id: 'bot-settings', label: () => translate({id: 'tutorial.steps.botSettings', message: 'Set up the bot user'})},
  {id: 'token', label: () => translate({id: 'tutorial.steps.token', message: 'Get the token and store it'})},
  {
    id: 'privileged-intents',
    label: () => translate({id: 'tutorial.steps.privilegedIntents', message: 'Choose privileged intents'}),
  },
  {
    id: 'installation',
    label: () => translate({id: 'tutorial.steps.installation', message: 'Pick the install contexts'}),
  },
  {id: 'invite', label: () => translate({id: 'tutorial.steps.invite', message: 'Invite the bot to a server'})},
  {
    id: 'first-code',
    label: () => translate({id: 'tutorial.steps.firstCode', message: 'Write the first lines of code'}),
  },
  {id: 'it-works', label: () => translate({id: 'tutorial.steps.itWorks', message: 'Check that it works'})},
];

export function countDone(done: ReadonlySet<string>): number {
  return TUTORIAL_STEPS.filter((s) => done.has(s.id)).length;
}
