import { ApiProperty } from '@nestjs/swagger';
import { PERIODS, type Period } from './get-indicators.query';

/**
 * The oversight indicators over a group of people, each the figure a LICADHO (2015) finding asks
 * to be watched. People are counted in the cohort of their first arrest; no names.
 */
export class Indicators {
  @ApiProperty({ description: 'People first arrested (in the filters’ window)' }) arrests: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'Share of those arrests at which the police recorded asking about dependants; null with no arrest',
  })
  dependantsAskedShare: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median hours from the arrest to the first care arrangement made for a child; null when none was made',
  })
  medianHoursToCareArrangement: number | null;
  @ApiProperty({ description: 'Pre-trial detention orders' }) pretrialDetentionOrders: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'Share of those orders made after the judge asked about pregnancy and dependants; null with no order',
  })
  pretrialWithFamilyInquiryShare: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description:
      'Women whose latest recorded answer is that they have a lawyer, over women with a court case; null with none (70% of the mothers LICADHO met had no lawyer)',
  })
  mothersWithLawyerShare: number | null;
  @ApiProperty({
    description: 'Distinct children named in a not yet resolved no-parent-child-contact alert (no contact with the parent for 30 days)',
  })
  childrenWithoutContact30Days: number;
  @ApiProperty({ description: 'Prison visits by a child' }) childVisits: number;
  @ApiProperty({ description: 'Prison visits by a child for which a fee was asked (94% of families in the report paid)' }) childVisitsCharged: number;
  @ApiProperty({ description: 'People with a not yet resolved detained-past-sentence alert' }) detainedPastSentence: number;
}

export class FacilityIndicators extends Indicators {
  @ApiProperty({ example: 'CC2', description: 'The prison the people counted are held in now' }) facilityId: string;
}

export class PeriodIndicators extends Indicators {
  @ApiProperty({ example: '2026-03', description: 'The month (2026-03), ISO week (2026-W10) or quarter (2026-Q1) of the arrests' }) period: string;
}

export class IndicatorFilters {
  @ApiProperty({ type: String, nullable: true }) facility: string | null;
  @ApiProperty({ type: String, nullable: true }) province: string | null;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ enum: PERIODS }) period: Period;
}

export class IndicatorsReport {
  @ApiProperty({ description: 'When the figures were computed' }) generatedAt: string;
  @ApiProperty({ type: IndicatorFilters }) filters: IndicatorFilters;
  @ApiProperty({ type: Indicators }) overall: Indicators;
  @ApiProperty({ type: [FacilityIndicators], description: 'People held in a prison now, by prison' }) byFacility: FacilityIndicators[];
  @ApiProperty({ type: [PeriodIndicators], description: 'People by the period of their first arrest' }) byPeriod: PeriodIndicators[];
}
