import { VERSION_OPTION, type CommandSpec } from './command-spec.js';

/** `npm start`'s options: main.ts checks them and answers --help and --version, the terminal adapter reads --user and --group. */
export const START = {
  name: 'npm start --',
  usage: 'npm start -- [--user NAME] [--group]',
  summary:
    'Pivot Coach in this terminal, or on Slack and Discord when their tokens are set. In the terminal, answer a numbered choice by its number or label; end long text with a line holding just "."; type "form" to answer an interview question part by part; Ctrl-D quits.',
  details: [
    'Environment: REDIS_URL keeps sessions between runs (see the README for the rest); NO_COLOR turns off bold, italic and colour.',
  ],
  options: {
    user: { type: 'string', value: 'NAME', help: 'whose session this is (default: your login name); with REDIS_URL the same name carries on where it stopped' },
    group: { type: 'boolean', help: 'a study group at one keyboard: start each line with who is speaking, like "ana: I\'ll answer"' },
    version: VERSION_OPTION,
  },
  examples: ['npm start -- --user ana', "printf 'Ann\\nstatus\\n' | npm start --silent"],
} satisfies CommandSpec;
