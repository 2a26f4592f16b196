import { RefreshGate, TooManyRequestsError } from './RefreshGate';

describe('RefreshGate', () => {
  it('runs one refresh per key per cooldown and tells the rest when to retry', async () => {
    let now = 1_000_000;
    const gate = new RefreshGate(
      { cooldownSeconds: 60, concurrency: 2, queueSize: 2 },
      () => now,
    );
    await expect(gate.run('a', async () => 'done')).resolves.toBe('done');
    now += 20_000;
    const refused = gate.run('a', async () => 'again');
    await expect(refused).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(refused).rejects.toMatchObject({
      statusCode: 429,
      retryAfterSeconds: 40,
    });
    await expect(gate.run('b', async () => 'other')).resolves.toBe('other');
    now += 40_000;
    await expect(gate.run('a', async () => 'later')).resolves.toBe('later');
  });

  it('bounds the queue: beyond concurrency + queueSize waiting refreshes are refused', async () => {
    const gate = new RefreshGate({
      cooldownSeconds: 0,
      concurrency: 1,
      queueSize: 2,
    });
    const releases: Array<() => void> = [];
    const slow = () =>
      new Promise<void>(resolve => {
        releases.push(resolve);
      });
    let ran = 0;
    const accepted = ['a', 'b', 'c'].map(key =>
      gate.run(key, async () => {
        ran++;
        await slow();
      }),
    );
    await Promise.resolve();
    await expect(gate.run('d', async () => undefined)).rejects.toMatchObject({
      statusCode: 429,
    });
    expect(ran).toBe(1);
    // Let them through one by one.
    for (let i = 0; i < 3; i++) {
      while (releases.length <= i) await new Promise(r => setTimeout(r, 1));
      releases[i]();
    }
    await Promise.all(accepted);
    expect(ran).toBe(3);
  });
});
