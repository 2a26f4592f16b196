import { Theme } from '@material-ui/core/styles';
import type { BackstagePaletteAdditions } from '@backstage/theme';
import {
  CheckStatus,
  ForecastStatus,
  MigrationStage,
} from '@internal/plugin-solo-trek-common';
import { SunsetUrgency } from '../../lib/sunset';

function status(theme: Theme): BackstagePaletteAdditions['status'] {
  return (theme.palette as unknown as BackstagePaletteAdditions).status;
}

/** A colour per stage, from the theme, so light and dark both read well. */
export function stageColor(theme: Theme, stage: MigrationStage): string {
  switch (stage) {
    case 'not-started':
      return theme.palette.grey[theme.palette.type === 'dark' ? 600 : 400];
    case 'planning':
      return theme.palette.info.main;
    case 'in-progress':
      return theme.palette.warning.main;
    case 'migrated':
      return theme.palette.success.main;
    case 'decommissioned':
      return theme.palette.success.dark;
    case 'retired':
    default:
      return theme.palette.secondary.main;
  }
}

export function checkStatusColor(theme: Theme, value: CheckStatus): string {
  switch (value) {
    case 'pass':
      return status(theme)?.ok ?? theme.palette.success.main;
    case 'fail':
      return status(theme)?.error ?? theme.palette.error.main;
    case 'waived':
      return theme.palette.info.main;
    case 'unknown':
    default:
      return theme.palette.text.secondary;
  }
}

export function urgencyColor(theme: Theme, urgency: SunsetUrgency): string {
  switch (urgency) {
    case 'urgent':
      return theme.palette.error.main;
    case 'warning':
      return theme.palette.warning.main;
    case 'notice':
      return theme.palette.info.main;
    case 'calm':
    default:
      return theme.palette.success.main;
  }
}

export function forecastColor(theme: Theme, value: ForecastStatus): string {
  switch (value) {
    case 'late':
      return theme.palette.error.main;
    case 'at-risk':
      return theme.palette.warning.main;
    case 'not-enough-data':
      return theme.palette.text.secondary;
    case 'complete':
    case 'on-track':
    default:
      return theme.palette.success.main;
  }
}
