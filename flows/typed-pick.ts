import type { CatalogCredential } from '../src/data/credentials-schema.js';
import type { Recommendation } from '../src/credentials/recommend.js';
import type { ScoredCredential } from '../src/credentials/score-credential.js';
import type { Step } from '../src/engine/flow.js';
import { readQuestion } from '../src/engine/read/question.js';
import type { CredentialFinder } from './named-credentials.js';

/**
 * A credential chosen at the picks by its name as people say it ("AWS Cloud Practitioner" for
 * *AWS Certified Cloud Practitioner*, "I'll take the aws cp", "ok i choose the google one" when one
 * offered is Google's): every credential the coach offers
 * there can be chosen, the picks and an option the postings name alike. Only an answer that is
 * the name and words of choosing: a question ("is AWS Cloud Practitioner worth it?"), an offer to
 * talk about one ("what about …") or a sentence with more in it is left to the rest of the step.
 */

/** What the postings name that the picks do not hold, said as an option beside them (stackText): choosable too, when the catalog carries it. */
export function besidePicks(rec: Pick<Recommendation, 'postingsName' | 'picks'>): ScoredCredential[] {
  return rec.postingsName.flatMap((n) => (n.pick && !rec.picks.some((p) => p.credential.id === n.id) ? [n.pick] : []));
}

/** Words of choosing, and the words of a credential's kind, said around a name. */
const CHOOSING = new Set([
  'i', 'ill', 'i’ll', 'll', 'd', 'id', 'would', 'like', 'want', 'to', 'take', 'choose', 'pick', 'go', 'with', 'for', 'do', 'get', 'start',
  'the', 'a', 'an', 'that', 'this', 'one', 'please', 'pls', 'ok', 'okay', 'yes', 'then', 'thanks', 'let', 's', 'me', 'lets', 'cert',
  'certification', 'certificate', 'certified', 'exam', 'badge', 'credential', 'instead', 'it', 'plan', 'try',
]);

/** The credential id a typed answer chooses by name among those offered, or undefined. */
export function typedPick(text: string, offered: readonly CatalogCredential[], finder: CredentialFinder): string | undefined {
  const said = text.trim();
  if (said === '' || said.includes('?') || readQuestion(said).kind !== 'statement') return undefined;
  // Among those offered: another credential of the same words (AWS's AI Practitioner) is not on screen to choose.
  const named = finder.named(said).filter((c) => offered.some((o) => o.id === c.id));
  // "the google one" names no credential of the catalog, but one of the offered when only one is Google's.
  const byProvider = named.length === 0 ? finder.byProvider(said).filter((c) => offered.some((o) => o.id === c.id)) : [];
  const [only] = named.length > 0 ? named : byProvider;
  if (named.length === 0 && byProvider.length !== 1) return undefined;
  if (!only || named.length > 1) return undefined;
  const own = `${only.name} ${only.id.replaceAll('-', ' ')} ${only.provider}`.toLowerCase();
  // Every other word is one of choosing, or a short form of the name ("cp" for Cloud Practitioner).
  const extra = said
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w !== '' && !CHOOSING.has(w) && !own.includes(w) && !finder.named(w).some((c) => c.id === only.id));
  return extra.length === 0 ? only.id : undefined;
}

/** The picks menu, also choosing by a name typed as people say it (`pick:<id>`, as a click would). */
export function withTypedPick<S extends Step>(step: S, offered: (ctx: Parameters<Step['parse']>[1]) => readonly CatalogCredential[], finder: CredentialFinder): S {
  return {
    ...step,
    parse: (input, ctx) => {
      const parsed = step.parse(input, ctx);
      if (parsed.ok || input.kind !== 'text') return parsed;
      const id = typedPick(input.text, offered(ctx), finder);
      return id ? { ok: true, value: `pick:${id}` } : parsed;
    },
  };
}
