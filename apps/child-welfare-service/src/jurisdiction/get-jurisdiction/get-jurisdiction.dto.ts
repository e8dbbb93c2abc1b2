import { ApiProperty } from '@nestjs/swagger';

/** The jurisdiction whose law the alerts apply, and how its times are shown to people. */
export class JurisdictionView {
  @ApiProperty({ example: 'Cambodia' }) jurisdiction: string;
  @ApiProperty({ example: 'kh-licadho-2015.v2', description: 'The safeguard policy every alert names' }) policyId: string;
  @ApiProperty({ example: 'Asia/Phnom_Penh', description: 'IANA zone every time a person reads is shown in' }) timeZone: string;
  @ApiProperty({ example: 'en-GB', description: 'BCP 47 locale the texts are formatted for' }) locale: string;
}
