package dev.beacon.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.testing.TestCatalog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InputChecks: what a use case accepts before it writes")
class InputChecksTest {

  private final InputChecks checks = new InputChecks(TestCatalog.create());

  @Test
  void servicesAreStrippedWithBlanksAndRepeatsDroppedInTheOrderGiven() {
    assertThat(
            checks.knownServices(
                List.of(" nav-calculation", "", "payments-api", "nav-calculation ")))
        .containsExactly("nav-calculation", "payments-api");
  }

  @Test
  void unknownServicesAreNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> checks.knownServices(List.of("payroll", "payments-api", "hr")))
        .isInstanceOf(IncidentException.class)
        .hasMessage(
            "Unknown service payroll, hr; known services: payments-api, custody-settlement,"
                + " nav-calculation.");
  }

  @Test
  void aTitleIsOneLineWithoutTabsAndANoteIsNotOnlySpaces() {
    assertThat(checks.title("  Payments API 5xx ")).isEqualTo("Payments API 5xx");
    assertThatThrownBy(() -> checks.title("Payments\tAPI")).hasMessageContaining("one line");
    assertThatThrownBy(() -> checks.note("   ")).hasMessage("A note needs some text.");
  }

  @Test
  void everyPartOfAReviewIsCheckedAndTheRefusalNamesThePart() {
    Review review = Review.of("20m outage", "bad deploy", List.of("fine", "x".repeat(4001)));

    assertThatThrownBy(() -> checks.review(review))
        .hasMessage("The follow-up action is 4001 characters long; keep it to 4000.");
  }

  @Test
  void aKnownSiteOrPersonIsFoundAndAnUnknownOneIsRefused() {
    assertThat(checks.knownSite("pune")).isEqualTo("pune");
    assertThat(checks.knownPerson("wei").site()).isEqualTo("shanghai");
    assertThatThrownBy(() -> checks.knownPerson("bob"))
        .hasMessage("Nobody called 'bob' is configured; people: alice, wei, priya, jan.");
  }
}
