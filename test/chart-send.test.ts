import nock from 'nock';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { runTurn } from '../adapters/slack/deliver.js';
import { SlackOutbox } from '../adapters/slack/outbox.js';
import { MemoryOutboxStore } from '../src/outbox/memory-outbox-store.js';
import { sessionQueue } from '../src/outbox/entry.js';
import { chartAltText } from '../src/charts/chart-spec.js';
import { renderChart } from '../src/charts/render-png.js';
import type { Engine } from '../src/engine/engine.js';
import { ask, defineFlow } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import type { InboundInput } from '../src/engine/inbound.js';
import type { Reply } from '../src/engine/reply.js';
import { silentLogger } from '../src/log.js';
import { DiscordHarness, member } from './support/discord-gateway.js';
import { pngIn, pngSize } from './support/png-bytes.js';
import { slackUploadApi } from './support/slack-upload-api.js';

type Chart = Extract<Reply, { kind: 'chart' }>;
const CHART: Chart = {
  kind: 'chart',
  title: 'What employers ask for (share of your postings)',
  unit: '%',
  rows: [
    { label: 'SQL', value: 75 },
    { label: 'Excel', value: 50 },
    { label: 'Tableau', value: 25 },
  ],
};
const BEFORE: Reply = { kind: 'text', text: 'Here is your gap report for *Data analyst*.' };
const AFTER: Reply = { kind: 'card', title: 'What you bring', fields: [{ label: 'Skills they ask for that you have', value: 'Excel' }] };

/** A decoded image is a real PNG whose header says the size the decoder finds. */
function decodes(png: Buffer): { width: number; height: number } {
  const decoded = PNG.sync.read(png);
  expect({ width: decoded.width, height: decoded.height }).toEqual(pngSize(png));
  return pngSize(png);
}

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => nock.cleanAll());

describe('Slack: the gap chart as an uploaded image', () => {
  const inbound = { kind: 'message', platform: 'slack', tenant: 'T1', conversation: 'D1', user: 'U1', eventId: 'Ev1', text: 'report' } as unknown as InboundInput;
  const engine = (replies: Reply[]) => ({ respond: async () => ({ replies, changed: true }) }) as unknown as Engine;
  const client = () => new webApi.WebClient('xoxb-test', { retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR });

  it('uploads the PNG with the figures as alt text, in order between the messages', async () => {
    const api = slackUploadApi();
    await runTurn({ engine: engine([BEFORE, CHART, AFTER]), logger: silentLogger, charts: renderChart }, { client: client(), place: { channel: 'D1' }, owner: 'U1' }, inbound);
    // users.info is the person's time zone, looked up once; what was sent follows it.
    const sent = api.calls.filter((c) => c.method !== 'users.info');
    expect(sent.map((c) => c.method)).toEqual(['chat.postMessage', 'files.getUploadURLExternal', 'files.completeUploadExternal', 'chat.postMessage']);
    const asked = sent[1]?.form;
    expect(asked?.get('alt_text')).toBe(chartAltText(CHART));
    expect(asked?.get('filename')).toBe('chart.png');
    const png = pngIn(api.uploaded());
    expect(Number(asked?.get('length'))).toBe(png.length);
    const { width, height } = decodes(png);
    expect(width).toBeGreaterThan(800);
    expect(height).toBeGreaterThan(200);
    const done = JSON.parse(sent[2]?.form.get('files') ?? '[]') as { id: string; title: string }[];
    expect(done).toEqual([{ id: 'F1', title: CHART.title }]);
    expect(sent[2]?.form.get('channel_id')).toBe('D1');
    // The bars are not posted as text as well.
    expect(sent.map((c) => c.form.get('text') ?? '').join('\n')).not.toContain('SQL');
  });

  it('uploads it the same from the session queue, drawn when the outbox sends it', async () => {
    const api = slackUploadApi();
    const outbox = new SlackOutbox({
      store: new MemoryOutboxStore(),
      logger: silentLogger,
      clientOptions: { logLevel: webApi.LogLevel.ERROR },
      policy: { maxAttempts: 1, baseMs: 1, maxMs: 1 },
      timeoutMs: 5_000,
      tokenFor: async () => 'xoxb-test',
      charts: renderChart,
    });
    const queue = sessionQueue({ platform: 'slack', tenant: 'T1', user: 'U1' }, 'D1');
    const queued = { respond: async () => ({ replies: [BEFORE, CHART, AFTER], changed: true, queue }) } as unknown as Engine;
    await runTurn({ engine: queued, logger: silentLogger, outbox }, { client: client(), place: { channel: 'D1' }, owner: 'U1' }, inbound);
    const sent = api.calls.filter((c) => c.method !== 'users.info');
    expect(sent.map((c) => c.method)).toEqual(['chat.postMessage', 'files.getUploadURLExternal', 'files.completeUploadExternal', 'chat.postMessage']);
    expect(api.calls.find((c) => c.method === 'files.getUploadURLExternal')?.form.get('alt_text')).toBe(chartAltText(CHART));
    expect(await outbox.outbox.store.size(queue)).toBe(0);
  });

  it('keeps the text bars without the option, and when the upload is refused', async () => {
    const without = slackUploadApi();
    await runTurn({ engine: engine([CHART]), logger: silentLogger }, { client: client(), place: { channel: 'D1' }, owner: 'U1' }, inbound);
    expect(without.calls.map((c) => c.method)).toEqual(['chat.postMessage']);
    expect(without.calls[0]?.form.get('blocks')).toContain('SQL');
    nock.cleanAll();

    const calls: string[] = [];
    nock('https://slack.com')
      .persist()
      .post(/^\/api\/.+/)
      .reply(function (uri, body) {
        calls.push(`${uri} ${new URLSearchParams(body as string).get('blocks')?.includes('SQL') ? 'bars' : ''}`);
        return uri.includes('getUploadURLExternal') ? [200, { ok: false, error: 'missing_scope' }] : [200, { ok: true, channel: 'D1', ts: '1.1' }];
      });
    await runTurn({ engine: engine([CHART]), logger: silentLogger, charts: renderChart }, { client: client(), place: { channel: 'D1' }, owner: 'U1' }, inbound);
    expect(calls).toEqual(['/api/files.getUploadURLExternal ', '/api/chat.postMessage bars']);
  });
});

/** A one-question flow whose answer is the chart: the engine's turn, as the gap report gives it. */
const chartFlow = defineFlow({
  id: 'report',
  title: 'Report',
  steps: [ask.text('name', { label: 'Your name', prompt: 'What should I call you?', reask: 'A first name.', max: 60, saveAs: 'name' })],
  finish: () => ({ replies: [BEFORE, CHART, AFTER] }),
});
const flows = () => new FlowRegistry([chartFlow], chartFlow.id);

describe('Discord: the gap chart as an attachment', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each([
    ['sent at once', false],
    ['staged with the commit, drawn when sent', true],
  ])('attaches the PNG with the figures as its description, in its own message between the others (%s)', async (_how, stageReplies) => {
    h = await DiscordHarness.start({ flows, charts: renderChart, stageReplies });
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello');
    h.rest.clear();
    await h.say(ann, h.dm(ann), 'Ann');
    const sent = h.rest.requests.filter((r) => r.method === 'POST');
    // The words before, the image alone, the card after (then the engine's menu): one attachment in all.
    const counts = sent.map((r) => r.files?.length ?? 0);
    expect(counts.slice(0, 3)).toEqual([0, 1, 0]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const withImage = sent[1];
    expect((withImage?.body as { content?: string }).content).toBe(`**${CHART.title}**`);
    const file = withImage?.files?.[0];
    expect(file?.name).toBe('chart.png');
    expect(file?.description).toBe(chartAltText(CHART));
    const { width, height } = decodes(file?.data ?? Buffer.alloc(0));
    expect(width).toBeGreaterThan(800);
    expect(height).toBeGreaterThan(200);
    expect(h.shown()).not.toContain('█');
  });

  it('keeps the text bars in a code block without the option', async () => {
    h = await DiscordHarness.start({ flows });
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello');
    h.rest.clear();
    await h.say(ann, h.dm(ann), 'Ann');
    expect(h.rest.requests.every((r) => !r.files?.length)).toBe(true);
    expect(h.shown()).toContain('SQL');
    expect(h.shown()).toContain('█');
  });
});
