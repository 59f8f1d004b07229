/**
 * The tests every template family's test file runs (vitest; imported by test files only): each sampled case's events
 * conform to the case (`nonConformance` is null), cases the extractor does not meet yet run as expected failures with
 * why, and a template recorded by its figure checks the count of its cases that pass. One loop for all the families,
 * where each test file used to write its own.
 */
import { expect, it, describe } from "vitest";
import * as $conventions from "../../extract/conventions";
import type { ConventionCase } from "../../extract/conventions/types";
import * as $check from "./check";
import * as $product from "./product";
const { nonConformance } = $conventions;
const { byTemplate, extractCase, templateOf } = $check;
const { spread } = $product;

/** Why a case (or every case of a template) fails today: keyed by case id or by template. */
export type KnownFailures = Readonly<Record<string, string>>;
/** A template the extractor does not meet yet, as a whole: how many of its cases pass, and why the others fail. */
export type KnownFigures = Readonly<Record<string, readonly [passed: number, why: string]>>;

export interface ConformanceOptions {
  /** Known failures by case id or by template; each runs as `it.fails`, so one that starts passing must leave. */
  knownFailures?: KnownFailures;
  /** Known failures decided by the case itself (e.g. by a slot's form), with why; `undefined` for a case expected to pass. */
  knownFailure?: (c: ConventionCase) => string | undefined;
  /** What a case must meet beyond conformance (default: its events conform, nothing more). */
  check?: (c: ConventionCase) => void;
}

/** The default check: the extractor's events for the case conform to it. */
export const conforms = (c: ConventionCase): void => expect(nonConformance(c, extractCase(c)), c.text).toBeNull();

function whyFails(c: ConventionCase, options: ConformanceOptions): string | undefined {
  const known = options.knownFailures;
  return known?.[c.id] ?? known?.[templateOf(c.id)] ?? options.knownFailure?.(c);
}

/** One test per case: the case conforms, or it is a known failure and runs as `it.fails` with its why in its name. */
export function itConforms(cases: readonly ConventionCase[], options: ConformanceOptions = {}): void {
  const check = options.check ?? conforms;
  for (const c of cases) {
    const why = whyFails(c, options);
    if (why === undefined) it(c.id, () => check(c));
    else it.fails(`${c.id} (${why})`, () => check(c));
  }
}

/** The cases a family's tests run: an evenly spread sample of each template (`spread`), in template order. */
export const samplePerTemplate = (cases: readonly ConventionCase[], perTemplate: number): ConventionCase[] =>
  [...byTemplate(cases).values()].flatMap((t) => spread(t, perTemplate));

/** The cases whose number (the id's last part) is a multiple of `n`: every nth case of each template. */
export const everyNth = (cases: readonly ConventionCase[], n: number): ConventionCase[] =>
  cases.filter((c) => Number(c.id.slice(c.id.lastIndexOf("/") + 1)) % n === 0);

/** Known failures keyed by a case id that is not in the sample, nor by a template of it: stale entries. */
export function knownFailuresOutside(sample: readonly ConventionCase[], known: KnownFailures): string[] {
  const keys = new Set(sample.flatMap((c) => [c.id, templateOf(c.id)]));
  return Object.keys(known).filter((k) => !keys.has(k));
}

/**
 * A describe block per template: `perTemplate` evenly spread cases, each its own test (`itConforms`); a template of
 * `knownFigures` is tested whole instead, by the count of its cases that pass.
 */
export function describeTemplates(
  cases: readonly ConventionCase[],
  perTemplate: number,
  options: ConformanceOptions & { knownFigures?: KnownFigures } = {},
): void {
  for (const [template, templateCases] of byTemplate(cases)) {
    describe(template, () => {
      const figure = options.knownFigures?.[template];
      if (figure) {
        const [passed, why] = figure;
        it(`passes ${passed}/${templateCases.length} (${why})`, () =>
          expect(templateCases.filter((c) => nonConformance(c, extractCase(c)) === null).length).toBe(passed));
        return;
      }
      itConforms(spread(templateCases, perTemplate), options);
    });
  }
}
