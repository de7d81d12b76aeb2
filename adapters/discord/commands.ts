import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/**
 * The one slash command, /pivot, with a subcommand per engine command word: the global ones
 * (src/engine/commands.ts) and the words that start a flow or show a view (flows/). Shared by
 * register-commands.ts (what Discord is told) and the adapter (what it accepts).
 */
export const COMMAND_NAME = 'pivot';

const SUBCOMMANDS = [
  ['start', 'Start, or carry on where you left off'],
  ['gaps', 'Find the skills between you and the tech role you want'],
  ['pick', 'Pick credentials worth your money and time'],
  ['plan', 'See your dated plan again (only you see it)'],
  ['export', 'Your plan as files to keep: Markdown and a calendar file (only you see it)'],
  ['checkins', 'Weekly check-ins on your plan: set up, change or stop them'],
  ['practice', 'Practise interview answers, with feedback'],
  ['peer', 'Interview practice with your study group: one answers, another scores'],
  ['progress', 'Your interview practice scores over time (only you see it)'],
  ['status', 'Where we are and what you have told me (only you see it)'],
  ['menu', 'Pick something else to work on'],
  ['back', 'The previous question again'],
  ['skip', 'Leave this question out, when it is optional'],
  ['repeat', 'The current question again'],
  ['restart', 'Start this part over'],
  ['forget', 'Delete everything the coach knows about you (only you see it)'],
  ['help', 'What the coach can do and what you can say (only you see it)'],
] as const;

export const SUBCOMMAND_NAMES = SUBCOMMANDS.map(([name]) => name) as unknown as readonly [Subcommand, ...Subcommand[]];
export type Subcommand = (typeof SUBCOMMANDS)[number][0];

/**
 * Peer practice runs in a thread whose session its members share, not in the member's own: the
 * adapter opens that thread and sends the command there (interactions.ts).
 */
export const PEER_SUBCOMMAND: Subcommand = 'peer';

/** `/pivot start topic:` goes straight to one part of the coach. */
export const START_TOPICS = ['gaps', 'pick', 'practice'] as const;
const TOPIC_LABELS: Record<(typeof START_TOPICS)[number], string> = {
  gaps: 'Find my skill gaps',
  pick: 'Pick credentials worth it',
  practice: 'Practise interview answers',
};

/**
 * What concerns one person only: in a server these answer with an ephemeral message where the
 * command was used, instead of in the member's coaching thread.
 */
export const PERSONAL_SUBCOMMANDS: ReadonlySet<string> = new Set<Subcommand>(['status', 'help', 'forget', 'plan', 'export', 'progress']);

export function pivotCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: COMMAND_NAME,
    type: ApplicationCommandType.ChatInput,
    description: 'Your career-pivot coach: skill gaps, credentials, interview practice',
    // In servers the bot is in, and in DMs with it; not as a user-installed app, where it could not open threads.
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: SUBCOMMANDS.map(([name, description]) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name,
      description,
      ...(name === 'start'
        ? {
            options: [
              {
                type: ApplicationCommandOptionType.String,
                name: 'topic',
                description: 'Go straight to one part of the coach',
                required: false,
                choices: START_TOPICS.map((topic) => ({ name: TOPIC_LABELS[topic], value: topic })),
              },
            ],
          }
        : {}),
    })),
  };
}
