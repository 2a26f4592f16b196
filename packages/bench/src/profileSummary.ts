/*
 * yarn workspace @internal/bench profile-summary FILE.cpuprofile [--top 25]
 *
 * Where a V8 CPU profile's time went (issue 20): self time by function and
 * by where the code lives (the plugin's store, scanner and domain, knex,
 * the database driver, the catalog IPC, JSON, hashing, GC, idle), so the
 * bench README can say what the slowest phase spends its time on.
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A short name for where a frame's code lives. */
export function areaOf(url: string, name: string): string {
  if (!url) {
    if (name === '(idle)') return 'idle (waiting: the database server, IPC)';
    if (name === '(garbage collector)') return 'garbage collector';
    if (name === '(program)') return 'native (V8, the SQLite engine, libuv)';
    return `native: ${name || '(anonymous)'}`;
  }
  const plugin = /plugins\/solo-trek-backend\/src\/([^/]+)(?:\/([^/.]+))?/.exec(
    url,
  );
  if (plugin) return `solo-trek-backend ${plugin[1]}/${plugin[2] ?? ''}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return url;
  const bench = /packages\/bench\/src\/([^/.]+)/.exec(url);
  if (bench) return `bench ${bench[1]}`;
  return url.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '');
}

export function summarise(profile: Profile, top = 25) {
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = profile.endTime - profile.startTime;
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id)!;
    const name = callFrame.functionName || '(anonymous)';
    const file = callFrame.url.replace(/^.*\//, '');
    const key = file ? `${name} (${file}:${callFrame.lineNumber + 1})` : name;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const area = areaOf(callFrame.url, callFrame.functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => ({
        name: k,
        ms: us / 1000,
        share: us / total,
      }));
  return {
    totalMs: total / 1000,
    byArea: rank(byArea),
    byFunction: rank(byFunction),
  };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file)
    throw new Error('usage: profile-summary FILE.cpuprofile [--top N]');
  const topAt = process.argv.indexOf('--top');
  const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 25;
  const s = summarise(JSON.parse(fs.readFileSync(file, 'utf8')), top);
  const line = (r: { name: string; ms: number; share: number }) =>
    `| ${r.name} | ${Math.round(r.ms).toLocaleString('en-US')} | ${(
      r.share * 100
    ).toFixed(1)}% |`;
  process.stdout.write(
    [
      `Profile of ${Math.round(s.totalMs).toLocaleString('en-US')} ms`,
      '',
      '| Where (self time) | ms | share |',
      '| --- | --- | --- |',
      ...s.byArea.map(line),
      '',
      '| Function (self time) | ms | share |',
      '| --- | --- | --- |',
      ...s.byFunction.map(line),
      '',
    ].join('\n'),
  );
}
