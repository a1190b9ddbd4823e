/**
 * The read-only ports the agent investigates through. `review()` builds the data query from the
 * loaded runs, the entrypoints build the diff source (the API in the Action, `git diff` in the
 * CLI); the LLM layer sees only these interfaces and plain JSON answers, never tables or analysis
 * internals. Every answer is size-capped by its implementation and quotes untrusted artifact /
 * pull-request text: the agent passes it to the model as data only.
 */

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

export interface SegmentRef {
  readonly column: string;
  readonly value: string;
}

/** Questions about the two runs' eval tables and training logs. Never throws: a bad question returns `{ error }`. */
export interface RunDataQuery {
  /** A metric per value of one segment column (or one value), baseline vs current, computed from the rows. */
  segmentMetrics(column: string, metric: string, value?: string): PlainValue;
  /** A feature's distribution in both runs (numeric: quantiles and mean; categorical: top values), optionally within one segment. */
  featureDistribution(feature: string, segment?: SegmentRef): PlainValue;
  /** The current run's misclassified (or worst-predicted) rows, most confident first, optionally within one segment. */
  exampleErrors(limit: number, segment?: SegmentRef): PlainValue;
  /** One training-log series (train_loss, val_loss, lr, grad_norm or any logged column), both runs, downsampled. */
  trainingCurve(series: string): PlainValue;
}

export interface ChangedFileSummary {
  readonly path: string;
  /** added | modified | removed | renamed | … as the source says it. */
  readonly status: string;
}

/** The pull request's changes. Paths the model asks for are checked against `files()` by the caller. */
export interface PullRequestDiff {
  files(): Promise<ChangedFileSummary[]>;
  /** The unified diff of one changed file; null when the source has none (binary, too large). */
  diff(path: string): Promise<string | null>;
}

/** What the agent may look at beyond the report; each part optional (a tool without its port is not offered). */
export interface Investigation {
  readonly data?: RunDataQuery;
  readonly diff?: PullRequestDiff;
}
