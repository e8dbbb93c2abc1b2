import type { ExecutionContext } from '@nestjs/common';
import { hostileInputIn, MAX_JSON_DEPTH } from './hostile-input';
import { expectedVersionOf } from './request-context';

describe('hostile input refused at the door', () => {
  it.each([
    ['a NUL in a nested string', { person: { name: 'Sok\u0000' } }, 'person.name'],
    ['a lone high surrogate', { place: 'x\uD800' }, 'place'],
    ['a lone low surrogate in an array', { children: [{ name: '\uDC00y' }] }, 'children.0.name'],
    ['a NUL in a field name', { 'a\u0000': 1 }, 'a\u0000'],
    ['a __proto__ key', JSON.parse('{"__proto__":{"admin":true}}'), '__proto__'],
    ['a constructor key', { person: { constructor: { prototype: {} } } }, 'person.constructor'],
    ['a prototype key', { prototype: 1 }, 'prototype'],
  ])('names the field of %s', (_, body, field) => {
    expect(hostileInputIn(body, '')?.field).toBe(field);
  });

  it('refuses JSON nested deeper than the limit without recursing into it', () => {
    const tooDeep = JSON.parse('['.repeat(10_000) + ']'.repeat(10_000));
    expect(hostileInputIn(tooDeep, '')?.message).toBe(`must not nest deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it('takes ordinary text, emoji (a surrogate pair) and nesting within the limit', () => {
    const atLimit = JSON.parse('{"a":'.repeat(MAX_JSON_DEPTH - 1) + '1' + '}'.repeat(MAX_JSON_DEPTH - 1));
    expect(hostileInputIn({ name: 'សុខ ចាន់ណារី 👩‍👦', children: [{ age: 3 }], atLimit }, '')).toBeUndefined();
  });
});

describe('If-Match', () => {
  const contextWith = (ifMatch: string | undefined) =>
    ({ switchToHttp: () => ({ getRequest: () => ({ headers: { 'if-match': ifMatch } }) }) }) as unknown as ExecutionContext;

  it.each([
    ['"1"', 1],
    ['"42"', 42],
    [undefined, undefined],
  ])('reads %s as version %s', (header, version) => {
    expect(expectedVersionOf(contextWith(header))).toBe(version);
  });

  it.each(['"0x1"', '"1e0"', 'W/"1"', '1', '"0"', '"-1"', '"1.5"', '"01"', '*', '"1", "2"', '" 1"', '"9999999999999999"'])(
    'refuses %s with a 400',
    (header) => {
      expect(() => expectedVersionOf(contextWith(header))).toThrow(expect.objectContaining({ status: 400 }));
    },
  );
});
