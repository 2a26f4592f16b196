import { InfoCard, InfoCardVariants } from '@backstage/core-components';
import {
  SoloTrekLeaderboard,
  SoloTrekLeaderboardProps,
} from './SoloTrekLeaderboard';
import { useSoloTrekT } from '../../translation';

/** @public */
export type SoloTrekLeaderboardCardProps = SoloTrekLeaderboardProps & {
  variant?: InfoCardVariants;
  title?: string;
};

/**
 * The team leaderboard: rank, score, migrated services, badges and rank
 * changes, all-time or this month, with the Migration Hero of the month.
 */
export function SoloTrekLeaderboardCard(props: SoloTrekLeaderboardCardProps) {
  const t = useSoloTrekT();
  const {
    variant = 'gridItem',
    title = t('leaderboard.cardTitle'),
    ...rest
  } = props;
  return (
    <InfoCard title={title} variant={variant}>
      <SoloTrekLeaderboard {...rest} />
    </InfoCard>
  );
}
