import { jsonDocumentOf } from './jsonDocuments';

describe('jsonDocumentOf', () => {
  it('serialises a frozen value once, and other values every time', () => {
    const shared = Object.freeze({ items: [1, 2, 3] });
    const first = jsonDocumentOf(shared);
    expect(jsonDocumentOf(shared)).toBe(first);
    expect(first.buffer.toString('utf8')).toBe(JSON.stringify(shared));

    const fresh = { items: [1, 2, 3] };
    expect(jsonDocumentOf(fresh)).not.toBe(jsonDocumentOf(fresh));
    expect(jsonDocumentOf(fresh).buffer.equals(first.buffer)).toBe(true);
  });
});
