import zlib from 'node:zlib';
import express from 'express';

/**
 * A response body serialised once: the JSON bytes, and the ETag computed on
 * first use, so unchanged documents are not hashed per request.
 */
export interface JsonDocument {
  buffer: Buffer;
  etag?: string;
  /** `buffer` gzipped, made on the first request that accepts gzip. */
  gzip?: Buffer;
}

/**
 * The documents of frozen values. The aggregates freeze what they cache and
 * share (a report, a page), and hand out the same object until the results
 * version or the day changes; so a frozen value is serialised, hashed and
 * gzipped once per version, and its document goes when the value does.
 */
const documents = new WeakMap<object, JsonDocument>();

function serialise(value: unknown): JsonDocument {
  return { buffer: Buffer.from(JSON.stringify(value), 'utf8') };
}

/** The document of a value: kept with the value when it is frozen, fresh otherwise. */
export function jsonDocumentOf(value: unknown): JsonDocument {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) {
    return serialise(value);
  }
  let doc = documents.get(value);
  if (!doc) {
    doc = serialise(value);
    documents.set(value, doc);
  }
  return doc;
}

/**
 * A document sent as res.json would send it (body, Content-Type, ETag, 304
 * when fresh), without serialising or hashing a document that has not
 * changed. Clients that accept gzip get it gzipped in one piece with a
 * Content-Length, once per document rather than once per request, which
 * costs less than the compression middleware's stream (a card is about
 * 5 kB; the middleware leaves encoded responses alone).
 */
function sendDocument(
  req: express.Request,
  res: express.Response,
  doc: JsonDocument,
) {
  const etagFn = req.app.get('etag fn');
  if (etagFn && doc.etag === undefined) doc.etag = etagFn(doc.buffer);
  if (doc.etag) res.set('ETag', doc.etag);
  res.type('application/json');
  res.vary('Accept-Encoding');
  // Like the compression middleware: bodies under 1 kB stay as they are.
  if (doc.buffer.length >= 1024 && req.acceptsEncodings('gzip') === 'gzip') {
    doc.gzip ??= zlib.gzipSync(doc.buffer);
    res.set('Content-Encoding', 'gzip');
    res.send(doc.gzip);
    return;
  }
  res.send(doc.buffer);
}

/** A value as JSON: serialised once if it is frozen (see `documents`). */
export function sendJson(
  req: express.Request,
  res: express.Response,
  value: unknown,
) {
  sendDocument(req, res, jsonDocumentOf(value));
}
