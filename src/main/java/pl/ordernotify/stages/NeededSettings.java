package pl.ordernotify.stages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsMapper;
import pl.ordernotify.store.Refusal;

/**
 * DESIGN §6: nothing is enabled that would only skip. A stage whose templates use the restaurant's
 * name or phone is refused while that setting is empty, naming the setting.
 */
public final class NeededSettings {

  /** The placeholders filled from a setting rather than from the order. */
  private static final Map<String, Setting> FROM_SETTINGS = new LinkedHashMap<>();

  static {
    FROM_SETTINGS.put("<<nazwaLokalu>>", Setting.RESTAURANT_NAME);
    FROM_SETTINGS.put("<<telefonLokalu>>", Setting.RESTAURANT_PHONE);
  }

  private NeededSettings() {}

  /** The settings {@code body} needs that {@code valueOf} says are empty, in a stable order. */
  public static List<Setting> missing(
      String body, java.util.function.Function<Setting, String> valueOf) {
    List<Setting> missing = new ArrayList<>();
    FROM_SETTINGS.forEach(
        (placeholder, setting) -> {
          String value = valueOf.apply(setting);
          if (body.contains(placeholder)
              && (value == null || value.isBlank())
              && !missing.contains(setting)) {
            missing.add(setting);
          }
        });
    return missing;
  }

  /** Refuses when the stage's templates need a setting that is empty. */
  static void check(SqlSession session, Stage stage) {
    SettingsMapper settings = session.getMapper(SettingsMapper.class);
    List<Setting> missing = new ArrayList<>();
    for (String body : session.getMapper(StageMapper.class).templateBodies(stage.name())) {
      for (Setting s : missing(body, s -> settings.get(s.key()))) {
        if (!missing.contains(s)) {
          missing.add(s);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new Refusal(
          Refusal.Code.STAGE_NEEDS_SETTING,
          "Stage "
              + stage
              + " cannot be enabled yet: its template"
              + " needs "
              + describe(missing)
              + ". Set "
              + (missing.size() == 1 ? "it" : "them")
              + " with 'settings set "
              + flags(missing)
              + "', then enable the stage.",
          stage,
          missing);
    }
  }

  /** "the setting restaurant.name, which is empty" or "the settings … and …, which are empty". */
  public static String describe(List<Setting> missing) {
    String keys = String.join(" and ", missing.stream().map(Setting::key).toList());
    return missing.size() == 1
        ? "the setting " + keys + ", which is empty"
        : "the settings " + keys + ", which are empty";
  }

  /** The {@code settings set} options that fill them. */
  public static String flags(List<Setting> missing) {
    return String.join(
        " ",
        missing.stream()
            .map(
                s ->
                    s == Setting.RESTAURANT_NAME
                        ? "--restaurant-name NAME"
                        : "--restaurant-phone PHONE")
            .toList());
  }
}
