// Kind of role from a figure's role texts: a small, documented rule set over general role vocabulary (no names).
//
// Each role text is split into lower-case words; every word found in a kind's vocabulary scores one point for that
// kind. The kind with most points wins; ties go to the earlier kind in KIND_ORDER (diplomatic words are the most
// specific in foreign-affairs reporting, so "ambassador" beats the "former" official it once was). No match: 'other'.

import type { RoleKind } from './types';

export const KIND_ORDER: RoleKind[] = ['diplomat', 'military', 'journalist', 'commentator', 'activist', 'official'];

const VOCABULARY: Record<Exclude<RoleKind, 'other'>, string[]> = {
  diplomat: ['ambassador', 'ambassadors', 'envoy', 'diplomat', 'diplomats', 'diplomatic', 'consul', 'consular', 'embassy', 'chargé', 'charge', "d'affaires", 'affaires', 'attache', 'attaché', 'legation', 'emissary'],
  military: ['general', 'brigadier', 'colonel', 'lieutenant', 'major-general', 'commander', 'officer', 'officers', 'soldier', 'army', 'military', 'troops', 'admiral', 'captain', 'sergeant', 'militia', 'guard', 'forces', 'defence', 'defense'],
  journalist: ['journalist', 'correspondent', 'reporter', 'editor', 'columnist', 'newspaper', 'broadcaster', 'photographer', 'anchor', 'producer'],
  commentator: ['analyst', 'expert', 'professor', 'scholar', 'academic', 'researcher', 'economist', 'commentator', 'lecturer', 'university', 'fellow', 'historian', 'observer'],
  activist: ['activist', 'activists', 'campaigner', 'protester', 'protestor', 'dissident', 'rebel', 'rebels', 'opposition', 'council', 'revolutionary', 'organiser', 'organizer', 'rights'],
  official: ['president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'official', 'officials', 'chief', 'governor', 'mayor', 'senator', 'king', 'prime', 'premier', 'leader', 'deputy', 'chairman', 'head', 'police', 'government', 'ministry', 'mp', 'lawmaker', 'vice', 'attorney', 'director', 'inspector', 'auditor', 'comptroller', 'solicitor'],
};

/** "General" after these words is part of a civil title (UN Secretary General, Attorney General). */
const TITLED_GENERAL = /\b(secretary|attorney|director|inspector|surgeon|governor|solicitor|comptroller|auditor)[\s-]+general\b/g;

const KIND_OF = new Map<string, RoleKind>();
for (const kind of [...KIND_ORDER].reverse()) for (const w of VOCABULARY[kind as Exclude<RoleKind, 'other'>]) KIND_OF.set(w, kind);
// a word listed under two kinds belongs to the earlier kind in KIND_ORDER (the loop above runs backwards)

/** The kind of a figure's roles and the role text that weighed most for it (null when no role matched). */
export function roleKind(roles: string[]): { kind: RoleKind; role: string | null } {
  const score = new Map<RoleKind, number>();
  const best = new Map<RoleKind, { text: string; points: number }>();
  for (const text of roles) {
    const points = new Map<RoleKind, number>();
    const plain = text.toLowerCase().replace(TITLED_GENERAL, '$1'); // "secretary general" is no soldier
    for (const word of plain.split(/[^\p{L}'-]+/u)) {
      const kind = KIND_OF.get(word.replace(/^'+|'+$/g, '').replace(/'s$/, ''));
      if (kind) points.set(kind, (points.get(kind) ?? 0) + 1);
    }
    for (const [kind, p] of points) {
      score.set(kind, (score.get(kind) ?? 0) + p);
      if ((best.get(kind)?.points ?? 0) < p) best.set(kind, { text, points: p });
    }
  }
  let winner: RoleKind = 'other';
  let top = 0;
  for (const kind of KIND_ORDER) {
    const s = score.get(kind) ?? 0;
    if (s > top) {
      top = s;
      winner = kind;
    }
  }
  return { kind: winner, role: winner === 'other' ? null : (best.get(winner)?.text ?? null) };
}
