import { createRouteRef } from '@backstage/core-plugin-api';

/** The dashboard at /solo-trek. @public */
export const rootRouteRef = createRouteRef({
  id: 'solo-trek',
});
