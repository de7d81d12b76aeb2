import type { AdapterModule } from '../../src/adapter-host.js';
import { isDiscordConfigured } from './discord-config.js';

/**
 * The coach on Discord (discord.js): slash commands, DMs, one thread per member in server channels.
 * discord.js is imported only when Discord is configured, so the terminal and the other adapters
 * start without loading it.
 */
const discord: AdapterModule = {
  name: 'discord',
  isConfigured: isDiscordConfigured,
  async start(context) {
    const { startDiscord } = await import('./start-discord.js');
    return startDiscord(context);
  },
};

export default discord;
