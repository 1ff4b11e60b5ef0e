export { extractAttacks, findAttackTriggers } from "./extract-attacks";
export { ATTACK_LEXICON, REJECT_WINDOW, type AttackRule } from "./attack-lexicon";
export {
  CONCRETE_ATTACK,
  INCIDENT_OUTCOME,
  INHERIT_WINDOW,
  NOT_AN_INCIDENT,
  SIMILAR_ATTACK,
  type ReferenceRule,
} from "./attack-reference-rules";
export { ACTOR_LEXICON, type ActorRule, type ActorSide } from "./actor-lexicon";
export { findActor } from "./find-actor";
