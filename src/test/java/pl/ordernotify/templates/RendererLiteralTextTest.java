package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.ordernotify.templates.RenderResult.Rendered;

/** Text outside placeholders is literal, whatever FreeMarker would make of it. */
class RendererLiteralTextTest {
  private final Renderer renderer = new Renderer();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${x}",
        "${7*7}",
        "<#if x>yes</#if>",
        "[#if x]yes[/#if]",
        "[=x]",
        "#{x}",
        "<@macro/>",
        "[@macro/]",
        "<#include \"x\">",
        "<#import \"lib.ftl\" as lib>",
        "${\"a\"?new()}",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "${x?api.getClass()}",
        "<#assign x = 1>${x}",
        "<#-- comment -->",
        "${.now} ${.version}",
        "</#noparse>",
        "<#noparse>${x}</#noparse>",
        "<#noparse>",
        "back\\slash \\n \\\\ \\${x}",
        "\"double\" 'single' `back`",
        "$ { } ${ #{ <# [# </# <@ [@ ${x",
        "tab\there\nnew line\r\nand crlf",
        "< > >> <3 -> =>",
        "zażółć gęślą jaźń 🍕 €5",
      })
  void literalTextComesOutExactlyAsTyped(String body) {
    // when
    RenderResult result = renderer.render(body, TemplateKind.ORDER, SampleValues.typical());

    // then
    assertThat(result).isEqualTo(new Rendered(body));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "${x}<<nrZamowienia>>${y}                 | ${x}A-1047${y}",
        "<#if <<imie>>></#if>                    | <#if Jan></#if>",
        "</#noparse><<nazwaLokalu>><#noparse>    | </#noparse>Pizzeria Roma<#noparse>",
        "<<imie>>, ${'>>'} [#list] <<nrZamowienia>> | Jan, ${'>>'} [#list] A-1047",
      })
  void placeholdersBetweenFreemarkerSyntaxAreFilledAndTheRestKept(String body, String expected) {
    // when
    RenderResult result = renderer.render(body, TemplateKind.ORDER, SampleValues.typical());

    // then
    assertThat(result).isEqualTo(new Rendered(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"${7*7}", "<#include \"x\">", "<<nrZamowienia>>", "\\\"'"})
  void valuesAreInsertedAsPlainText(String restaurantName) {
    // given
    RenderValues values = SampleValues.typical().toBuilder().restaurantName(restaurantName).build();

    // when
    RenderResult result = renderer.render("Hi from <<nazwaLokalu>>!", TemplateKind.ORDER, values);

    // then
    assertThat(result).isEqualTo(new Rendered("Hi from " + restaurantName + "!"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "${\"freemarker.template.utility.ObjectConstructor\"?new()}",
        "${s?api.length()}",
        "<#include \"other.ftl\">",
        "<#import \"lib.ftl\" as lib>",
        "${missing}",
      })
  void theConfigurationItselfRefusesWhatATemplateMustNeverDo(String source) {
    // given a template written straight at the configuration, bypassing the renderer
    Map<String, Object> model = Map.of("s", "text");

    // when / then
    assertThatThrownBy(
            () -> {
              Template template =
                  new Template("t", new StringReader(source), LockedDownFreemarker.CONFIGURATION);
              template.process(model, new StringWriter());
            })
        .isInstanceOf(Exception.class);
  }

  static Stream<Object> notStrings() {
    return Stream.of(new Object(), 42, new StringBuilder("x"), List.of("a"), Map.of("k", "v"));
  }

  @ParameterizedTest
  @MethodSource("notStrings")
  void onlyStringsCanBeWrappedForATemplate(Object value) {
    // given
    LockedDownFreemarker.StringsOnly wrapper = new LockedDownFreemarker.StringsOnly();

    // when / then
    assertThatThrownBy(() -> wrapper.wrap(value)).hasMessageContaining("Only strings");
  }
}
