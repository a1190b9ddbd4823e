// Validates a report against schema/report.schema.json; every report a test produces goes through it.
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

export function expectValidReport(report: unknown): void {
  const ok = validate(report);
  expect(ok ? [] : validate.errors).toEqual([]);
}
