/**
 * The department's units as this service knows them from staffing's events: which unit is a gate (a
 * sub-department at a border crossing), which unit sits under which, which are closed.
 */
package vn.customs.declarations.domain.unit;
