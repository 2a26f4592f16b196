import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import BuildIcon from '@material-ui/icons/Build';
import { parseEntityRef } from '@backstage/catalog-model';
import { LinkButton } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { CheckInfo } from '@internal/plugin-solo-trek-common';
import { SafeLink } from '../../lib/safeLink';
import { scaffolderTemplateRouteRef } from '../../routes';
import { useSoloTrekT } from '../../translation';

/**
 * "Fix with a template": the Creed item's scaffolder template with the
 * service filled in as its `entityRef` parameter. Not shown where the app
 * has no scaffolder.
 */
function FixWithTemplate(props: { template: string; entityRef: string }) {
  const { template, entityRef } = props;
  const templateRoute = useRouteRef(scaffolderTemplateRouteRef);
  const t = useSoloTrekT();
  if (!templateRoute) return null;
  const { namespace, name } = parseEntityRef(template, {
    defaultKind: 'template',
    defaultNamespace: 'default',
  });
  const formData = encodeURIComponent(JSON.stringify({ entityRef }));
  return (
    <Box mt={0.5}>
      <LinkButton
        to={`${templateRoute({
          namespace,
          templateName: name,
        })}?formData=${formData}`}
        size="small"
        variant="outlined"
        color="primary"
        startIcon={<BuildIcon fontSize="small" />}
        title={t('checkRemediation.opens', { template, entity: entityRef })}
      >
        {t('checkRemediation.fix')}
      </LinkButton>
    </Box>
  );
}

/**
 * "How to fix:" a check, linked when the Creed item gives a URL, with a
 * "Fix with a template" button when it names a template and `entityRef`
 * (the service to fix) is given.
 */
export function CheckRemediation(props: {
  remediation: NonNullable<CheckInfo['remediation']>;
  entityRef?: string;
}) {
  const { remediation, entityRef } = props;
  const t = useSoloTrekT();
  return (
    <>
      <Typography variant="body2">
        {t('checkRemediation.howToFix', {
          fix: remediation.url ? (
            <SafeLink url={remediation.url}>{remediation.text}</SafeLink>
          ) : (
            remediation.text
          ),
        })}
      </Typography>
      {remediation.template && entityRef && (
        <FixWithTemplate
          template={remediation.template}
          entityRef={entityRef}
        />
      )}
    </>
  );
}
