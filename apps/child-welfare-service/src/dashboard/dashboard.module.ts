import { Module } from '@nestjs/common';
import { DASHBOARD_ASSETS, DashboardController } from './dashboard.controller';
import { dashboardPublicDir, loadStaticAssets } from './static-assets';

/** The oversight dashboard at /dashboard/ (and / redirects there): static files, read once. */
@Module({
  controllers: [DashboardController],
  providers: [{ provide: DASHBOARD_ASSETS, useFactory: () => loadStaticAssets(dashboardPublicDir()) }],
})
export class DashboardModule {}
