import type { AdapterModule } from '../../src/adapter-host.js';
import { isSlackConfigured, loadSlackConfig } from './slack-config.js';

/**
 * The coach in Slack. Configured as soon as any Slack credential is set (see slack-config.ts
 * for the three modes). Bolt is imported only when Slack starts: the host imports every
 * adapter to ask whether it is configured, and the terminal should not pay for Bolt.
 */
const slack: AdapterModule = {
  name: 'slack',
  isConfigured: isSlackConfigured,
  async start({ engine, env, logger }) {
    const config = loadSlackConfig(env);
    const { startSlackApp } = await import('./slack-app.js');
    // Charts go to Slack as images drawn here; Vega and resvg load only when Slack starts.
    const { renderChart } = await import('../../src/charts/render-png.js');
    const running = await startSlackApp({ engine, config, logger, charts: renderChart });
    let stopped: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      stopped = resolve;
    });
    return {
      // A chat adapter is never done by itself; stop() ends it.
      done,
      stop: async () => {
        await running.stop();
        stopped();
      },
    };
  },
};

export default slack;
