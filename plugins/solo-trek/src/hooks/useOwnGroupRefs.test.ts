import { ownGroupRefs } from './useOwnGroupRefs';

describe('ownGroupRefs', () => {
  it('keeps groups only, as full lower-cased refs, once each', () => {
    expect(
      ownGroupRefs([
        'user:default/guest',
        'group:default/payments',
        'Group:Default/Payments',
        'group:ops/SRE',
        'component:default/ledger',
        'not a ref',
      ]),
    ).toEqual(['group:default/payments', 'group:ops/sre']);
  });
});
