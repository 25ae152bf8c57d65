/**
 * Small helpers (argument checks, text utilities) shared by every stage. Not API: may change at
 * any time. Imports nothing from the project.
 */
package dev.crosscheck.internal;
