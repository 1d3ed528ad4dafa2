package pl.ordernotify.templates;

import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.Reader;
import java.util.Locale;

/**
 * The one FreeMarker {@link Configuration} of the application: built once, never changed after (as
 * the Configuration class doc asks), and shut so that even a template we generated wrongly could
 * not create objects, reach the Java API, load other templates or see anything but strings.
 */
final class LockedDownFreemarker {

  static final Configuration CONFIGURATION = build();

  private LockedDownFreemarker() {}

  private static Configuration build() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_33);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setTemplateLoader(new NoTemplates());
    config.setLocalizedLookup(false);
    config.setObjectWrapper(new StringsOnly());
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    config.setAutoEscapingPolicy(Configuration.DISABLE_AUTO_ESCAPING_POLICY);
    config.setLocale(Locale.ROOT);
    return config;
  }

  /** Wraps strings and nothing else, so no Java object ever reaches a template. */
  static final class StringsOnly implements ObjectWrapper {
    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
      if (value == null || value instanceof String) {
        return value == null ? null : new SimpleScalar((String) value);
      }
      throw new TemplateModelException("Only strings may reach an SMS template");
    }
  }

  /** Finds no template by any name, so {@code #include} and {@code #import} always fail. */
  private static final class NoTemplates implements TemplateLoader {
    @Override
    public Object findTemplateSource(String name) {
      return null;
    }

    @Override
    public long getLastModified(Object templateSource) {
      return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
      throw new IllegalStateException("No template can be loaded");
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
      // nothing was opened
    }
  }
}
