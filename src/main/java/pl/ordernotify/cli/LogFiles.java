package pl.ordernotify.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import pl.ordernotify.store.PrivateFiles;

/**
 * Sends the log to {@code <data-dir>/logs/ordernotify.log}, rolled daily and by size, kept 14 days.
 */
public final class LogFiles {

  private static final String NAME = "DATADIR_FILE";

  private LogFiles() {}

  public static synchronized void writeTo(Path logDir) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
      return;
    }
    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root.getAppender(NAME) != null) {
      return;
    }
    try {
      // Logs name customers and orders: the folder is the owner's only, like the rest of the data.
      PrivateFiles.createDirectory(logDir);
    } catch (IOException e) {
      return;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(ctx);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
    encoder.start();

    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(ctx);
    appender.setName(NAME);
    appender.setFile(logDir.resolve("ordernotify.log").toString());
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(ctx);
    policy.setParent(appender);
    policy.setFileNamePattern(logDir.resolve("ordernotify-%d{yyyy-MM-dd}.%i.log").toString());
    policy.setMaxFileSize(FileSize.valueOf("10MB"));
    policy.setMaxHistory(14);
    policy.setTotalSizeCap(FileSize.valueOf("200MB"));
    policy.start();
    appender.setRollingPolicy(policy);
    appender.setEncoder(encoder);
    appender.start();
    root.addAppender(appender);
    PrivateFiles.tighten(logDir);
  }
}
