import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@safeguard/auth';
import type { Request, Response } from 'express';
import type { StaticAsset } from './static-assets';

export const DASHBOARD_ASSETS = Symbol('DASHBOARD_ASSETS');
export const DASHBOARD_PATH = '/dashboard/';

/**
 * The oversight dashboard's page and scripts, open without a credential: they hold no data. The
 * page signs in with the monitor's key and reads the guarded API like any other client.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

@ApiExcludeController()
@Controller()
export class DashboardController {
  constructor(@Inject(DASHBOARD_ASSETS) private readonly assets: ReadonlyMap<string, StaticAsset>) {}

  @Public()
  @Get()
  home(@Res() res: Response): void {
    res.redirect(302, DASHBOARD_PATH);
  }

  @Public()
  @Get(['dashboard', 'dashboard/*path'])
  file(@Req() req: Request, @Res() res: Response): void {
    if (req.path === '/dashboard') {
      res.redirect(301, DASHBOARD_PATH);
      return;
    }
    const name = req.path.endsWith('/') ? 'index.html' : req.path.slice(DASHBOARD_PATH.length);
    const asset = this.assets.get(name);
    if (!asset) throw new NotFoundException();
    res.set(SECURITY_HEADERS).set('ETag', asset.etag).set('Vary', 'Accept-Encoding').type(asset.contentType);
    if (req.headers['if-none-match'] === asset.etag) {
      res.status(304).end();
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) res.set('Content-Encoding', 'gzip');
    res.send(gzip ? asset.gzipped : asset.body);
  }
}
