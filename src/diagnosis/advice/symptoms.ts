/**
 * A symptom explained by a cause: its root cause names the cause with the cause's own numbers
 * and the measured link between the two (the share of the regression the cause accounts for,
 * the same segment, the ranking that held or not); its fix and prevention are the cause's (the
 * advice follows the cause); its verification is its own number to come back. The cause's
 * verification lists those numbers in turn (targetOf).
 */
import type { Signal } from '../../analysis/signals.js';
import { type Advice, type CauseLink, bool, count, feat, lowerFirst, metricName, n3, num, pct, seg, str } from './facts.js';
import { share } from '../../report/format.js';
import { PSI_STABLE } from './data.js';

/** A cause in words: what happened, and its key number (kept apart so the id can join it). */
export interface Clause {
  readonly what: string;
  readonly measure: string | null;
}

/** The cause in a clause: `carat` moved within cut=Premium, PSI 5.98 there. `inSegment`: the reader is already in the cause's segment. */
export function causeClause(c: Signal, inSegment = false): Clause {
  const f = feat(c);
  const within = seg(c) && !inSegment ? ` within ${seg(c)!}` : '';
  switch (c.category) {
    case 'feature_drift': {
      const psi = num(c, 'segment_psi') ?? num(c, 'psi');
      if (str(c, 'comparison') === 'reference') return { what: `the training sample changed, ${f} most`, measure: psi !== null ? `PSI ${n3(psi)}` : null };
      return { what: `${f} moved${within}`, measure: psi !== null ? `PSI ${n3(psi)}${num(c, 'segment_psi') !== null ? ' there' : ''}` : null };
    }
    case 'preprocessing': {
      const ratio = num(c, 'ratio');
      if (ratio !== null) return { what: `${f} reaches the model in another unit`, measure: `×${n3(ratio)}` };
      if (str(c, 'kind') === 'swapped') return { what: `${f} and \`${str(c, 'partner') ?? '?'}\` arrive swapped`, measure: null };
      return { what: `${f} is transformed differently than in training`, measure: null };
    }
    case 'data_quality':
      switch (str(c, 'kind')) {
        case 'missing':
          return { what: `${f} went missing`, measure: `${pct(num(c, 'missing_cur'))} of rows, baseline ${pct(num(c, 'missing_base') ?? 0)}` };
        case 'sentinel':
          return { what: `${f} carries a sentinel for unknown values`, measure: String(c.details['sentinel']) };
        case 'out_of_range':
          return { what: `${f} left its baseline range`, measure: `${pct(num(c, 'out_of_range_rate'))} of rows` };
        case 'column_renamed':
          return { what: `${f} arrives renamed as \`${str(c, 'renamed_to') ?? '?'}\``, measure: null };
        case 'column_removed':
          return { what: `${f} is gone from the eval table`, measure: null };
        case 'type_change':
          return { what: `${f} no longer parses as its baseline type`, measure: null };
        default:
          return { what: lowerFirst(c.title), measure: null };
      }
    case 'label_noise':
      return { what: `the labels${within} changed under unchanged predictions`, measure: num(c, 'labels_changed') !== null ? `${count(num(c, 'labels_changed')!)} rows` : null };
    case 'leakage':
      return str(c, 'kind') === 'train_overlap'
        ? { what: 'eval rows leaked into the training sample', measure: `${pct(num(c, 'overlap_rate'))} of them` }
        : { what: `${f} gives the label away`, measure: null };
    case 'label_shift':
      return { what: `the label distribution moved${within}`, measure: num(c, 'psi') !== null ? `PSI ${n3(num(c, 'psi')!)}` : null };
    case 'bias':
      return { what: `the model serves ${seg(c) ?? 'one group'} worse than the rest`, measure: num(c, 'gapToRest') !== null ? `gap ${n3(Math.abs(100 * num(c, 'gapToRest')!))} pts` : null };
    case 'learning_rate': {
      const key = str(c, 'key');
      return key !== null
        ? { what: `\`${key}\` was changed`, measure: `${String(c.details['baseline'])} → ${String(c.details['current'])}` }
        : { what: `the learning rate is too ${str(c, 'direction') === 'too_low' ? 'low' : 'high'}`, measure: null };
    }
    case 'training_instability':
      return { what: 'training became unstable', measure: str(c, 'main_component') };
    case 'overfitting': {
      const x = num(c, 'best_val_x');
      return { what: 'the model overfits', measure: x !== null ? `best validation epoch ${n3(x)}` : null };
    }
    case 'underfitting':
      return { what: 'the model underfits', measure: null };
    case 'config_change':
      return { what: `the PR changed ${str(c, 'changes') ?? (str(c, 'key') ? `\`${str(c, 'key')!}\`` : 'a parameter')}`, measure: null };
    case 'calibration': {
      const eb = num(c, 'eceBase');
      const ec = num(c, 'eceCurrent');
      return { what: 'the calibration broke', measure: eb !== null && ec !== null ? `ECE ${n3(eb)} → ${n3(ec)}` : null };
    }
    default:
      return { what: lowerFirst(c.title), measure: null };
  }
}

/** "`carat` moved within cut=Premium (F1; PSI 5.98 there)" */
function cited(c: Clause, id: string): string {
  return `${c.what} (${id}${c.measure ? `; ${c.measure}` : ''})`;
}


const sameSegment = (a: Signal, b: Signal) => a.segment !== undefined && b.segment !== undefined && a.segment.column === b.segment.column && a.segment.value === b.segment.value;

/** The share clause when the cause's attribution is about this symptom's metric. */
function shareOf(s: Signal, cause: CauseLink): string {
  const sh = cause.share;
  if (!sh || (sh.metric !== null && s.metric !== undefined && sh.metric !== s.metric)) return '';
  return `, which accounts for ${share(sh.share)} of it (95 % CI ${share(sh.lo)} to ${share(sh.hi)})`;
}

function rootCause(s: Signal, cause: CauseLink): string {
  const c = cause.signal;
  const clause = cited(causeClause(c), cause.id);
  switch (s.category) {
    case 'metric_regression':
      return `${metricName(s.metric) ?? 'The metric'} got worse because ${clause}${shareOf(s, cause)}.`;
    case 'segment_regression': {
      if (sameSegment(s, c)) return `This segment is where ${cited(causeClause(c, true), cause.id)}: the regression here is that change.`;
      if (c.segment && s.segment && c.segment.column === s.segment.column) return `Another value of \`${s.segment.column}\`, the column ${cause.id} is located in: ${clause}.`;
      const part = num(s, 'shareOfDrop');
      return `One slice of the regression ${cause.id} explains${part !== null ? `, with ${share(Math.min(1, part))} of the drop` : ''}: ${clause}.`;
    }
    case 'calibration': {
      const kept = bool(s, 'discriminationKept');
      return `The probabilities moved because ${clause}${kept === false ? '; the ranking changed with them, so a re-fitted calibrator would hide the cause rather than fix it' : kept ? ', while the ranking held' : ''}.`;
    }
    case 'prediction_shift': {
      const what = (str(s, 'what') ?? 'score').replace(/_/g, ' ');
      return c.area === 'data' ? `The ${what}s moved with the inputs: ${clause}.` : c.area === 'training' ? `The ${what}s moved because the model was trained differently: ${clause}.` : `The ${what}s moved because ${clause}.`;
    }
    case 'label_shift':
      return `The label distribution moved along with ${cause.id}: ${clause}.`;
    default:
      return `A consequence of ${cause.id}, not a cause of its own: ${clause}.`;
  }
}

/** What this symptom reads when the cause is fixed, as a clause; null when it has no number of its own. */
export function targetOf(s: Signal): string | null {
  const m = metricName(s.metric);
  const base = num(s, 'baseline');
  switch (s.category) {
    case 'metric_regression':
      return m && base !== null ? `${m} back near ${n3(base)}` : null;
    case 'segment_regression':
      return m && base !== null && seg(s) ? `${m} for ${seg(s)!} near ${n3(base)}` : null;
    case 'calibration': {
      const eb = num(s, 'eceBase');
      return eb !== null ? `ECE near ${n3(eb)}` : null;
    }
    case 'prediction_shift':
      return str(s, 'kind') === 'decision_rule' ? null : `the ${(str(s, 'what') ?? 'score').replace(/_/g, ' ')} PSI below ${PSI_STABLE}`;
    default:
      return null;
  }
}

export function symptomAdvice(s: Signal, cause: CauseLink, causeAdvice: Advice): Advice {
  const target = targetOf(s);
  return {
    rootCause: rootCause(s, cause),
    fix: causeAdvice.fix,
    verification: target ? `After ${cause.id}'s fix: ${lowerFirst(target)}.` : `After ${cause.id}'s fix: ${lowerFirst(causeAdvice.verification.replace(/^Re-run after the fix: /, ''))}`,
    prevention: causeAdvice.prevention,
  };
}
