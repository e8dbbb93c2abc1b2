import { Global, Logger, Module } from '@nestjs/common';
import { loadUnitRegistry, UnitRegistry, unitsFilePath } from '@safeguard/units';
import { UnitsController } from './units.controller';
import { GetUnitHandler, ListUnitsHandler } from './units.handlers';

/** `npm start` runs the four services in one process: they share one reading of the file. */
const loaded = new Map<string, UnitRegistry>();

function registryAtStartUp(): UnitRegistry {
  const path = unitsFilePath();
  let registry = loaded.get(path);
  if (!registry) {
    registry = loadUnitRegistry(path);
    if (registry.sample) new Logger('UnitRegistry').warn(`${path} is sample data: its phone numbers and emails are fictional`);
    loaded.set(path, registry);
  }
  return registry;
}

/**
 * The unit registry, loaded when a service starts (a file that cannot be used stops the start-up
 * with the file and the reason), and `GET /units` to read it. Global, because credentials,
 * agency facts and alerts all name its units; every service imports it beside `AuthModule`,
 * whose credentials are checked against it.
 */
@Global()
@Module({
  providers: [{ provide: UnitRegistry, useFactory: registryAtStartUp }, ListUnitsHandler, GetUnitHandler],
  controllers: [UnitsController],
  exports: [UnitRegistry],
})
export class UnitsModule {}
