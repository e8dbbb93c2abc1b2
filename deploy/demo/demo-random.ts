/**
 * A seeded pseudo-random source (mulberry32) and the synthetic vocabulary the demo families are
 * drawn from. Same seed, same families: two people starting the demo see the same people, the
 * same children and the same missed safeguards, only shifted to the day they start it.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A version-4-shaped UUID from this source, so child references are stable across runs. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = ((this.int(0, 15) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

/** Common Khmer names, combined at random: no real person is meant. */
export const FamilyNames = [
  'Sok',
  'Chan',
  'Keo',
  'Touch',
  'Meas',
  'Chea',
  'Heng',
  'Ly',
  'Nhem',
  'Pich',
  'Prak',
  'Sam',
  'Vann',
  'Yim',
  'Ouk',
  'Kim',
  'Mao',
  'Nov',
] as const;
export const MothersNames = [
  'Channary',
  'Sreymom',
  'Sophea',
  'Bopha',
  'Dany',
  'Kunthea',
  'Leakhena',
  'Malis',
  'Navy',
  'Phalla',
  'Rachana',
  'Sokha',
  'Thida',
  'Vanna',
  'Chanthou',
  'Pisey',
  'Raksmey',
  'Sreyleak',
] as const;
export const ChildrensNames = [
  ['Dara', 'male'],
  ['Vichet', 'male'],
  ['Chenda', 'female'],
  ['Piseth', 'male'],
  ['Sokun', 'female'],
  ['Rith', 'male'],
  ['Nita', 'female'],
  ['Kanha', 'female'],
  ['Visal', 'male'],
  ['Sreynich', 'female'],
  ['Mony', 'male'],
  ['Tola', 'male'],
  ['Bora', 'male'],
  ['Lina', 'female'],
  ['Seyha', 'male'],
  ['Thyda', 'female'],
] as const;
export const CaregiversNames = [
  'Srey Mom',
  'Mom Sophal',
  'Yim Sarun',
  'Keo Sokhom',
  'Heng Rany',
  'Chea Vuthy',
  'Ouk Sam Ath',
  'Nov Sokunthea',
] as const;

export const Offences = [
  { name: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false, drugRelated: true },
  { name: 'Drug trafficking', offenceClass: 'felony', maximumPenaltyMonths: 120, violent: false, drugRelated: true },
  { name: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false, drugRelated: false },
  { name: 'Fraud', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false, drugRelated: false },
  { name: 'Breach of trust', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false, drugRelated: false },
  { name: 'Selling goods without a licence', offenceClass: 'petty-offence', maximumPenaltyMonths: 6, violent: false, drugRelated: false },
] as const;

/** Where the police units of the development keys work, and the places arrests happen there. */
export const Provinces = {
  'Phnom Penh': ['Home, Chbar Ampov', 'Orussey market', 'Home, Stung Meanchey', 'Rented room, Tuol Kork', 'Home, Russey Keo'],
  Kandal: ['Takhmao market', 'Home, Ta Khmau', 'Home, Kien Svay'],
  Battambang: ['Psar Nat market', 'Home, Sangkae', 'Home, Ek Phnom'],
} as const;
export type Province = keyof typeof Provinces;
