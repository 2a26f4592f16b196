import {
  createExternalRouteRef,
  createRouteRef,
} from '@backstage/core-plugin-api';

/** The dashboard at /solo-trek. @public */
export const rootRouteRef = createRouteRef({
  id: 'solo-trek',
});

/**
 * A scaffolder template's page, for a Creed item's "Fix with a template".
 * Bound to the scaffolder's `selectedTemplate` route by default (the new
 * frontend system resolves it on its own; a legacy app binds it with
 * `bindRoutes`); without the scaffolder the button is not shown.
 * @public
 */
export const scaffolderTemplateRouteRef = createExternalRouteRef({
  id: 'solo-trek-scaffolder-template',
  params: ['namespace', 'templateName'],
  optional: true,
  defaultTarget: 'scaffolder.selectedTemplate',
});
