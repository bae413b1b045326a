/**
 * Who may handle a report: nobody who is the accused officer, was posted at the accused unit (or a unit below it)
 * within the last years, or shared a posting with the accused officer in that time.
 */
package vn.customs.hotline.domain.assignment;
