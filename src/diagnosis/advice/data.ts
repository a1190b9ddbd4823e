/**
 * Advice for causes in the data (feature drift, label shift, data quality, label noise, leakage,
 * preprocessing, bias): what moved, where, by how much, what the PR changed that points there,
 * and the check that catches it next time — each sentence from the signal's own numbers.
 * Code in a fix is a sketch in the user's likely stack (pandas), marked as one.
 */
import type { Signal } from '../../analysis/signals.js';
import { type Advice, capital, count, feat, n3, num, pct, seg, str } from './facts.js';

/** PSI below which a distribution is read as unchanged (the usual 0.1 rule of thumb for PSI). */
export const PSI_STABLE = 0.1;
/** PSI a data contract should refuse (0.25: the usual "significant shift" line for PSI). */
export const PSI_CONTRACT = 0.25;

/** " after the PR changed X" / "" */
const after = (origin: string | null) => (origin ? ` after the PR changed ${origin}` : '');
const within = (s: Signal) => (seg(s) ? ` within ${seg(s)!}` : '');

export function featureDrift(s: Signal, origin: string | null): Advice {
  const f = feat(s);
  if (str(s, 'comparison') === 'reference') {
    // The training sample changed: the model learnt from another population.
    const value = str(s, 'most_reduced_value');
    const b = num(s, 'most_reduced_base');
    const c = num(s, 'most_reduced_cur');
    const lost = value !== null && b !== null && c !== null && c < b ? `\`${value}\` ${pct(b)} → ${pct(c)} of its rows` : null;
    const psi = num(s, 'psi');
    const others = str(s, 'other_columns');
    return {
      rootCause: `The training sample is not the one the baseline model learnt from${after(origin)}: ${f} moved most${psi !== null ? ` (PSI ${n3(psi)}${lost ? `, ${lost}` : ''})` : ''}${others ? `, with ${others}` : ''}, so the model now sees ${lost ? 'that group' : 'part of the population'} less in training.`,
      fix: origin
        ? `Compare the training rows by ${f} under ${origin}${lost ? `, where ${lost},` : ''} and restore the filter, join or sampling that dropped them; if the new sample is intended, re-weight training by ${f} to the baseline's mix.`
        : `Find the step of the training query that changed ${f}${lost ? ` (${lost})` : ''} — a filter, join or sampling rate — and restore it, or re-weight training by ${f} to the baseline's mix.`,
      verification: `The training sample's mix of ${f} matches the baseline's (PSI below ${PSI_STABLE})`,
      prevention: `Assert the training sample's composition before fitting (sketch: \`assert (train[${JSON.stringify(s.feature ?? 'col')}].value_counts(normalize=True) - baseline_mix).abs().max() < 0.05\`).`,
    };
  }
  const segPsi = num(s, 'segment_psi');
  const outPsi = num(s, 'outside_psi');
  const psi = segPsi ?? num(s, 'psi');
  const mb = num(s, 'median_base');
  const mc = num(s, 'median_cur');
  const measured = [
    psi !== null ? `PSI ${n3(psi)}${segPsi !== null && outPsi !== null ? ` there, ${n3(outPsi)} outside` : ''}` : null,
    mb !== null && mc !== null && mb !== mc ? `median ${n3(mb)} → ${n3(mc)}` : null,
  ].filter((x): x is string => x !== null);
  const trainVsEval = str(s, 'comparison') === 'train_vs_eval';
  return {
    rootCause: trainVsEval
      ? `${capital(f)} in the eval rows${within(s)} is not distributed as in the training sample${measured.length ? ` (${measured.join(', ')})` : ''}${after(origin)}: the model is scored on inputs it was not fitted to.`
      : `The distribution of ${f} moved${within(s)}${measured.length ? ` (${measured.join(', ')})` : ''}${after(origin)}: these eval rows are not the population the baseline was scored on.`,
    fix: origin
      ? `Diff ${f}${within(s)} between the two sides of ${origin}: restore the previous source if the shift is an accident, or retrain on data that includes the new population if it is intended.`
      : `Find which step feeding ${f}${within(s)} changed (snapshot, query, join or sampling): restore it if the shift is an accident, or retrain on data that includes the new population if it is intended.`,
    verification: `PSI of ${f}${within(s)} below ${PSI_STABLE}`,
    prevention: `Add a data-contract check before scoring: PSI of ${f} against the training sample below ${PSI_CONTRACT}${s.segment ? ` in every \`${s.segment.column}\` group` : ''}.`,
  };
}

export function labelShift(s: Signal, origin: string | null): Advice {
  const psi = num(s, 'psi');
  const mb = num(s, 'mean_base');
  const mc = num(s, 'mean_cur');
  const regression = num(s, 'ks') !== null && mb !== null && mc !== null;
  if (regression) {
    return {
      rootCause: `The target's distribution moved${within(s)} (mean ${n3(mb)} → ${n3(mc)}${psi !== null ? `, PSI ${n3(psi)}` : ''})${after(origin)}: error metrics scale with the target's level and spread, so they move even when the model does not.`,
      fix: `Confirm the eval rows${origin ? ` under ${origin}` : ''} are the intended population; if they are, compare errors within target ranges (relative error, or RMSE per target decile) before reading the headline change as a model regression.`,
      verification: `Errors within each target decile match the baseline's`,
      prevention: `Pin the eval split by a hash of its ids and assert the target's mean and quantiles in a data test.`,
    };
  }
  return {
    rootCause: `The class mix of the eval labels moved${within(s)}${psi !== null ? ` (PSI ${n3(psi)})` : ''}${after(origin)}: accuracy-type metrics move with class priors even when the model is unchanged.`,
    fix: `Confirm the eval split${origin ? ` under ${origin}` : ''} is the intended one; if the new prior is real, re-fit the decision threshold for it, and read per-class recall rather than accuracy.`,
    verification: `Per-class recall unchanged (only the prior moved) or back within its CI`,
    prevention: `Pin the eval split by a hash of its ids and assert its class counts in a data test.`,
  };
}

export function dataQuality(s: Signal, origin: string | null): Advice {
  const f = feat(s, 'the column');
  const col = JSON.stringify(s.feature ?? 'col');
  const kind = str(s, 'kind');
  switch (kind) {
    case 'sentinel': {
      const v = String(s.details['sentinel']);
      return {
        rootCause: `Unknown values of ${f} are now written as the number ${v}${after(origin)}: ${s.title}. The model reads the sentinel as a real, extreme value it never saw in training.`,
        fix: `Map ${v} in ${f} back to missing where the data is read (sketch: \`df[${col}] = df[${col}].replace(${v}, np.nan)\`), or restore the export that wrote nulls, so the model's missing-value handling applies.`,
        verification: `No ${v} left in ${f}`,
        prevention: `Add a data-contract assertion before scoring (sketch: \`assert not (df[${col}] == ${v}).any()\`) and a range check against the training data.`,
      };
    }
    case 'missing': {
      const mb = num(s, 'missing_base') ?? 0;
      const mc = num(s, 'missing_cur');
      const n = num(s, 'n');
      const rows = mc !== null && n !== null ? ` (${count(mc * n)} of ${count(n)} rows)` : '';
      return {
        rootCause: `${capital(f)} is missing in ${mc !== null ? pct(mc) : 'more'} of the eval rows${rows}, against ${pct(mb)} in the baseline${origin ? `, after the PR changed ${origin}` : ''}: those rows are scored with ${f} imputed or absent.`,
        fix: `Restore what fills ${f}${origin ? ` (${origin})` : ' — the join, export or feature job that stopped writing it'}, or backfill those rows; make the pipeline fail instead of imputing silently when its missing rate jumps.`,
        verification: `The missing rate of ${f} back near ${pct(mb)}`,
        prevention: `Assert the missing rate before scoring (sketch: \`assert df[${col}].isna().mean() <= ${n3(Math.max(0.01, mb + 0.01))}\`).`,
      };
    }
    case 'out_of_range': {
      const lo = num(s, 'min_base');
      const hi = num(s, 'max_base');
      const rate = num(s, 'out_of_range_rate');
      return {
        rootCause: `${rate !== null ? pct(rate) : 'Many'} of ${f}'s eval values fall outside the range it had in the baseline${lo !== null && hi !== null ? ` ([${n3(lo)}, ${n3(hi)}])` : ''}${after(origin)}: the model extrapolates on them.`,
        fix: `Check the unit and the source of ${f}: a changed unit or a new upstream encoding shows as values outside the old range; restore it, or retrain on the new range if it is real.`,
        verification: `${capital(f)} inside its baseline range`,
        prevention: `Assert the range before scoring (sketch: \`assert df[${col}].between(${lo !== null ? n3(lo) : 'lo'}, ${hi !== null ? n3(hi) : 'hi'}).mean() > 0.99\`).`,
      };
    }
    case 'column_renamed': {
      const to = str(s, 'renamed_to');
      return {
        rootCause: `The model's feature ${f} is gone from the eval table${to ? `: its values now arrive as \`${to}\`` : ''}${after(origin)}, so the model sees it as missing on every row.`,
        fix: `Rename ${to ? `\`${to}\` back to ${f}` : `the column back to ${f}`} where the features are built${to ? ` (sketch: \`df = df.rename(columns={${JSON.stringify(to)}: ${col}})\`)` : ''}, or retrain under the new name.`,
        verification: `${capital(f)} present in the eval table with its baseline values`,
        prevention: `Check the eval table's columns against the model's feature list before scoring (sketch: \`assert set(model.feature_names_in_) <= set(df.columns)\`).`,
      };
    }
    case 'column_removed':
      return {
        rootCause: `The model's feature ${f} is no longer in the eval table${after(origin)}, so the model sees it as missing on every row.`,
        fix: `Restore ${f} in the table the eval reads${origin ? ` (${origin})` : ''}, or retrain without it if dropping it was intended.`,
        verification: `${capital(f)} present in the eval table`,
        prevention: `Check the eval table's columns against the model's feature list before scoring (sketch: \`assert set(model.feature_names_in_) <= set(df.columns)\`).`,
      };
    case 'type_change':
      return {
        rootCause: `${capital(f)} no longer parses as its baseline type${after(origin)}: ${s.title}.`,
        fix: `Restore the export format of ${f} (decimal separator, quoting, sentinel strings), or parse it explicitly where the data is read (sketch: \`pd.to_numeric(df[${col}], errors="raise")\`).`,
        verification: `${capital(f)} parses as a number on every row`,
        prevention: `Declare the eval table's column types and read it with them (sketch: \`pd.read_csv(path, dtype=schema)\`), so a format change fails loudly.`,
      };
    case 'duplicate_rows':
    case 'duplicate_ids':
      return {
        rootCause: `${s.title}${after(origin)}: repeated rows count several times in every metric, so the eval no longer weighs each case once.`,
        fix: `Find the join that fans rows out (a many-to-one key that is no longer unique) and de-duplicate by id before scoring (sketch: \`df = df.drop_duplicates(subset="id")\`).`,
        verification: `No duplicated ${kind === 'duplicate_ids' ? 'ids' : 'rows'} in the eval table`,
        prevention: `Assert id uniqueness before scoring (sketch: \`assert df["id"].is_unique\`).`,
      };
    default:
      return {
        rootCause: `${capital(s.title)}${after(origin)}${s.feature ? ` — the model is scored on values of ${f} it never saw in training` : ''}.`,
        fix: `Fix where ${f} is produced${origin ? ` (${origin})` : ''}: restore the previous source or backfill it, and make the pipeline fail on this condition instead of passing it to the model.`,
        verification: `${capital(f)} as clean as in the baseline`,
        prevention: `Add a data-contract assertion for this condition on ${f} before scoring.`,
      };
  }
}

export function labelNoise(s: Signal, origin: string | null): Advice {
  const where = seg(s);
  const changed = num(s, 'labels_changed');
  const contradicted = num(s, 'labels_changed_contradicted');
  const rb = num(s, 'segment_rate_base') ?? num(s, 'suspect_rate_base');
  const rc = num(s, 'segment_rate_cur') ?? num(s, 'suspect_rate_cur');
  const ob = num(s, 'outside_rate_base');
  const oc = num(s, 'outside_rate_cur');
  const flips = changed !== null && changed > 0 ? `${contradicted !== null ? `${count(contradicted)} of ` : ''}${count(changed)} labels changed on rows whose prediction did not${contradicted !== null ? ' and now contradict it' : ''}` : null;
  const rate = rb !== null && rc !== null ? `suspected label errors ${pct(rb)} → ${pct(rc)}${where ? ` in ${where}` : ''}${ob !== null && oc !== null && where ? ` (outside: ${pct(ob)} → ${pct(oc)})` : ''}` : null;
  return {
    rootCause: `The eval labels${where ? ` of ${where}` : ''} changed${after(origin)}, not the model: ${[flips, rate].filter((x) => x !== null).join('; ') || s.title}.`,
    fix: `Diff the label source${where ? ` for ${where}` : ''} between the two runs — a join on the wrong key or a relabelling job — and restore the previous labels${changed !== null && changed > 0 ? ` of the ${count(changed)} rows whose label changed` : ''}, or have them relabelled.`,
    verification: `The suspected-label-error rate${where ? ` in ${where}` : ''} back near ${rb !== null ? pct(rb) : 'the baseline'}`,
    prevention: `Test that rows present in both versions of the label table keep their label (sketch: \`assert (old.set_index("id").label == new.set_index("id").label.reindex(old.id)).all()\`).`,
  };
}

export function leakage(s: Signal, origin: string | null): Advice {
  if (str(s, 'kind') === 'train_overlap') {
    const rows = num(s, 'overlap_rows');
    const rate = num(s, 'overlap_rate');
    const base = num(s, 'overlap_rate_base');
    return {
      rootCause: `${rows !== null ? `${count(rows)} eval rows` : 'Eval rows'}${rate !== null ? ` (${pct(rate)}${base !== null ? `; baseline ${pct(base)}` : ''})` : ''} are also in the training sample${after(origin)}: on those the metric measures memorisation, so the run's numbers cannot be compared with the baseline's.`,
      fix: `Split by id before any concatenation and drop the eval ids from the training data${origin ? ` built under ${origin}` : ''} (sketch: \`train = train[~train["id"].isin(eval_ids)]\`).`,
      verification: `No eval id or row hash in the training sample`,
      prevention: `Assert in CI that training and eval ids are disjoint (sketch: \`assert not set(train.id) & set(eval.id)\`).`,
    };
  }
  const f = feat(s);
  return {
    rootCause: `${capital(f)} gives the label away${after(origin)}: ${s.title}. The model reads the outcome from it, which no input at prediction time can do.`,
    fix: `Drop ${f} from the features, or rebuild it from data known before the outcome (a feature computed after the label leaks it).`,
    verification: `${capital(f)} no longer predicts the label on its own`,
    prevention: `Keep a reviewed list of features with the time each becomes known, and test that none is computed after the label's time.`,
  };
}

export function preprocessing(s: Signal, origin: string | null): Advice {
  const f = feat(s);
  const kind = str(s, 'kind');
  const ratio = num(s, 'ratio');
  if ((kind === 'scale' || kind === 'partial_scale') && ratio !== null) {
    const mb = num(s, 'median_base');
    const mc = num(s, 'median_cur');
    const rows = num(s, 'matched_rows');
    return {
      rootCause: `${capital(f)} reaches the model ×${n3(ratio)} its training scale${mb !== null && mc !== null ? ` (median ${n3(mb)} → ${n3(mc)}${rows !== null ? `, fit on ${count(rows)} id-matched rows` : ''})` : ''}${kind === 'partial_scale' ? ' on part of the rows' : ''}${after(origin)}: a unit change, and the model reads every value in the old unit.`,
      fix: `Convert ${f} back where the eval features are built (sketch: \`df[${JSON.stringify(s.feature ?? 'col')}] /= ${n3(ratio)}\`), or retrain on the new unit; share one preprocessing function between training and serving.`,
      verification: `The median of ${f} in eval back at ${mb !== null ? n3(mb) : 'the training sample\'s'} (ratio 1)`,
      prevention: `Unit-test the serving transform: feed a known row through it and assert ${f} equals its training value.`,
    };
  }
  if (kind === 'swapped') {
    const partner = str(s, 'partner');
    return {
      rootCause: `${capital(f)}${partner ? ` and \`${partner}\`` : ''} arrive swapped${after(origin)}: ${s.title}.`,
      fix: `Select the eval columns by name, not by position, where the features are built${partner ? ` (sketch: \`df = df.rename(columns={${JSON.stringify(s.feature ?? 'a')}: ${JSON.stringify(partner)}, ${JSON.stringify(partner)}: ${JSON.stringify(s.feature ?? 'a')}})\` restores them)` : ''}.`,
      verification: `Each of the two columns matches its baseline values on the id-matched rows`,
      prevention: `Build the model's input from \`model.feature_names_in_\` (by name), and test the column order against it.`,
    };
  }
  return {
    rootCause: `${capital(f)} is transformed differently at eval time than in training${after(origin)}: ${s.title}.`,
    fix: `Apply the training transform of ${f} on the eval path too — one preprocessing function shared by both.`,
    verification: `${capital(f)} in eval matches the training sample on the id-matched rows`,
    prevention: `Unit-test the serving transform: feed a known row through it and assert ${f} equals its training value.`,
  };
}

export function bias(s: Signal, origin: string | null): Advice {
  const attr = s.segment?.column ?? str(s, 'column');
  const group = s.segment?.value ?? str(s, 'group');
  const a = attr ? `\`${attr}\`` : 'the protected attribute';
  const g = attr && group ? `${attr}=${group}` : 'one group';
  const gap = num(s, 'gapToRest');
  const shareB = num(s, 'ref_share_base');
  const shareC = num(s, 'ref_share_cur');
  const training = shareB !== null && shareC !== null ? `; its share of the training data went ${pct(shareB)} → ${pct(shareC)}` : '';
  return {
    rootCause: `The model now serves ${g} worse than the rest${gap !== null ? ` (the gap widened by ${n3(Math.abs(100 * gap))} pts)` : ''}${training}${after(origin)}.`,
    fix: shareB !== null && shareC !== null && shareC < shareB
      ? `Restore ${g}'s rows in the training data (the query, join or filter that dropped them), or re-weight training by ${a} to the baseline's mix.`
      : `Compare ${g}'s training rows and features between the runs; re-weight by ${a} or add data for the group, and check the features that differ most for it.`,
    verification: `The gap between ${g} and the rest back within the baseline's CI`,
    prevention: `List ${a} under \`eval[].protected\` in \`.github/ml-doctor.yml\` and assert the group counts of the training sample in a data test.`,
  };
}
