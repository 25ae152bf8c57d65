/** Builders and fakes shared by tests. */
package dev.crosscheck.testing;
