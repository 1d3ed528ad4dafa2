package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.templates.TemplateProblem.Code;

class TemplateValidatorTest {
  private final TemplateValidator validator = new TemplateValidator();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zamówienie <<nrZamowienia>> przyjęte, dostawa ok. <<czasDostawy>>.",
        "<<imie>>",
        "a < b, c > d, e >> f, <3, ->>",
        "Kod <<kodPromocyjny>> działa do niedzieli!",
        "Line one <<imie>>\nline two <<nazwaLokalu>>\r\nline three <<telefonLokalu>>",
        "${x} <#if x> [#if] #{x} <@macro/> </#noparse> \\ \" '",
      })
  void acceptsWellFormedBodies(String body) {
    // given
    TemplateKind kind = body.contains("kodPromocyjny") ? TemplateKind.CAMPAIGN : TemplateKind.ORDER;

    // when
    List<TemplateProblem> problems = validator.validate(body, kind);

    // then
    assertThat(problems).isEmpty();
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        // body, kind, code, text, line, column, start, end
        Arguments.of(
            "Zamówienie <<nrZamowiena>> gotowe",
            TemplateKind.ORDER,
            Code.UNKNOWN_VARIABLE,
            "<<nrZamowiena>>",
            1,
            12,
            11,
            26),
        Arguments.of(
            "Cześć!\nKod: <<kodPromocyjny>>",
            TemplateKind.ORDER,
            Code.NOT_ALLOWED_FOR_KIND,
            "<<kodPromocyjny>>",
            2,
            6,
            12,
            29),
        Arguments.of(
            "Zamówienie <<nrZamowienia>> gotowe",
            TemplateKind.CAMPAIGN,
            Code.NOT_ALLOWED_FOR_KIND,
            "<<nrZamowienia>>",
            1,
            12,
            11,
            27),
        Arguments.of(
            "Nr <<nrZamowienia>",
            TemplateKind.ORDER,
            Code.MALFORMED_PLACEHOLDER,
            "<<nrZamowienia>",
            1,
            4,
            3,
            18),
        Arguments.of(
            "Nr <<nrZamowienia> i <<imie>>",
            TemplateKind.ORDER,
            Code.MALFORMED_PLACEHOLDER,
            "<<nrZamowienia>",
            1,
            4,
            3,
            18),
        Arguments.of(
            "a << >> b", TemplateKind.ORDER, Code.MALFORMED_PLACEHOLDER, "<< >>", 1, 3, 2, 7),
        Arguments.of(
            "a <<>> b", TemplateKind.ORDER, Code.MALFORMED_PLACEHOLDER, "<<>>", 1, 3, 2, 6),
        Arguments.of(
            "a <<nr Zamowienia>> b",
            TemplateKind.ORDER,
            Code.MALFORMED_PLACEHOLDER,
            "<<nr Zamowienia>>",
            1,
            3,
            2,
            19),
        Arguments.of("a << b", TemplateKind.ORDER, Code.MALFORMED_PLACEHOLDER, "<<", 1, 3, 2, 4),
        Arguments.of(
            "<<imie\n>>", TemplateKind.ORDER, Code.MALFORMED_PLACEHOLDER, "<<imie", 1, 1, 0, 6),
        Arguments.of(
            "x <<<imie>>",
            TemplateKind.ORDER,
            Code.MALFORMED_PLACEHOLDER,
            "<<<imie>>",
            1,
            3,
            2,
            11),
        Arguments.of(
            "one\r\ntwo\r\n  <<imię>>",
            TemplateKind.ORDER,
            Code.UNKNOWN_VARIABLE,
            "<<imię>>",
            3,
            3,
            12,
            20),
        Arguments.of(
            "\uD83C\uDF55\uD83C\uDF55 <<Imie>>",
            TemplateKind.ORDER,
            Code.UNKNOWN_VARIABLE,
            "<<Imie>>",
            1,
            4,
            5,
            13),
        Arguments.of("   \n\t", TemplateKind.ORDER, Code.EMPTY_BODY, "", 1, 1, 0, 0),
        Arguments.of("", TemplateKind.CAMPAIGN, Code.EMPTY_BODY, "", 1, 1, 0, 0));
  }

  @ParameterizedTest(name = "[{index}] {0} → {2} {3}")
  @MethodSource("problems")
  void reportsEachProblemWithItsPosition(
      String body,
      TemplateKind kind,
      Code code,
      String text,
      int line,
      int column,
      int start,
      int end) {
    // when
    List<TemplateProblem> problems = validator.validate(body, kind);

    // then
    assertThat(problems).hasSize(1);
    TemplateProblem problem = problems.get(0);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.text()).isEqualTo(text);
    assertThat(List.of(problem.line(), problem.column(), problem.start(), problem.end()))
        .containsExactly(line, column, start, end);
    assertThat(body.substring(problem.start(), problem.end())).isEqualTo(text);
  }

  @Test
  void reportsEveryProblemInOrderAcrossLines() {
    // given
    String body = "Hej <<imie>>!\nKod <<kodPromocyjny>>, nr <<nrZamowena>>\n<<x";

    // when
    List<TemplateProblem> problems = validator.validate(body, TemplateKind.ORDER);

    // then
    assertThat(problems)
        .extracting(TemplateProblem::code, TemplateProblem::line, TemplateProblem::column)
        .containsExactly(
            tuple(Code.NOT_ALLOWED_FOR_KIND, 2, 5),
            tuple(Code.UNKNOWN_VARIABLE, 2, 27),
            tuple(Code.MALFORMED_PLACEHOLDER, 3, 1));
  }

  @Test
  void unknownVariableMessageNamesPositionSuggestionAndList() {
    // when
    TemplateProblem problem =
        validator.validate("Zamówienie <<nrZamowiena>>", TemplateKind.ORDER).get(0);

    // then
    assertThat(problem.message())
        .startsWith("Unknown variable <<nrZamowiena>> at line 1, column 12.")
        .contains("Did you mean <<nrZamowienia>>?")
        .contains("Pick one from the list: <<nrZamowienia>>, <<wartoscZamowienia>>")
        .doesNotContain("<<kodPromocyjny>>");
  }

  @Test
  void disallowedVariableMessageNamesKindAndPosition() {
    // when
    TemplateProblem problem =
        validator.validate("Cześć!\n    <<kodPromocyjny>>", TemplateKind.ORDER).get(0);

    // then
    assertThat(problem.message())
        .startsWith("<<kodPromocyjny>> cannot be used in an order template (line 2, column 5).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"imię", "Imie", "IMIE", "nazwalokalu", "telefonLokal"})
  void suggestsTheVariableBehindCommonSlips(String typed) {
    // when
    TemplateProblem problem = validator.validate("<<" + typed + ">>", TemplateKind.CAMPAIGN).get(0);

    // then
    assertThat(problem.message()).contains("Did you mean <<");
  }
}
