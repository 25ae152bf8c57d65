package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in lines and metadata values. */
class DatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Dr. Nova ChenApr 27, 20266 min read          | 2026-04-27",
        "> Published: 2026-04-28 02:48:18+00:00       | 2026-04-28",
        "Posted April 27, 2026 by staff               | 2026-04-27",
        "on 27 April 2026 the deal                    | 2026-04-27",
        "the 3rd of March, 2025                       | 2025-03-03",
        "Sept. 9, 2024                                | 2024-09-09",
        "Feb 30, 2026                                 | -",
        "2026-13-01                                   | -",
        "Mayor 5, 2026 is no month                    | -",
        "May 2026 has no day                          | -",
        "$19 billion through 2031                     | -",
        "v1.2026-04-280                               | -",
        "apr 27, 2026 lower-case month                | -",
      })
  void findsTheFirstValidDate(String line, String expected) {
    Optional<LocalDate> want = Optional.ofNullable(expected).map(LocalDate::parse);

    assertThat(Dates.find(line)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "2026-04-28T02:48:18Z     | 2026-04-28",
        "2026-04-28               | 2026-04-28",
        "Apr 27, 2026             | 2026-04-27",
        "27 April 2026            | 2026-04-27",
        "yesterday                | -",
        "see 2026-04-28           | -",
      })
  void parsesValuesThatStartWithADate(String value, String expected) {
    Optional<LocalDate> want = Optional.ofNullable(expected).map(LocalDate::parse);

    assertThat(Dates.parseValue(value)).isEqualTo(want);
  }
}
