export { extractAttacks, findAttackTriggers } from "./extract-attacks";
export { ATTACK_LEXICON, REJECT_WINDOW, type AttackRule } from "./attack-lexicon";
export {
  CONCRETE_ATTACK,
  INCIDENT_OUTCOME,
  INHERIT_WINDOW,
  PLANNED_ATTACK,
  RETRACTED_REPORT,
  SIMILAR_ATTACK,
  UNEXPLAINED_KILLING,
  type ReferenceRule,
} from "./attack-reference-rules";
export { ACTOR_LEXICON, type ActorRule, type ActorSide } from "./actor-lexicon";
export { findActor } from "./find-actor";
