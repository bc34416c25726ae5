// One name per stored fact, so every page and tool reads the same slot.
export const STORAGE_KEYS = {
  applicationId: 'discord-guide.application-id',
  tutorialProgress: 'discord-guide.tutorial-progress',
} as const;
