/**
 * What inspections knows of staffing, from staffing's events: the department's units, every officer's postings with
 * their dates and functions, the heads of units over time, and the units where officers declared a relative. It
 * decides who may sit on a team and who answers for a unit's violations on a given day.
 */
package vn.customs.inspections.domain.staffing;
