/**
 * Plain-data result of the training-process analysis (analyze.ts), turned into Signals by
 * signals.ts. Everything is JSON-safe numbers, strings, booleans and nulls.
 */
import type { TrainLog } from '../../artifacts/types.js';
import type { Evidence } from '../signals.js';
import type { ParamChangeInput, ParamContext } from './params.js';
import type { LogSummary } from './summary.js';

export interface TrainingInput {
  /** Baseline run's log; null when the baseline has none (absolute rules only, lower strength). */
  readonly base: TrainLog | null;
  readonly cur: TrainLog;
  /** Changed parameters (params diff); unchanged entries are ignored. */
  readonly paramChanges: readonly ParamChangeInput[];
}

export type TrainingCategory = 'overfitting' | 'underfitting' | 'training_instability' | 'learning_rate';

export type Details = Readonly<Record<string, number | string | boolean | null>>;

/** One diagnosis (overfitting, underfitting, instability, learning rate) on the current log. */
export interface Assessment {
  readonly category: TrainingCategory;
  /** The pattern passed its effect-size and noise thresholds; only detected assessments become signals. */
  readonly detected: boolean;
  /** Final strength in [0, 1] after the shared factors (strength.ts); 0 when not detected. */
  readonly strength: number;
  /** Strength from the effect size alone, before row reliability / no-baseline / symptom factors. */
  readonly rawStrength: number;
  /** The effect exceeded the log's own noise (and, with a baseline, the baseline's pattern). */
  readonly significant: boolean;
  readonly title: string;
  /** Log column the finding is mainly about (val_loss, train_loss, grad_norm, lr). */
  readonly metric: string | null;
  readonly evidence: readonly Evidence[];
  readonly details: Details;
  /** Changed parameters of the roles relevant to this category (context, either direction). */
  readonly relatedParams: readonly ParamContext[];
  /** The subset of relatedParams that push training towards this finding (these become config_change signals). */
  readonly causalParams: readonly ParamContext[];
}

export interface TrainingAnalysis {
  /** Current log path (signal source). */
  readonly source: string;
  readonly hasBaseline: boolean;
  readonly base: LogSummary | null;
  readonly cur: LogSummary;
  /** Learning-rate parameter change (largest if several), null when none changed. */
  readonly lrChange: ParamContext | null;
  /** current / baseline median of the logged lr column, when both logs have one. */
  readonly lrColumnRatio: number | null;
  /** Every changed parameter with a recognised role. */
  readonly params: readonly ParamContext[];
  readonly overfitting: Assessment;
  readonly underfitting: Assessment;
  readonly instability: Assessment;
  readonly learningRate: Assessment;
}
