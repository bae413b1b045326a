/** What the platform knows about database failures: which ones pass by themselves and which ones are races. */
package vn.customs.platform.persistence;
