import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogReadAccess } from './CatalogReadAccess';

/**
 * A static token's credentials as Backstage's auth service makes them: this
 * plugin's restrictions on the principal, every plugin's beside it.
 */
function staticToken(all: Map<string, object>) {
  const credentials = mockCredentials.service(
    'external:ci-pipeline',
    all.get('solo-trek') ?? {},
  );
  Object.defineProperty(credentials, 'allAccessRestrictions', {
    enumerable: false,
    value: all,
  });
  return credentials;
}

describe('CatalogReadAccess', () => {
  const catalog = catalogServiceMock({ entities: [] });

  it('follows the policy for people: ALLOW reads all, DENY nothing', async () => {
    const allow = new CatalogReadAccess({
      permissions: mockServices.permissions.mock({
        authorizeConditional: async () => [{ result: AuthorizeResult.ALLOW }],
      }),
      catalog,
    });
    const deny = new CatalogReadAccess({
      permissions: mockServices.permissions.mock({
        authorizeConditional: async () => [{ result: AuthorizeResult.DENY }],
      }),
      catalog,
    });
    const ada = mockCredentials.user('user:default/ada');
    expect(await allow.scope(ada)).toEqual({ kind: 'all' });
    expect(await deny.scope(ada)).toEqual({ kind: 'none' });
    expect(
      await deny.readable({ kind: 'none' }, ['component:default/a']),
    ).toEqual(new Set());
  });

  it('refuses entity reads to a static token the catalog itself would refuse', async () => {
    const access = new CatalogReadAccess({
      permissions: mockServices.permissions(),
      catalog,
    });
    // Restricted to Solo Trek: the catalog answers 403 to it.
    expect(
      await access.scope(staticToken(new Map([['solo-trek', {}]]))),
    ).toEqual({ kind: 'none' });
    // Allowed into the catalog, but not to read entities.
    expect(
      await access.scope(
        staticToken(
          new Map<string, object>([
            ['solo-trek', {}],
            ['catalog', { permissionNames: ['catalog.location.create'] }],
          ]),
        ),
      ),
    ).toEqual({ kind: 'none' });
    expect(
      await access.scope(
        staticToken(
          new Map<string, object>([
            ['solo-trek', {}],
            ['catalog', { permissionAttributes: { action: ['create'] } }],
          ]),
        ),
      ),
    ).toEqual({ kind: 'none' });
    // Restricted, but we cannot see the other plugins' restrictions: refuse.
    expect(
      await access.scope(
        mockCredentials.service('external:ci-pipeline', {
          permissionNames: ['solo-trek.stage.update'],
        }),
      ),
    ).toEqual({ kind: 'none' });
  });

  it('lets a static token read what its catalog restrictions let it read', async () => {
    const access = new CatalogReadAccess({
      permissions: mockServices.permissions(),
      catalog,
    });
    for (const catalogRestriction of [
      {},
      { permissionNames: ['catalog.entity.read'] },
      { permissionAttributes: { action: ['read'] } },
    ]) {
      expect(
        await access.scope(
          staticToken(
            new Map<string, object>([
              ['solo-trek', {}],
              ['catalog', catalogRestriction],
            ]),
          ),
        ),
      ).toEqual({ kind: 'all' });
    }
    // Unrestricted service principals (other plugins) read as the catalog lets them.
    expect(await access.scope(mockCredentials.service())).toEqual({
      kind: 'all',
    });
  });
});
