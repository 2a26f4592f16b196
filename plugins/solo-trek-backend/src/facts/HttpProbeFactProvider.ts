import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ANNOTATION_METRICS_URL } from '@internal/plugin-solo-trek-common';
import {
  SoloTrekFactProvider,
  SoloTrekFactResult,
} from '@internal/plugin-solo-trek-node';
import ipaddr from 'ipaddr.js';
import { HttpProbeConfig } from '../config/readSoloTrekConfig';
import { parsePrometheusText } from './prometheusText';

const ALLOW_PRIVATE_KEY = 'soloTrek.httpProbe.allowPrivateAddresses';
const MAX_ERROR_LENGTH = 300;
const EXPECTED_TYPES = /^(text\/plain|application\/openmetrics-text)$/i;

const RANGE_LABELS: Record<string, string> = {
  private: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT',
  unspecified: 'unspecified',
};

/**
 * Why an address is not a public unicast one (e.g. "loopback"), or undefined
 * when it is public. IPv4-mapped IPv6 addresses are judged as IPv4, and every
 * special-purpose range counts as not public, not just RFC 1918.
 */
export function nonPublicAddressReason(address: string): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address.replace(/%.*$/, ''));
  } catch {
    return 'unparseable';
  }
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  return RANGE_LABELS[range] ?? `reserved (${range})`;
}

/** Raised from the guarded DNS lookup so the request never connects. */
class PrivateAddressError extends Error {
  constructor(address: string, reason: string) {
    super(
      `address ${address} is ${reason}; set ${ALLOW_PRIVATE_KEY} to allow it`,
    );
  }
}

/** A failure the probe reports as is. */
class ProbeError extends Error {}

/**
 * Resolves at connect time and refuses non-public addresses, so a DNS answer
 * cannot change between the check and the connection (DNS rebinding).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) {
        callback(err, '');
        return;
      }
      if (!allowPrivate) {
        for (const { address } of addresses) {
          const reason = nonPublicAddressReason(address);
          if (reason) {
            callback(new PrivateAddressError(address, reason), '');
            return;
          }
        }
      }
      if (options.all) {
        callback(null, addresses);
      } else if (addresses.length === 0) {
        callback(
          Object.assign(new Error('no addresses'), { code: 'ENOTFOUND' }),
          '',
        );
      } else {
        callback(null, addresses[0].address, addresses[0].family);
      }
    });
  };
}

function truncate(text: string): string {
  return text.length > MAX_ERROR_LENGTH
    ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`
    : text;
}

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; errors?: unknown[] };
  if (typeof e?.code === 'string') return e.code;
  // Happy-eyeballs connects fail with an AggregateError of per-address errors.
  if (Array.isArray(e?.errors)) return errorCode(e.errors[0]);
  return undefined;
}

function describeError(err: unknown, hostname: string): string {
  if (err instanceof PrivateAddressError || err instanceof ProbeError) {
    return err.message;
  }
  const code = errorCode(err);
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset';
    case 'ENOTFOUND':
      return `host ${hostname} not found`;
    case 'EAI_AGAIN':
      return `DNS lookup for ${hostname} failed`;
    case 'ETIMEDOUT':
      return 'connection timed out';
    case 'EHOSTUNREACH':
      return 'host unreachable';
    case 'ENETUNREACH':
      return 'network unreachable';
    case 'EPROTO':
      // OpenSSL's reason, e.g. a plain HTTP server on an https URL.
      return 'TLS handshake failed';
    default:
  }
  if (code?.startsWith('HPE_')) return 'invalid HTTP response';
  if (
    code &&
    (code.includes('CERT') ||
      code.startsWith('ERR_TLS') ||
      code.startsWith('ERR_SSL'))
  ) {
    return `TLS error (${code})`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return truncate(code ? `${message} (${code})` : message);
}

function refOf(entity: Entity): string {
  try {
    return stringifyEntityRef(entity);
  } catch {
    return String(entity.metadata?.name);
  }
}

/** Strips the IPv6 brackets and the trailing dot of a fully qualified name. */
function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

type ProbeOutcome =
  | { ok: true; status: number; body: Buffer; contentType?: string }
  | { ok: false; status: number | null; error: string };

/**
 * Fetches an entity's `solo-trek.io/metrics-url` and reports whether it serves
 * Prometheus metrics. Built for URLs that service owners control, so it only
 * fetches hosts on `allowedHosts` (hostnames, matched case-insensitively and
 * exactly, on any port), refuses loopback, private and other non-public
 * addresses unless `allowPrivateAddresses` is set, follows no redirects, and
 * caps time and size. Every failure is reported as a fact, never thrown.
 */
export class HttpProbeFactProvider implements SoloTrekFactProvider {
  readonly id = 'http-probe';

  private readonly allowedHosts: Set<string>;

  static fromConfig(
    config: HttpProbeConfig,
    options: { logger: LoggerService },
  ): HttpProbeFactProvider {
    for (const entry of config.allowedHosts) {
      // Such entries can never match, which is easy to miss.
      if (entry.includes('/') || (/:\d*$/.test(entry) && !isIP(entry))) {
        options.logger.warn(
          `soloTrek.httpProbe.allowedHosts entry "${entry}" will never match; give a bare hostname without scheme, port or path`,
        );
      }
    }
    return new HttpProbeFactProvider(config, options.logger);
  }

  private constructor(
    private readonly config: HttpProbeConfig,
    private readonly logger: LoggerService,
  ) {
    this.allowedHosts = new Set(config.allowedHosts.map(normalizeHost));
  }

  appliesTo(entity: Entity): boolean {
    return entity.metadata.annotations?.[ANNOTATION_METRICS_URL] !== undefined;
  }

  async getFacts(
    entity: Entity,
    options: { signal?: AbortSignal },
  ): Promise<SoloTrekFactResult | undefined> {
    const raw = entity.metadata.annotations?.[ANNOTATION_METRICS_URL];
    if (raw === undefined) return undefined;

    const started = performance.now();
    let outcome: ProbeOutcome;
    try {
      outcome = await this.probe(raw, options.signal);
    } catch (err) {
      // probe() settles every known failure; this guards the unknown ones.
      outcome = { ok: false, status: null, error: describeError(err, '') };
    }

    let prometheusValid = false;
    let samples = 0;
    let error: string | null = null;
    if (outcome.ok) {
      const parsed = parseBody(outcome.body);
      prometheusValid = parsed.valid;
      samples = parsed.samples;
      if (parsed.error) {
        // The content type is not required, but it explains most failures.
        const type = outcome.contentType;
        const served = type && !EXPECTED_TYPES.test(type) ? ` (${type})` : '';
        error = truncate(
          `not Prometheus text format${served}: ${parsed.error}`,
        );
      }
    } else {
      error = outcome.error;
      this.logger.debug(`http-probe of ${refOf(entity)} failed: ${error}`);
    }

    return {
      facts: {
        reachable: outcome.status !== null,
        status: outcome.status,
        prometheus_valid: prometheusValid,
        samples,
        error,
        duration_ms: Math.round(performance.now() - started),
      },
      ttlSeconds: this.config.ttlSeconds,
      observedAt: new Date(),
    };
  }

  private probe(raw: string, signal?: AbortSignal): Promise<ProbeOutcome> {
    let url: URL;
    try {
      if (typeof raw !== 'string') throw new TypeError('not a string');
      url = new URL(raw.trim());
    } catch {
      return Promise.resolve({ ok: false, status: null, error: 'invalid URL' });
    }
    const fail = (error: string): Promise<ProbeOutcome> =>
      Promise.resolve({ ok: false, status: null, error });

    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return fail('only http and https URLs are probed');
    }
    const hostname = normalizeHost(url.hostname);
    if (!this.allowedHosts.has(hostname)) {
      return fail(`host ${hostname} is not on soloTrek.httpProbe.allowedHosts`);
    }
    // An IP literal skips the lookup function, so it is checked here.
    if (isIP(hostname) && !this.config.allowPrivateAddresses) {
      const reason = nonPublicAddressReason(hostname);
      if (reason) {
        return fail(new PrivateAddressError(hostname, reason).message);
      }
    }
    if (signal?.aborted) return fail('aborted');

    return new Promise<ProbeOutcome>(resolve => {
      const { timeoutMs, maxBytes } = this.config;
      let status: number | null = null;
      let settled = false;
      let req: ReturnType<typeof httpRequest> | undefined;
      const timer = setTimeout(
        () => failWith(new ProbeError(`timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );
      signal?.addEventListener('abort', onAbort, { once: true });

      function finish(outcome: ProbeOutcome) {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        // Closes the socket, so nothing more is read or buffered.
        req?.destroy();
        resolve(outcome);
      }
      function failWith(err: unknown) {
        finish({ ok: false, status, error: describeError(err, hostname) });
      }
      function onAbort() {
        failWith(new ProbeError('aborted'));
      }

      const onResponse = (res: IncomingMessage) => {
        res.on('error', failWith);
        status = res.statusCode ?? null;
        const code = status ?? 0;
        const location = res.headers.location;
        if (code >= 300 && code < 400 && location) {
          let target = location;
          try {
            const resolved = new URL(location, url);
            // Facts are shown to users; keep credentials out of them.
            resolved.username = '';
            resolved.password = '';
            target = resolved.href;
          } catch {
            // Report the raw header.
          }
          failWith(
            new ProbeError(
              truncate(`redirects are not followed (${code} to ${target})`),
            ),
          );
          return;
        }
        if (code < 200 || code >= 300) {
          failWith(new ProbeError(`HTTP status ${code}`));
          return;
        }
        const tooLarge = () =>
          failWith(new ProbeError(`response larger than ${maxBytes} bytes`));
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          tooLarge();
          return;
        }

        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            tooLarge();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (res.complete) {
            finish({
              ok: true,
              status: code,
              body: Buffer.concat(chunks),
              contentType: res.headers['content-type']?.split(';')[0].trim(),
            });
          } else {
            failWith(new ProbeError('response ended early'));
          }
        });
      };

      try {
        const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
        req = request(url, {
          method: 'GET',
          // No pooled sockets: each probe resolves and checks its address anew.
          agent: false,
          lookup: guardedLookup(this.config.allowPrivateAddresses),
          headers: {
            accept: 'text/plain;version=0.0.4;q=1, */*;q=0.1',
            'accept-encoding': 'identity',
            'user-agent': 'backstage-solo-trek-http-probe',
          },
        });
        req.on('error', failWith);
        req.on('response', onResponse);
        req.end();
      } catch (err) {
        failWith(err);
      }
    });
  }
}

/** Decodes strictly as UTF-8, so binary or compressed bodies are invalid. */
function parseBody(body: Buffer): {
  valid: boolean;
  samples: number;
  error?: string;
} {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { valid: false, samples: 0, error: 'body is not UTF-8 text' };
  }
  return parsePrometheusText(text);
}
