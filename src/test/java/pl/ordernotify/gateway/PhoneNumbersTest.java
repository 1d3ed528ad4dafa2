package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.gateway.PhoneCheck.Invalid;
import pl.ordernotify.gateway.PhoneCheck.Problem;
import pl.ordernotify.gateway.PhoneCheck.Valid;

class PhoneNumbersTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "600 100 200       | +48600100200",
        "600100200         | +48600100200",
        "+48 600-100-200   | +48600100200",
        "+48600100200      | +48600100200",
        "0048600100200     | +48600100200",
        "48600100200       | +48600100200",
        "(+48) 600 100 200 | +48600100200",
        "  512 345 678     | +48512345678",
        "+44 7911 123456   | +447911123456",
        "0044 7911 123456  | +447911123456"
      })
  void acceptsMobileNumbersAsStaffTypeThem(String typed, String e164) {
    // when
    PhoneCheck check = PhoneNumbers.check(typed);

    // then
    assertThat(check).isEqualTo(new Valid(e164));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "22 123 45 67      | This is a landline number, which cannot receive SMS.",
        "+48 22 123 45 67  | This is a landline number, which cannot receive SMS.",
        "600 100 20        | The phone number is too short.",
        "600 100 2000      | The phone number is too long.",
        "600 100 200 300 4 | The phone number is too long.",
        "600 ABC 200       | The phone number contains letters or other characters that are not digits.",
        "tel. 600100200    | The phone number contains letters or other characters that are not digits.",
        "600100200#        | The phone number contains letters or other characters that are not digits.",
        "+999 600100200    | The phone number has an unknown country code.",
        "800 123 456       | This is not a mobile number, so it cannot receive SMS.",
        "111 111 111       | This is not a valid phone number."
      })
  void refusesNumbersThatCannotReceiveAnSmsWithAPlainReason(String typed, String reason) {
    // when
    PhoneCheck check = PhoneNumbers.check(typed);

    // then
    assertThat(check).isEqualTo(new Invalid(Problem.INVALID_PHONE, reason));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void saysThereIsNoPhoneWhenNothingWasTyped(String typed) {
    // when
    PhoneCheck check = PhoneNumbers.check(typed);

    // then
    assertThat(check).isEqualTo(new Invalid(Problem.NO_PHONE, "No phone number was given."));
  }

  @Test
  void readsANumberWithoutCountryCodeInTheGivenRegion() {
    // when
    PhoneCheck check = PhoneNumbers.check("07911 123456", "GB");

    // then
    assertThat(check).isEqualTo(new Valid("+447911123456"));
  }

  @Test
  void formatsForEachGateway() {
    // then
    assertThat(PhoneNumbers.forSmsApi("+48600100200")).isEqualTo("48600100200");
    assertThat(PhoneNumbers.forSerwerSms("+48600100200")).isEqualTo("+48600100200");
    assertThat(PhoneNumbers.forSerwerSms("48600100200")).isEqualTo("+48600100200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+48600100200", "600 100 200", "48600100200", "0048 600 100 200"})
  void masksAllButTheCountryCodeAndLastTwoDigits(String phone) {
    // when
    String masked = PhoneNumbers.mask(phone);

    // then
    assertThat(masked).isEqualTo("+48 *** *** *00");
  }

  @Test
  void masksEvenWhatItCannotRead() {
    // then
    assertThat(PhoneNumbers.mask("tel 6001002x45")).isEqualTo("*** *** *45").doesNotContain("600");
    assertThat(PhoneNumbers.mask(null)).isEqualTo("(none)");
  }

  @Test
  void numbersAreShownInOneNationalFormatHoweverTheyWereTyped() {
    // given one Polish mobile typed three ways, a foreign one and no number at all
    // then the Polish ones read the same, the foreign one internationally, the rest as typed
    org.assertj.core.api.Assertions.assertThat(PhoneNumbers.display("+48608900109"))
        .isEqualTo("608 900 109");
    org.assertj.core.api.Assertions.assertThat(PhoneNumbers.display("0048 608-900-109"))
        .isEqualTo("608 900 109");
    org.assertj.core.api.Assertions.assertThat(PhoneNumbers.display("608900109"))
        .isEqualTo("608 900 109");
    org.assertj.core.api.Assertions.assertThat(PhoneNumbers.display("+49 151 23456789"))
        .startsWith("+49 ");
    org.assertj.core.api.Assertions.assertThat(PhoneNumbers.display("brak")).isEqualTo("brak");
    org.assertj.core.api.Assertions.assertThat(PhoneNumbers.display(null)).isNull();
  }
}
