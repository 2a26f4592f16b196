import {
  createTranslationRef,
  TranslationFunction,
  useTranslationRef,
} from '@backstage/core-plugin-api/alpha';

/**
 * Every word the Solo Trek frontend shows, so an organisation can translate
 * or rename them (see the README's "Translations"). Messages are nested by
 * component; `{{name}}` is filled in by the component (numbers come
 * formatted, with their separators), and keys ending in `_one`/`_other` are
 * the singular and plural of one message, chosen by `count`.
 *
 * @alpha
 */
export const soloTrekTranslationRef = createTranslationRef({
  id: 'solo-trek',
  messages: {
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
      expiryHelp:
        'The waiver would stop counting at the end of this day (UTC).',
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
      whyProblem:
        'Say why, in at least 3 characters: it goes into the history.',
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
  },
});

/** The plugin's translate function, for helpers that build words outside a component. */
export type SoloTrekT = TranslationFunction<typeof soloTrekTranslationRef.T>;

/** The plugin's translate function, `t`. */
export function useSoloTrekT(): SoloTrekT {
  return useTranslationRef(soloTrekTranslationRef).t;
}
