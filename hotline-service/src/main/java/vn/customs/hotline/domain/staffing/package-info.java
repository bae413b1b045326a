/**
 * What the hotline knows of staffing, from staffing's events: the department's units and which sits under which,
 * and every officer's postings with their dates. It decides who may handle a report and who was on post where.
 */
package vn.customs.hotline.domain.staffing;
