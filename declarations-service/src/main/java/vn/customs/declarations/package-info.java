/** The declarations service: electronic goods declarations: submission, lifecycle, risk channels, charter clocks and officer assignment. */
package vn.customs.declarations;
