package pl.ordernotify.gateway;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;

/** A fresh fake gateway server for every test, started before it and closed after it. */
public abstract class MockServerTest {

  @StartStop protected final MockWebServer server = new MockWebServer();
}
