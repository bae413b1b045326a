/**
 * Inspection teams free of conflicts of interest: who may sit on a team for a unit on a day (a lead, a deputy and
 * members, all holding a post with the INSPECTION function), every refusal with a reason a user can read, and an
 * automatically proposed valid team.
 */
package vn.customs.inspections.domain.team;
