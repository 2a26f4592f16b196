import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  soloTrekEntityRefreshPermission,
  soloTrekOutcomeReportPermission,
  soloTrekPulseAnswerPermission,
  soloTrekPulseCommentsReadPermission,
  soloTrekNudgesPreviewPermission,
  soloTrekStageUpdatePermission,
  soloTrekTrackManagePermission,
  soloTrekWaiverManagePermission,
  soloTrekWaiverRequestPermission,
  soloTrekWaveManagePermission,
} from '@internal/plugin-solo-trek-common';
import { createSoloTrekConditionalDecision, soloTrekConditions } from './rules';

/**
 * The recommended decisions for Solo Trek's permissions, for a permission
 * policy to delegate to; undefined for permissions that are not Solo Trek's.
 * Owners update their services' stage; owners and the platform team refresh
 * a service; owners ask for waivers of their services (the platform team
 * for any); the platform team manages waivers, waves and tracks and
 * previews the nudges. Service principals reach the stage and refresh routes only when
 * `soloTrek.stageReporters` lists them, which the plugin checks itself.
 * @public
 */
export function soloTrekPolicyDecision(
  request: PolicyQuery,
  user: PolicyQueryUser | undefined,
  options: { platformTeam: string },
): PolicyDecision | undefined {
  const { permission } = request;
  if (isPermission(permission, soloTrekStageUpdatePermission)) {
    if (!user) return { result: AuthorizeResult.ALLOW };
    return createSoloTrekConditionalDecision(
      permission,
      soloTrekConditions.isEntityOwner({
        claims: user.info.ownershipEntityRefs ?? [],
      }),
    );
  }
  // Outcome points and pulse answers: owners, for their own services.
  // Service principals report points only when soloTrek.factReporters
  // lists them, which the plugin checks itself; only people answer pulses.
  if (
    isPermission(permission, soloTrekOutcomeReportPermission) ||
    isPermission(permission, soloTrekPulseAnswerPermission)
  ) {
    if (!user) return { result: AuthorizeResult.ALLOW };
    return createSoloTrekConditionalDecision(
      permission,
      soloTrekConditions.isEntityOwner({
        claims: user.info.ownershipEntityRefs ?? [],
      }),
    );
  }
  if (isPermission(permission, soloTrekPulseCommentsReadPermission)) {
    const refs = user?.info.ownershipEntityRefs ?? [];
    return {
      result: refs.includes(options.platformTeam)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    };
  }
  if (isPermission(permission, soloTrekWaiverRequestPermission)) {
    // People only: a pipeline has no reason to ask for a waiver.
    if (!user) return { result: AuthorizeResult.DENY };
    const refs = user.info.ownershipEntityRefs ?? [];
    if (refs.includes(options.platformTeam)) {
      return { result: AuthorizeResult.ALLOW };
    }
    return createSoloTrekConditionalDecision(
      permission,
      soloTrekConditions.isEntityOwner({ claims: refs }),
    );
  }
  if (isPermission(permission, soloTrekEntityRefreshPermission)) {
    if (!user) return { result: AuthorizeResult.ALLOW };
    const refs = user.info.ownershipEntityRefs ?? [];
    if (refs.includes(options.platformTeam)) {
      return { result: AuthorizeResult.ALLOW };
    }
    return createSoloTrekConditionalDecision(
      permission,
      soloTrekConditions.isEntityOwner({ claims: refs }),
    );
  }
  if (
    isPermission(permission, soloTrekWaiverManagePermission) ||
    isPermission(permission, soloTrekWaveManagePermission) ||
    isPermission(permission, soloTrekTrackManagePermission) ||
    isPermission(permission, soloTrekNudgesPreviewPermission)
  ) {
    const refs = user?.info.ownershipEntityRefs ?? [];
    return {
      result: refs.includes(options.platformTeam)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    };
  }
  return undefined;
}
