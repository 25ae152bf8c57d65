/**
 * The {@code crosscheck} command line: thin picocli adapters over the front door, one class per
 * subcommand, each returning an exit code (0 clean, 1 blocking findings, 2 usage, input or
 * internal error). Nothing imports this package.
 */
package dev.crosscheck.cli;
