import type { Page } from 'playwright-core';
// @ts-expect-error plain JS module shared with the screenshot scripts
import * as seeding from '../../scripts/brief-seed.mjs';

/**
 * Put records straight into the extension's IndexedDB from one of its pages
 * (same origin as the background and every view). The page must have opened
 * the database already (any extension page does on first read), so the
 * object stores exist at the current schema version.
 */
export const seedDatabase: (page: Page, tables: Record<string, readonly object[]>) => Promise<void> = seeding.seedDatabase;

/**
 * Move every ISO timestamp in the records by `ms`. The fixture is written
 * for a fixed "now"; the extension uses the real clock, and shifting the
 * data keeps every interval (and so every period and speed figure) intact.
 */
export const shiftDates: <T>(value: T, ms: number) => T = seeding.shiftDates;
