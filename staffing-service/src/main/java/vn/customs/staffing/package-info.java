/** The staffing service: units, posts, officers, postings history, anti-corruption rotation planning and asset declarations. */
package vn.customs.staffing;
