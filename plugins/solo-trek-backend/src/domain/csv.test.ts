import { longTailCsv, teamAdoptionCsv } from './csv';

describe('csv', () => {
  it('writes a header row and quotes fields that need it', () => {
    const csv = teamAdoptionCsv([
      {
        team: 'group:default/a',
        title: 'Search, "Discovery" & more',
        total: 3,
        stages: {
          'not-started': 1,
          planning: 0,
          'in-progress': 0,
          migrated: 2,
          decommissioned: 0,
          retired: 0,
        },
        done: 2,
        compliantDone: 1,
        adoption: 2 / 3,
        compliantAdoption: 1 / 3,
      },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'team,title,services,not_started,planning,in_progress,migrated,decommissioned,retired,done,compliant_done,adoption_percent,compliant_adoption_percent',
    );
    expect(lines[1]).toBe(
      'group:default/a,"Search, ""Discovery"" & more",3,1,0,0,2,0,0,2,1,66.7,33.3',
    );
  });

  it('exports the long tail with multi-line titles kept in one field', () => {
    const csv = longTailCsv([
      {
        entityRef: 'component:default/x',
        title: 'two\nlines',
        owner: 'group:default/a',
        stage: 'planning',
        daysIdle: 90,
        lastChange: '2026-08-01T00:00:00.000Z',
        criticality: 'high',
        complexity: 'low',
        track: 'solo-trek',
        stranded: false,
      },
    ]);
    expect(csv).toContain('"two\nlines"');
    expect(csv.split('\r\n')[0]).toBe(
      'entity_ref,title,owner,owner_title,stage,days_idle,last_change,criticality,complexity,track,stranded',
    );
  });
});
