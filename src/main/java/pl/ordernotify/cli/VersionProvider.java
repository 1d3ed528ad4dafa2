package pl.ordernotify.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

  static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"OrderNotify " + version()};
  }
}
