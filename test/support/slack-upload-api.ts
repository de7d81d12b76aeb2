import nock from 'nock';

/**
 * Slack's Web API behind nock, for tests of what a turn posts: each call's form recorded by
 * method, a file upload accepted and its bytes kept. Call nock.disableNetConnect() around it.
 */
export function slackUploadApi() {
  const calls: { method: string; form: URLSearchParams }[] = [];
  let uploaded = Buffer.alloc(0);
  nock('https://slack.com')
    .persist()
    .post(/^\/api\/.+/)
    .reply(function (uri, body) {
      const method = uri.replace('/api/', '');
      const form = new URLSearchParams(typeof body === 'string' ? body : '');
      calls.push({ method, form });
      if (method === 'files.getUploadURLExternal') return [200, { ok: true, upload_url: 'https://files.slack.com/upload/v1/ABC', file_id: 'F1' }];
      if (method === 'files.completeUploadExternal') return [200, { ok: true, files: [{ id: 'F1' }] }];
      return [200, { ok: true, channel: 'D1', ts: '1.1' }];
    });
  nock('https://files.slack.com')
    .persist()
    .post('/upload/v1/ABC')
    .reply(function (_uri, body) {
      uploaded = Buffer.from(body as string, /^[0-9a-f]+$/i.test(body as string) ? 'hex' : 'binary');
      return [200, 'OK - 1'];
    });
  return { calls, uploaded: () => uploaded };
}
