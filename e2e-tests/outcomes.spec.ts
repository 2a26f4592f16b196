import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  evidence,
  guestToken,
  signIn,
  visit,
  waitForFullScan,
} from './helpers';

/*
 * Outcomes (issue 18), against the real app, backend, catalog and database,
 * with the demo's six months of outcome points and pulse answers that the
 * backend loads at startup (soloTrek.outcomes.seedFile). The guest is Ada
 * Lovelace of the Platform Team (app-config.e2e.yaml).
 */
const API = 'http://localhost:7007/api/solo-trek/migrations/nimbus';

test.beforeAll(async ({ request }) => {
  // The dev backend restarts when files of the working tree change; a
  // connection refused or reset mid-wait is waited out, not a failure.
  for (let attempt = 1; ; attempt++) {
    try {
      await waitForFullScan(request);
      return;
    } catch (error) {
      if (
        attempt >= 10 ||
        !/ECONN(REFUSED|RESET)|socket hang up/.test(String(error))
      ) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 10_000));
    }
  }
});

test('the platform team opens the outcomes section and exports the CSV', async ({
  page,
  request,
}) => {
  const token = await guestToken(request);
  const report = await (
    await request.get(`${API}/outcomes`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json();
  const deployments = report.overall.metrics.find(
    (m: { metric: string }) => m.metric === 'deployments',
  );
  // The demo's story: deployments up once services are live.
  expect(deployments.paired.services).toBeGreaterThan(0);
  expect(deployments.paired.changePercent).toBeGreaterThan(0);

  await signIn(page);
  await visit(page, '/solo-trek');
  const section = page.getByRole('region', {
    name: 'Outcomes: before and after the move',
  });
  await section.scrollIntoViewIfNeeded();
  await expect(section).toBeVisible({ timeout: 60_000 });

  // One tile per perspective, old platform against new.
  for (const perspective of ['Business', 'Technical', 'Financial', 'Human']) {
    await expect(
      section.getByRole('region', { name: `${perspective} outcomes` }),
    ).toBeVisible();
  }
  const tile = section
    .getByRole('region', { name: 'Technical outcomes' })
    .getByRole('region', { name: 'Deployments' });
  await expect(tile).toContainText(
    `legacy-dc · ${deployments.before.services} services`,
  );
  await expect(tile).toContainText(
    `nimbus · ${deployments.after.services} services`,
  );
  await expect(tile).toContainText('(better)');
  await expect(
    section.getByRole('img', {
      name: 'Deployments by week before and after go-live, median over services',
    }),
  ).toBeVisible();
  await expect(
    section.getByRole('table', {
      name: 'Lead time for changes and satisfaction by track',
    }),
  ).toBeVisible();
  // Ada is of the platform team: she reads the comments, without names.
  const comments = section.getByRole('list', { name: 'Pulse comments' });
  await expect(comments.getByRole('listitem').first()).toBeVisible();
  await expect(comments).not.toContainText('user:default/');
  await section
    .getByRole('region', { name: 'Human outcomes' })
    .scrollIntoViewIfNeeded();
  await evidence(page, 'outcomes-section');

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Outcomes (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('nimbus-outcomes.csv');
  const csv = fs
    .readFileSync((await file.path())!, 'utf8')
    .replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'group_type,group,title,services,metric,perspective,unit,better,services_before,median_before,services_after,median_after,paired_services,paired_median_before,paired_median_after,change_percent,improved,worsened,responses,mean_score,score_1,score_2,score_3,score_4,score_5',
  );
  expect(
    lines.find(
      l => l.startsWith('overall,nimbus,') && l.includes(',deployments,'),
    ),
  ).toContain(`,${deployments.paired.changePercent},`);
  // Overall, both tracks and every team: a metric row each and the pulse.
  const groups = 1 + report.byTrack.length + report.teamCount;
  expect(lines).toHaveLength(1 + groups * (report.metrics.length + 1));
});
