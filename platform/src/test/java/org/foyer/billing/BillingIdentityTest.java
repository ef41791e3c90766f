package org.foyer.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

/** What superbills name the practice by: the NPI's check digit, the EIN's shape, the place code. */
class BillingIdentityTest {

  @Test
  void anNpiIsTenDigitsWhoseLastChecksTheOthers() {
    // CMS's published example of a valid NPI, and the same with each wrong check digit.
    assertThat(BillingIdentity.isNpi("1234567893")).isTrue();
    for (char wrong = '0'; wrong <= '9'; wrong++) {
      if (wrong != '3') {
        assertThat(BillingIdentity.isNpi("123456789" + wrong)).as("check digit " + wrong).isFalse();
      }
    }
    assertThat(BillingIdentity.isNpi("123456789")).isFalse();
    assertThat(BillingIdentity.isNpi("12345678930")).isFalse();
    assertThat(BillingIdentity.isNpi("12345678a3")).isFalse();
    assertThat(BillingIdentity.isNpi(null)).isFalse();
  }

  @Test
  void whatWasTypedIsKeptAsDigitsAndShownAsPeopleWriteIt() {
    BillingIdentity checked = new BillingIdentity(" 1234567893 ", "12-3456789", "").checked();

    assertThat(checked.npi()).isEqualTo("1234567893");
    assertThat(checked.taxId()).isEqualTo("123456789");
    assertThat(checked.taxIdShown()).isEqualTo("12-3456789");
    assertThat(checked.placeOfService()).as("an office unless said").isEqualTo("11");
    assertThat(new BillingIdentity(null, null, "02").checked())
        .isEqualTo(new BillingIdentity(null, null, "02"));
  }

  @Test
  void everyFieldAtFaultIsNamed() {
    assertThatThrownBy(() -> new BillingIdentity("1234567890", "12-345", "office").checked())
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.fieldErrors())
                    .containsOnlyKeys("npi", "taxId", "placeOfService")
                    .containsEntry(
                        "npi",
                        "An NPI is ten digits and its last digit checks the others; check it."));
    assertThatThrownBy(
            () -> new BillingIdentity("<script>1234567893</script>", null, null).checked())
        .isInstanceOf(InvalidInput.class);
  }
}
