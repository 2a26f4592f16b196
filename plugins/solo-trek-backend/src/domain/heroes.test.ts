import { heroesByMonth } from './heroes';

const n = (
  month: string,
  nominee: string,
  at: string,
  nominator = `user:default/${at}`,
) => ({
  id: at,
  migrationId: 'nimbus',
  month,
  nominator,
  nominee,
  reason: `because ${at}`,
  createdAt: new Date(`${month}-01T${at}:00Z`),
});

describe('heroesByMonth', () => {
  it('picks the most nominated, breaking ties by who was nominated first', () => {
    const winners = heroesByMonth([
      n('2026-11', 'group:default/b', '10:00'),
      n('2026-11', 'group:default/a', '09:00'),
      n('2026-11', 'group:default/b', '11:00'),
      n('2026-10', 'group:default/c', '12:00'),
      n('2026-10', 'group:default/d', '11:00'),
    ]);
    expect(winners.get('2026-11')).toMatchObject({
      nominee: 'group:default/b',
      nominations: 2,
    });
    expect(winners.get('2026-10')).toMatchObject({
      nominee: 'group:default/d',
      nominations: 1,
    });
    expect(winners.get('2026-11')!.reasons).toEqual([
      'because 10:00',
      'because 11:00',
    ]);
  });
});
