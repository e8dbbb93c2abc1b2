import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@safeguard/auth';
import { SAFEGUARD_POLICY, type SafeguardPolicy } from '../../safeguards/policy';

/** The jurisdiction whose law the alerts apply, and how its times are shown to people. */
export class JurisdictionView {
  @ApiProperty({ example: 'Cambodia' }) jurisdiction: string;
  @ApiProperty({ example: 'kh-licadho-2015.v2', description: 'The safeguard policy every alert names' }) policyId: string;
  @ApiProperty({ example: 'Asia/Phnom_Penh', description: 'IANA zone every time a person reads is shown in' }) timeZone: string;
  @ApiProperty({ example: 'en-GB', description: 'BCP 47 locale the texts are formatted for' }) locale: string;
}

/**
 * Public: nothing here is personal. The dashboard reads it before sign-in so that every time on
 * the board reads as it does in the jurisdiction (a night arrest in Phnom Penh on the day it
 * happened there), whatever zone the monitor's computer is set to.
 */
@ApiTags('jurisdiction')
@Controller('jurisdiction')
export class GetJurisdictionController {
  constructor(@Inject(SAFEGUARD_POLICY) private readonly policy: SafeguardPolicy) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'The jurisdiction, its safeguard policy, time zone and locale' })
  @ApiOkResponse({ type: JurisdictionView })
  get(): JurisdictionView {
    const { jurisdiction, policyId, timeZone, locale } = this.policy;
    return { jurisdiction, policyId, timeZone, locale };
  }
}
