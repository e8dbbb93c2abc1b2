import { ApiProperty } from '@nestjs/swagger';
import type { SafeguardPolicy } from '../../safeguards/policy';
import { RULE_CATALOGUE } from '../../safeguards/rule-catalogue';
import { deadlineTerms } from '../rule-deadlines';

export class DeadlineTermView {
  @ApiProperty({ example: '3 h after the arrest', description: 'As a monitor reads it' }) words: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'PT3H',
    description: 'ISO 8601 duration; null when owed at once or not a duration (an age, a threshold)',
  })
  duration: string | null;
}

export class PolicyRuleView {
  @ApiProperty({ example: 1, description: 'The rule’s number in the safeguard catalogue' }) number: number;
  @ApiProperty({ example: 'dependants-not-asked-at-arrest' }) ruleId: string;
  @ApiProperty({ enum: ['arrest', 'court', 'prison'] }) stage: string;
  @ApiProperty({ enum: ['low', 'medium', 'high', 'critical'] }) severity: string;
  @ApiProperty({ enum: ['police', 'court', 'prison'], description: 'The agency the alert names; an alert may name the unit more precisely' })
  responsibleAgency: string;
  @ApiProperty({ type: [DeadlineTermView] }) deadlines: DeadlineTermView[];
  @ApiProperty() legalBasis: string;
  @ApiProperty({ type: String, nullable: true, description: 'Which number is a benchmark rather than law, and where it comes from' }) benchmark:
    string | null;
}

export class PolicyView {
  @ApiProperty({ example: 'kh-licadho-2015.v2' }) policyId: string;
  @ApiProperty({ example: 'Cambodia' }) jurisdiction: string;
  @ApiProperty({ example: 'Asia/Phnom_Penh', description: 'IANA zone the policy’s alert texts are worded in' }) timeZone: string;
  @ApiProperty({ example: 'en-GB' }) locale: string;
  @ApiProperty({ description: 'Whether this service judges the agencies’ facts under it now' }) live: boolean;
  @ApiProperty({ type: [PolicyRuleView], description: 'The 26 rules in the catalogue’s order' }) rules: PolicyRuleView[];
}

export class PolicyList {
  @ApiProperty({ type: [PolicyView], description: 'The live policy first' }) items: PolicyView[];
}

export function toPolicyView(policy: SafeguardPolicy, live: SafeguardPolicy): PolicyView {
  return {
    policyId: policy.policyId,
    jurisdiction: policy.jurisdiction,
    timeZone: policy.timeZone,
    locale: policy.locale,
    live: policy.policyId === live.policyId,
    rules: RULE_CATALOGUE.map(({ number, ruleId, stage }) => {
      const rule = policy.rules[ruleId];
      return {
        number,
        ruleId,
        stage,
        severity: rule.severity,
        responsibleAgency: rule.responsibleAgency,
        deadlines: deadlineTerms(policy, ruleId),
        legalBasis: rule.legalBasis,
        benchmark: rule.benchmark,
      };
    }),
  };
}
