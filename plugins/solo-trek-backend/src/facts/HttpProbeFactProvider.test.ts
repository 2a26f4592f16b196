import dns from 'node:dns';
import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import {
  AddressInfo,
  createServer as createNetServer,
  Server as NetServer,
  Socket,
} from 'node:net';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_METRICS_URL } from '@internal/plugin-solo-trek-common';
import { HttpProbeConfig } from '../config/readSoloTrekConfig';
import {
  HttpProbeFactProvider,
  nonPublicAddressReason,
} from './HttpProbeFactProvider';

const METRICS = [
  '# HELP up Whether the service is up.',
  '# TYPE up gauge',
  'up 1',
  '# TYPE http_requests_total counter',
  'http_requests_total{code="200"} 1027',
  'http_requests_total{code="500"} 3',
  '',
].join('\n');

const PRIVATE_HINT = 'set soloTrek.httpProbe.allowPrivateAddresses to allow it';

interface TestServer {
  port: number;
  /** Paths requested, in order. */
  requests: string[];
  /** Host headers received, in order. */
  hosts: string[];
  /** TCP connections accepted, whether or not a request followed. */
  connections: number;
  url(path?: string, host?: string): string;
}

const cleanups: Array<() => Promise<void>> = [];

async function listen(server: Server | NetServer): Promise<number> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  cleanups.push(
    () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function startServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void = (_, res) =>
    res.end(METRICS),
): Promise<TestServer> {
  const state = { requests: [] as string[], hosts: [] as string[] };
  const server = createServer((req, res) => {
    state.requests.push(req.url ?? '');
    state.hosts.push(req.headers.host ?? '');
    handler(req, res);
  });
  let connections = 0;
  server.on('connection', () => {
    connections++;
  });
  const port = await listen(server);
  return {
    port,
    ...state,
    get connections() {
      return connections;
    },
    url: (path = '/metrics', host = '127.0.0.1') =>
      `http://${host}:${port}${path}`,
  };
}

const baseConfig: HttpProbeConfig = {
  allowedHosts: ['127.0.0.1', 'localhost'],
  allowPrivateAddresses: true,
  timeoutMs: 2000,
  maxBytes: 64 * 1024,
  ttlSeconds: 600,
};

const logger = mockServices.logger.mock();

function provider(config: Partial<HttpProbeConfig> = {}) {
  return HttpProbeFactProvider.fromConfig(
    { ...baseConfig, ...config },
    { logger },
  );
}

function entity(url?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'ledger',
      annotations: url === undefined ? {} : { [ANNOTATION_METRICS_URL]: url },
    },
    spec: { type: 'service', owner: 'group:default/payments' },
  };
}

async function probe(
  url: string,
  config: Partial<HttpProbeConfig> = {},
  signal?: AbortSignal,
) {
  const result = await provider(config).getFacts(entity(url), { signal });
  if (!result) throw new Error('expected facts');
  return result.facts;
}

/** Resolves after the server side of a response has been closed. */
function closed(res: ServerResponse): Promise<void> {
  return new Promise(resolve => {
    if (res.destroyed) resolve();
    else res.on('close', () => resolve());
  });
}

/** Answers lookups for the given names; other names resolve for real. */
function fakeDns(answers: Record<string, string[]>) {
  const realLookup = dns.lookup;
  return jest.spyOn(dns, 'lookup').mockImplementation(((
    hostname: string,
    options: dns.LookupOptions,
    callback: (...args: unknown[]) => void,
  ) => {
    const addresses = answers[hostname];
    if (!addresses) {
      return (realLookup as Function)(hostname, options, callback);
    }
    if (addresses.length === 0) {
      const err = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      return process.nextTick(
        callback,
        Object.assign(err, { code: 'ENOTFOUND' }),
      );
    }
    const entries = addresses.map(address => ({
      address,
      family: address.includes(':') ? 6 : 4,
    }));
    return options.all
      ? process.nextTick(callback, null, entries)
      : process.nextTick(callback, null, entries[0].address, entries[0].family);
  }) as unknown as typeof dns.lookup);
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});

afterEach(async () => {
  jest.restoreAllMocks();
  await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('HttpProbeFactProvider', () => {
  it('has the http-probe id and applies only to annotated entities', () => {
    const p = provider();
    expect(p.id).toBe('http-probe');
    expect(p.appliesTo(entity('http://127.0.0.1/metrics'))).toBe(true);
    expect(p.appliesTo(entity())).toBe(false);
  });

  it('gives no facts for an entity without the annotation', async () => {
    await expect(provider().getFacts(entity(), {})).resolves.toBeUndefined();
  });

  describe('a reachable endpoint', () => {
    it('reports valid Prometheus metrics with every fact', async () => {
      const server = await startServer((_, res) => {
        res.setHeader('content-type', 'text/plain; version=0.0.4');
        res.end(METRICS);
      });
      const before = Date.now();
      const result = await provider().getFacts(entity(server.url()), {});

      expect(result).toEqual({
        facts: {
          reachable: true,
          status: 200,
          prometheus_valid: true,
          samples: 3,
          error: null,
          duration_ms: expect.any(Number),
        },
        ttlSeconds: 600,
        observedAt: expect.any(Date),
      });
      expect(result!.facts.duration_ms).toBeGreaterThanOrEqual(0);
      expect(result!.observedAt!.getTime()).toBeGreaterThanOrEqual(before);
      expect(server.requests).toEqual(['/metrics']);
    });

    it('sends a GET with the query string and asks for the text format', async () => {
      let seen: IncomingMessage | undefined;
      const server = await startServer((req, res) => {
        seen = req;
        res.end(METRICS);
      });
      await probe(server.url('/metrics?format=prometheus'));
      expect(seen?.method).toBe('GET');
      expect(seen?.url).toBe('/metrics?format=prometheus');
      expect(seen?.headers.accept).toContain('text/plain;version=0.0.4');
      expect(seen?.headers['accept-encoding']).toBe('identity');
    });

    it.each([
      ['no content type', undefined],
      ['OpenMetrics', 'application/openmetrics-text; version=1.0.0'],
      ['an unexpected content type', 'application/octet-stream'],
    ])('parses the body whatever the content type: %s', async (_, type) => {
      const server = await startServer((__, res) => {
        if (type) res.setHeader('content-type', type);
        res.end(`${METRICS}# EOF\n`);
      });
      expect(await probe(server.url())).toMatchObject({
        prometheus_valid: true,
        samples: 3,
        error: null,
      });
    });

    it.each([
      ['JSON', 'application/json', '{"status":"UP"}'],
      ['HTML', 'text/html', '<!DOCTYPE html><html><body>hi</body></html>'],
    ])(
      'reports a %s body as not Prometheus, with the content type',
      async (_, type, body) => {
        const server = await startServer((__, res) => {
          res.setHeader('content-type', `${type}; charset=utf-8`);
          res.end(body);
        });
        expect(await probe(server.url())).toEqual({
          reachable: true,
          status: 200,
          prometheus_valid: false,
          samples: 0,
          error: expect.stringMatching(
            new RegExp(`^not Prometheus text format \\(${type}\\): line 1: `),
          ),
          duration_ms: expect.any(Number),
        });
      },
    );

    it('reports an empty body as having no samples', async () => {
      const server = await startServer((_, res) => res.end());
      expect(await probe(server.url())).toMatchObject({
        prometheus_valid: false,
        samples: 0,
        error: 'not Prometheus text format: no samples found',
      });
    });

    it('rejects a body that is not UTF-8', async () => {
      const server = await startServer((_, res) =>
        res.end(Buffer.from([0x75, 0x70, 0x20, 0xff, 0xfe, 0x0a])),
      );
      expect(await probe(server.url())).toMatchObject({
        prometheus_valid: false,
        error: 'not Prometheus text format: body is not UTF-8 text',
      });
    });

    it.each([404, 500, 503])(
      'reports HTTP %i as reachable but not valid, without reading metrics',
      async status => {
        const server = await startServer((_, res) => {
          res.statusCode = status;
          res.end(METRICS);
        });
        expect(await probe(server.url())).toMatchObject({
          reachable: true,
          status,
          prometheus_valid: false,
          samples: 0,
          error: `HTTP status ${status}`,
        });
      },
    );
  });

  describe('the host allow-list', () => {
    it('refuses a host not on the list without any network request', async () => {
      const server = await startServer();
      const lookup = jest.spyOn(dns, 'lookup');
      const facts = await probe(server.url('/metrics', 'localhost'), {
        allowedHosts: ['127.0.0.1'],
      });
      expect(facts).toEqual({
        reachable: false,
        status: null,
        prometheus_valid: false,
        samples: 0,
        error: 'host localhost is not on soloTrek.httpProbe.allowedHosts',
        duration_ms: expect.any(Number),
      });
      expect(server.connections).toBe(0);
      expect(server.requests).toEqual([]);
      expect(lookup).not.toHaveBeenCalled();
    });

    it('refuses everything when the list is empty', async () => {
      const server = await startServer();
      const facts = await probe(server.url(), { allowedHosts: [] });
      expect(facts.error).toBe(
        'host 127.0.0.1 is not on soloTrek.httpProbe.allowedHosts',
      );
      expect(server.connections).toBe(0);
    });

    it('does not resolve or contact external hosts that are not listed', async () => {
      const lookup = jest.spyOn(dns, 'lookup');
      const facts = await probe('https://example.org/metrics');
      expect(facts.error).toBe(
        'host example.org is not on soloTrek.httpProbe.allowedHosts',
      );
      expect(lookup).not.toHaveBeenCalled();
    });

    it('matches whole hostnames only, not suffixes or prefixes', async () => {
      const lookup = jest.spyOn(dns, 'lookup');
      const p = provider({ allowedHosts: ['metrics.example.org'] });
      for (const url of [
        'http://evil-metrics.example.org/',
        'http://metrics.example.org.evil.test/',
        'http://example.org/',
        'http://metrics.example.org@evil.test/',
      ]) {
        const result = await p.getFacts(entity(url), {});
        expect(result?.facts.error).toMatch(/is not on .*allowedHosts$/);
      }
      expect(lookup).not.toHaveBeenCalled();
    });

    it('warns about entries that can never match', () => {
      const warn = jest.fn();
      HttpProbeFactProvider.fromConfig(
        {
          ...baseConfig,
          allowedHosts: [
            'metrics.example.org',
            'https://metrics.example.org',
            'metrics.example.org:9100',
            '::1',
          ],
        },
        { logger: mockServices.logger.mock({ warn }) },
      );
      expect(warn.mock.calls.map(([message]) => message)).toEqual([
        expect.stringContaining(
          '"https://metrics.example.org" will never match',
        ),
        expect.stringContaining('"metrics.example.org:9100" will never match'),
      ]);
    });

    it('matches case-insensitively, on any port', async () => {
      const server = await startServer();
      const facts = await probe(server.url('/metrics', 'LocalHost'), {
        allowedHosts: ['LOCALHOST'],
      });
      expect(facts).toMatchObject({ prometheus_valid: true, error: null });
    });
  });

  describe('redirects', () => {
    it.each([
      [301, '/moved', (s: TestServer) => s.url('/moved')],
      [302, 'https://example.org/metrics', () => 'https://example.org/metrics'],
      [307, '/temp', (s: TestServer) => s.url('/temp')],
      [308, '/perm', (s: TestServer) => s.url('/perm')],
    ])(
      'does not follow a %i and reports where it pointed',
      async (status, location, target) => {
        const server = await startServer((req, res) => {
          if (req.url === '/metrics') {
            res.writeHead(status, { location });
            res.end();
          } else {
            res.end(METRICS);
          }
        });
        const facts = await probe(server.url());
        expect(facts).toEqual({
          reachable: true,
          status,
          prometheus_valid: false,
          samples: 0,
          error: `redirects are not followed (${status} to ${target(server)})`,
          duration_ms: expect.any(Number),
        });
        expect(server.requests).toEqual(['/metrics']);
      },
    );

    it('keeps credentials out of the reported target', async () => {
      const server = await startServer((_, res) => {
        res.writeHead(302, { location: 'https://user:secret@example.org/m' });
        res.end();
      });
      expect((await probe(server.url())).error).toBe(
        'redirects are not followed (302 to https://example.org/m)',
      );
    });

    it('reports a redirect without a location as a plain status', async () => {
      const server = await startServer((_, res) => {
        res.statusCode = 302;
        res.end();
      });
      expect((await probe(server.url())).error).toBe('HTTP status 302');
    });
  });

  describe('the timeout', () => {
    it('gives up on a server that never answers', async () => {
      const server = await startServer(() => {
        // Never respond.
      });
      const started = Date.now();
      const facts = await probe(server.url(), { timeoutMs: 200 });
      const elapsed = Date.now() - started;

      expect(facts).toEqual({
        reachable: false,
        status: null,
        prometheus_valid: false,
        samples: 0,
        error: 'timed out after 200 ms',
        duration_ms: expect.any(Number),
      });
      expect(elapsed).toBeGreaterThanOrEqual(190);
      expect(elapsed).toBeLessThan(1500);
      expect(server.requests).toEqual(['/metrics']);
    });

    it('covers the whole body, not just the headers', async () => {
      let response: ServerResponse | undefined;
      const server = await startServer((_, res) => {
        response = res;
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('up 1\n');
        // Then stall.
      });
      const started = Date.now();
      const facts = await probe(server.url(), { timeoutMs: 300 });

      expect(facts).toMatchObject({
        reachable: true,
        status: 200,
        prometheus_valid: false,
        error: 'timed out after 300 ms',
      });
      expect(Date.now() - started).toBeLessThan(1500);
      await closed(response!);
    });
  });

  describe('the size cap', () => {
    it('stops reading an endless response once past maxBytes', async () => {
      let response: ServerResponse | undefined;
      let written = 0;
      const chunk = Buffer.from(`${'x_total 1\n'.repeat(100)}`);
      const server = await startServer((_, res) => {
        response = res;
        res.writeHead(200, { 'content-type': 'text/plain' });
        // Writes until the client goes away; buffering all of it would hang.
        const pump = () => {
          while (!res.destroyed) {
            written += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
        };
        pump();
      });
      const started = Date.now();
      const facts = await probe(server.url(), {
        maxBytes: 4096,
        timeoutMs: 20000,
      });

      expect(facts).toEqual({
        reachable: true,
        status: 200,
        prometheus_valid: false,
        samples: 0,
        error: 'response larger than 4096 bytes',
        duration_ms: expect.any(Number),
      });
      expect(Date.now() - started).toBeLessThan(2000);
      // The client closed the connection rather than draining it.
      await closed(response!);
      expect(written).toBeGreaterThan(4096);
    });

    it('refuses up front when content-length exceeds maxBytes', async () => {
      let response: ServerResponse | undefined;
      const server = await startServer((_, res) => {
        response = res;
        res.writeHead(200, { 'content-length': 10_000_000 });
        res.write('up 1\n');
      });
      const facts = await probe(server.url(), { maxBytes: 1024 });
      expect(facts.error).toBe('response larger than 1024 bytes');
      await closed(response!);
    });

    it('accepts a body of exactly maxBytes', async () => {
      const server = await startServer((_, res) => res.end(METRICS));
      const facts = await probe(server.url(), {
        maxBytes: Buffer.byteLength(METRICS),
      });
      expect(facts).toMatchObject({ prometheus_valid: true, error: null });
    });

    it('rejects a body one byte over maxBytes', async () => {
      const server = await startServer((_, res) => res.end(METRICS));
      const facts = await probe(server.url(), {
        maxBytes: Buffer.byteLength(METRICS) - 1,
      });
      expect(facts.error).toBe(
        `response larger than ${Buffer.byteLength(METRICS) - 1} bytes`,
      );
    });
  });

  describe('private addresses', () => {
    it.each([
      ['an IP literal', '127.0.0.1', '127.0.0.1'],
      ['a hostname resolving to loopback', 'localhost', '127.0.0.1'],
    ])(
      'refuses %s unless allowPrivateAddresses is set',
      async (_, host, address) => {
        const server = await startServer();
        const facts = await probe(server.url('/metrics', host), {
          allowPrivateAddresses: false,
        });
        expect(facts).toEqual({
          reachable: false,
          status: null,
          prometheus_valid: false,
          samples: 0,
          error: `address ${address} is loopback; ${PRIVATE_HINT}`,
          duration_ms: expect.any(Number),
        });
        expect(server.connections).toBe(0);
        expect(server.requests).toEqual([]);
      },
    );

    it.each(['127.0.0.1', 'localhost'])(
      'probes %s when allowPrivateAddresses is set',
      async host => {
        const server = await startServer();
        const facts = await probe(server.url('/metrics', host), {
          allowPrivateAddresses: true,
        });
        expect(facts).toMatchObject({
          reachable: true,
          status: 200,
          prometheus_valid: true,
          samples: 3,
          error: null,
        });
        expect(server.requests).toEqual(['/metrics']);
      },
    );

    it.each([
      ['http://10.0.0.5/metrics', '10.0.0.5', 'private'],
      ['http://192.168.1.10/metrics', '192.168.1.10', 'private'],
      ['http://169.254.169.254/latest', '169.254.169.254', 'link-local'],
      ['http://0.0.0.0:9100/metrics', '0.0.0.0', 'unspecified'],
      ['http://[::1]/metrics', '::1', 'loopback'],
      ['http://[fd00::1]/metrics', 'fd00::1', 'unique-local'],
      ['http://[::ffff:127.0.0.1]/metrics', '::ffff:7f00:1', 'loopback'],
      // WHATWG URL parsing turns these spellings into 127.0.0.1.
      ['http://2130706433/metrics', '127.0.0.1', 'loopback'],
      ['http://0x7f.1/metrics', '127.0.0.1', 'loopback'],
    ])('refuses the literal in %s before connecting', async (url, ip, why) => {
      const lookup = jest.spyOn(dns, 'lookup');
      const hostname = new URL(url).hostname.replace(/^\[|\]$/g, '');
      const facts = await probe(url, {
        allowedHosts: [hostname],
        allowPrivateAddresses: false,
        timeoutMs: 60000,
      });
      expect(facts.error).toBe(`address ${ip} is ${why}; ${PRIVATE_HINT}`);
      expect(lookup).not.toHaveBeenCalled();
    });

    describe('a hostname resolving to a private address', () => {
      const name = 'metrics.internal.test';

      it('is checked on the address used to connect, resolved once', async () => {
        const server = await startServer();
        const lookup = fakeDns({ [name]: ['127.0.0.1'] });
        const facts = await probe(server.url('/metrics', name), {
          allowedHosts: [name],
          allowPrivateAddresses: false,
        });
        expect(facts.error).toBe(
          `address 127.0.0.1 is loopback; ${PRIVATE_HINT}`,
        );
        expect(lookup).toHaveBeenCalledTimes(1);
        expect(server.connections).toBe(0);
      });

      it('connects when private addresses are allowed', async () => {
        const server = await startServer();
        const lookup = fakeDns({ [name]: ['127.0.0.1'] });
        const facts = await probe(server.url('/metrics', name), {
          allowedHosts: [name],
          allowPrivateAddresses: true,
        });
        expect(facts).toMatchObject({ prometheus_valid: true, error: null });
        expect(lookup).toHaveBeenCalledTimes(1);
        expect(server.hosts).toEqual([`${name}:${server.port}`]);
      });

      it('is refused if any of its addresses is private', async () => {
        const server = await startServer();
        fakeDns({ [name]: ['93.184.215.14', '127.0.0.1'] });
        const facts = await probe(server.url('/metrics', name), {
          allowedHosts: [name],
          allowPrivateAddresses: false,
        });
        expect(facts.error).toBe(
          `address 127.0.0.1 is loopback; ${PRIVATE_HINT}`,
        );
        expect(server.connections).toBe(0);
      });
    });

    it('guards https requests the same way', async () => {
      const server = await startServer();
      const facts = await probe(`https://localhost:${server.port}/metrics`, {
        allowPrivateAddresses: false,
      });
      expect(facts.error).toBe(
        `address 127.0.0.1 is loopback; ${PRIVATE_HINT}`,
      );
      expect(server.connections).toBe(0);
    });
  });

  describe('nonPublicAddressReason', () => {
    it.each([
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['10.0.0.5', 'private'],
      ['172.16.0.1', 'private'],
      ['172.31.255.254', 'private'],
      ['192.168.0.1', 'private'],
      ['169.254.169.254', 'link-local'],
      ['100.64.0.1', 'carrier-grade NAT'],
      ['0.0.0.0', 'unspecified'],
      ['::', 'unspecified'],
      ['::1', 'loopback'],
      ['fe80::1', 'link-local'],
      ['fe80::1%eth0', 'link-local'],
      ['fc00::1', 'unique-local'],
      ['fd12:3456::1', 'unique-local'],
      ['::ffff:10.1.2.3', 'private'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['224.0.0.1', 'reserved (multicast)'],
      ['255.255.255.255', 'reserved (broadcast)'],
      ['192.0.2.1', 'reserved (reserved)'],
      ['64:ff9b::7f00:1', 'reserved (rfc6052)'],
      ['not an address', 'unparseable'],
    ])('classifies %s as %s', (address, reason) => {
      expect(nonPublicAddressReason(address)).toBe(reason);
    });

    it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888'])(
      'treats %s as public',
      address => {
        expect(nonPublicAddressReason(address)).toBeUndefined();
      },
    );
  });

  describe('URLs', () => {
    it.each([
      'ftp://127.0.0.1/metrics',
      'file:///etc/passwd',
      'gopher://127.0.0.1:70/',
      'ws://127.0.0.1/metrics',
      'mailto:ops@example.org',
      'data:text/plain,up%201',
    ])('only probes http and https, not %s', async url => {
      const facts = await probe(url);
      expect(facts).toMatchObject({
        reachable: false,
        status: null,
        error: 'only http and https URLs are probed',
      });
    });

    it.each(['', 'not a url', '/metrics', 'http://', 'http://[::1/metrics'])(
      'reports %p as an invalid URL',
      async url => {
        expect((await probe(url)).error).toBe('invalid URL');
      },
    );
  });

  describe('failures are facts, never errors', () => {
    it('reports a refused connection', async () => {
      const server = createServer();
      const port = await listen(server);
      await cleanups.pop()!();

      expect(await probe(`http://127.0.0.1:${port}/metrics`)).toEqual({
        reachable: false,
        status: null,
        prometheus_valid: false,
        samples: 0,
        error: 'connection refused',
        duration_ms: expect.any(Number),
      });
    });

    it('reports a name that does not resolve', async () => {
      fakeDns({ 'nowhere.test': [] });
      const facts = await probe('http://nowhere.test/metrics', {
        allowedHosts: ['nowhere.test'],
      });
      expect(facts).toMatchObject({
        reachable: false,
        status: null,
        error: 'host nowhere.test not found',
      });
    });

    it('logs failures at debug level with the entity', async () => {
      const debug = jest.spyOn(logger, 'debug');
      await probe('ftp://127.0.0.1/metrics');
      expect(debug).toHaveBeenCalledWith(
        'http-probe of component:default/ledger failed: only http and https URLs are probed',
      );
    });

    it('reports a connection the server drops', async () => {
      const server = await startServer(req => req.socket.destroy());
      expect(await probe(server.url())).toMatchObject({
        reachable: false,
        error: 'connection reset',
      });
    });

    it('reports a response cut short', async () => {
      const server = await startServer((_, res) => {
        res.writeHead(200, { 'content-length': 1000 });
        res.write('up 1\n', () => res.socket?.destroy());
      });
      expect(await probe(server.url())).toMatchObject({
        reachable: true,
        status: 200,
        prometheus_valid: false,
        error: 'connection reset',
      });
    });

    it('reports a server that does not speak HTTP', async () => {
      let socketClosed: Promise<void> | undefined;
      const server = createNetServer((socket: Socket) => {
        socketClosed = new Promise(resolve => socket.on('close', resolve));
        socket.resume(); // to notice the probe hanging up
        socket.write('SSH-2.0-OpenSSH_9.6\r\n\r\n');
      });
      const port = await listen(server);
      expect(await probe(`http://127.0.0.1:${port}/metrics`)).toMatchObject({
        reachable: false,
        error: 'invalid HTTP response',
      });
      // The probe closed its side; the server kept its side open.
      await socketClosed;
    });

    it('reports a TLS failure', async () => {
      const server = await startServer();
      const facts = await probe(`https://127.0.0.1:${server.port}/metrics`);
      expect(facts).toMatchObject({ reachable: false, status: null });
      expect(facts.error).toBe('TLS handshake failed');
    });

    it('reports an already aborted signal without a request', async () => {
      const server = await startServer();
      const facts = await probe(server.url(), {}, AbortSignal.abort());
      expect(facts).toMatchObject({ reachable: false, error: 'aborted' });
      expect(server.connections).toBe(0);
    });

    it('stops when the signal aborts mid-request', async () => {
      const server = await startServer(() => {
        // Never respond.
      });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      const facts = await probe(
        server.url(),
        { timeoutMs: 20000 },
        controller.signal,
      );
      expect(facts).toMatchObject({ reachable: false, error: 'aborted' });
      expect(Date.now() - started).toBeLessThan(1500);
    });

    it('never rejects, even for a malformed entity', async () => {
      const odd = entity('http://127.0.0.1/metrics');
      (odd.metadata.annotations as Record<string, unknown>)[
        ANNOTATION_METRICS_URL
      ] = 42;
      const result = await provider().getFacts(odd, {});
      expect(result?.facts).toMatchObject({
        reachable: false,
        error: 'invalid URL',
      });
    });
  });
});

// Last, so it sees every probe above.
it('left no unhandled rejections behind', async () => {
  await new Promise(resolve => setImmediate(resolve));
  expect(unhandled).toEqual([]);
});
