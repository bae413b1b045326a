/** The inspections service: planned, targeted and sealed surprise inspections, verifiable target draws, findings and accountability. */
package vn.customs.inspections;
