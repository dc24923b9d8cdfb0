/**
 * A fake Messages API served by the test itself on 127.0.0.1 (random port): the real SDK talks
 * to it over real HTTP through ANTHROPIC_BASE_URL. It records every request, answers
 * `POST /v1/messages` with a scripted reply (by default a correct revision built from the
 * request's own flagged words and suggestions), and implements the Message Batches endpoints
 * (create, retrieve in progress then ended, results JSONL at `results_url`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A scripted reply: a status, headers and a JSON body; `hang` never answers. */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  hang?: boolean;
}

/** The request body as mtqa sends it (only what the fake reads). */
export interface SentBody {
  model: string;
  messages: { content: string }[];
  tool_choice: { name: string };
}

interface SentSentence {
  id: string;
  text: string;
  revise: boolean;
  flagged: { words: string; use: string | null }[];
}

/** The sentences of a request, read back from the fenced JSON document. */
export function sentencesOf(body: SentBody): SentSentence[] {
  const content = body.messages[0]?.content ?? '';
  const json = content.slice(content.indexOf('<article_data>\n') + '<article_data>\n'.length, content.lastIndexOf('\n</article_data>'));
  return (JSON.parse(json) as { sentences: SentSentence[] }).sentences;
}

/** What a careful model would answer: each flagged rendering replaced by its suggestion. */
export function goodRevisions(body: SentBody): { revisions: { id: string; revised: string; changes: { from: string; to: string }[] }[] } {
  return {
    revisions: sentencesOf(body)
      .filter((s) => s.revise)
      .map((s) => {
        let revised = s.text;
        const changes: { from: string; to: string }[] = [];
        for (const f of s.flagged) {
          if (f.use === null) continue;
          revised = revised.replace(f.words, f.use);
          changes.push({ from: f.words, to: f.use });
        }
        return { id: s.id, revised, changes };
      }),
  };
}

/** A Messages API `Message` whose one content block calls the tool with `input`. */
export function toolMessage(body: SentBody, input: unknown, usage = { input_tokens: 1200, output_tokens: 150, cache_read_input_tokens: 800, cache_creation_input_tokens: 0 }): unknown {
  return {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: body.model,
    content: [{ type: 'tool_use', id: 'toolu_fake', name: body.tool_choice.name, input }],
    stop_reason: 'tool_use',
    stop_sequence: null,
    usage,
  };
}

type MessagesHandler = (body: SentBody, attempt: number) => FakeReply;

export class FakeAnthropic {
  readonly requests: RecordedRequest[] = [];
  /** Answers `POST /v1/messages`; `attempt` counts calls from 1. */
  messages: MessagesHandler = (body) => ({ body: toolMessage(body, goodRevisions(body)) });
  /** Answers `GET /v1/messages/batches/:id` before the batch logic when it returns a reply. */
  batchRetrieveOverride: ((attempt: number) => FakeReply | undefined) | null = null;
  private readonly batches = new Map<string, { requests: { custom_id: string; params: SentBody }[]; polls: number }>();
  private server: Server | null = null;
  private base = '';
  private messageCalls = 0;
  private retrieveCalls = 0;

  /** Starts listening on 127.0.0.1 on a free port; returns the base URL. */
  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.base;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Requests other than the ones a test ignores, as `METHOD path`. */
  get calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path.replace(/msgbatch_\w+/, ':id')}`);
  }

  private send(res: ServerResponse, reply: FakeReply): void {
    if (reply.hang === true) return;
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  private batchObject(id: string, ended: boolean): unknown {
    const batch = this.batches.get(id);
    const n = batch?.requests.length ?? 0;
    return {
      id,
      type: 'message_batch',
      processing_status: ended ? 'ended' : 'in_progress',
      request_counts: { processing: ended ? 0 : n, succeeded: ended ? n : 0, errored: 0, canceled: 0, expired: 0 },
      created_at: '2026-01-01T00:00:00Z',
      expires_at: '2026-01-02T00:00:00Z',
      ended_at: ended ? '2026-01-01T00:01:00Z' : null,
      archived_at: null,
      cancel_initiated_at: null,
      results_url: ended ? `${this.base}/v1/messages/batches/${id}/results` : null,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text === '' ? null : JSON.parse(text);
    const path = (req.url ?? '').split('?')[0] as string;
    this.requests.push({ method: req.method ?? '', path, headers: req.headers, body });

    if (req.method === 'POST' && path === '/v1/messages') {
      this.send(res, this.messages(body as SentBody, ++this.messageCalls));
      return;
    }
    if (req.method === 'POST' && path === '/v1/messages/batches') {
      const id = `msgbatch_${this.batches.size + 1}`;
      this.batches.set(id, { requests: (body as { requests: { custom_id: string; params: SentBody }[] }).requests, polls: 0 });
      this.send(res, { body: this.batchObject(id, false) });
      return;
    }
    const results = /^\/v1\/messages\/batches\/(\w+)\/results$/.exec(path);
    if (req.method === 'GET' && results !== null) {
      const batch = this.batches.get(results[1] as string);
      res.writeHead(200, { 'content-type': 'application/binary' });
      for (const r of batch?.requests ?? []) {
        const reply = this.messages(r.params, ++this.messageCalls);
        const result = reply.status === undefined || reply.status === 200 ? { type: 'succeeded', message: reply.body } : { type: 'errored', error: { type: 'error', error: { type: 'api_error', message: 'failed' } } };
        res.write(`${JSON.stringify({ custom_id: r.custom_id, result })}\n`);
      }
      res.end();
      return;
    }
    const retrieve = /^\/v1\/messages\/batches\/(\w+)$/.exec(path);
    if (req.method === 'GET' && retrieve !== null) {
      const override = this.batchRetrieveOverride?.(++this.retrieveCalls);
      if (override !== undefined) {
        this.send(res, override);
        return;
      }
      const id = retrieve[1] as string;
      const batch = this.batches.get(id);
      if (batch === undefined) {
        this.send(res, { status: 404, body: { type: 'error', error: { type: 'not_found_error', message: 'no such batch' } } });
        return;
      }
      batch.polls++;
      this.send(res, { body: this.batchObject(id, batch.polls > 1) });
      return;
    }
    this.send(res, { status: 404, body: { type: 'error', error: { type: 'not_found_error', message: `no route ${req.method} ${path}` } } });
  }
}
