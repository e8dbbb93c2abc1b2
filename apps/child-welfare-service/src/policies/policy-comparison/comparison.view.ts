import { ApiProperty } from '@nestjs/swagger';
import { DIFFERENCE_KINDS } from '../../rebuild/what-if-comparison';

export class ComparisonCounts {
  @ApiProperty({ description: 'No miss live, a miss under the policy tried' }) raised: number;
  @ApiProperty({ description: 'Open live, resolved (met late) under the policy tried' }) resolved: number;
  @ApiProperty({ name: 'never-raised', description: 'A miss live, none under the policy tried' }) 'never-raised': number;
  @ApiProperty({ name: 'left-open', description: 'Resolved live by a late record, still open under the policy tried' }) 'left-open': number;
  @ApiProperty({ name: 'due-changed', description: 'A miss under both, owed by another time' }) 'due-changed': number;
  @ApiProperty({ description: 'The same under both' }) unchanged: number;
}

export class RuleComparison {
  @ApiProperty({ example: 'child-details-missing' }) ruleId: string;
  @ApiProperty({ type: ComparisonCounts }) counts: ComparisonCounts;
}

export class UnitComparison {
  @ApiProperty({ enum: ['police', 'court', 'prison'] }) responsibleAgency: string;
  @ApiProperty({ type: String, nullable: true, example: 'PP-ANTI-DRUG', description: 'Null when the alert names only the agency' })
  responsibleUnitId: string | null;
  @ApiProperty({ type: ComparisonCounts }) counts: ComparisonCounts;
}

export class ComparedSide {
  @ApiProperty({ enum: ['open', 'acknowledged', 'resolved'] }) status: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
}

export class AlertDifferenceView {
  @ApiProperty({ enum: DIFFERENCE_KINDS }) kind: string;
  @ApiProperty({ format: 'uuid', description: 'The same id under both policies: it derives from rule and subject' }) alertId: string;
  @ApiProperty() ruleId: string;
  @ApiProperty() personId: string;
  @ApiProperty({ enum: ['police', 'court', 'prison'] }) responsibleAgency: string;
  @ApiProperty({ type: String, nullable: true }) responsibleUnitId: string | null;
  @ApiProperty({ type: ComparedSide, nullable: true, description: 'The live alert; null when there is none (or it was withdrawn)' })
  live: ComparedSide | null;
  @ApiProperty({ type: ComparedSide, nullable: true, description: 'The alert under the policy tried; null when there would be none' })
  whatIf: ComparedSide | null;
}

export class ComparisonHistory {
  @ApiProperty({ enum: ['kafka', 'database-log'] }) transport: string;
  @ApiProperty({ type: [String], description: 'The agency topics replayed, up to their end offsets when the run began' }) topics: string[];
  @ApiProperty() messages: number;
  @ApiProperty() facts: number;
  @ApiProperty() people: number;
  @ApiProperty({ description: 'Messages skipped as the live consumer dead-letters them' }) failed: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the earliest replayed fact happened' }) firstFactAt:
    string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the latest replayed fact happened' }) lastFactAt:
    string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Only deadlines from then were compared; null: no lower bound' })
  from: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Only deadlines before then were compared; null: no upper bound' })
  to: string | null;
}

export class PolicyComparisonView {
  @ApiProperty({ example: 'us-ca.v2', description: 'The policy tried' }) policyId: string;
  @ApiProperty({ example: 'kh-licadho-2015.v2', description: 'The policy the live alerts were judged under when the run compared them' })
  livePolicyId: string;
  @ApiProperty({ format: 'date-time', description: 'When the replay judged the deadlines: the comparison is as of then, not now' })
  computedAt: string;
  @ApiProperty({ type: ComparisonHistory }) history: ComparisonHistory;
  @ApiProperty({ type: ComparisonCounts }) totals: ComparisonCounts;
  @ApiProperty({ type: [RuleComparison] }) byRule: RuleComparison[];
  @ApiProperty({ type: [UnitComparison] }) byUnit: UnitComparison[];
  @ApiProperty({ type: [AlertDifferenceView], description: 'Every alert that differs, by rule, unit and deadline' })
  differences: AlertDifferenceView[];
}
