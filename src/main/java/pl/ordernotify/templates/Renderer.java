package pl.ordernotify.templates;

import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.ordernotify.templates.BodyScanner.Literal;
import pl.ordernotify.templates.BodyScanner.Reference;
import pl.ordernotify.templates.BodyScanner.Token;
import pl.ordernotify.templates.NameOmission.Part;
import pl.ordernotify.templates.RenderResult.Code;
import pl.ordernotify.templates.RenderResult.Refused;
import pl.ordernotify.templates.RenderResult.Rendered;

/**
 * Fills a template body with an order's (or a campaign's) values.
 *
 * <p>No text the manager typed is ever parsed by FreeMarker. The body is cut into literal runs and
 * placeholders, and FreeMarker gets a template we write ourselves, made only of interpolations such
 * as {@code ${part0}${part1}${part2}}, with the literal runs and the formatted values as strings in
 * the data model. So {@code ${x}}, {@code <#if>}, {@code [#if]}, {@code </#noparse>} and anything
 * else in a body come out exactly as typed, with no escaping rules that could be got wrong. The
 * FreeMarker configuration is locked down as well.
 *
 * <p>Missing values: a message never goes out with an empty hole or a literal {@code <<…>>}.
 *
 * <ul>
 *   <li>{@code <<imie>>} with no customer name is left out and the text around it tidied ("Cześć
 *       <<imie>>!" → "Cześć!"), because order updates must still reach walk-ins.
 *   <li>Every other variable without a value (null or blank; a negative preparation time; an
 *       unknown payment method) refuses the render with {@link Code#MISSING_VALUE} and the
 *       variable's key, so the sender can mark the message SKIPPED with that reason.
 *   <li>A body that renders to blank text refuses with {@link Code#EMPTY_MESSAGE}.
 * </ul>
 *
 * <p>Thread-safe; one instance can serve the whole application.
 */
public final class Renderer {
  private final TemplateValidator validator = new TemplateValidator();

  /** Renders {@code body} as a template of {@code kind}; never throws for bad input. */
  public RenderResult render(String body, TemplateKind kind, RenderValues values) {
    List<TemplateProblem> problems = validator.validate(body, kind);
    if (!problems.isEmpty()) {
      TemplateProblem first = problems.get(0);
      return new Refused(Code.INVALID_TEMPLATE, first.text(), first.message());
    }
    ValueFormatter formatter = new ValueFormatter(values);
    List<Part> parts = new ArrayList<>();
    for (Token token : BodyScanner.scan(body)) {
      if (token instanceof Literal literal) {
        parts.add(Part.literal(literal.text()));
      } else if (token instanceof Reference reference) {
        Variable variable = Variable.fromKey(reference.name()).orElseThrow();
        Optional<String> value = formatter.format(variable);
        if (value.isEmpty() && variable != Variable.IMIE) {
          return missing(variable);
        }
        parts.add(value.map(Part::value).orElseGet(Part::omitted));
      }
    }
    String text = process(NameOmission.apply(parts));
    if (text.isBlank()) {
      return new Refused(Code.EMPTY_MESSAGE, null, "The message would be empty.");
    }
    return new Rendered(text);
  }

  private static Refused missing(Variable variable) {
    String message =
        "No value for %s (%s), so the message cannot be written."
            .formatted(variable.placeholder(), variable.description(Locale.ENGLISH));
    return new Refused(Code.MISSING_VALUE, variable.key(), message);
  }

  private static String process(List<Part> parts) {
    SimpleHash model = new SimpleHash(new LockedDownFreemarker.StringsOnly());
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String name = "part" + i;
      model.put(name, parts.get(i).text());
      source.append("${").append(name).append('}');
    }
    try {
      Template template =
          new Template(
              "sms", new StringReader(source.toString()), LockedDownFreemarker.CONFIGURATION);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Generated SMS template did not parse", e);
    } catch (TemplateException e) {
      throw new IllegalStateException("Generated SMS template failed", e);
    }
  }
}
