package dev.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "death, people, true",
    "fatality, person, true",
    "victim, casualty, true",
    "job, employee, true",
    "worker, position, true",
    "job, people, false",
    "goal, people, false",
    "barrel, job, false",
    "plane, airplane, true",
    "jetliner, aircraft, true",
    "plane, passenger, false",
  })
  void countedNounsThatCountTheSameThingCompare(String a, String b, boolean comparable) {
    assertThat(Unit.count(a).comparableWith(Unit.count(b))).isEqualTo(comparable);
  }

  @ParameterizedTest(name = "employ {0} ~ {1}: {2}")
  @CsvSource({
    "people, job, true",
    "people, employee, true",
    "person, people, false",
  })
  void peopleEmployedCountJobs(String employed, String other, boolean comparable) {
    Unit jobs = Unit.jobsAs(employed);
    assertThat(jobs.code()).isEqualTo(employed);
    assertThat(jobs.comparableWith(Unit.count(other))).isEqualTo(comparable);
  }
}
