/**
 * The annual or quarterly plan of thematic inspections: drafted by one inspection lead, approved by another, and on
 * approval turned into proposed THEMATIC inspections resting on the plan. Also the port the inspection statistics
 * are counted through.
 */
package vn.customs.inspections.domain.plan;
