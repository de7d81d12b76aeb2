import nock from 'nock';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { runTurn } from '../adapters/slack/deliver.js';
import { planProgressReplies } from '../flows/plan-progress.js';
import { weeksAltText, type WeeksChart } from '../src/charts/progress-spec.js';
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

/** A plan made on 15 March 2027 at 6 hours a week, two weekly answers in, step 3 done on the second. */
const PROFILE = {
  name: 'Maria',
  hoursPerWeek: 6,
  credentialPick: { ids: ['google-data-analytics'], names: ['Google Data Analytics'], at: '2027-03-15T09:00:00Z' },
  plan: {
    names: ['Google Data Analytics'],
    steps: [
      { step: 1, title: 'Read job postings', due: '2027-03-15', done: true },
      { step: 2, title: 'Choose the credential', due: '2027-03-15', done: true },
      { step: 3, title: 'Enroll and study', due: '2027-03-26', done: true },
      { step: 4, title: 'Build the portfolio piece', due: '2027-07-19' },
    ],
  },
  checkins: {
    enabled: true,
    when: { weekday: 5, time: '18:00', timeZone: 'Europe/Berlin' },
    setAt: '2027-03-15T09:00:00Z',
    log: [
      { at: '2027-03-19T17:00:00Z', outcome: 'behind', hours: 4 },
      { at: '2027-03-26T17:00:00Z', outcome: 'done', hours: 6 },
    ],
  },
};
const TODAY = new Date('2027-03-30T09:00:00Z');
const REPLIES = planProgressReplies(PROFILE, TODAY);
const CHART = REPLIES.find((r) => r.kind === 'chart') as WeeksChart;

/** A decoded image is a real PNG whose header says the size the decoder finds. */
function decodes(png: Buffer): { width: number; height: number } {
  const decoded = PNG.sync.read(png);
  expect({ width: decoded.width, height: decoded.height }).toEqual(pngSize(png));
  return pngSize(png);
}

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => nock.cleanAll());

it('progress says the card, then the study-hours chart', () => {
  expect(REPLIES.map((r) => r.kind)).toEqual(['card', 'chart']);
  expect(CHART.weeks.points).toHaveLength(3);
});

describe('Slack: the study hours as an uploaded image', () => {
  const inbound = { kind: 'message', platform: 'slack', tenant: 'T1', conversation: 'D1', user: 'U1', eventId: 'Ev1', text: 'progress' } as unknown as InboundInput;
  const engine = (replies: Reply[]) => ({ respond: async () => ({ replies, changed: true }) }) as unknown as Engine;
  const client = () => new webApi.WebClient('xoxb-test', { retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR });

  it('posts the card, then uploads the PNG with the weeks as alt text', async () => {
    const api = slackUploadApi();
    await runTurn({ engine: engine(REPLIES), logger: silentLogger, charts: renderChart }, { client: client(), place: { channel: 'D1' }, owner: 'U1' }, inbound);
    // users.info is the person's time zone, looked up once; what was sent follows it.
    const sent = api.calls.filter((c) => c.method !== 'users.info');
    expect(sent.map((c) => c.method)).toEqual(['chat.postMessage', 'files.getUploadURLExternal', 'files.completeUploadExternal']);
    expect(sent[0]?.form.get('blocks')).toContain('Your plan so far');
    const asked = sent[1]?.form;
    expect(asked?.get('alt_text')).toBe(weeksAltText(CHART));
    expect(asked?.get('alt_text')).toContain('Week 2: 10 hours logged so far, 12 planned.');
    expect(asked?.get('filename')).toBe('progress.png');
    const png = pngIn(api.uploaded());
    expect(Number(asked?.get('length'))).toBe(png.length);
    const { width, height } = decodes(png);
    expect(width).toBeGreaterThan(1000);
    expect(height).toBeGreaterThan(500);
    expect(JSON.parse(sent[2]?.form.get('files') ?? '[]')).toEqual([{ id: 'F1', title: CHART.title }]);
    // The week bars are not posted as text as well.
    expect(sent.map((c) => c.form.get('blocks') ?? '').join('\n')).not.toContain('Week 1');
  });

  it('keeps the week bars as text without the option', async () => {
    const api = slackUploadApi();
    await runTurn({ engine: engine(REPLIES), logger: silentLogger }, { client: client(), place: { channel: 'D1' }, owner: 'U1' }, inbound);
    expect(api.calls.map((c) => c.method)).toEqual(['chat.postMessage']);
    expect(api.calls[0]?.form.get('blocks')).toContain('Week 2');
  });
});

/** A one-question flow whose answer is the progress replies, as the `progress` command gives them. */
const progressFlow = defineFlow({
  id: 'progress-now',
  title: 'Progress',
  steps: [ask.text('name', { label: 'Your name', prompt: 'What should I call you?', reask: 'A first name.', max: 60, saveAs: 'name' })],
  finish: () => ({ replies: REPLIES }),
});
const flows = () => new FlowRegistry([progressFlow], progressFlow.id);

describe('Discord: the study hours as an attachment', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('sends the card, then the PNG in a message of its own with the weeks as its description', async () => {
    h = await DiscordHarness.start({ flows, charts: renderChart });
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello');
    h.rest.clear();
    await h.say(ann, h.dm(ann), 'Maria');
    const sent = h.rest.requests.filter((r) => r.method === 'POST');
    expect(sent.map((r) => r.files?.length ?? 0).slice(0, 2)).toEqual([0, 1]);
    expect(JSON.stringify(sent[0]?.body)).toContain('Your plan so far');
    expect((sent[1]?.body as { content?: string }).content).toBe(`**${CHART.title}**`);
    const file = sent[1]?.files?.[0];
    expect(file?.name).toBe('progress.png');
    expect(file?.description).toBe(weeksAltText(CHART));
    const { width, height } = decodes(file?.data ?? Buffer.alloc(0));
    expect(width).toBeGreaterThan(1000);
    expect(height).toBeGreaterThan(500);
    expect(h.shown()).not.toContain('█');
  });

  it('keeps the week bars in a code block without the option', async () => {
    h = await DiscordHarness.start({ flows });
    const ann = member('ann.lee');
    await h.say(ann, h.dm(ann), 'hello');
    h.rest.clear();
    await h.say(ann, h.dm(ann), 'Maria');
    expect(h.rest.requests.every((r) => !r.files?.length)).toBe(true);
    expect(h.shown()).toContain('Week 2');
    expect(h.shown()).toContain('█');
  });
});
