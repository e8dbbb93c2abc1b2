import { ApiProperty } from '@nestjs/swagger';
import { AlertView } from '../../alerts/list-alerts/alert.view';

export class ChildLivingThere {
  @ApiProperty() childKey: string;
  @ApiProperty({ description: 'The parent she or he lives with' }) personId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: Number, nullable: true }) ageYears: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Since when the child lives in prison' }) since: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The earliest individual assessment (or placement plan) the policy still waits for' })
  nextAssessmentDue: string | null;
}

export class AssessmentDue {
  @ApiProperty() childKey: string;
  @ApiProperty() personId: string;
  @ApiProperty() dueAt: string;
  @ApiProperty({ description: 'The due time has passed' }) overdue: boolean;
}

export class MotherWithoutContact {
  @ApiProperty() personId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: [String], description: 'The children named in her no-contact alerts' }) childKeys: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Her latest visit or call with one of them' }) lastContactAt: string | null;
}

export class ReleaseWithoutNotifiedCaregiver {
  @ApiProperty() personId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty() releaseOn: string;
}

/** What a monitor visiting a prison needs in hand: the children living there and what they are owed. */
export class FacilityView {
  @ApiProperty({ example: 'CC2' }) facilityId: string;
  @ApiProperty({ description: 'People held there now' }) peopleHeld: number;
  @ApiProperty({ type: [ChildLivingThere] }) childrenLivingThere: ChildLivingThere[];
  @ApiProperty({ type: [AssessmentDue], description: 'Per child living there, the next assessment owed, earliest first' })
  assessmentsDue: AssessmentDue[];
  @ApiProperty({
    type: [MotherWithoutContact],
    description: 'Parents with a not yet resolved no-parent-child-contact alert (30 days without a visit or call)',
  })
  mothersWithoutContact30Days: MotherWithoutContact[];
  @ApiProperty({ type: [ReleaseWithoutNotifiedCaregiver], description: 'Releases still to come of which the family has not been told' })
  releasesWithoutNotifiedCaregiver: ReleaseWithoutNotifiedCaregiver[];
  @ApiProperty({ type: [AlertView], description: 'Alerts not yet resolved for which this prison is responsible' }) openAlerts: AlertView[];
}

export class FacilitySummary {
  @ApiProperty({ example: 'CC2' }) facilityId: string;
  @ApiProperty({ description: 'People held there now' }) peopleHeld: number;
  @ApiProperty({ description: 'Children living there with a parent' }) childrenLivingThere: number;
  @ApiProperty({ description: 'Alerts not yet resolved for which this prison is responsible' }) openAlerts: number;
}

export class FacilityList {
  @ApiProperty({ type: [FacilitySummary] }) items: FacilitySummary[];
}
