/**
 * Findings of an inspection (category, severity, the officer concerned, the unit head who answers for it on the day
 * of the violation) and the corrective actions they order, with their own lifecycle.
 */
package vn.customs.inspections.domain.finding;
