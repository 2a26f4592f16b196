import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { nimbusConfig, service } from '../__testUtils__/fixtures';
import { startSoloTrekBackend } from '../__testUtils__/testBackend';

jest.setTimeout(30_000);

const ada = mockCredentials.user.header('user:default/ada'); // payments: owns ledger
const bob = mockCredentials.user.header('user:default/bob'); // search: owns nothing here
const pat = mockCredentials.user.header('user:default/pat'); // platform team
const ci = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:ci-pipeline'),
  targetPluginId: 'solo-trek',
});
const rogue = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:someone-else'),
  targetPluginId: 'solo-trek',
});

const entities = [
  service('ledger', {
    annotations: {
      'prometheus.io/scrape': 'true',
      'solo-trek.io/stage': 'planning',
    },
    labels: { 'cost-center': 'cc-1234' },
  }),
  service('search-api', { owner: 'group:default/search' }),
  service('live-one', { annotations: { 'nimbus.io/cluster': 'eu-1' } }),
  service('jewel', {
    labels: { tier: 'tier-0' },
    dependsOn: [
      'component:default/a',
      'component:default/b',
      'component:default/c',
      'component:default/d',
    ],
  }),
  service('web-ui', { type: 'website' }),
];

const base = '/api/solo-trek/migrations/nimbus/entities/component/default';

describe('router', () => {
  let server: any;
  let auditor: ReturnType<typeof mockServices.auditor.mock>;

  beforeEach(async () => {
    auditor = mockServices.auditor.mock();
    ({ server } = await startSoloTrekBackend({
      entities,
      soloTrek: nimbusConfig,
      extraFeatures: [auditor.factory],
    }));
  });

  describe('reads', () => {
    it('lists migrations with window and Creed', async () => {
      const res = await request(server)
        .get('/api/solo-trek/migrations')
        .set('authorization', bob);
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0]).toMatchObject({
        id: 'nimbus',
        window: { start: '2026-01-01', sunset: '2027-12-31' },
        liveWhen: 'annotation nimbus.io/cluster exists',
      });
      expect(res.body.items[0].creed.map((c: any) => c.id)).toEqual([
        'prometheus-metrics',
        'cost-center',
        'encryption-at-rest',
      ]);
    });

    it('sends the card as res.json would, gzipped in one piece when asked', async () => {
      const plain = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', bob)
        .set('accept-encoding', 'identity');
      const gzipped = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', bob)
        .set('accept-encoding', 'gzip, deflate, br');
      expect(plain.status).toBe(200);
      expect(plain.headers['content-type']).toBe(
        'application/json; charset=utf-8',
      );
      expect(plain.text).toBe(JSON.stringify(plain.body));
      expect(Buffer.byteLength(plain.text)).toBeGreaterThan(1024);
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      // One piece: a length, not a chunked stream.
      expect(Number(gzipped.headers['content-length'])).toBeLessThan(
        Buffer.byteLength(plain.text),
      );
      expect(gzipped.headers['transfer-encoding']).toBeUndefined();
      expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
      expect(gzipped.body).toEqual(plain.body);
      expect(gzipped.headers.etag).toBe(plain.headers.etag);
      const notModified = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', bob)
        .set('if-none-match', plain.headers.etag);
      expect(notModified.status).toBe(304);
    });

    it('returns the card of an in-scope entity to any signed-in user', async () => {
      const res = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', bob);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entityRef: 'component:default/ledger',
        owner: 'group:default/payments',
        stage: 'planning',
        stageSource: 'annotation',
        live: false,
        track: 'solo-trek',
        compliance: { passed: 2, failed: 1, waived: 0, unknown: 0, total: 3 },
      });
      expect(res.body.checks.map((c: any) => [c.id, c.status])).toEqual([
        ['prometheus-metrics', 'pass'],
        ['cost-center', 'pass'],
        ['encryption-at-rest', 'fail'],
      ]);
      expect(typeof res.body.daysToSunset).toBe('number');
      expect(res.body.history).toHaveLength(1);
    });

    it('puts crown jewels on the caravan and live services at migrated', async () => {
      const jewel = await request(server)
        .get(`${base}/jewel`)
        .set('authorization', ada);
      expect(jewel.body).toMatchObject({
        track: 'caravan',
        quadrant: { criticality: 'high', complexity: 'high' },
      });
      const live = await request(server)
        .get(`${base}/live-one`)
        .set('authorization', ada);
      expect(live.body).toMatchObject({
        stage: 'migrated',
        stageSource: 'live',
        live: true,
      });
    });

    it('answers 404 with a clear message out of scope, for unknown entities and migrations', async () => {
      const outOfScope = await request(server)
        .get(`${base}/web-ui`)
        .set('authorization', ada);
      expect(outOfScope.status).toBe(404);
      expect(outOfScope.body.error.message).toBe(
        'component:default/web-ui is not in the scope of migration "nimbus" (kind=Component, spec.type=service)',
      );
      const missing = await request(server)
        .get(`${base}/nope`)
        .set('authorization', ada);
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toBe(
        'No catalog entity component:default/nope',
      );
      const migration = await request(server)
        .get('/api/solo-trek/migrations/kube/entities/component/default/ledger')
        .set('authorization', ada);
      expect(migration.status).toBe(404);
      expect(migration.body.error.message).toContain(
        'No migration "kube"; configured migrations: nimbus',
      );
    });

    it('answers 401 without credentials, except for health', async () => {
      // The test backend treats a missing header as a user; this header means "none".
      const none = mockCredentials.none.header();
      const get = (path: string) =>
        request(server).get(path).set('authorization', none);
      expect((await get('/api/solo-trek/migrations')).status).toBe(401);
      expect((await get(`${base}/ledger`)).status).toBe(401);
      const post = await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', none)
        .send({ stage: 'migrated' });
      expect(post.status).toBe(401);
      expect((await get('/api/solo-trek/health')).status).toBe(200);
    });
  });

  describe('stage updates', () => {
    it('lets an owner move the stage, recorded in the history and audited', async () => {
      const res = await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', ada)
        .send({ stage: 'in-progress', note: 'cut-over rehearsal done' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        stage: 'in-progress',
        stageSource: 'api',
      });
      expect(res.body.history[0]).toMatchObject({
        fromStage: 'planning',
        toStage: 'in-progress',
        source: 'api',
        actor: 'user:default/ada',
        note: 'cut-over rehearsal done',
      });
      const again = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', bob);
      expect(again.body.stage).toBe('in-progress');
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'stage-update',
          meta: expect.objectContaining({
            entityRef: 'component:default/ledger',
            stage: 'in-progress',
          }),
        }),
      );
    });

    it('refuses a non-owner with 403 and writes nothing', async () => {
      const res = await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', bob)
        .send({ stage: 'migrated' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'user:default/bob may not update the stage of component:default/ledger; only its owners can',
      );
      const card = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', ada);
      expect(card.body.stage).toBe('planning');
      expect(card.body.history).toHaveLength(1);
    });

    it('needs a note to move backwards', async () => {
      const res = await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', ada)
        .send({ stage: 'not-started' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Moving component:default/ledger back from planning to not-started needs a note saying why',
      );
      const withNote = await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', ada)
        .send({ stage: 'not-started', note: 'paused for the audit' });
      expect(withNote.status).toBe(200);
      expect(withNote.body.history).toHaveLength(2);
    });

    it('records no change when the same stage is reported again', async () => {
      const send = () =>
        request(server)
          .post(`${base}/search-api/stage`)
          .set('authorization', ci)
          .send({ stage: 'planning' });
      expect((await send()).body.history).toHaveLength(2);
      const again = await send();
      expect(again.status).toBe(200);
      expect(again.body.history).toHaveLength(2);
    });

    it('refuses to move a live service below migrated with 409', async () => {
      const res = await request(server)
        .post(`${base}/live-one/stage`)
        .set('authorization', ada)
        .send({ stage: 'planning', note: 'oops' });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain(
        'so its stage is at least migrated',
      );
    });

    it('validates the body against the OpenAPI schema', async () => {
      const unknownStage = await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', ada)
        .send({ stage: 'done' });
      expect(unknownStage.status).toBe(400);
      expect(unknownStage.body.error.message).toMatch(
        /stage must be equal to one of the allowed values/,
      );
      const extra = await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', ada)
        .send({ stage: 'migrated', by: 'me' });
      expect(extra.status).toBe(400);
      const longNote = await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', ada)
        .send({ stage: 'migrated', note: 'x'.repeat(2001) });
      expect(longNote.status).toBe(400);
    });

    it('lets listed CI pipelines report stages and refuses other services', async () => {
      const res = await request(server)
        .post(`${base}/search-api/stage`)
        .set('authorization', ci)
        .send({ stage: 'in-progress' });
      expect(res.status).toBe(200);
      expect(res.body.history[0].actor).toBe('external:ci-pipeline');
      const refused = await request(server)
        .post(`${base}/search-api/stage`)
        .set('authorization', rogue)
        .send({ stage: 'migrated' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain(
        'list it under soloTrek.stageReporters',
      );
    });
  });

  describe('waivers', () => {
    const future = new Date(Date.now() + 30 * 86400_000)
      .toISOString()
      .slice(0, 10);

    it('lets the platform team waive a waivable item, which then counts as waived', async () => {
      const res = await request(server)
        .post(`${base}/ledger/waivers`)
        .set('authorization', pat)
        .send({
          creedId: 'encryption-at-rest',
          reason: 'HSM rollout in Q1',
          expiresAt: future,
        });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        creedId: 'encryption-at-rest',
        createdBy: 'user:default/pat',
      });
      const card = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', ada);
      expect(card.body.checks[2]).toMatchObject({
        status: 'waived',
        waiver: { id: res.body.id },
      });
      expect(card.body.compliance.waived).toBe(1);

      const removed = await request(server)
        .delete(`${base}/ledger/waivers/${res.body.id}`)
        .set('authorization', pat);
      expect(removed.status).toBe(204);
      const after = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', ada);
      expect(after.body.checks[2].status).toBe('fail');
      const gone = await request(server)
        .delete(`${base}/ledger/waivers/${res.body.id}`)
        .set('authorization', pat);
      expect(gone.status).toBe(404);
    });

    it('refuses owners, non-waivable items, unknown items and bad dates', async () => {
      const send = (auth: string, body: object) =>
        request(server)
          .post(`${base}/ledger/waivers`)
          .set('authorization', auth)
          .send(body);
      const byOwner = await send(ada, {
        creedId: 'encryption-at-rest',
        reason: 'please',
        expiresAt: future,
      });
      expect(byOwner.status).toBe(403);
      const must = await send(pat, {
        creedId: 'cost-center',
        reason: 'later',
        expiresAt: future,
      });
      expect(must.status).toBe(409);
      expect(must.body.error.message).toBe(
        'Creed item "cost-center" is a must item and cannot be waived',
      );
      const unknown = await send(pat, {
        creedId: 'nope',
        reason: 'later',
        expiresAt: future,
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain('has no Creed item "nope"');
      const past = await send(pat, {
        creedId: 'encryption-at-rest',
        reason: 'later',
        expiresAt: '2020-01-01',
      });
      expect(past.status).toBe(400);
      expect(past.body.error.message).toContain('is in the past');
      const far = await send(pat, {
        creedId: 'encryption-at-rest',
        reason: 'later',
        expiresAt: '2099-01-01',
      });
      expect(far.status).toBe(400);
      expect(far.body.error.message).toContain('waivers last at most 180 days');
      const noReason = await send(pat, {
        creedId: 'encryption-at-rest',
        expiresAt: future,
      });
      expect(noReason.status).toBe(400);
      const ciWaiver = await send(ci, {
        creedId: 'encryption-at-rest',
        reason: 'auto',
        expiresAt: future,
      });
      expect(ciWaiver.status).toBe(403);
    });
  });

  describe('waves and refresh', () => {
    it('lets the platform team put a caravan service in a wave', async () => {
      const res = await request(server)
        .put(`${base}/jewel/wave`)
        .set('authorization', pat)
        .send({ wave: 'wave-2' });
      expect(res.status).toBe(200);
      expect(res.body.wave).toBe('wave-2');
      const soloTrek = await request(server)
        .put(`${base}/ledger/wave`)
        .set('authorization', pat)
        .send({ wave: 'wave-2' });
      expect(soloTrek.status).toBe(409);
      const byOwner = await request(server)
        .put(`${base}/jewel/wave`)
        .set('authorization', ada)
        .send({ wave: 'wave-1' });
      expect(byOwner.status).toBe(403);
    });

    it('re-evaluates one entity on request of its owner', async () => {
      const res = await request(server)
        .post(`${base}/ledger/refresh`)
        .set('authorization', ada);
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe('component:default/ledger');
      expect(Date.parse(res.body.evaluatedAt)).toBeGreaterThan(
        Date.now() - 60_000,
      );
    });

    it('refuses refreshes to people who neither own the service nor run the platform', async () => {
      const res = await request(server)
        .post(`${base}/ledger/refresh`)
        .set('authorization', bob);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('only its owners and');
      const unlisted = await request(server)
        .post(`${base}/ledger/refresh`)
        .set('authorization', rogue);
      expect(unlisted.status).toBe(403);
      expect(unlisted.body.error.message).toContain('soloTrek.stageReporters');
    });

    it('lets one refresh per entity through per cooldown, and says when to retry', async () => {
      const first = await request(server)
        .post(`${base}/search-api/refresh`)
        .set('authorization', pat);
      expect(first.status).toBe(200);
      const again = await request(server)
        .post(`${base}/search-api/refresh`)
        .set('authorization', ci);
      expect(again.status).toBe(429);
      const retryAfter = Number(again.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(again.body.error.message).toMatch(/try again in \d+ s/);
      // Another entity is not held back.
      const other = await request(server)
        .post(`${base}/ledger/refresh`)
        .set('authorization', pat);
      expect(other.status).toBe(200);
    });
  });

  describe('aggregates', () => {
    const api = '/api/solo-trek/migrations/nimbus';

    async function seed() {
      // Evaluate every service once, as a scan would.
      for (const name of ['ledger', 'search-api', 'live-one', 'jewel']) {
        await request(server).get(`${base}/${name}`).set('authorization', ada);
      }
    }

    it('reports adoption with breakdowns, Creed stats and a forecast', async () => {
      await seed();
      const res = await request(server)
        .get(`${api}/adoption`)
        .set('authorization', bob);
      expect(res.status).toBe(200);
      expect(res.body.totals).toMatchObject({
        total: 4,
        done: 1,
        adoption: 0.25,
      });
      expect(res.body.teamCount).toBe(2);
      // The per-team rows come a page at a time from their own route.
      expect(res.body.byTeam).toBeUndefined();
      expect(res.body.byTrack.map((t: any) => [t.track, t.total])).toEqual([
        ['solo-trek', 3],
        ['caravan', 1],
      ]);
      expect(
        res.body.creed.find((c: any) => c.id === 'prometheus-metrics'),
      ).toMatchObject({ pass: 1, fail: 3 });
      // A first scan is no history: nothing is projected from one day.
      expect(res.body.forecast).toMatchObject({
        status: 'not-enough-data',
        projectedCompletion: null,
        minWeeks: 3,
      });
    });

    it('pages, sorts and searches the per-team breakdown', async () => {
      await seed();
      const teams = (query: string) =>
        request(server)
          .get(`${api}/adoption/teams${query}`)
          .set('authorization', bob);
      const all = await teams('');
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({
        migrationId: 'nimbus',
        total: 2,
        offset: 0,
      });
      // Furthest along first by default: payments has 1 of 3 done, search 0 of 1.
      expect(all.body.items.map((t: any) => [t.team, t.total, t.done])).toEqual(
        [
          ['group:default/payments', 3, 1],
          ['group:default/search', 1, 0],
        ],
      );
      const behind = await teams('?order=asc&limit=1');
      expect(behind.body.total).toBe(2);
      expect(behind.body.items.map((t: any) => t.team)).toEqual([
        'group:default/search',
      ]);
      const second = await teams('?sort=total&order=desc&limit=1&offset=1');
      expect(second.body.offset).toBe(1);
      expect(second.body.items.map((t: any) => t.team)).toEqual([
        'group:default/search',
      ]);
      const found = await teams('?q=SEAR');
      expect(found.body.total).toBe(1);
      expect(found.body.items[0].team).toBe('group:default/search');
      const beyond = await teams('?offset=5');
      expect(beyond.body).toMatchObject({ total: 2, items: [] });

      const sort = await teams('?sort=speed');
      expect(sort.status).toBe(400);
      expect(sort.body.error.message).toMatch(/sort must be equal to one of/);
      for (const limit of ['0', '5000']) {
        const bad = await teams(`?limit=${limit}`);
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toBe(
          `limit must be between 1 and 1000, got ${limit}`,
        );
      }
      const long = await teams(`?q=${'x'.repeat(101)}`);
      expect(long.status).toBe(400);
      expect(long.body.error.message).toMatch(/q must NOT have more than 100/);
    });

    it('pages the leaderboard and pins the teams asked for', async () => {
      await seed();
      const board = (query: string) =>
        request(server)
          .get(`${api}/leaderboard${query}`)
          .set('authorization', ada);
      const full = await board('');
      expect(full.body).toMatchObject({ total: 2, offset: 0, pinned: [] });
      const [first, second] = full.body.entries;
      expect([first.rank, second.rank]).toEqual([1, 2]);

      const top = await board(`?limit=1&team=${second.team}`);
      expect(top.status).toBe(200);
      expect(top.body.total).toBe(2);
      expect(top.body.entries).toEqual([first]);
      // The viewer's team, beyond the page, with its real rank.
      expect(top.body.pinned).toEqual([second]);

      // Short refs read as groups; several teams; an unknown team is left out.
      const short = await board(
        `?limit=1&offset=1&team=${
          second.team.split('/')[1]
        }&team=${encodeURIComponent('group:default/nobody')}`,
      );
      expect(short.body.entries).toEqual([second]);
      expect(short.body.pinned).toEqual([second]);

      // A search keeps the overall rank.
      const searched = await board(`?q=${encodeURIComponent(second.title)}`);
      expect(searched.body.total).toBe(1);
      expect(searched.body.entries).toEqual([second]);

      const user = await board('?team=user:default/ada');
      expect(user.status).toBe(400);
      expect(user.body.error.message).toBe(
        'team "user:default/ada" must be a group, not a user',
      );
      const many = await board(
        `?${Array.from({ length: 21 }, (_, i) => `team=t${i}`).join('&')}`,
      );
      expect(many.status).toBe(400);
      expect(many.body.error.message).toMatch(
        /team must NOT have more than 20/,
      );
      const limit = await board('?limit=0');
      expect(limit.status).toBe(400);
      expect(limit.body.error.message).toBe(
        'limit must be between 1 and 1000, got 0',
      );
    });

    it('answers the same after a stage change, with the change counted', async () => {
      await seed();
      const before = await request(server)
        .get(`${api}/adoption`)
        .set('authorization', ada);
      await request(server)
        .post(`${base}/ledger/stage`)
        .set('authorization', ada)
        .send({ stage: 'retired' });
      const after = await request(server)
        .get(`${api}/adoption`)
        .set('authorization', ada);
      expect(after.body.totals.done).toBe(before.body.totals.done + 1);
      const board = await request(server)
        .get(`${api}/leaderboard`)
        .set('authorization', ada);
      expect(
        board.body.entries.find((e: any) => e.team === 'group:default/payments')
          .migrated,
      ).toBe(2);
    });

    it('serves cached documents as res.json would: type, ETag and 304', async () => {
      await seed();
      const sizes: number[] = [];
      for (const path of ['adoption', 'leaderboard', 'adoption/teams']) {
        const first = await request(server)
          .get(`${api}/${path}`)
          .set('authorization', bob);
        const again = await request(server)
          .get(`${api}/${path}`)
          .set('authorization', bob);
        expect(first.status).toBe(200);
        expect(first.headers['content-type']).toBe(
          'application/json; charset=utf-8',
        );
        expect(first.headers.etag).toMatch(/^W\/"/);
        expect(again.headers.etag).toBe(first.headers.etag);
        expect(again.text).toBe(first.text);
        expect(first.text).toBe(JSON.stringify(first.body));
        const notModified = await request(server)
          .get(`${api}/${path}`)
          .set('authorization', bob)
          .set('if-none-match', first.headers.etag);
        expect(notModified.status).toBe(304);
        // Gzipped once for clients that take it, the same document either way.
        const plain = await request(server)
          .get(`${api}/${path}`)
          .set('authorization', bob)
          .set('accept-encoding', 'identity');
        const gzipped = await request(server)
          .get(`${api}/${path}`)
          .set('authorization', bob)
          .set('accept-encoding', 'gzip');
        expect(plain.headers['content-encoding']).toBeUndefined();
        // Like the compression middleware: bodies under 1 kB stay as they are.
        expect(gzipped.headers['content-encoding']).toBe(
          Buffer.byteLength(plain.text) >= 1024 ? 'gzip' : undefined,
        );
        expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
        expect(gzipped.text).toBe(plain.text);
        expect(gzipped.headers.etag).toBe(plain.headers.etag);
        sizes.push(Buffer.byteLength(plain.text));
      }
      // The adoption report is large enough to be gzipped.
      expect(sizes[0]).toBeGreaterThanOrEqual(1024);
    });

    it('shows a new waiver on the card at once, and its removal', async () => {
      await seed();
      const before = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', bob);
      expect(before.body.waivers).toEqual([]);
      const expiresAt = new Date(Date.now() + 7 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const created = await request(server)
        .post(`${base}/ledger/waivers`)
        .set('authorization', pat)
        .send({
          creedId: 'encryption-at-rest',
          reason: 'vendor fix',
          expiresAt,
        });
      expect(created.status).toBe(201);
      const waived = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', bob);
      expect(waived.body.waivers.map((w: any) => w.id)).toEqual([
        created.body.id,
      ]);
      await request(server)
        .delete(`${base}/ledger/waivers/${created.body.id}`)
        .set('authorization', pat)
        .expect(204);
      const after = await request(server)
        .get(`${base}/ledger`)
        .set('authorization', bob);
      expect(after.body.waivers).toEqual([]);
    });

    it('exports adoption per team and the long tail as CSV', async () => {
      await seed();
      const adoption = await request(server)
        .get(`${api}/adoption?format=csv`)
        .set('authorization', ada);
      expect(adoption.status).toBe(200);
      expect(adoption.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(adoption.headers['content-disposition']).toBe(
        'attachment; filename="nimbus-adoption-by-team.csv"',
      );
      const lines = adoption.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toMatch(/^team,title,services,/);
      expect(lines).toHaveLength(4); // header, two teams, trailing newline
      const tail = await request(server)
        .get(`${api}/long-tail?format=csv`)
        .set('authorization', ada);
      expect(tail.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
        'entity_ref,title,owner,owner_title,stage,days_idle,last_change,criticality,complexity,track,stranded,rolled_back_at',
      );
    });

    it('lists the long tail riskiest first and validates paging', async () => {
      await seed();
      const res = await request(server)
        .get(`${api}/long-tail`)
        .set('authorization', ada);
      expect(res.status).toBe(200);
      // Both are critical (production lifecycle); search-api has been idle longer.
      expect(res.body.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/search-api',
        'component:default/jewel',
      ]);
      expect(res.body.items[1]).toMatchObject({
        criticality: 'high',
        stage: 'not-started',
        stranded: false,
      });
      expect(res.body).toMatchObject({ total: 2, offset: 0 });
      expect(res.body.quadrants).toEqual([
        { criticality: 'high', complexity: 'high', total: 1 },
        { criticality: 'high', complexity: 'low', total: 1 },
        { criticality: 'low', complexity: 'high', total: 0 },
        { criticality: 'low', complexity: 'low', total: 0 },
      ]);
      const bad = await request(server)
        .get(`${api}/long-tail?limit=abc`)
        .set('authorization', ada);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/limit/);
    });

    it('filters the long tail by quadrant on the server, and pages it', async () => {
      await seed();
      const tail = (query: string) =>
        request(server)
          .get(`${api}/long-tail${query}`)
          .set('authorization', ada);
      const jewels = await tail('?criticality=high&complexity=high');
      expect(jewels.body.total).toBe(1);
      expect(jewels.body.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/jewel',
      ]);
      // The quadrant counts describe the whole long tail, not the filter.
      expect(
        jewels.body.quadrants.reduce((n: number, q: any) => n + q.total, 0),
      ).toBe(2);
      const none = await tail('?criticality=low');
      expect(none.body).toMatchObject({ total: 0, items: [] });
      const second = await tail('?limit=1&offset=1');
      expect(second.body).toMatchObject({ total: 2, offset: 1 });
      expect(second.body.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/jewel',
      ]);
      const csv = await tail('?format=csv&complexity=high');
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^component:default\/jewel,/);
      // Pages are kept per results version: a stage change shows at once.
      const before = await tail('');
      expect(before.body.items.map((i: any) => i.entityRef)).toContain(
        'component:default/search-api',
      );
      await request(server)
        .post(`${base}/search-api/stage`)
        .set('authorization', bob)
        .send({ stage: 'planning' })
        .expect(200);
      const after = await tail('');
      expect(after.body.total).toBe(before.body.total - 1);
      expect(after.body.items.map((i: any) => i.entityRef)).not.toContain(
        'component:default/search-api',
      );
      const bad = await tail('?criticality=medium');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(
        /criticality must be equal to one of the allowed values: low, high/,
      );
    });

    it('ranks teams and refuses an unknown period', async () => {
      await seed();
      const res = await request(server)
        .get(`${api}/leaderboard?period=month`)
        .set('authorization', ada);
      expect(res.status).toBe(200);
      expect(res.body.period).toBe('month');
      expect(res.body.entries.map((e: any) => e.rank)).toEqual([1, 2]);
      const bad = await request(server)
        .get(`${api}/leaderboard?period=weekly`)
        .set('authorization', ada);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(
        /period must be equal to one of the allowed values: all, month/,
      );
    });

    it('takes one hero nomination per person per month', async () => {
      const nominate = (auth: string, nominee: string) =>
        request(server)
          .post(`${api}/heroes/nominations`)
          .set('authorization', auth)
          .send({ nominee, reason: 'moved the payment rails' });
      expect((await nominate(bob, 'group:default/payments')).status).toBe(404); // not in this catalog
      // Peers choose: not oneself, not one's own team (ada is in payments).
      const self = await nominate(ada, 'user:default/ada');
      expect(self.status).toBe(400);
      expect(self.body.error.message).toMatch(/cannot nominate yourself/);
      const ownTeam = await nominate(ada, 'group:default/payments');
      expect(ownTeam.status).toBe(400);
      expect(ownTeam.body.error.message).toMatch(
        /cannot nominate your own team group:default\/payments/,
      );
      expect((await nominate(ada, 'component:default/ledger')).status).toBe(
        400,
      );
      const ci2 = await request(server)
        .post(`${api}/heroes/nominations`)
        .set('authorization', ci)
        .send({
          nominee: 'group:default/payments',
          reason: 'bots do not vote',
        });
      expect(ci2.status).toBe(403);
      const future = await request(server)
        .get(`${api}/heroes?month=2999-01`)
        .set('authorization', bob);
      expect(future.status).toBe(400);
      expect(future.body.error.message).toMatch(/has not begun/);
      const malformed = await request(server)
        .get(`${api}/heroes?month=2026-13`)
        .set('authorization', bob);
      expect(malformed.status).toBe(400);
    });

    it("lists a team's services", async () => {
      await seed();
      const res = await request(server)
        .get(`${api}/teams/default/payments/services`)
        .set('authorization', bob);
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/jewel',
        'component:default/ledger',
        'component:default/live-one',
      ]);
      expect(res.body.items[1]).toMatchObject({
        stage: 'planning',
        passed: 2,
        failed: 1,
        total: 3,
      });
    });
  });
});
