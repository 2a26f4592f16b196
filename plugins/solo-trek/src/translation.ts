import {
  createTranslationRef,
  TranslationFunction,
  TranslationRef,
  useTranslationRef,
} from '@backstage/core-plugin-api/alpha';

/**
 * The words of the Solo Trek components in English, the default messages of
 * {@link soloTrekTranslationRef}, so an organisation can translate or rename
 * them. Messages are nested by component; `{{name}}` is filled in by the
 * component (numbers come formatted, with their separators), and keys ending
 * in `_one`/`_other` are the singular and plural of one message, chosen by
 * `count`.
 *
 * @alpha
 */
export const soloTrekMessages = {
  formDialog: {
    cancel: 'Cancel',
    current: ' (current)',
    saving: 'Saving…',
  },
  errorState: {
    retry: 'Try again',
    forbiddenTitle: "You don't have access to this",
    unreachableTitle: "Can't reach Solo Trek",
    unreachableDescription:
      'The Solo Trek backend did not answer. It may be restarting; try again in a moment.',
  },
  serviceTable: {
    service: 'Service',
    owner: 'Owner',
    noOwner: 'No owner',
    track: 'Track',
  },
  searchField: {
    searchTeams: 'Search teams',
  },
  chartFigure: {
    showTable: 'Show data table',
    hideTable: 'Hide data table',
  },
  waiverForm: {
    creedItem: 'Creed item',
    creedProblem: 'Choose the item to waive.',
    reason: 'Reason',
    expiryProblem: 'Pick a date after today.',
  },
  addWaiverDialog: {
    title: 'Add a waiver',
    description:
      "A waiver lets a service miss a {{should}} item of the Creed for a limited time, with a written reason. Must items can't be waived.",
    should: 'should',
    submit: 'Add waiver',
    busy: 'Saving…',
    creedHelp: 'Only waivable items that fail or are unknown.',
    reasonProblem: 'Say why the service may skip this item for now.',
    reasonHelp: 'Visible to everyone who opens the service.',
    expiryLabel: 'Expires on',
    expiryHelp: 'The waiver stops counting at the end of this day (UTC).',
  },
  requestWaiverDialog: {
    title: 'Request a waiver',
    description:
      "Ask the platform team to let this service miss a {{should}} item of the Creed for a while. They approve it (perhaps for a shorter time) or say why not; you are notified either way. Must items can't be waived.",
    should: 'should',
    submit: 'Send request',
    busy: 'Sending…',
    creedHelp:
      'Waivable items that fail or are unknown, without a pending request.',
    reasonProblem: 'Say why the service needs more time for this item.',
    reasonHelp:
      'The platform team reads it; once granted, everyone who opens the service does.',
    expiryLabel: 'Needed until',
    expiryHelp: 'The waiver would stop counting at the end of this day (UTC).',
  },
  decideWaiverRequestDialog: {
    approveTitle: 'Approve the waiver',
    denyTitle: 'Deny the waiver',
    description:
      '{{requestedBy}} asks to waive {{creed}} on {{service}} until {{until}}: “{{reason}}”',
    approve: 'Approve',
    deny: 'Deny',
    waivedUntil: 'Waived until',
    expiryAfterAsked: 'At most {{date}}, the date asked for.',
    expiryHelp:
      'The date asked for, or earlier. The waiver stops counting at the end of this day (UTC).',
    note: 'Note (optional)',
    reason: 'Reason',
    reasonProblem: 'Say why, so the owner knows what to do instead.',
    approveHelp: 'Sent to the requester with the approval.',
    denyHelp: 'Sent to the requester and shown on the service.',
  },
  changeTrackDialog: {
    title: 'Decide the track',
    description:
      "Switching a service's workflow mid-migration is disruptive, so a track changes only by a recorded decision. Choosing the current track records that the drift was reviewed and the track kept.",
    keep: 'Keep track',
    change: 'Change track',
    track: 'Track',
    why: 'Why',
    whyProblem: 'Say why, in at least 3 characters: it goes into the history.',
    whyHelp: "Kept in the track history, visible to the service's team.",
  },
  updateStageDialog: {
    title: 'Update stage',
    description: '{{migration}}: the current stage is {{stage}}.',
    submit: 'Save stage',
    newStage: 'New stage',
    liveConflict:
      "The catalog shows this service live on {{platform}}, so its stage can't go below Migrated.",
    rollback:
      'This is a rollback: the service leaves {{platform}}. It is recorded with who moved it back, why, and the go-live date it undoes, so the team can learn from it.',
    noteRollback: 'Why did it roll back? (required)',
    noteBackward: 'Note (required when moving back)',
    note: 'Note',
    noteProblem: 'Moving back needs a note, so the history explains itself.',
    noteHelp: 'Shown in the stage history.',
    postMortem: 'Post-mortem link (optional)',
    postMortemProblem: 'Give an http or https link, or leave it empty.',
    postMortemHelp: 'A blameless post-mortem, for everyone to learn from.',
    updated: 'Stage updated to {{stage}}',
  },
  waveDialog: {
    planTitle: 'Plan a wave',
    changeTitle: 'Change {{wave}}',
    description:
      'Caravan services move together in waves, ordered by dependency and risk. A wave is late once its planned end has passed with services still to move.',
    save: 'Save wave',
    plan: 'Plan wave',
    title: 'Title',
    titleProblem: 'Give the wave a title.',
    id: 'Id',
    idProblem: 'Use lowercase letters, digits and dashes, such as wave-3.',
    idHelp: 'How services and the API name the wave; it never changes.',
    order: 'Order',
    orderProblem: 'A whole number, 0 or more.',
    orderHelp: 'Waves move in this order; equal orders move together.',
    start: 'Planned start',
    startProblem: 'Pick the day the wave starts.',
    end: 'Planned end',
    endProblem: 'Pick the day it should be done, on or after the start.',
    status: 'Status',
  },
  addToWaveDialog: {
    title: 'Add a service to {{wave}}',
    description:
      'Caravan services not done and in no wave. Solo Trek services move on their own.',
    none: 'Every Caravan service is in a wave or done.',
    submit: 'Add to wave',
    busy: 'Adding…',
    service: 'Service',
    serviceProblem: 'Choose the service to add.',
  },
  decommissionTailTable: {
    liveSince: 'Live since',
    daysOnBoth: 'Days on both platforms',
    daysOnBothTooltip:
      'Live on the new platform while the old deployment still runs',
    section: 'Decommission tail',
    summary:
      'migrated more than {{days}} days ago and still running on the old platform',
    summaryLoading: 'services in the decommission tail',
    title: 'Decommission tail ({{total}})',
    subtitle:
      'Done on paper, still paid for: switch off the old deployment and set the stage to decommissioned. The longest-running first.',
    empty:
      'No decommission tail: every service migrated long enough ago has switched off its old deployment.',
  },
  trackDriftTable: {
    pinned: 'Pinned',
    pinnedTooltip: 'Since {{date}}, by {{by}}',
    pinnedTooltipFirst: 'Since {{date}}, at the first evaluation',
    quadrantSays: '{{pinned}} → quadrant says {{computed}}',
    why: 'Why',
    decided: 'Decided',
    decidedBy: '{{when}} by {{by}}',
    title: 'Track drift ({{total}})',
    subtitle:
      "The quadrant now gives another track than the pinned one. The track changes only when the platform team decides, on the service's Migration tab.",
    empty: "No drift: every service's quadrant still gives its pinned track.",
  },
  migrationStatus: {
    noWave: 'No wave yet',
    noWaveTooltip:
      'Caravan services move in waves; the platform team has not placed this one yet.',
    waveTooltip:
      'The centrally planned wave this service moves in: {{done}} of {{total}} services done.',
    unknownWave: 'Wave {{wave}} (not in the plan)',
    unknownWaveTooltip:
      'solo-trek.io/wave names {{wave}}, which the wave plan does not have.',
    liveTooltip: 'The catalog shows this service running on {{platform}}.',
    notLiveTooltip:
      "The catalog doesn't show this service on {{platform}} yet.",
    live: 'Live on {{platform}}',
    notLive: 'Not live on {{platform}}',
    stage: 'Stage: {{stage}}',
    updateStage: 'Update stage',
    changed: 'changed {{when}}',
    stale: 'The last scan failed, so these results come from an earlier one.',
  },
  sunsetCountdown: {
    done: 'Done before the sunset on {{date}}',
    soon: 'Soon: {{days}} ({{date}})',
    urgent: 'Urgent: {{days}} ({{date}})',
    calm: '{{days}} ({{date}})',
  },
  nextReminder: {
    tooltip:
      'On {{date}}, the owners get a Backstage notification (topic {{topic}}), which they can mute in their notification settings.',
    tomorrow: 'Next reminder tomorrow: {{title}}',
    inDays: 'Next reminder in {{days}} days: {{title}}',
  },
  entitySoloTrekCard: {
    title: 'Migration',
    subheader: '{{migration}} ({{from}} → {{to}})',
  },
  creedChecklist: {
    passed: '{{passed}} of {{total}} pass',
    failing: '{{n}} failing',
    waived: '{{n}} waived',
    unknown: '{{n}} unknown',
    mustFailing_one: '{{n}} must item failing',
    mustFailing_other: '{{n}} must items failing',
    mustTooltip: 'Must: every service meets this; it is never waived.',
    shouldTooltip: 'Should: expected, but a time-limited waiver is possible.',
    must: 'Must',
    should: 'Should',
    waivedUntil: 'Waived until {{date}}: {{reason}}',
    checked: 'Checked',
    title: "Pilgrim's Creed",
    empty: 'This migration has no Creed items.',
    list: 'Creed checks',
  },
  stageStepper: {
    retired: 'Retired',
    retiredDone: '{{description}} It counts as done.',
    label: 'Migration stages',
    current: ' (current stage)',
  },
  trackDetails: {
    drift: 'Track drift: the quadrant now says {{track}}',
    why: 'Why this quadrant?',
  },
  trackContractPanel: {
    caravanPlan: 'The Caravan plan',
    selfServiceDocs: 'Self-service docs',
    supportChannel: 'Support channel',
    officeHours: 'Office hours: {{hours}}',
    liaison: 'Liaison: {{liaison}}',
    section: 'Your track',
    why: 'Why:',
    dashboard: "See the migration's dashboard",
    caravanTitle:
      'The Caravan: a planned wave, with the platform team alongside',
    soloTitle: 'The {{track}}: self-service, at your own pace',
    noSupport: "The platform team has not described this track's support yet.",
  },
  entitySoloTrekContent: {
    lastEvaluated: 'Last evaluated',
    stageHistory: 'Stage history',
  },
  refreshButton: {
    done: 'Re-evaluated just now',
    failed: 'Could not re-evaluate: {{error}}',
    busy: 'Re-evaluating…',
    refresh: 'Re-evaluate now',
  },
  trackCard: {
    title: 'Track',
    decide: 'Decide the track',
    decisions: 'Decisions',
    decisionList: 'Track decisions',
    decision: '{{decision}}, {{date}}',
    kept: 'Track kept; the decision is recorded',
    changed: 'Track changed; the decision is recorded',
  },
  waveCard: {
    moved: 'Moved to {{wave}}',
    removed: 'Removed from its wave',
    title: 'Caravan wave',
    movesIn:
      'This service moves in {{wave}} ({{dates}}, {{status}}): {{done}} of {{total}} services done.',
    unknownWave:
      'solo-trek.io/wave names {{wave}}, which is not in the wave plan.',
    noWave: 'This service is not in a wave yet.',
    caravanExplained:
      'Caravan services move together in centrally planned waves, with the platform team alongside.',
    wave: 'Wave',
    none: 'No wave',
    notInPlan: '{{wave}} (not in the plan)',
    save: 'Save wave',
  },
  stageHistoryTimeline: {
    sourceLive: 'The catalog showed it live on the new platform',
    sourceAnnotation: 'From the solo-trek.io/stage annotation',
    sourceApiBy: 'Updated by {{actor}}',
    sourceApi: 'Updated through the API',
    sourceDefault: 'First seen by Solo Trek',
    empty: 'No stage changes recorded yet.',
    label: 'Stage history',
    rollback: 'Rollback',
    movedBackBy: 'Moved back by {{actor}}',
    hadGoneLive: 'Had gone live {{date}}. ',
    postMortem: 'Post-mortem',
    noPostMortem: 'No post-mortem linked.',
  },
  creedEvidence: {
    checked: 'checked',
    waivedUntil: 'Waived until {{date}} by {{by}}: {{reason}}',
    noEvidence: 'No evidence recorded for this check.',
    caption: 'Evidence for {{check}}',
    rule: 'Rule',
    actual: 'Actual value',
    outcome: 'Outcome',
    title: 'Creed evidence',
    subheader: 'Each rule in words, the value Solo Trek read and the outcome',
  },
  waiversCard: {
    added: 'Waiver added for {{creed}}',
    removed: 'Waiver removed for {{creed}}',
    request: 'Request a waiver',
    requestUnavailable:
      'No waivable Creed item is failing or unknown without a pending request.',
    add: 'Add waiver',
    addUnavailable: 'No waivable Creed item is failing or unknown right now.',
    title: 'Waivers',
    empty: 'No active waivers. Every Creed item counts as it is evaluated.',
    list: 'Active waivers',
    expires: 'Expires {{date}} ({{when}})',
    grantedBy: 'Granted by {{by}} {{when}}',
    remove: 'Remove waiver',
    removeFor: 'Remove waiver for {{creed}}',
    requests: 'Waiver requests',
    removeTitle: 'Remove waiver?',
    removeDescription: '{{creed}} will count as evaluated again, starting now.',
  },
  waiverRequestList: {
    status: {
      pending: 'Pending',
      approved: 'Approved',
      denied: 'Denied',
      withdrawn: 'Withdrawn',
    },
    approvedBy: 'Approved by {{by}} until {{date}}',
    approvedByWithNote: 'Approved by {{by}} until {{date}}: {{note}}',
    deniedBy: 'Denied by {{by}}: {{note}}',
    withdrawnBy: 'Withdrawn by {{by}}',
    askedBy: 'Asked by {{by}} {{when}}, until {{date}}',
    owner: ' · owner {{owner}}',
    approve: 'Approve',
    deny: 'Deny',
    approveLabel: 'Approve the waiver of {{creed}} on {{service}}',
    denyLabel: 'Deny the waiver of {{creed}} on {{service}}',
    withdraw: 'Withdraw',
  },
  waiverRequestsQueue: {
    shown: 'Waiver requests shown',
    pending: 'Pending',
    all: 'All',
    emptyPending:
      'No waiver requests waiting. Owners ask from their service’s migration card.',
    empty: 'No waiver requests yet.',
    pendingList: 'Pending waiver requests',
    list: 'Waiver requests',
    pages: 'Waiver request pages',
    title: 'Waiver requests',
    waiting: '{{total}} waiting for the platform team',
    subheader:
      'Owners ask for time on a should item; the platform team decides',
  },
  checkWaiverRequest: {
    askedUntil: '{{by}} asked until {{date}}: {{reason}}',
    pending: 'Waiver requested, pending',
    deniedBy: 'Waiver denied by {{by}}: {{note}}',
    request: 'Request a waiver',
    requestLabel: 'Request a waiver of {{creed}}',
  },
  waiverRequestNotices: {
    approved: 'Waiver of {{creed}} approved',
    denied: 'Waiver of {{creed}} denied',
    withdrawn: 'Request for {{creed}} withdrawn',
    requested: 'Waiver of {{creed}} requested; the platform team will decide',
  },
  leaderboard: {
    cardTitle: 'Migration leaderboard',
    noMigrationsTitle: 'No migrations configured',
    noMigrationsDescription:
      'Add a migration under soloTrek.migrations in the app config.',
    caption: '{{migration}} leaderboard, {{period}}',
    periodMonth: 'this month',
    periodAll: 'all time',
    emptyTitle: 'No teams on the leaderboard yet',
    emptyMonth: 'No team has moved a service this month. Yet.',
    emptyAll: 'Teams appear here as soon as they own services in scope.',
    period: 'Leaderboard period',
    allTime: 'All time',
    thisMonth: 'This month',
    heroUnavailable: 'The Migration Hero is unavailable: {{error}}',
    loading: 'Loading leaderboard',
    pages: 'Leaderboard pages',
    countingFrom: 'Counting from {{date}}.',
    scoring:
      "Click a score to see why. Scores include a prior of {{prior}} services at the organisation's mean ({{mean}}), so small teams are not ranked on one service alone.",
  },
  leaderboardTable: {
    yourTeam: 'Your team',
    yourTeamHidden: '(your team)',
    whyScore: 'Why this score?',
    whyScoreLabel: '{{score}}: why {{team}} has this score',
    migratedLabel: '{{team}}: {{migrated}} of {{total}} services migrated',
    rank: 'Rank',
    team: 'Team and badges',
    score: 'Score',
    migrated: 'Migrated',
    elsewhere_one: 'Your team, elsewhere in the ranking:',
    elsewhere_other: 'Your teams, elsewhere in the ranking:',
  },
  heroOfTheMonth: {
    section: 'Migration Hero',
    hero: 'Migration Hero of {{month}}: {{hero}} ({{nominations}})',
    nominations_one: '{{n}} nomination',
    nominations_other: '{{n}} nominations',
    noHero: 'No Migration Hero for {{month}}: nobody was nominated.',
    soFar: '{{month}} so far: {{hero}} leads with {{nominations}}.',
    noNominations: 'No nominations for {{month}} yet.',
    closes: 'Nominations close at the end of the month ({{timeZone}}).',
    mine: 'You nominated {{nominee}} this month.',
    onceAMonth: 'You can nominate once a month.',
    nominateTooltip:
      'Nominate a team or person (not yourself or your own team)',
    nominated: 'Nominated',
    nominate: 'Nominate a hero',
  },
  hallOfHeroes: {
    title: 'Hall of heroes',
    hero: '{{month}}: {{hero}} ({{nominations}})',
    showFewer: 'Show fewer',
    showAll: 'Show all {{n}} heroes',
  },
  rankChange: {
    new: 'New on the leaderboard',
    same: 'No change since the previous period',
    up_one: 'Up {{count}} place since the previous period',
    up_other: 'Up {{count}} places since the previous period',
    down_one: 'Down {{count}} place since the previous period',
    down_other: 'Down {{count}} places since the previous period',
  },
  nominateHeroDialog: {
    searchFailed:
      'The catalog search failed ({{error}}); type a ref such as user:default/jane.',
    searchHelp:
      'Search teams and people by name, or type a ref such as user:default/jane.',
    searching: 'Searching the catalog…',
    nominating: 'Nominating {{ref}}',
    thanks: 'Thanks! Your nomination is in.',
    title: 'Nominate a Migration Hero',
    description:
      'Who made the migration easier for everyone in {{month}}? You can nominate one team or person a month, but not yourself or your own team: peers choose the hero.',
    alreadyNominated:
      'You have already nominated someone this month. Thanks! You can nominate again next month.',
    submit: 'Nominate',
    teams: 'Teams',
    people: 'People',
    nominee: 'Nominee',
    why: 'Why?',
    whyProblem: 'Say what they did; it is shown with the hero.',
    whyHelp:
      'A short reason, shown with the hero of the month ({{length}}/{{max}}).',
    nomineeMissing: 'Pick a team or type a user.',
    nomineeKind: 'Nominate a team (group) or a person (user).',
    nomineeRef:
      'Use an entity ref such as user:default/jane or group:default/payments.',
  },
  soloTrekPage: {
    stale:
      'The last scan failed{{error}}; these figures come from the last good one{{finished}}.',
    staleError: ' ({{error}})',
    staleFinished: ', finished {{when}}',
    nothingInScope: 'Nothing in scope yet',
    nothingInScopeDescription:
      "No catalog entity matches this migration's scope, or the first scan has not finished.",
    adoptionOverTime: 'Adoption over time',
    adoptionOverTimeSubheader:
      'Services done and compliant, the forecast and the pace needed before the sunset',
    segmentation: 'Segmentation',
    segmentationSubheader:
      'Criticality × complexity. Pick a quadrant to see its long tail.',
    stagesByTeam: 'Stages by team',
    adoptionPerTrack: 'Adoption per track',
    creedFailures: 'Creed failures',
    creedFailuresSubheader: "Which items of the Pilgrim's Creed fail most",
    generated: 'Figures generated {{date}}.',
    noMigrationsTitle: 'No migrations configured',
    noMigrationsDescription:
      "Add a migration under soloTrek.migrations in app-config.yaml; see the backend plugin's README.",
    support:
      "Adoption is the share of in-scope services that are done (migrated, decommissioned or retired). Compliant adoption also needs every must item of the Pilgrim's Creed to pass.",
    title: 'Solo Trek',
    subtitle: '{{from}} → {{to}}: adoption, forecast and the long tail',
    subtitleNone: "The platform team's migration dashboard",
    window: 'Window',
    lastScan: 'Last scan',
    notYet: 'Not yet',
  },
  kpiTiles: {
    complete: 'Every service in scope is done.',
    needed: '{{reason}} {{rate}} a week are needed to finish by the sunset.',
    projected:
      'Projected to finish {{date}}, between {{earliest}} and {{latest}} ({{confidence}} interval), at a net {{net}} a week; finishing by the sunset needs {{required}} a week ({{remaining}} left, pace from the last {{weeks}} weeks).',
    noDateInSight: 'no date in sight',
    adoption: 'Adoption',
    adoptionDetail: '{{done}} of {{total}} services done, across {{teams}}',
    teams_one: '{{n}} team',
    teams_other: '{{n}} teams',
    compliantAdoption: 'Compliant adoption',
    compliantDetail: '{{done}} of {{total}} done and passing every must item',
    daysToSunset: 'Days to sunset',
    passed: 'Passed',
    sunsetDetail: '{{days}}: {{date}}',
    forecast: 'Forecast',
  },
  longTailTable: {
    stage: 'Stage',
    daysIdle: 'Days idle',
    lastChange: 'Last change {{date}}',
    quadrant: 'Quadrant',
    stranded: 'Stranded',
    atRisk: 'At risk',
    afterSunset:
      'The sunset has passed: every service not yet moved is stranded.',
    idle: 'Not done, and no stage change for {{days}} days or more.',
    order:
      'Riskiest first: critical services, then those never started, then the longest idle. Services rolled back and not moved since are listed at once, marked apart from never-started ones.',
    quadrantFilter: 'Quadrant: {{name}} ({{label}})',
    title: 'Long tail ({{total}})',
    titleOf: 'Long tail ({{total}} of {{whole}})',
    emptyQuadrant: 'No service in this quadrant is in the long tail.',
    empty: 'No service is in the long tail. Every team is moving.',
  },
  trackProgressTiles: {
    forecast: 'Forecast: {{status}}. {{detail}}',
    soloAdoption: 'Solo Trek adoption',
    soloDetail: '{{done}} of {{services}} done, moved by their own teams',
    soloServices_one: '{{n}} Solo Trek service',
    soloServices_other: '{{n}} Solo Trek services',
    projected: 'Projected {{date}} at {{rate}} a week.',
    needed: '{{rate}} a week are needed to finish by the sunset.',
    caravanCompletion: 'Caravan wave completion',
    wavesDone: '{{done}} of {{total}}',
    caravanDetail:
      'waves done; {{onSchedule}} on schedule, {{late}} late{{rolledBack}}{{unplaced}}',
    rolledBack: ', {{n}} rolled back',
    unplaced: '; {{services}} in no wave',
    caravanServices_one: '{{n}} Caravan service',
    caravanServices_other: '{{n}} Caravan services',
    planEnds: ' The plan ends {{date}}.',
  },
  rollbacksCard: {
    perMonth: 'Rollbacks per month',
    month: 'Month',
    rollbacks: 'Rollbacks',
    none: 'No service has left the new platform.',
    total_one: '{{n}} rollback since the window opened.',
    total_other: '{{n}} rollbacks since the window opened.',
    latest: 'Latest rollbacks',
    by: ' by {{actor}}',
    noReason: 'No reason given.',
    hadGoneLive: ' Had gone live {{date}}.',
    pages: 'Rollback pages',
    title: 'Rollbacks',
    subheader:
      'Services that left the new platform, to learn from in blameless post-mortems',
  },
  creedFailuresChart: {
    none: 'No Creed item fails for any service.',
    worst_one:
      'Most failures: {{creed}} ({{severity}}), failing for {{count}} service.',
    worst_other:
      'Most failures: {{creed}} ({{severity}}), failing for {{count}} services.',
    label: 'Stacked bar chart of Creed outcomes per item, sorted by failures',
    caption: 'Creed outcomes per item, most failures first',
    item: 'Creed item',
    severity: 'Severity',
    fail: 'Fail',
    unknown: 'Unknown',
    waived: 'Waived',
    pass: 'Pass',
  },
  csvExportButtons: {
    adoption: 'Adoption by team (CSV)',
    longTail: 'Long tail (CSV)',
    outcomes: 'Outcomes (CSV)',
    decommissionTail: 'Decommission tail (CSV)',
    failed: 'Could not download {{report}}: {{error}}',
  },
  tracksAndWaves: {
    caption: 'Adoption per track',
    group: 'Group',
    done: 'Done',
    adoption: 'Adoption',
    compliant: 'Compliant',
    track: '{{track}} track',
  },
  trackForecasts: {
    label: 'Forecast per track',
    track: 'Track',
    forecast: 'Forecast',
    plausibleFinish: 'Plausible finish',
    pace: 'Net pace a week',
    left: 'Left',
    range: '{{earliest}} – {{latest}}',
  },
  teamStageChart: {
    label: "Stacked bar chart of each team's services by migration stage",
    team: 'Team',
    adoption: 'Adoption',
  },
  wavePlanCard: {
    noMembers: 'No services in this wave yet.',
    warningsOf: 'Dependency warnings of {{wave}}',
    warnings_one:
      '{{n}} dependency warning: these services would move before something they depend on.',
    warnings_other:
      '{{n}} dependency warnings: these services would move before something they depend on.',
    wavesPlanned_one: '{{n}} wave planned;',
    wavesPlanned_other: '{{n}} waves planned;',
    unplaced_one: '{{n}} Caravan service in no wave yet.',
    unplaced_other: '{{n}} Caravan services in no wave yet.',
    allPlaced: 'every Caravan service not done is in a wave.',
    noWaves:
      "No waves yet. Plan the first: the Caravan's crown jewels move in waves, ordered by dependency and risk.",
    table: 'Wave plan',
    order: 'Order',
    wave: 'Wave',
    planned: 'Planned',
    status: 'Status',
    schedule: 'Schedule',
    done: 'Done',
    actions: 'Actions',
    addLabel: 'Add a service to {{wave}}',
    add: 'Add service',
    changeLabel: 'Change {{wave}}',
    change: 'Change',
    deleteLabel: 'Delete {{wave}}',
    delete: 'Delete',
    title: 'Wave plan',
    subheader:
      'Caravan services move in centrally planned waves, ordered by dependency and risk',
    plan: 'Plan a wave',
    saved: '{{wave}} saved',
    plannedNotice: '{{wave}} planned',
    added: '{{service}} added to {{wave}}',
    deleteTitle: 'Delete {{wave}}?',
    deleteDescription_one:
      'Its {{n}} service return to the Caravan services in no wave. The wave is not planned again from the config.',
    deleteDescription_other:
      'Its {{n}} services return to the Caravan services in no wave. The wave is not planned again from the config.',
    deleteSubmit: 'Delete wave',
    deleting: 'Deleting…',
    deleted: '{{wave}} deleted',
  },
  teamStages: {
    sort: {
      behind: 'Furthest behind',
      along: 'Furthest along',
      services: 'Most services',
      name: 'Name',
    },
    phrase: {
      behind: 'furthest behind first',
      along: 'furthest along first',
      services: 'most services first',
      name: 'by name',
    },
    teams_one: '{{n}} team',
    teams_other: '{{n}} teams',
    teamsMatch_one: '{{n}} team matches “{{q}}”',
    teamsMatch_other: '{{n}} teams match “{{q}}”',
    single: '{{teams}}. {{team}}: {{done}} of {{total}} done.',
    sorted: ', {{phrase}}',
    range:
      '{{teams}}{{sorted}}. Showing {{from}}–{{to}}: from {{first}} ({{firstAdoption}} done) to {{last}} ({{lastAdoption}}).',
    noMatch: 'No team matches “{{q}}”.',
    none: 'No team owns a service in scope.',
    caption: 'Services per stage for each team, {{from}}–{{to}} of {{total}}',
    sortLabel: 'Sort teams',
    loading: 'Loading teams',
    pages: 'Team pages',
  },
  segmentationMatrix: {
    label: 'Segmentation: business criticality by migration complexity',
    complexity: '{{level}} complexity',
    criticality: '{{level}} criticality',
    cellLabel:
      '{{name}}: {{label}}, {{total}} services, {{done}} done. {{action}}',
    showing: 'Showing its long tail.',
    show: 'Show its long tail.',
    done: '{{done}} done ({{adoption}})',
    noServices: 'No services',
    atRisk: '{{n}} in the long tail',
  },
  adoptionBurnUpChart: {
    went: 'Adoption went from {{from}} on {{fromDate}} to {{to}} on {{toDate}}',
    is: 'Adoption is {{adoption}} on {{date}}',
    summary:
      '{{adoption}}: {{done}} of {{total}} services done, {{compliant}} compliant. Forecast: {{status}}{{projected}}{{plausible}}; sunset {{sunset}}. {{reason}}',
    projected: ', projected to finish {{date}}',
    plausibly: ' (plausibly {{earliest}} to {{latest}})',
    noHistory: 'No history yet: the first scan writes the first point.',
    caption: 'Adoption per day',
    day: 'Day',
    done: 'Done',
    compliantDone: 'Compliant done',
    inScope: 'In scope',
    adoption: 'Adoption',
    label:
      'Burn-up chart of services done over time, with the forecast and the sunset',
    services: 'Services',
    band: 'Plausible finish ({{confidence}} interval)',
    forecast: 'Forecast ({{rate}}/week net)',
    needed: 'Needed ({{rate}}/week)',
    sunset: 'Sunset',
  },
  entityMigrationTabs: {
    outOfScopeTitle: 'Not part of any migration',
    outOfScopeDescription:
      'This entity is outside the scope of every Solo Trek migration, so it has nothing to move and no Creed to meet.',
    tabs: 'Migrations',
  },
  migrationSelect: {
    label: 'Migration',
  },
  rolledBack: {
    rolledBack: 'Rolled back',
    neverStarted: 'Never started',
    done: 'Done',
    underWay: 'Under way',
    tooltip:
      'Left the new platform {{date}}; its stage history says who moved it back and why.',
    chip: 'Rolled back {{when}}',
  },
  segmentationWhy: {
    sources: {
      annotation: 'set explicitly in catalog-info.yaml',
      signals: 'from the catalog',
      default: 'no signal maps, so the default',
    },
    score: 'score {{score}}, high from {{threshold}}',
    axis: '{{title}}: {{level}} ({{caption}})',
    noSignal: 'No signal found in the catalog.',
    signals: '{{title}} signals',
    signal: 'Signal',
    value: 'Value',
    gives: 'Gives',
    more: ' and {{n}} more',
    criticality: 'Business criticality',
    complexity: 'Migration complexity',
  },
  trackChip: {
    label: '{{track}} track',
  },
  checkRemediation: {
    opens: 'Opens {{template}} for {{entity}}',
    fix: 'Fix with a template',
    howToFix: 'How to fix: {{fix}}',
  },
  teamMigrationCard: {
    allMustPass: 'All must items pass',
    mustFailing: 'Must items failing',
    live: 'Live',
    notLive: 'Not live',
    pass: '{{n}} pass',
    failing: '{{n}} failing',
    waived: '{{n}} waived',
    unknown: '{{n}} unknown',
    creedTooltip: '{{details}}. {{must}}.',
    stage: 'Stage',
    liveOnNew: 'Live on the new platform',
    notLiveYet: 'Not live yet',
    track: 'Track',
    wave: ' · wave {{wave}}',
    noWave: ' · no wave yet',
    creed: 'Creed',
    lastChange: 'Last change',
    progress: 'Progress',
    quadrant: 'Quadrant',
    mustItems: 'Must items',
    noMigrationsTitle: 'No migrations configured',
    noMigrationsDescription:
      'Add a migration under soloTrek.migrations in the app config.',
    noServicesTitle: 'No services to move',
    noServicesDescription:
      '{{team}} owns no services in the scope of {{migration}}.',
    done: '{{done}} services done ({{adoption}}).',
    doneCount: '{{done}} of {{total}}',
    failingMust_one: '{{count}} service fails a must item of the Creed.',
    failingMust_other: '{{count}} services fail a must item of the Creed.',
    allPass: 'Every service passes the must items of the Creed.',
    services: 'Services of {{team}} in {{migration}}',
    title: 'Team migration',
  },
  entityOutcomesStrip: {
    section: 'Before and after the move',
    title: 'Before / after',
    live: 'Live on {{to}} since {{date}}: its last {{days}} days on {{from}} against its latest on {{to}}.',
    notLive: 'Its last {{days}} days on {{from}}.',
    table: 'Before and after',
  },
  pulsePrompt: {
    yours: 'Your pulse: {{score}} of 5 ({{label}}).',
    change: 'Change answer',
    thanks:
      'Thanks: your answer counts in your team’s results, never on its own',
    explained:
      'One question for the service’s owners. Answers are shown per team and overall, never per person.',
    comment: 'Comment (optional)',
    commentHelp: 'Read by the platform team, without your name',
    save: 'Save answer',
    send: 'Send answer',
  },
  outcomesSection: {
    noPointsTitle: 'No outcome points yet',
    noPointsDescription:
      "CI/CD, incident tools and cost exports report deployments, lead time, incidents, latency and cost through POST /api/solo-trek/facts; see the backend plugin's README.",
    explained:
      "Each service's last {{days}} days on {{from}} before its go-live against its latest {{days}} days on {{to}}; medians over services. Counts are per {{rateDays}} days. {{services}} report outcomes.",
    services_one: '{{n}} service',
    services_other: '{{n}} services',
    aroundGoLive: 'Around go-live',
    aroundGoLiveSubheader:
      "Each metric by week, aligned on each service's go-live (day 0)",
    byTrackAndTeam: 'By track and team',
    satisfaction: 'Developer satisfaction',
    satisfactionSubheader:
      '“{{question}}”, asked {{days}} days after go-live; shown per team and overall, never per person',
    computed: 'Outcomes computed {{date}}.',
    title: 'Outcomes: before and after the move',
  },
  perspectiveTiles: {
    services_one: '{{n}} service',
    services_other: '{{n}} services',
    answers_one: '{{n}} answer',
    answers_other: '{{n}} answers',
    side: '{{platform}} · {{services}}',
    pairedTooltip:
      'Medians of the {{services}} with numbers on both platforms: {{before}} before, {{after}} after.',
    paired: 'for {{services}} with both: {{better}} better, {{worse}} worse',
    noneBoth: 'No service has numbers on both platforms yet.',
    satisfaction: 'Developer satisfaction',
    question: '“{{question}}” {{days}} days after go-live',
    score: '{{score}} / 5',
    answersAcross: 'Answers across the migration',
    minGroup:
      'Scores show from {{n}} answers, so none can be traced to a person.',
    answersOn: '{{answers}} on {{services}}',
    adoption: 'Platform adoption',
    adoptionDetail: '{{done}} of {{total}} services done',
    outcomes: '{{perspective}} outcomes',
  },
  pulseComments: {
    notAllowed:
      'Comments are read by the platform team; everyone sees the scores per team and overall.',
    none: 'No comments yet.',
    list: 'Pulse comments',
    comment: '“{{comment}}”',
    meta: '{{score}} of 5 ({{label}}) · {{team}} · {{month}}',
    fewAnswers: 'a team with few answers',
    pages: 'Pulse comment pages',
  },
  satisfactionPanel: {
    all: 'All services',
    summary: '{{score}} / 5 from {{answers}} on {{services}}',
    tooFew: '{{answers}}: scores show from {{n}}.',
    answers: 'Answers: {{group}}',
    comments: 'Comments',
  },
  changeText: {
    none: 'no change measured',
    unchanged: 'unchanged',
    better: 'better',
    worse: 'worse',
    change: '{{change}} ({{word}})',
  },
  outcomeBreakdowns: {
    services: 'Services',
    on: 'On {{platform}}',
    withBoth: 'With both',
    change: 'Change (paired)',
    satisfaction: 'Satisfaction',
    score: '{{score}} / 5',
    noMatch: 'No team matches “{{q}}”.',
    noTeams: 'No team to show.',
    byTeamCaption: '{{metric}} and satisfaction by team',
    team: 'Team',
    pages: 'Outcome teams pages',
    metric: 'Metric',
    byTrack: 'By track',
    byTrackCaption: '{{metric}} and satisfaction by track',
    track: 'Track',
    byTeam: 'By team',
  },
  outcomeSeriesCharts: {
    week: 'days {{from}} to {{to}}',
    summary:
      "Weekly medians over services, aligned on each one's go-live: {{before}} in the weeks before, {{after}} after.",
    summaryNone: 'Weekly medians over services, aligned on each one’s go-live.',
    caption: '{{metric}} ({{unit}}) by week from go-live',
    weekHeader: 'Week',
    services: 'Services',
    median: 'Median',
    label: '{{metric}} by week before and after go-live, median over services',
    tooltip: '{{value}} ({{services}} services)',
    goLive: 'Go-live on {{platform}}',
    none: 'No service has reported around its go-live yet.',
  },
  scoreBreakdownDialog: {
    onSchedule: '{{value}}: on schedule (wave planned to end {{date}})',
    late: "{{value}}: after its wave's planned end ({{date}})",
    noWave: '{{value}}: neutral, no planned wave',
    window: '{{value}}: early in the migration window',
    noPrior: "No prior: the score is the team's own, {{score}}.",
    prior:
      "Its {{total}} services alone score {{raw}}. The prior counts {{prior}} more services at the organisation's mean of {{mean}}, so {{score}} ({{effect}}).",
    rank: 'Rank {{rank}}, score {{score}} of 100, {{migrated}} of {{total}} services done{{period}}.',
    thisMonth: ' (this month, from {{date}})',
    formula:
      'points = (1 + {{earliness}} × earliness) × (1 + {{compliance}} × compliance), at most {{max}} a service\nscore = 100 × (Σ points / {{max}} + {{prior}} × mean) / (services + {{prior}})',
    services: 'Services',
    pointsPerService: 'Points per service',
    service: 'Service',
    stage: 'Stage',
    earliness: 'Earliness',
    compliance: 'Compliance',
    points: 'Points',
    waived: ' ({{n}} waived, counted half)',
    pointsOf: '{{points}} of {{max}}',
    notThisMonth: 'not this month',
    hidden_one: '{{count}} more service you may not see in the catalog',
    hidden_other: '{{count}} more services you may not see in the catalog',
    badges: 'Badges',
    noBadges: 'No badges yet.',
    badgesEarned: 'Badges earned',
    badge: '{{badge}}: {{detail}}',
    rule: 'Rule: {{rule}}.',
    title: 'Why {{team}} scores {{score}}',
    close: 'Close',
  },
  pager: {
    range: '{{from}}–{{to}} of {{total}}',
  },
  format: {
    justNow: 'just now',
    notSet: 'not set',
    empty: '(empty)',
  },
  waves: {
    noDates: 'No planned dates yet',
  },
  outcomePerspectives: {
    title: {
      business: 'Business',
      technical: 'Technical',
      financial: 'Financial',
      human: 'Human',
    },
    description: {
      business: 'Time-to-market and outage frequency',
      technical: 'Deployment frequency and performance',
      financial: 'Cloud spend',
      human: 'Developer satisfaction and platform adoption',
    },
    perDays: 'per {{days}} days',
    unitPerDays: '{{unit}} per {{days}} days',
  },
  pulseScores: {
    score1: 'Much worse',
    score2: 'Worse',
    score3: 'About the same',
    score4: 'Better',
    score5: 'Much better',
  },
  labels: {
    stage: {
      'not-started': 'Not started',
      planning: 'Planning',
      'in-progress': 'In progress',
      migrated: 'Migrated',
      decommissioned: 'Decommissioned',
      retired: 'Retired',
    },
    stageDescription: {
      'not-started': 'Nothing has happened yet.',
      planning: 'The team is planning the move.',
      'in-progress': 'The move is under way.',
      migrated: 'Live on the new platform.',
      decommissioned:
        'Live on the new platform; the old deployment is switched off.',
      retired: 'Shut down instead of moved.',
    },
    stageSource: {
      live: 'Set because the catalog shows the service live',
      annotation: 'Reported by the solo-trek.io/stage annotation',
      api: 'Reported in Backstage or by a CI pipeline',
      default: 'No stage reported yet',
    },
    track: {
      'solo-trek': 'Solo Trek',
      caravan: 'Caravan',
    },
    trackDescription: {
      'solo-trek':
        'The team moves this service on its own, whenever it is ready, using the golden-path templates and Terraform modules.',
      caravan:
        'A crown jewel: it moves in a centrally planned wave, with hands-on support from the platform team.',
    },
    trackDecision: {
      annotation: '{{track}} track decided upfront in solo-trek.io/track',
      confirmed: '{{track}} track confirmed by {{actor}}',
      moved: 'Moved to the {{track}} track by {{actor}}',
      firstEvaluation: '{{track}} track pinned at the first evaluation',
      platformTeam: 'the platform team',
    },
    checkStatus: {
      pass: 'Pass',
      fail: 'Fail',
      waived: 'Waived',
      unknown: 'Unknown',
    },
    forecast: {
      'on-track': 'On track',
      'at-risk': 'At risk',
      late: 'Late',
      complete: 'Complete',
      'not-enough-data': 'Not enough data',
    },
    level: {
      low: 'Low',
      high: 'High',
    },
    badge: {
      trailblazer: 'Trailblazer',
      'early-mover': 'Early mover',
      'clean-creed': 'Clean Creed',
      'migration-hero': 'Migration Hero',
    },
    badgeDescription: {
      trailblazer: 'One of the first three teams to move every service.',
      'early-mover':
        'Moved at least half of its services in the first quarter of the window.',
      'clean-creed':
        "Every service live on the new platform passes all of the Pilgrim's Creed must items.",
      'migration-hero':
        "Last month's Migration Hero, or one of its members, chosen by peers.",
    },
    quadrant: {
      crownJewels: 'Crown jewels',
      quickWins: 'Quick wins',
      criticalButSimple: 'Critical but simple',
      complexButLessCritical: 'Complex but less critical',
      axes: '{{criticality}} criticality × {{complexity}} complexity',
    },
    waveStatus: {
      planned: 'Planned',
      active: 'Active',
      done: 'Done',
      'rolled-back': 'Rolled back',
    },
    waveSchedule: {
      'on-schedule': 'On schedule',
      late: 'Late',
      done: 'Done',
      'rolled-back': 'Rolled back',
      unscheduled: 'No dates yet',
    },
    daysToSunset: {
      passed_one: 'Sunset passed {{count}} day ago',
      passed_other: 'Sunset passed {{count}} days ago',
      today: 'Sunset is today',
      left_one: '{{count}} day to sunset',
      left_other: '{{count}} days to sunset',
    },
  },
} as const;

/**
 * The messages of {@link soloTrekTranslationRef} by their flat keys
 * (`'formDialog.cancel': 'Cancel'`), as `createTranslationMessages` takes
 * them: {@link soloTrekMessages} flattened the way `createTranslationRef`
 * flattens it. Named, so that the ref's declared type, and so the API report,
 * does not depend on the order in which the compiler met the keys.
 *
 * @alpha
 */
export type SoloTrekMessages = ReturnType<
  typeof createTranslationRef<
    'solo-trek',
    typeof soloTrekMessages,
    Record<string, never>
  >
>['T'];

/**
 * The words of the Solo Trek components, so an organisation can translate
 * or rename them: see {@link soloTrekMessages} for the keys and their
 * English defaults.
 *
 * @alpha
 */
export const soloTrekTranslationRef: TranslationRef<
  'solo-trek',
  SoloTrekMessages
> = createTranslationRef({
  id: 'solo-trek',
  messages: soloTrekMessages,
});

/** The plugin's translate function, for helpers that build words outside a component. */
export type SoloTrekT = TranslationFunction<typeof soloTrekTranslationRef.T>;

/** The plugin's translate function, `t`. */
export function useSoloTrekT(): SoloTrekT {
  return useTranslationRef(soloTrekTranslationRef).t;
}
