import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/lib/layout/options.ts';

describe('resolveOptions', () => {
  const defaults = {
    seed: 1,
    ticks: 300,
    warmTicks: 120,
    warmAlpha: 0.3,
    linkDistance: 60,
    charge: -180,
    chargeRange: 300,
    collideRadius: 18,
    centerStrength: 0.04,
    anchorStrength: 0.1,
    reach: 0,
    settle: 0.05,
    warmStart: true,
  };

  it('fills in every documented default', () => {
    expect(resolveOptions()).toEqual(defaults);
    expect(resolveOptions({})).toEqual(defaults);
  });

  it('keeps every option given, falsy ones too', () => {
    const given = {
      seed: 0,
      ticks: 0,
      warmTicks: 0,
      warmAlpha: 0,
      linkDistance: 0,
      charge: 0,
      chargeRange: 0,
      collideRadius: 0,
      centerStrength: 0,
      anchorStrength: 0,
      reach: Infinity,
      settle: 0,
      warmStart: false,
    };
    expect(resolveOptions(given)).toEqual(given);
  });

  it('sets the charge range to five link distances unless given', () => {
    expect(resolveOptions({ linkDistance: 10 }).chargeRange).toBe(50);
    expect(resolveOptions({ linkDistance: 10, chargeRange: 7 }).chargeRange).toBe(7);
  });
});
