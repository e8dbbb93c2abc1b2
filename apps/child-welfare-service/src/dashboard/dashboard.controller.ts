import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@safeguard/auth';
import type { Request, Response } from 'express';
import { SECURITY_HEADERS, type StaticAsset } from './static-assets';

export const DASHBOARD_ASSETS = Symbol('DASHBOARD_ASSETS');
export const DASHBOARD_PATH = '/dashboard/';

/**
 * The oversight dashboard's page and scripts, open without a credential: they hold no data. The
 * page signs in with the monitor's key and reads the guarded API like any other client.
 */
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
    if (req.path === '/dashboard') return void res.redirect(301, DASHBOARD_PATH);
    const name = req.path.endsWith('/') ? 'index.html' : req.path.slice(DASHBOARD_PATH.length);
    const asset = this.assets.get(name);
    if (!asset) throw new NotFoundException();
    res.set(SECURITY_HEADERS).set('ETag', asset.etag).set('Vary', 'Accept-Encoding').type(asset.contentType);
    if (req.headers['if-none-match'] === asset.etag) return void res.status(304).end();
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) res.set('Content-Encoding', 'gzip');
    res.send(gzip ? asset.gzipped : asset.body);
  }
}
