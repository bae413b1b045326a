/** The hotline service: reports from businesses about officers: intake, legal clocks and reporter protection. */
package vn.customs.hotline;
